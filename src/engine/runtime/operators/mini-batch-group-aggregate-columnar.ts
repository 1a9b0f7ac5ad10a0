/**
 * The groups of an insert-only mini-batch GroupAggregate whose calls all have column forms
 * (see columnar-accumulators.ts): a group is an ordinal (the state table maps its key to it),
 * its key values sit in pages of one array per key column, its accumulators in one interleaved
 * Float64Array row per group (AccumulatorRows). A bundle is a list of ordinals in first-touch
 * order; a group touched for the first time in a bundle has its accumulators saved at its
 * bundle position when something reads them at the fire (the -U row, or the comparison that
 * drops an unchanged result), so that the results before and after compare without a result
 * row kept per group.
 *
 * What a new group allocates: a state-table slot (no Map entry for an integer first key, see
 * row-keyed-table.ts), and a share of a page (key values, accumulators)
 * allocated once per 4096 groups and never copied. Results are those of the general path in
 * mini-batch-group-aggregate.ts: same records, same order per group, one change per group per
 * bundle (+I for a new group, -U/+U when the result changed, nothing when not).
 */
import { BatchBuilder, INSERT, UPDATE_AFTER, UPDATE_BEFORE, type Row } from '../batch.js';
import type { KeyedStateBackend, RowKeyedTable } from '../state/keyed-state.js';
import { ExecutionError } from '../../../common/errors.js';
import { distinctKeyFn, type AggCall } from './aggregate-api.js';
import {
  AccumulatorRows,
  PAGE_BITS,
  accumulatorColumn,
  compileAccumulate,
  compilePrepare,
  partsOf,
  type AccumulatorColumn,
  type AccumulatorPart,
  type ColumnarDistinct,
} from './columnar-accumulators.js';
import { DistinctBits } from './distinct-bits.js';
import { DistinctSeenTable } from './distinct-seen-table.js';

function grownInts(a: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  if (a.length >= capacity) return a;
  const b = new Int32Array(Math.max(capacity, a.length * 2, 64));
  b.set(a);
  return b;
}

const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;

/**
 * One key column's values by group ordinal, in pages of 2^PAGE_BITS values that are never
 * copied. An array grown by push copies itself at each growth into memory the process touches
 * for the first time (old space once it is large): that was ~80 % of a new group's own cost
 * in Nexmark q17 (120 000 groups).
 */
class KeyColumn {
  private readonly pages: unknown[][] = [];

  /** Group g's value. */
  get(g: number): unknown {
    return this.pages[g >>> PAGE_BITS]![g & PAGE_MASK];
  }

  /** Sets group g's value; g is at most one past the last group set. */
  set(g: number, v: unknown): void {
    const p = g >>> PAGE_BITS;
    if (p === this.pages.length) this.pages.push(new Array<unknown>(PAGE).fill(null));
    this.pages[p]![g & PAGE_MASK] = v;
  }
}

/** Options of {@link ColumnarGroups}. */
export interface ColumnarGroupsOptions {
  readonly keys: readonly number[];
  readonly calls: readonly AggCall[];
  readonly generateUpdateBefore: boolean;
  /** Emit -U/+U even when a group's result did not change (state TTL on). */
  readonly emitUnchanged: boolean;
  /** DISTINCT: groups that keep seen tables of their own before the rest share one. */
  readonly localSeenGroups: number;
  /** Rows per chunk when DISTINCT lookups are prepared ahead. */
  readonly chunk: number;
}

/** Groups, accumulators and the current bundle of a columnar mini-batch GroupAggregate. */
export class ColumnarGroups {
  private index!: RowKeyedTable<number>;
  /** Per key column, the groups' key values by ordinal. */
  private readonly keyCols: KeyColumn[];
  private readonly cols: AccumulatorColumn[];
  /** The columns' parts, each once (calls share the fields that hold the same thing). */
  private readonly parts: AccumulatorPart[];
  /** The groups' fixed-width accumulators, one interleaved row per group. */
  private readonly acc = new AccumulatorRows();
  private groups = 0;
  private capacity = 0;
  /** Per group: its bundle position + 1, or 0 when the current bundle has not touched it. */
  private pos = new Int32Array(0);
  /** The bundle: group ordinals in first-touch order. */
  private bundle = new Int32Array(0);
  /** Per bundle position: 1 when the group is new in this bundle (it had no state before). */
  private fresh = new Uint8Array(0);
  private length = 0;
  private savedCapacity = 0;
  /** The groups of the rows of the chunk being applied. */
  private ords = new Int32Array(1024);
  /** Folds a chunk of rows into every call's column (generated, see {@link compileAccumulate}). */
  private readonly accumulate: (rows: readonly Row[], ords: Int32Array, from: number, to: number) => void;
  /** DISTINCT seen-sets, or null without DISTINCT calls. */
  private readonly distinct: ColumnarDistinct | null;
  /** Calls per DISTINCT argument list. */
  private readonly listSizes: number[] = [];
  private readonly prepare: ((row: Row, g: number, at: number) => void) | null;
  /** What the touch loads summed to (kept so the loads are not optimised away). */
  sink = 0;
  /** Whether firing compares a group's results with its saved copy (else every touched group emits). */
  private readonly compare: boolean;
  /** Whether a group's accumulators are saved at its first touch in a bundle. */
  private readonly keepSaved: boolean;

