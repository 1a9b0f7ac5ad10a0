/**
 * Unbounded group aggregation with mini-batch (`table.exec.mini-batch.enabled`), as Flink's
 * KeyedMapBundleOperator + MiniBatchGroupAggFunction + CountBundleTrigger, with the firing of
 * Flink's ProcTimeMiniBatchAssignerOperator folded in:
 *
 * - input changes are buffered per key in a bundle; the bundle fires when it holds `size`
 *   input records (every record counts, retractions too, as CountBundleTrigger), when a
 *   processing-time interval boundary of `intervalMs` has passed (the assigner's marks are
 *   aligned to multiples of the interval; checked after each input batch, and by a timer while
 *   no input arrives), and at the end of input (the final watermark / finish);
 * - event-time watermarks do not fire a bundle (Flink's ProcTime assigner swallows them, only
 *   the final one passes);
 * - when it fires, each key of the bundle emits at most one change against the result it had
 *   before the bundle: +I for a new key, -U/+U when the result changed, nothing when unchanged,
 *   -D when its record count fell to 0 (then its state is cleared); leading retractions of a
 *   key without state are dropped, as Flink drops them.
 *
 * Keys fire in the order they entered the bundle (Flink iterates a HashMap, whose order is its
 * key hashes'; Eddy uses first-touch order, which is stable and reproducible).
 *
 * Folding each record into the key's accumulators as it arrives gives the accumulators Flink's
 * finishBundle reaches by folding the buffered list (same records, same order per key), without
 * keeping the records; only the result before the bundle is kept per touched key.
 */
import {
  BatchBuilder,
  DELETE,
  INSERT,
  UPDATE_AFTER,
  UPDATE_BEFORE,
  isRetract,
  type Batch,
  type Row,
} from '../batch.js';
import { MAX_WATERMARK, type Operator, type OperatorContext } from '../operator.js';
import type { RowKeyedTable, StateTableSpec } from '../state/keyed-state.js';
import { valuesEqual } from '../values.js';
import { Accumulators, LOCAL_SEEN_GROUPS, type AggCall } from './aggregate-api.js';
import { columnarCalls } from './columnar-accumulators.js';
import { ColumnarGroups } from './mini-batch-group-aggregate-columnar.js';

/**
 * A group's state as one array: [record count, the key's place in the bundle (FIRST for a key
 * new in this bundle, IN when it had state before, null when the key is not in the bundle), key
 * values…, accumulators…, the results it last emitted…].
 *
 * The last emitted results live in the state array itself and are overwritten in place when the
 * key fires: a bundle reads nothing at a key's first touch, compares against them when it fires
 * and allocates only the rows it emits (which die young). Keeping them as a row per key (or
 * reading them into a per-bundle array) made every fired key's row survive until the next bundle,
 * i.e. be promoted and collected by mark-compacts of the whole heap (Nexmark q16: ~10 000 keys
 * per bundle).
 */
type GroupState = unknown[];

const COUNT = 0;
const PREV = 1;
const KEYS = 2;
/** PREV of a key that had no state when the bundle first touched it. */
const FIRST = -1;
/** PREV of a key that had state before the bundle (its last results are in the state). */
const IN = 1;

/**
 * Rows per chunk of {@link MiniBatchGroupAggregateOperator.processChunks}: enough independent
 * loads to overlap, few enough that a chunk's lines are still in cache when it is applied.
 */
const CHUNK = 64;

/** Output rows handed on at once while a bundle fires. */
const FLUSH_ROWS = 1024;

