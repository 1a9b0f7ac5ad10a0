/**
 * Session window aggregation (SESSION TVF + GROUP BY window_start, window_end, keys) as Flink's
 * merging WindowOperator: per key, sessions [first ts, last ts + gap) merge when they touch or
 * overlap (TimeWindow.intersects); a session fires when the watermark reaches its end - 1. A
 * row whose session is already past the watermark is late: dropped and counted. Over a
 * TIMESTAMP_LTZ rowtime the rows' wall-clock times of the session zone make the sessions (as
 * Flink's SessionUnsliceAssigner shifts them), and `fireTime` maps a session's end to the
 * watermark that fires it.
 *
 * Sessions live in typed arrays (session-store.ts), their timers in a heap of session slots
 * (session-timers.ts). What a session accumulates depends on its calls:
 * - only COUNTs (no DISTINCT): one number per call in the store (no object per session);
 * - every call can merge two accumulators (none DISTINCT): accumulators, merged as sessions
 *   merge, concatenating as the rows would (the absorbing session's inputs first), so
 *   FIRST/LAST_VALUE agree with the rows path;
 * - otherwise its rows, accumulated when it fires.
 *
 * Over an updating input (`retracting`, Flink 1.19+) a session keeps its rows with their kinds:
 * a -U / -D row makes and merges sessions as any row does (Flink assigns windows whatever the
 * kind) and is retracted when the session fires; a session whose rows net to zero emits nothing
 * (the record count Flink keeps at indexOfCountStar).
 */
import { ExecutionError } from '../../../common/errors.js';
import { BatchBuilder, INSERT, isRetract, type Batch, type Row } from '../batch.js';
import { MIN_WATERMARK, type Operator, type OperatorContext } from '../operator.js';
import type { RowKeyedTable, StateTableSpec } from '../state/keyed-state.js';
import type { MergeableAggregate } from '../functions/aggregates.js';
import { Accumulators, type AggCall, type Slots } from './aggregate-api.js';
import { END, NONE, SEQ, SessionStore, START, VALS } from './session-store.js';
import { SessionTimers } from './session-timers.js';
import type { TimeCodec } from './window-table-function.js';
import { fireAtEndMinusOne, type FireTime } from './window-fire-time.js';

/** Options of a {@link SessionWindowAggregateOperator}. */
export interface SessionWindowAggregateOptions {
  readonly gap: number;
  readonly timeIndex: number;
  /** PARTITION BY / grouping columns. */
  readonly keys: readonly number[];
  readonly calls: readonly AggCall[];
  /** Time column ↔ ms the sessions are made of (also gives window_time from end - 1). */
  readonly time: TimeCodec;
  /** ms → window_start / window_end values. */
  readonly bounds: TimeCodec;
  /** The watermark at which a session ending at `end` fires (default: end - 1). */
  readonly fireTime?: FireTime;
  /** The input has -U / -D rows (sessions then keep their rows with their kinds). */
  readonly retracting?: boolean;
  readonly description?: string;
}

/** How sessions accumulate (see the file comment). */
const COUNTS = 0;
const MERGE = 1;
const ROWS = 2;

/** Merging session windows. */
export class SessionWindowAggregateOperator implements Operator {
  readonly name = 'SessionWindowAggregate';
  private ctx!: OperatorContext;
  /** Key → its first open session in `store` (the head of the key's list). */
  private state!: RowKeyedTable<number>;
  private watermark = MIN_WATERMARK;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  private readonly store: SessionStore;
  private readonly timers = new SessionTimers();
  private seqNext = 0;
  private readonly mode: typeof COUNTS | typeof MERGE | typeof ROWS;
  /** Per call, its merge function (MERGE mode). */
  private readonly merges: ((a: unknown, b: unknown) => unknown)[] = [];
  /** Per session slot: accumulators (MERGE) or rows (ROWS). */
  private readonly held: (Slots | Row[] | null)[] = [];
  /** Retracting: per session slot, per held row, whether it retracts. */
  private readonly heldRetract: (boolean[] | null)[] = [];
  private readonly retracting: boolean;
  /** COUNTS mode: per call, its FILTER column (-1 for none) and argument columns. */
  private readonly filters: Int32Array;
  private readonly countArgs: (readonly number[])[];
  /** Sessions a row merges, reused. */
  private readonly merged: number[] = [];
  private readonly fireTime: FireTime;

