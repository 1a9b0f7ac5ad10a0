/**
 * Session window aggregation (SESSION TVF + GROUP BY window_start, window_end, keys) as Flink's
 * merging WindowOperator: per key, sessions [first ts, last ts + gap) merge when they touch or
 * overlap; a session fires when the watermark reaches its end - 1. A row that would only create
 * or extend an already-fired session is late: dropped and counted. Rows of an open session are
 * kept (not accumulators) because merging needs either rows or mergeable accumulators, and
 * rows make every aggregate function usable.
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
      const key = this.keyOf(row);
      let ks = this.state.get(key);
      if (ks === undefined) {
        const kv = new Array<unknown>(o.keys.length);
        for (let j = 0; j < o.keys.length; j++) kv[j] = row[o.keys[j]!];
        ks = { keyValues: kv, sessions: [] };
        this.state.put(key, ks);
      }
      let start = ts;
      let end = ts + o.gap;
      const merged: Row[] = [row];
      const keep: Session[] = [];
      for (const s of ks.sessions) {
        // TimeWindow.intersects: touching windows merge too.
        if (s.start <= end && s.end >= start) {
          start = Math.min(start, s.start);
          end = Math.max(end, s.end);
          for (const x of s.rows) merged.push(x);
        } else keep.push(s);
      }
      if (end - 1 <= this.watermark) {
        this.ctx.metrics.inc('numLateRecordsDropped');
        continue;
      }
      // Keep rows in arrival order so order-sensitive aggregates (FIRST_VALUE) match Flink.
      if (merged.length > 1) merged.push(merged.shift()!);
      keep.push({ start, end, rows: merged });
      keep.sort((a, b) => a.start - b.start);
      ks.sessions = keep;
    }
  }

  onWatermark(watermark: number): void {
    if (watermark <= this.watermark) return;
    this.watermark = watermark;
    const o = this.options;
    const nk = o.keys.length;
    const nc = o.calls.length;
    const fired: { end: number; key: unknown; ks: KeySessions; s: Session }[] = [];
    for (const [key, ks] of this.state.entries()) {
      for (const s of ks.sessions) if (s.end - 1 <= watermark) fired.push({ end: s.end, key, ks, s });
    }
    fired.sort((a, b) => a.end - b.end);
    for (const f of fired) {
      const acc = this.accs.create();
      for (const x of f.s.rows) this.accs.apply(acc, x, false);
      const row = new Array<unknown>(nk + nc + 3);
      for (let j = 0; j < nk; j++) row[j] = f.ks.keyValues[j];
      this.accs.values(acc, row, nk);
      row[nk + nc] = o.bounds.fromMillis(f.s.start);
      row[nk + nc + 1] = o.bounds.fromMillis(f.s.end);
      row[nk + nc + 2] = o.time.fromMillis(f.s.end - 1);
      this.out.push(row, INSERT);
      f.ks.sessions = f.ks.sessions.filter((s) => s !== f.s);
      if (f.ks.sessions.length === 0) this.state.delete(f.key);
    }
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