  constructor(private readonly options: ColumnarGroupsOptions) {
    // COUNT(*) without FILTER or DISTINCT counts every (insert) row, so a group the bundle touched
    // always has a new result: no comparison, and the saved copies serve only the -U rows. An
    // upsert sink (no -U) then saves nothing (the copy at first touch was ~9 % of q17's samples).
    const countsEveryRow = options.calls.some(
      (c) => c.impl.columnar?.kind === 'count' && c.args.length === 0 && c.filter < 0 && !c.distinct,
    );
    this.compare = !options.emitUnchanged && !countsEveryRow;
    this.keepSaved = options.generateUpdateBefore || this.compare;
    this.keyCols = options.keys.map(() => new KeyColumn());
    this.cols = options.calls.map((c, k) => accumulatorColumn(c, k, this.acc));
    this.parts = partsOf(this.cols);
    this.distinct = this.distinctLists();
    this.accumulate = compileAccumulate(options.calls, this.cols, this.acc, this.distinct);
    this.prepare = this.distinct === null ? null : compilePrepare(this.distinct);
  }

  /** Calls with the same arguments share one seen-set (as Flink's MapView per distinct field). */
  private distinctLists(): ColumnarDistinct | null {
    const sigs: string[] = [];
    const args: number[][] = [];
    const listOf: number[] = [];
    const bitOf: number[] = [];
    for (const c of this.options.calls) {
      if (!c.distinct) {
        listOf.push(-1);
        bitOf.push(0);
        continue;
      }
      const sig = c.args.join(',');
      let l = sigs.indexOf(sig);
      if (l < 0) {
        l = sigs.push(sig) - 1;
        args.push([...c.args]);
        this.listSizes.push(0);
      }
      listOf.push(l);
      bitOf.push(2 ** this.listSizes[l]!++);
    }
    if (sigs.length === 0) return null;
    return {
      listOf,
      bitOf,
      args,
      key: args.map((a) => distinctKeyFn(a.length)),
      localGroups: this.options.localSeenGroups,
      seen: new DistinctSeenTable(Math.max(...this.listSizes)),
      local: [],
    };
  }

  /** Creates the state table (the key → ordinal index). */
  open(state: KeyedStateBackend, operatorId: string): void {
    const keyCols = this.keyCols;
    this.index = state.rowTable<number>(operatorId, 'groups', this.options.keys, (g, j) =>
      keyCols[j]!.get(g),
    );
  }

  /** Groups touched in the current bundle. */
  get pending(): number {
    return this.length;
  }

  /**
   * Folds insert rows [from, to) into their groups. With DISTINCT, in chunks: first each row's
   * group and its shared seen-table entries prepared, then those entries' home slots loaded in
   * one loop (their cache misses overlap instead of following one another), then the rows folded
   * (see mini-batch-group-aggregate.ts, processChunks, for the measurements).
   */
  apply(rows: readonly Row[], from: number, to: number): void {
    if (this.distinct === null) return this.applyChunk(rows, from, to);
    const chunk = this.options.chunk;
    for (let r = from; r < to; r += chunk) this.applyChunk(rows, r, Math.min(to, r + chunk));
  }

