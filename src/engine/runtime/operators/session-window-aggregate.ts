/**
 * Session window aggregation (SESSION TVF + GROUP BY window_start, window_end, keys) as Flink's
 * merging WindowOperator: per key, sessions [first ts, last ts + gap) merge when they touch or
 * overlap (TimeWindow.intersects); a session fires when the watermark reaches its end - 1. A
 * row whose session is already past the watermark is late: dropped and counted. An open
 * session keeps accumulators when every call's function can merge two (and none is DISTINCT),
 * otherwise its rows, accumulated when it fires. Merging accumulators concatenates as the rows
 * would (the absorbing session's inputs first), so FIRST/LAST_VALUE agree between the two.
 * Timers are filed lazily (end-timers.ts): a session growing with every row of its key is not
 * re-filed per row, and a watermark only visits the sessions it fires.
 */
import { ExecutionError } from '../../../common/errors.js';
import { BatchBuilder, INSERT, isRetract, type Batch, type Row } from '../batch.js';
import { MIN_WATERMARK, type Operator, type OperatorContext } from '../operator.js';
import type { RowKeyedTable, StateTableSpec } from '../state/keyed-state.js';
import type { MergeableAggregate } from '../functions/aggregates.js';
import { Accumulators, type AggCall, type Slots } from './aggregate-api.js';
import { EndTimers, type TimedItem } from './end-timers.js';
import type { TimeCodec } from './window-table-function.js';

interface Session extends TimedItem {
  start: number;
  /** Accumulators (when mergeable) or null. */
  acc: Slots | null;
  /** Rows (when accumulators cannot merge) or null. */
  rows: Row[] | null;
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
  private state!: RowKeyedTable<KeySessions>;
  private watermark = MIN_WATERMARK;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  private readonly timers = new EndTimers<Session>();
  /** Per call, its merge function, or null when rows must be kept. */
  private readonly merges: ((a: unknown, b: unknown) => unknown)[] | null;

  constructor(private readonly options: SessionWindowAggregateOptions) {
    this.accs = new Accumulators(options.calls);
    const merges: ((a: unknown, b: unknown) => unknown)[] = [];
    for (const c of options.calls) {
      const m = (c.impl as Partial<MergeableAggregate>).merge;
      if (c.distinct || typeof m !== 'function') {
        merges.length = 0;
        break;
      }
      merges.push(m.bind(c.impl));
    }
    this.merges = merges.length === options.calls.length ? merges : null;
  }

  stateTables(): StateTableSpec[] {
    return [{ name: 'sessions', description: 'key → open sessions with their accumulators or rows' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.state = ctx.state.rowTable<KeySessions>(
      ctx.operatorId,
      'sessions',
      this.options.keys,
      (ks, j) => ks.keyValues[j],
    );
  }

  processBatch(batch: Batch): void {
    const o = this.options;
    const { rows, kinds } = batch;
    const merges = this.merges;
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
      let ks = this.state.get(row);
      if (ks === undefined) {
        if (end - 1 <= this.watermark) {
          this.ctx.metrics.inc('numLateRecordsDropped');
          continue;
        }
        const kv = new Array<unknown>(o.keys.length);
        for (let j = 0; j < o.keys.length; j++) kv[j] = row[o.keys[j]!];
        ks = { keyValues: kv, sessions: [] };
        this.state.add(row, ks);
      }
      // Sessions of this key that the new window [ts, ts + gap) touches.
      let first: Session | undefined;
      let others: Session[] | undefined;
      const sessions = ks.sessions;
      for (let i = 0; i < sessions.length; i++) {
        const s = sessions[i]!;
        if (s.start <= end && s.end >= start) {
          if (first === undefined) first = s;
          else (others ??= []).push(s);
          if (s.start < start) start = s.start;
          if (s.end > end) end = s.end;
        }
      }
      if (end - 1 <= this.watermark) {
        this.ctx.metrics.inc('numLateRecordsDropped');
        if (sessions.length === 0) this.state.delete(row);
        continue;
      }
      if (first === undefined) {
        let acc: Slots | null = null;
        if (merges !== null) {
          acc = this.accs.create();
          this.accs.apply(acc, 0, row, false);
        }
        const s: Session = {
          start,
          end,
          seq: this.timers.stamp(),
          filed: end,
          dead: false,
          acc,
          rows: merges === null ? [row] : null,
          owner: ks,
        };
        sessions.push(s);
        this.timers.add(s);
        continue;
      }
      if (others !== undefined) {
        for (const x of others) {
          if (merges !== null) {
            const a = first.acc!;
            const b = x.acc!;
            for (let i = 0; i < merges.length; i++) a[i] = merges[i]!(a[i], b[i]);
          } else {
            for (const y of x.rows!) first.rows!.push(y);
          }
          x.dead = true;
        }
        ks.sessions = sessions.filter((s) => !s.dead);
      }
      if (merges !== null) this.accs.apply(first.acc!, 0, row, false);
      else first.rows!.push(row);
      first.start = start;
      if (first.end !== end) {
        // The timer stays where it is filed; it moves when that time comes (end-timers.ts).
        first.end = end;
        first.seq = this.timers.stamp();
      }
    }
  }

  onWatermark(watermark: number): void {
    if (watermark <= this.watermark) return;
    this.watermark = watermark;
    this.timers.fireUpTo(watermark, this.fire);
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
    this.ctx.output.emitWatermark(watermark);
  }

  private readonly fire = (s: Session): void => {
    const o = this.options;
    const nk = o.keys.length;
    const nc = o.calls.length;
    let acc = s.acc;
    if (acc === null) {
      acc = this.accs.create();
      for (const x of s.rows!) this.accs.apply(acc, 0, x, false);
    }
    const row = new Array<unknown>(nk + nc + 3);
    for (let j = 0; j < nk; j++) row[j] = s.owner.keyValues[j];
    this.accs.values(acc, 0, row, nk);
    row[nk + nc] = o.bounds.fromMillis(s.start);
    row[nk + nc + 1] = o.bounds.fromMillis(s.end);
    row[nk + nc + 2] = o.time.fromMillis(s.end - 1);
    this.out.push(row, INSERT);
    s.dead = true;
    const ks = s.owner;
    ks.sessions = ks.sessions.length === 1 ? [] : ks.sessions.filter((x) => x !== s);
    if (ks.sessions.length === 0) this.state.deleteKey(ks.keyValues);
  };

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return this.options.description ?? `SessionWindowAggregate(gap=[${this.options.gap} ms])`;
  }
}