/** Options of a {@link MiniBatchGroupAggregateOperator}. */
export interface MiniBatchGroupAggregateOptions {
  /** Input columns of the grouping key; output starts with them, in this order. */
  readonly keys: readonly number[];
  readonly calls: readonly AggCall[];
  /** Emit -U before +U (false when the consumer is an upsert sink keyed by the group key). */
  readonly generateUpdateBefore: boolean;
  /** The input never retracts (DISTINCT then keeps a bit per call instead of counts). */
  readonly insertOnly?: boolean;
  /**
   * Emit -U/+U even when a key's result did not change: Flink's MiniBatchGroupAggFunction does so
   * when its state retention time (`table.exec.state.ttl`) is above 0.
   */
  readonly emitUnchanged?: boolean;
  /** Insert-only DISTINCT: groups that keep seen tables of their own before the rest share one (tests set 0). */
  readonly localSeenGroups?: number;
  /** `table.exec.mini-batch.allow-latency` in ms (> 0). */
  readonly intervalMs: number;
  /** `table.exec.mini-batch.size`: input records that fire a bundle (> 0). */
  readonly size: number;
  /** Processing-time clock (tests inject one). */
  readonly now?: () => number;
  /** Fire on processing time from a timer when no input arrives (default true). */
  readonly timer?: boolean;
  /** Rows per chunk when DISTINCT lookups are prepared ahead (tests set small ones; default 64). */
  readonly chunk?: number;
  /**
   * Keep accumulators in typed-array columns when the input is insert-only and every call has a
   * column form (default true; tests turn it off to compare with the general path).
   */
  readonly columnar?: boolean;
  /** Text for EXPLAIN. */
  readonly description?: string;
}

/** Flink's mini-batch GroupAggregate (one phase). */
export class MiniBatchGroupAggregateOperator implements Operator {
  readonly name = 'GroupAggregate';
  private ctx!: OperatorContext;
  private state!: RowKeyedTable<GroupState>;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  private readonly width: number;
  private readonly now: () => number;
  /** States of the keys in the bundle, in first-touch order. */
  private bundle: GroupState[] = [];
  /** Where the next result is computed; becomes the emitted row only when it changed. */
  private scratch: Row;
  /** Input records in the bundle (CountBundleTrigger's count). */
  private records = 0;
  /** Start of the current processing-time interval (the last mark). */
  private mark = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** An error thrown while firing from the timer, rethrown on the next call from the driver. */
  private timerError: unknown = null;
  private closed = false;
  /** The groups of the rows of the current chunk. */
  private readonly chunk: GroupState[];
  /** What the touch loads summed to (kept so the loads are not optimised away). */
  sink = 0;
  /** The columnar groups, when chosen (see {@link MiniBatchGroupAggregateOptions.columnar}); else null. */
  private readonly columnar: ColumnarGroups | null;

  constructor(private readonly options: MiniBatchGroupAggregateOptions) {
    // An insert-only input never drops a group, so its DISTINCT values can share one table.
    this.accs = new Accumulators(
      options.calls,
      options.insertOnly,
      options.insertOnly === true ? (options.localSeenGroups ?? LOCAL_SEEN_GROUPS) : undefined,
    );
    this.width = options.keys.length + options.calls.length;
    this.now = options.now ?? Date.now;
    this.scratch = new Array<unknown>(this.width);
    this.chunk = new Array<GroupState>(Math.max(1, options.chunk ?? CHUNK));
    this.columnar =
      options.insertOnly === true && options.columnar !== false && columnarCalls(options.calls)
        ? new ColumnarGroups({
            keys: options.keys,
            calls: options.calls,
            generateUpdateBefore: options.generateUpdateBefore,
            emitUnchanged: options.emitUnchanged === true,
            localSeenGroups: options.localSeenGroups ?? LOCAL_SEEN_GROUPS,
            chunk: Math.max(1, options.chunk ?? CHUNK),
          })
        : null;
  }