  private applyChunk(rows: readonly Row[], from: number, to: number): void {
    if (this.ords.length < to - from) this.ords = new Int32Array(to - from);
    const ords = this.ords;
    const index = this.index;
    const start = this.length;
    for (let i = from; i < to; i++) {
      const row = rows[i]!;
      let g = index.get(row);
      if (g === undefined) g = this.newGroup(row);
      else if (this.pos[g] === 0) this.touch(g, 0);
      ords[i - from] = g;
    }
    const d = this.distinct;
    if (d !== null) {
      const lists = this.listSizes.length;
      const prepare = this.prepare!;
      d.seen.preparedRoom((to - from) * lists);
      for (let i = from; i < to; i++) prepare(rows[i]!, ords[i - from]!, (i - from) * lists);
      // Room for every row's values first: no slot moves while the chunk is folded.
      d.seen.reserve((to - from) * lists);
      this.sink = d.seen.touchPrepared((to - from) * lists);
    }
    const parts = this.parts;
    // Groups that had state and entered the bundle in this chunk: save their accumulators
    // (new groups' are empty, saving them is harmless and keeps the loop simple).
    if (this.keepSaved && this.length > start) {
      this.acc.save(this.bundle, start, this.length);
      for (let p = 0; p < parts.length; p++) parts[p]!.save(this.bundle, start, this.length);
    }
    this.accumulate(rows, ords, from, to);
  }

  private newGroup(row: Row): number {
    const g = this.groups++;
    if (g >= this.capacity) {
      this.capacity = Math.max(64, this.capacity * 2);
      this.acc.grow(this.capacity);
      for (const p of this.parts) p.grow(this.capacity);
      this.pos = grownInts(this.pos, this.capacity);
    }
    const d = this.distinct;
    if (d !== null) {
      if (g < d.localGroups) for (const n of this.listSizes) d.local.push(new DistinctBits(n));
      else if ((g - d.localGroups + 1) * this.listSizes.length >= 0x7ffffffe) {
        // Owner numbers are int32 in the shared table.
        throw new ExecutionError(
          'too many groups for the DISTINCT seen table of one aggregation (2^31 argument lists)',
        );
      }
    }
    const keys = this.options.keys;
    for (let j = 0; j < keys.length; j++) this.keyCols[j]!.set(g, row[keys[j]!]);
    this.index.add(row, g);
    this.touch(g, 1);
    return g;
  }

  private touch(g: number, fresh: 0 | 1): void {
    const b = this.length++;
    if (b >= this.savedCapacity) {
      this.savedCapacity = Math.max(64, this.savedCapacity * 2);
      this.acc.growSaved(this.savedCapacity);
      for (const p of this.parts) p.growSaved(this.savedCapacity);
      this.bundle = grownInts(this.bundle, this.savedCapacity);
      const f = new Uint8Array(this.savedCapacity);
      f.set(this.fresh);
      this.fresh = f;
    }
    this.bundle[b] = g;
    this.fresh[b] = fresh;
    this.pos[g] = b + 1;
  }

  /**
   * Emits the bundle's changes into `out` in first-touch order and starts a new bundle;
   * `flush` is called whenever `out` holds `flushRows` rows (handed on while firing, so a large
   * bundle's output rows die young).
   */
  fire(out: BatchBuilder, flush: () => void, flushRows: number): void {
    const n = this.length;
    if (n === 0) return;
    const cols = this.cols;
    const nc = cols.length;
    const nk = this.keyCols.length;
    const { generateUpdateBefore } = this.options;
    for (let b = 0; b < n; b++) {
      const g = this.bundle[b]!;
      this.pos[g] = 0;
      const first = this.fresh[b] === 1;
      if (!first) {
        // Flink's equaliser: an unchanged result emits nothing (unless state TTL is on).
        let same = this.compare;
        for (let c = 0; same && c < nc; c++) same = cols[c]!.same(g, b);
        if (same) continue;
        if (generateUpdateBefore) {
          const before = new Array<unknown>(nk + nc);
          for (let j = 0; j < nk; j++) before[j] = this.keyCols[j]!.get(g);
          for (let c = 0; c < nc; c++) before[nk + c] = cols[c]!.savedValue(b);
          out.push(before, UPDATE_BEFORE);
        }
      }
      const row = new Array<unknown>(nk + nc);
      for (let j = 0; j < nk; j++) row[j] = this.keyCols[j]!.get(g);
      for (let c = 0; c < nc; c++) row[nk + c] = cols[c]!.value(g);
      out.push(row, first ? INSERT : UPDATE_AFTER);
      if (out.size >= flushRows) flush();
    }
    for (const p of this.parts) p.clearSaved(n);
    this.length = 0;
  }
}
