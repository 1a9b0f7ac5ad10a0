/**
 * Unbounded group aggregation with retractions, as Flink's GroupAggFunction without
 * mini-batch: per key, the accumulators and a record counter. For each input change:
 * - a retraction for a key with no state is ignored;
 * - +I for a new key emits +I(keys ++ results);
 * - a change to an existing key emits -U(old) then +U(new), or nothing when new equals old
 *   (unless a state TTL is set: Flink then emits the unchanged result too, so that downstream
 *   operators see the key again before their own state expires);
 * - when the record counter falls to 0 the key emits -D(old) and its state is cleared.
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
import type { Operator, OperatorContext } from '../operator.js';
import type { RowKeyedTable, StateTableSpec } from '../state/keyed-state.js';
import { Accumulators, LOCAL_SEEN_GROUPS, type AggCall } from './aggregate-api.js';

/**
 * A group's state as one array: [record count, last result row or null, key values…,
 * accumulator slots…] (one array per key keeps a million-key state small).
 *
 * The last result row (what was emitted) is kept while the operator has few keys: a change then
 * re-reads only the accumulators it updated and emits the kept row as -U. With many keys a kept
 * row outlives the young generation and is promoted on every change, which costs more than
 * recomputing the previous result (measured on q15/q16-like vs q17-like inputs), so past
 * {@link KEEP_LAST_KEYS} keys the previous result is recomputed from the accumulators.
 */
type GroupState = unknown[];

const COUNT = 0;
const LAST = 1;
const KEYS = 2;
/** Up to this many keys the last result row is kept (see GroupState). */
const KEEP_LAST_KEYS = 4096;

/** Options of a {@link GroupAggregateOperator}. */
export interface GroupAggregateOptions {
  /** Input columns of the grouping key; output starts with them, in this order. */
  readonly keys: readonly number[];
  readonly calls: readonly AggCall[];
  /** Emit -U before +U (false when the consumer is an upsert sink keyed by the group key). */
  readonly generateUpdateBefore: boolean;
  /** The input never retracts (DISTINCT then keeps a bit per call instead of counts). */
  readonly insertOnly?: boolean;
  /** Insert-only DISTINCT: groups that keep seen tables of their own before the rest share one (tests set 0). */
  readonly localSeenGroups?: number;
  /** Text for EXPLAIN. */
  readonly description?: string;
  /** Keys up to which last results are kept (default {@link KEEP_LAST_KEYS}; tests set 0). */
  readonly keepLastKeys?: number;
  /**
   * Emit -U/+U even when the result did not change: Flink's GroupAggFunction does so when its
   * state retention time (`table.exec.state.ttl`) is above 0.
   */
  readonly emitUnchanged?: boolean;
}

/** Flink's GroupAggregate operator (retracting, no mini-batch). */
export class GroupAggregateOperator implements Operator {
  readonly name = 'GroupAggregate';
  private ctx!: OperatorContext;
  private state!: RowKeyedTable<GroupState>;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  private readonly width: number;
  /** Where the next result is computed; becomes the emitted row only when it changed. */
  private scratch: Row;
  /** Where a recomputed previous result goes; becomes the -U/-D row when one is emitted. */
  private prevScratch: Row;

  constructor(private readonly options: GroupAggregateOptions) {
    // An insert-only input never drops a group, so its DISTINCT values can share one table.
    this.accs = new Accumulators(
      options.calls,
      options.insertOnly,
      options.insertOnly === true ? (options.localSeenGroups ?? LOCAL_SEEN_GROUPS) : undefined,
    );
    this.width = options.keys.length + options.calls.length;
    this.scratch = new Array<unknown>(this.width);
    this.prevScratch = new Array<unknown>(this.width);
  }

  stateTables(): StateTableSpec[] {
    return [
      {
        name: 'groups',
        description: 'group key → record count, last result, accumulators and distinct maps',
      },
    ];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.state = ctx.state.rowTable<GroupState>(
      ctx.operatorId,
      'groups',
      this.options.keys,
      (st, j) => st[KEYS + j],
    );
  }

  processBatch(batch: Batch): void {
    const { rows, kinds } = batch;
    const keys = this.options.keys;
    const nk = keys.length;
    const width = this.width;
    const accs = this.accs;
    const updateBefore = this.options.generateUpdateBefore;
    const acc = KEYS + nk;
    const keepLast = this.options.keepLastKeys ?? KEEP_LAST_KEYS;
    const emitUnchanged = this.options.emitUnchanged === true;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const retract = kinds !== null && isRetract(kinds[r]!);
      let st = this.state.get(row);
      let prev: Row | null = null;
      let recomputed = false;
      if (st === undefined) {
        if (retract) continue;
        st = new Array<unknown>(acc + accs.width);
        st[COUNT] = 0;
        st[LAST] = null;
        for (let j = 0; j < nk; j++) st[KEYS + j] = row[keys[j]!];
        accs.init(st, acc);
        this.state.add(row, st);
      } else {
        prev = st[LAST] as Row | null;
        if (prev === null) {
          // Not kept (many keys): the previous result from the accumulators, before they change.
          prev = this.prevScratch;
          recomputed = true;
          for (let j = 0; j < nk; j++) prev[j] = st[KEYS + j];
          accs.values(st, acc, prev, nk);
        }
      }
      const touched = accs.apply(st, acc, row, retract);
      const count = (st[COUNT] as number) + (retract ? -1 : 1);
      st[COUNT] = count;
      if (count > 0) {
        const next = this.scratch;
        if (prev === null) {
          accs.values(st, acc, next, nk);
        } else if (!accs.valuesChanged(st, acc, next, nk, prev, touched) && !emitUnchanged) {
          // Only updated accumulators are read again; an unchanged result emits nothing.
          continue;
        }
        for (let j = 0; j < nk; j++) next[j] = st[KEYS + j];
        this.scratch = new Array<unknown>(width);
        st[LAST] = this.state.size <= keepLast ? next : null;
        if (prev === null) {
          this.out.push(next, INSERT);
        } else {
          if (updateBefore) {
            this.out.push(prev, UPDATE_BEFORE);
            if (recomputed) this.prevScratch = new Array<unknown>(width);
          }
          this.out.push(next, UPDATE_AFTER);
        }
      } else {
        if (prev !== null) {
          this.out.push(prev, DELETE);
          if (recomputed) this.prevScratch = new Array<unknown>(width);
        }
        this.state.delete(row);
      }
    }
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
  }

  onWatermark(watermark: number): void {
    // Unbounded aggregation does not produce a time attribute: forward the watermark only.
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return this.options.description ?? `GroupAggregate(keys=[${this.options.keys.join(', ')}])`;
  }
}