  stateTables(): StateTableSpec[] {
    const description =
      this.columnar !== null
        ? 'group key → group ordinal (accumulators in typed-array columns by ordinal)'
        : 'group key → record count, accumulators and distinct maps';
    return [{ name: 'groups', description }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.mark = this.intervalStart(this.now());
    if (this.columnar !== null) return this.columnar.open(ctx.state, ctx.operatorId);
    this.state = ctx.state.rowTable<GroupState>(
      ctx.operatorId,
      'groups',
      this.options.keys,
      (st, j) => st[KEYS + j],
    );
  }

  private intervalStart(t: number): number {
    return t - (t % this.options.intervalMs);
  }

  processBatch(batch: Batch): void {
    this.rethrow();
    if (this.columnar !== null) this.processColumnar(batch);
    else if (batch.kinds === null && this.accs.prepare !== null) this.processChunks(batch.rows);
    else this.processRows(batch);
    // A processing-time boundary passed: fire after the batch, so that what an upstream
    // mini-batch operator flushed at the same boundary joins this bundle (in Flink the
    // assigner's mark travels behind that output and fires both operators in turn).
    const start = this.intervalStart(this.now());
    if (start > this.mark) {
      this.mark = start;
      this.fire();
    }
    this.flush();
    if (this.pending() > 0) this.arm();
  }

  /** Keys touched in the current bundle. */
  private pending(): number {
    return this.columnar !== null ? this.columnar.pending : this.bundle.length;
  }

  /** Insert-only rows into the columnar groups, in chunks that end at the record firing the bundle. */
  private processColumnar(batch: Batch): void {
    const { rows, kinds } = batch;
    if (kinds !== null)
      for (let r = 0; r < rows.length; r++) if (isRetract(kinds[r]!)) this.accs.refuseRetraction();
    const size = this.options.size;
    for (let r = 0; r < rows.length;) {
      const end = Math.min(rows.length, r + (size - this.records));
      this.columnar!.apply(rows, r, end);
      this.records += end - r;
      r = end;
      if (this.records >= size) this.fire();
    }
  }

  /**
   * Insert-only rows with a shared seen table, in chunks of up to {@link CHUNK} rows (never past
   * the record that fires the bundle): first each row's group, then a load of each row's seen
   * entries' home slots, then the rows applied in order. The loads of a chunk are independent, so
   * their cache and TLB misses overlap (a row's DISTINCT lookups in a table of millions of
   * entries otherwise cost a memory round trip each); a chunk's lines stay in cache until it is
   * applied. Same records, same order per key: the same accumulators as row by row.
   */
  private processChunks(rows: readonly Row[]): void {
    const keys = this.options.keys;
    const nk = keys.length;
    const accs = this.accs;
    const prepare = accs.prepare!;
    const lists = accs.distinctLists;
    const acc = KEYS + nk;
    const size = this.options.size;
    const sts = this.chunk;
    let sink = 0;
    for (let r = 0; r < rows.length;) {
      const end = Math.min(rows.length, r + sts.length, r + (size - this.records));
      let prepared = 0;
      for (let i = r; i < end; i++) {
        const row = rows[i]!;
        let st = this.state.get(row);
        if (st === undefined) st = this.newGroup(row);
        else if (st[PREV] === null) {
          st[PREV] = IN;
          this.bundle.push(st);
        }
        sts[i - r] = st;
        prepared += prepare(st, acc, row, (i - r) * lists);
      }
      accs.reserveSeen(end - r);
      if (prepared > 0) sink += accs.touchPrepared((end - r) * lists);
      for (let i = r; i < end; i++) {
        const st = sts[i - r]!;
        accs.apply(st, acc, rows[i]!, false, (i - r) * lists);
        st[COUNT] = (st[COUNT] as number) + 1;
      }
      this.records += end - r;
      r = end;
      if (this.records >= size) this.fire();
    }
    this.sink = sink;
  }

  /** A key's first state (no records yet), added to the state and to this bundle. */
  private newGroup(row: Row): GroupState {
    const keys = this.options.keys;
    const nk = keys.length;
    const accs = this.accs;
    const acc = KEYS + nk;
    const st: GroupState = new Array<unknown>(acc + accs.width + accs.calls.length);
    st[COUNT] = 0;
    st[PREV] = FIRST;
    for (let j = 0; j < nk; j++) st[KEYS + j] = row[keys[j]!];
    accs.init(st, acc);
    this.state.add(row, st);
    this.bundle.push(st);
    return st;
  }

  private processRows(batch: Batch): void {
    const { rows, kinds } = batch;
    const keys = this.options.keys;
    const nk = keys.length;
    const accs = this.accs;
    const acc = KEYS + nk;
    const size = this.options.size;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const retract = kinds !== null && isRetract(kinds[r]!);
      this.records++;
      let st = this.state.get(row);
      if (st === undefined) {
        // A retraction for a key without state is dropped (Flink removes leading retractions).
        if (!retract) st = this.newGroup(row);
      } else if (st[PREV] === null) {
        // First touch in this bundle (its results before it stay in the state until it fires).
        st[PREV] = IN;
        this.bundle.push(st);
      }
      if (st !== undefined) {
        accs.apply(st, acc, row, retract);
        st[COUNT] = (st[COUNT] as number) + (retract ? -1 : 1);
      }
      if (this.records >= size) this.fire();
    }
  }

