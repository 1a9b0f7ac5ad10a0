/**
 * Session window aggregation (SESSION TVF + GROUP BY window_start, window_end, keys) as Flink's
 * merging WindowOperator: per key, sessions [first ts, last ts + gap) merge when they touch or
 * overlap (TimeWindow.intersects); a session fires when the watermark reaches its end - 1. A
 * row whose session is already past the watermark is late: dropped and counted. Rows of open
 * sessions are kept (not accumulators) because merging needs either rows or mergeable
 * accumulators, and rows make every aggregate function usable. Sessions are indexed by end
 * time, so a watermark only visits the sessions it fires.
 */
import { ExecutionError } from '../../../common/errors.js';
import { BatchBuilder, INSERT, isRetract, type Batch, type Row } from '../batch.js';
import { MIN_WATERMARK, type Operator, type OperatorContext } from '../operator.js';
import type { StateTableSpec, ValueStateTable } from '../state/keyed-state.js';
import { keySelector, type KeySelector } from '../values.js';
import { Accumulators, type AggCall } from './aggregate-api.js';
import type { TimeCodec } from './window-table-function.js';

interface Session {
  start: number;
  end: number;
  rows: Row[];
  key: unknown;
  owner: KeySessions;
}

interface KeySessions {
  keyValues: Row;
  sessions: Session[];
}

/** Options of a {@link SessionWindowAggregateOperator}. */
export interface SessionWindowAggregateOptions {
  readonly gap: number;
  readonly timeIndex: number;
  /** PARTITION BY / grouping columns. */
  readonly keys: readonly number[];
  readonly calls: readonly AggCall[];
  /** Time column ↔ ms (also gives window_time). */
  readonly time: TimeCodec;
  /** ms → window_start / window_end values. */
  readonly bounds: TimeCodec;
  readonly description?: string;
}

/** Merging session windows. */
export class SessionWindowAggregateOperator implements Operator {
  readonly name = 'SessionWindowAggregate';
  private ctx!: OperatorContext;
  private state!: ValueStateTable<KeySessions>;
  private watermark = MIN_WATERMARK;
  private readonly keyOf: KeySelector;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  /** Open sessions by end time (timers). */
  private readonly byEnd = new Map<number, Set<Session>>();
  /** Distinct end times with sessions, kept sorted lazily. */
  private ends: number[] = [];
  private endsSorted = true;

  constructor(private readonly options: SessionWindowAggregateOptions) {
    this.keyOf = keySelector(options.keys);
    this.accs = new Accumulators(options.calls);
  }

  stateTables(): StateTableSpec[] {
    return [{ name: 'sessions', description: 'key → open sessions with their rows' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.state = ctx.state.table<KeySessions>(ctx.operatorId, 'sessions');
  }

  private addTimer(s: Session): void {
    let set = this.byEnd.get(s.end);
    if (set === undefined) {
      set = new Set();
      this.byEnd.set(s.end, set);
      if (this.ends.length > 0 && s.end < this.ends[this.ends.length - 1]!) this.endsSorted = false;
      this.ends.push(s.end);
    }
    set.add(s);
  }

  private removeTimer(s: Session): void {
    const set = this.byEnd.get(s.end);
    set?.delete(s);
    // Empty sets stay until their time comes; firing skips them.
  }

  processBatch(batch: Batch): void {
    const o = this.options;
    const { rows, kinds } = batch;
    for (let r = 0; r < rows.length; r++) {
      if (kinds !== null && isRetract(kinds[r]!)) {
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
      let end = ts + o.gap;
      const key = this.keyOf(row);
      let ks = this.state.get(key);
      if (ks === undefined) {
        if (end - 1 <= this.watermark) {
          this.ctx.metrics.inc('numLateRecordsDropped');
          continue;
        }
        const kv = new Array<unknown>(o.keys.length);
        for (let j = 0; j < o.keys.length; j++) kv[j] = row[o.keys[j]!];
        ks = { keyValues: kv, sessions: [] };
        this.state.put(key, ks);
      }
      // Sessions of this key that the new window [ts, ts + gap) touches.
      let first: Session | undefined;
      let others: Session[] | undefined;
      for (const s of ks.sessions) {
        if (s.start <= end && s.end >= start) {
          if (first === undefined) first = s;
          else (others ??= []).push(s);
          if (s.start < start) start = s.start;
          if (s.end > end) end = s.end;
        }
      }
      if (end - 1 <= this.watermark) {
        this.ctx.metrics.inc('numLateRecordsDropped');
        if (ks.sessions.length === 0) this.state.delete(key);
        continue;
      }
      if (first === undefined) {
        const s: Session = { start, end, rows: [row], key, owner: ks };
        ks.sessions.push(s);
        this.addTimer(s);
        continue;
      }
      if (others !== undefined) {
        for (const x of others) {
          for (const y of x.rows) first.rows.push(y);
          this.removeTimer(x);
        }
        ks.sessions = ks.sessions.filter((s) => !others!.includes(s));
      }
      first.rows.push(row);
      first.start = start;
      if (first.end !== end) {
        this.removeTimer(first);
        first.end = end;
        this.addTimer(first);
      }
    }
  }

  onWatermark(watermark: number): void {
    if (watermark <= this.watermark) return;
    this.watermark = watermark;
    if (!this.endsSorted) {
      this.ends.sort((a, b) => a - b);
      this.endsSorted = true;
    }
    const o = this.options;
    const nk = o.keys.length;
    const nc = o.calls.length;
    let fired = 0;
    while (fired < this.ends.length && this.ends[fired]! - 1 <= watermark) {
      const end = this.ends[fired++]!;
      const set = this.byEnd.get(end);
      this.byEnd.delete(end);
      if (set === undefined) continue;
      for (const s of set) {
        const acc = this.accs.create();
        for (const x of s.rows) this.accs.apply(acc, 0, x, false);
        const row = new Array<unknown>(nk + nc + 3);
        for (let j = 0; j < nk; j++) row[j] = s.owner.keyValues[j];
        this.accs.values(acc, 0, row, nk);
        row[nk + nc] = o.bounds.fromMillis(s.start);
        row[nk + nc + 1] = o.bounds.fromMillis(s.end);
        row[nk + nc + 2] = o.time.fromMillis(s.end - 1);
        this.out.push(row, INSERT);
        const ks = s.owner;
        ks.sessions = ks.sessions.length === 1 ? [] : ks.sessions.filter((x) => x !== s);
        if (ks.sessions.length === 0) this.state.delete(s.key);
      }
    }
    if (fired > 0) this.ends.splice(0, fired);
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return this.options.description ?? `SessionWindowAggregate(gap=[${this.options.gap} ms])`;
  }
}