  constructor(private readonly options: SessionWindowAggregateOptions) {
    const calls = options.calls;
    this.retracting = options.retracting === true;
    this.accs = new Accumulators(calls, this.retracting ? false : undefined);
    for (const c of calls) {
      if (this.retracting) break; // rows with their kinds (ROWS)
      const m = (c.impl as Partial<MergeableAggregate>).merge;
      if (c.distinct || typeof m !== 'function') break;
      this.merges.push(m.bind(c.impl));
    }
    const counts = calls.length > 0 && calls.every((c) => !c.distinct && c.impl.countsRows === true);
    this.mode = this.retracting ? ROWS : counts ? COUNTS : this.merges.length === calls.length ? MERGE : ROWS;
    this.store = new SessionStore(this.mode === COUNTS ? calls.length : 0);
    this.filters = Int32Array.from(calls, (c) => c.filter);
    this.countArgs = calls.map((c) => c.args);
    this.fireTime = options.fireTime ?? fireAtEndMinusOne;
  }

  stateTables(): StateTableSpec[] {
    return [{ name: 'sessions', description: 'key → open sessions with their accumulators or rows' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.state = ctx.state.rowTable<number>(
      ctx.operatorId,
      'sessions',
      this.options.keys,
      (s, j) => this.store.keys[s]![j],
    );
  }

  processBatch(batch: Batch): void {
    const o = this.options;
    const { rows, kinds } = batch;
    const gap = o.gap;
    const st = this.store;
    const merged = this.merged;
    for (let r = 0; r < rows.length; r++) {
      const retract = kinds !== null && isRetract(kinds[r]!);
      if (retract && !this.retracting) {
        throw new ExecutionError(
          'session window aggregation received a retraction; its input must be insert-only',
        );
      }
      const row = rows[r]!;
      const tv = row[o.timeIndex];
      if (tv === null || tv === undefined) {
        throw new ExecutionError(
          'RowTime field should not be null, please convert it to a non-null long value.',
        );
      }
      const ts = o.time.toMillis(tv);
      let start = ts;
      let end = ts + gap;
      const head = this.state.get(row);
      if (head === undefined) {
        if (this.fireTime(end) <= this.watermark) {
          this.ctx.metrics.inc('numLateRecordsDropped');
          continue;
        }
        const kv = new Array<unknown>(o.keys.length);
        for (let j = 0; j < o.keys.length; j++) kv[j] = row[o.keys[j]!];
        this.state.add(row, this.openSession(NONE, kv, start, end, row, retract));
        continue;
      }
      // Sessions of this key that the new window [ts, ts + gap) touches (they never touch
      // each other, so one pass finds them all); the first in creation order absorbs the rest.
      let first = NONE;
      let last = NONE;
      if (merged.length > 0) merged.length = 0;
      const f = st.f;
      const stride = st.stride;
      for (let s = head; s !== NONE; s = st.next[s]!) {
        last = s;
        const ss = f[s * stride + START]!;
        const se = f[s * stride + END]!;
        if (ss <= end && se >= start) {
          if (first === NONE) first = s;
          else merged.push(s);
          if (ss < start) start = ss;
          if (se > end) end = se;
        }
      }
      if (this.fireTime(end) <= this.watermark) {
        // Only a window touching no open session can be late (open ones end past the watermark).
        this.ctx.metrics.inc('numLateRecordsDropped');
        continue;
      }
      if (first === NONE) {
        this.openSession(last, st.keys[head]!, start, end, row, retract);
        continue;
      }
      for (let i = 0; i < merged.length; i++) this.absorb(first, merged[i]!);
      this.accumulate(first, row, retract);
      const b = first * stride;
      f[b + START] = start;
      if (f[b + END] !== end) {
        // The timer stays where it is filed; it moves when that time comes (onWatermark).
        f[b + END] = end;
        f[b + SEQ] = this.seqNext++;
      }
    }
  }

  /** Opens a session [start, end) holding `row`, after session `after` of its key (or NONE). */
  private openSession(
    after: number,
    key: Row,
    start: number,
    end: number,
    row: Row,
    retract: boolean,
  ): number {
    const seq = this.seqNext++;
    const s = this.store.add(after, key, start, end, seq);
    if (this.mode === MERGE) this.held[s] = this.accs.create();
    else if (this.mode === ROWS) {
      this.held[s] = [];
      if (this.retracting) this.heldRetract[s] = [];
    }
    this.accumulate(s, row, retract);
    this.timers.add(s, this.store.gen[s]!, end, seq);
    return s;
  }

  /** Adds one row to session `s` (`retract`: a -U / -D row, only when retracting). */
  private accumulate(s: number, row: Row, retract: boolean): void {
    if (this.mode === COUNTS) {
      const f = this.store.f;
      const b = s * this.store.stride + VALS;
      const filters = this.filters;
      // Exact while below 2^53 rows per session.
      next: for (let i = 0; i < filters.length; i++) {
        const c = filters[i]!;
        if (c >= 0 && row[c] !== true) continue;
        const args = this.countArgs[i]!;
        for (let j = 0; j < args.length; j++) if (row[args[j]!] === null) continue next;
        f[b + i]++;
      }
    } else if (this.mode === MERGE) this.accs.apply(this.held[s] as Slots, 0, row, false);
    else {
      (this.held[s] as Row[]).push(row);
      if (this.retracting) this.heldRetract[s]!.push(retract);
    }
  }

  /** Merges session `x` into `first` (x's inputs after first's) and drops x (never a head). */
  private absorb(first: number, x: number): void {
    const st = this.store;
    if (this.mode === COUNTS) {
      const f = st.f;
      const a = first * st.stride + VALS;
      const b = x * st.stride + VALS;
      for (let i = 0; i < st.width; i++) f[a + i] += f[b + i]!;
    } else if (this.mode === MERGE) {
      const a = this.held[first] as Slots;
      const b = this.held[x] as Slots;
      for (let i = 0; i < this.merges.length; i++) a[i] = this.merges[i]!(a[i], b[i]);
    } else {
      const a = this.held[first] as Row[];
      for (const y of this.held[x] as Row[]) a.push(y);
      if (this.retracting) {
        const ra = this.heldRetract[first]!;
        for (const y of this.heldRetract[x]!) ra.push(y);
        this.heldRetract[x] = null;
      }
    }
    this.held[x] = null;
    // Its timer goes when it reaches the top (stale by then: the slot's generation moved on).
    st.remove(x);
  }

  onWatermark(watermark: number): void {
    if (watermark <= this.watermark) return;
    this.watermark = watermark;
    const t = this.timers;
    const st = this.store;
    while (t.size > 0 && this.fireTime(t.topTime()) <= watermark) {
      const s = t.topSlot();
      if (t.topGen() !== st.gen[s]) {
        t.pop(); // a session merged away
        continue;
      }
      const end = st.f[s * st.stride + END]!;
      if (end !== t.topTime()) {
        // Its end grew since it was filed: file it under the end (with the seq of that change).
        t.refileTop(end, st.f[s * st.stride + SEQ]!);
        continue;
      }
      t.pop();
      this.fire(s);
    }
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
    this.ctx.output.emitWatermark(watermark);
  }

  /** Emits session `s`'s result and drops it (and its key when it was the key's last). */
  private fire(s: number): void {
    const o = this.options;
    const st = this.store;
    const nk = o.keys.length;
    const nc = o.calls.length;
    const keyValues = st.keys[s]!;
    const row = new Array<unknown>(nk + nc + 3);
    for (let j = 0; j < nk; j++) row[j] = keyValues[j];
    const b = s * st.stride;
    let empty = false;
    if (this.mode === COUNTS) {
      for (let i = 0; i < nc; i++) row[nk + i] = o.calls[i]!.impl.getValue(st.f[b + VALS + i]);
    } else {
      let acc = this.held[s] as Slots;
      if (this.mode === ROWS) {
        const rows = this.held[s] as Row[];
        acc = this.accs.create();
        const retracts = this.retracting ? this.heldRetract[s]! : null;
        let net = 0;
        for (let i = 0; i < rows.length; i++) {
          const retract = retracts !== null && retracts[i]!;
          this.accs.apply(acc, 0, rows[i]!, retract);
          net += retract ? -1 : 1;
        }
        // Every row retracted: an empty session emits nothing.
        empty = retracts !== null && net === 0;
        if (retracts !== null) this.heldRetract[s] = null;
      }
      this.accs.values(acc, 0, row, nk);
      this.held[s] = null;
    }
    const start = st.f[b + START]!;
    const end = st.f[b + END]!;
    row[nk + nc] = o.bounds.fromMillis(start);
    row[nk + nc + 1] = o.bounds.fromMillis(end);
    row[nk + nc + 2] = o.time.fromMillis(end - 1);
    if (!empty) this.out.push(row, INSERT);
    if (st.prev[s] === NONE) {
      // The key's head leaves: the key goes, or its next session becomes the head.
      const n = st.next[s]!;
      this.state.deleteKey(keyValues);
      if (n !== NONE) {
        const keyRow: Row = [];
        for (let j = 0; j < nk; j++) keyRow[o.keys[j]!] = keyValues[j];
        this.state.add(keyRow, n);
      }
    }
    st.remove(s);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return this.options.description ?? `SessionWindowAggregate(gap=[${this.options.gap} ms])`;
  }
}