  /** Folds the bundle: one change per key, in first-touch order. */
  private fire(): void {
    this.records = 0;
    if (this.columnar !== null) return this.columnar.fire(this.out, () => this.flush(), FLUSH_ROWS);
    const bundle = this.bundle;
    if (bundle.length === 0) return;
    this.bundle = [];
    const nk = this.options.keys.length;
    const acc = KEYS + nk;
    const accs = this.accs;
    const res = acc + accs.width;
    const updateBefore = this.options.generateUpdateBefore;
    const nc = accs.calls.length;
    for (const st of bundle) {
      const first = st[PREV] === FIRST;
      st[PREV] = null;
      if ((st[COUNT] as number) <= 0) {
        // The last record was retracted: -D the previous result (none for a new key), clear.
        if (!first) this.out.push(this.lastRow(st), DELETE);
        this.state.deleteKey(st.slice(KEYS, acc));
        continue;
      }
      const next = this.scratch;
      accs.values(st, acc, next, nk);
      if (!first) {
        // Flink's equaliser: an unchanged result emits nothing (unless state TTL is on).
        let same = !this.options.emitUnchanged;
        for (let i = 0; same && i < nc; i++) {
          if (!valuesEqual(next[nk + i], st[res + i])) {
            same = false;
            break;
          }
        }
        if (same) continue;
        if (updateBefore) this.out.push(this.lastRow(st), UPDATE_BEFORE);
      }
      for (let j = 0; j < nk; j++) next[j] = st[KEYS + j];
      for (let i = 0; i < nc; i++) st[res + i] = next[nk + i];
      this.scratch = new Array<unknown>(this.width);
      this.out.push(next, first ? INSERT : UPDATE_AFTER);
      // Hand results on in batches while firing: a bundle of ~10 000 changed keys otherwise
      // keeps all its output rows alive until the end, and the scavenges that fall inside the
      // firing copy and promote them (they are garbage a moment later).
      if (this.out.size >= FLUSH_ROWS) this.flush();
    }
  }

  /** The row the key last emitted (its results before the bundle). */
  private lastRow(st: GroupState): Row {
    const nk = this.options.keys.length;
    const res = KEYS + nk + this.accs.width;
    const row = new Array<unknown>(this.width);
    for (let j = 0; j < nk; j++) row[j] = st[KEYS + j];
    for (let i = 0; i < this.accs.calls.length; i++) row[nk + i] = st[res + i];
    return row;
  }

  private flush(): void {
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
  }

  /** A timer at the next interval boundary, so an idle input still sees its bundle fire. */
  private arm(): void {
    if (this.timer !== null || this.closed || this.options.timer === false) return;
    const due = this.mark + this.options.intervalMs - this.now();
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, due) + 1);
    this.timer.unref?.();
  }

  private onTimer(): void {
    this.timer = null;
    if (this.closed || this.timerError !== null) return;
    try {
      const start = this.intervalStart(this.now());
      if (start > this.mark) {
        this.mark = start;
        this.fire();
        this.flush();
      }
      if (this.pending() > 0) this.arm();
    } catch (err) {
      // Thrown into the driver at its next call (a timer has no caller to fail).
      this.timerError = err;
    }
  }

  private rethrow(): void {
    if (this.timerError !== null) {
      const err = this.timerError;
      this.timerError = null;
      throw err;
    }
  }

  onWatermark(watermark: number): void {
    this.rethrow();
    // Only the final watermark passes Flink's ProcTime mini-batch assigner; it fires the bundle.
    if (watermark >= MAX_WATERMARK) {
      this.fire();
      this.flush();
    }
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {
    this.rethrow();
    this.fire();
    this.flush();
  }

  restore(): void {}

  close(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  display(): string {
    return this.options.description ?? `GroupAggregate(keys=[${this.options.keys.join(', ')}])`;
  }
}
