/**
 * Window aggregation over the rows of a window table function (TUMBLE / HOP / CUMULATE), as
 * Flink's WindowAggregate: accumulators per (window, key); a window fires when the watermark
 * reaches its end - 1, emitting one insert per key (keys ++ aggregates ++ window_start,
 * window_end, window_time) and dropping its state. Rows of a window that already fired are
 * late: dropped and counted in `numLateRecordsDropped`. Output is insert-only.
 *
 * Over an updating input (`retracting`, Flink 1.19+): -U / -D rows retract from their window's
 * accumulators, and each group counts its rows (+1 / -1, Flink's COUNT(*) at indexOfCountStar);
 * a group whose count is back to zero emits nothing when its window fires (WindowIsEmptySupplier),
 * while one left negative by a retraction of a row it never saw still emits (FLINK-33760).
 *
 * Windows are identified by their end as the window table function gave it (a wall-clock time
 * for a TIMESTAMP_LTZ rowtime): two windows of a HOP ending on both sides of a skipped
 * daylight-time hour have one instant but are two windows. `fireTime` says when each fires.
 */
import { BatchBuilder, INSERT, isRetract, type Batch, type Row } from '../batch.js';
import { ExecutionError } from '../../../common/errors.js';
import { MIN_WATERMARK, type Operator, type OperatorContext } from '../operator.js';
import type { StateTableSpec, ValueStateTable } from '../state/keyed-state.js';
import { keyPart } from '../state/row-keyed-table.js';
import { keySelector, type KeySelector } from '../values.js';
import { Accumulators, type AggCall, type Slots } from './aggregate-api.js';
import type { TimeCodec } from './window-table-function.js';
import { fireAtEndMinusOne, type FireTime } from './window-fire-time.js';

/** Accumulators of one window, per key. */
export interface WindowPane {
  start: number;
  end: number;
  startValue: unknown;
  endValue: unknown;
  groups: Map<unknown, WindowGroup>;
}

/** One key's accumulators in a window. */
export interface WindowGroup {
  keyValues: Row;
  acc: Slots;
  /** Rows accumulated minus rows retracted (kept only when retracting; absent in older state). */
  rows?: number;
}

/** Options of a {@link WindowAggregateOperator}. */
export interface WindowAggregateOptions {
  /** Input columns of window_start and window_end (from the window table function). */
  readonly windowStart: number;
  readonly windowEnd: number;
  /** Grouping key columns besides the window. */
  readonly keys: readonly number[];
  readonly calls: readonly AggCall[];
  /** Converts window bounds to ms (the window's identity and order). */
  readonly bounds: TimeCodec;
  /** Converts the ms of window end - 1 to the window_time value (TIMESTAMP(3) or TIMESTAMP_LTZ(3)). */
  readonly time: TimeCodec;
  /** The watermark at which a window ending at a bound fires (default: end - 1). */
  readonly fireTime?: FireTime;
  /** The input has -U / -D rows (calls then retract; empty groups emit nothing). */
  readonly retracting?: boolean;
  readonly description?: string;
}

/** Window aggregation for aligned windows. */
export class WindowAggregateOperator implements Operator {
  readonly name = 'WindowAggregate';
  private ctx!: OperatorContext;
  private panes!: ValueStateTable<WindowPane>;
  /** Window ends with state, ascending (windows fire in this order: fire times never decrease). */
  private ends: number[] = [];
  private readonly fireTime: FireTime;
  private watermark = MIN_WATERMARK;
  private readonly keyOf: KeySelector;
  private readonly accs: Accumulators;
  private readonly out = new BatchBuilder();
  /** The pane the previous row went to (rows of a window mostly come together). */
  private lastPane: WindowPane | undefined;
  private readonly retracting: boolean;

  constructor(private readonly options: WindowAggregateOptions) {
    // One key column: its value as a Map key (a BIGINT as a number, hashed far faster).
    const k0 = options.keys[0]!;
    this.keyOf = options.keys.length === 1 ? (row) => keyPart(row[k0]) : keySelector(options.keys);
    // Retracting: DISTINCT keeps occurrence counts, whatever the calls' implementations.
    this.accs = new Accumulators(options.calls, options.retracting === true ? false : undefined);
    this.retracting = options.retracting === true;
    this.fireTime = options.fireTime ?? fireAtEndMinusOne;
  }

  stateTables(): StateTableSpec[] {
    return [{ name: 'panes', description: 'window end → per-key accumulators of that window' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    this.panes = ctx.state.table<WindowPane>(ctx.operatorId, 'panes');
  }

  processBatch(batch: Batch): void {
    const o = this.options;
    const { rows, kinds } = batch;
    const retracting = this.retracting;
    for (let r = 0; r < rows.length; r++) {
      const retract = kinds !== null && isRetract(kinds[r]!);
      if (retract && !retracting) {
        throw new ExecutionError('window aggregation received a retraction; its input must be insert-only');
      }
      const row = rows[r]!;
      const endValue = row[o.windowEnd];
      const end = o.bounds.toMillis(endValue);
      let pane = this.lastPane;
      if (pane === undefined || pane.end !== end) pane = this.panes.get(end);
      if (pane === undefined || pane.startValue === undefined) {
        // A window with state has not fired; one without may have.
        if (this.fireTime(end) <= this.watermark) {
          this.ctx.metrics.inc('numLateRecordsDropped');
          continue;
        }
        const startValue = row[o.windowStart];
        const start = o.bounds.toMillis(startValue);
        // HOP/CUMULATE windows with the same end but different starts cannot coexist in one
        // query (one window spec per operator), so the end identifies the window.
        pane = { start, end, startValue, endValue, groups: new Map() };
        this.panes.put(end, pane);
        this.insertEnd(end);
      }
      this.lastPane = pane;
      const key = this.keyOf(row);
      let g = pane.groups.get(key);
      if (g === undefined) {
        const kv = new Array<unknown>(o.keys.length);
        for (let j = 0; j < o.keys.length; j++) kv[j] = row[o.keys[j]!];
        g = retracting
          ? { keyValues: kv, acc: this.accs.create(), rows: 0 }
          : { keyValues: kv, acc: this.accs.create() };
        pane.groups.set(key, g);
      }
      this.accs.apply(g.acc, 0, row, retract);
      if (retracting) g.rows = (g.rows ?? 0) + (retract ? -1 : 1);
    }
  }

  private insertEnd(end: number): void {
    const ends = this.ends;
    let i = ends.length;
    while (i > 0 && ends[i - 1]! > end) i--;
    ends.splice(i, 0, end);
  }

  onWatermark(watermark: number): void {
    if (watermark <= this.watermark) return;
    this.watermark = watermark;
    const o = this.options;
    const nk = o.keys.length;
    const nc = o.calls.length;
    let fired = 0;
    while (fired < this.ends.length && this.fireTime(this.ends[fired]!) <= watermark) {
      const end = this.ends[fired]!;
      fired++;
      const pane = this.panes.get(end)!;
      const timeValue = o.time.fromMillis(end - 1);
      for (const g of pane.groups.values()) {
        // Every row of the group retracted: an empty window emits nothing.
        if (this.retracting && g.rows === 0) continue;
        const row = new Array<unknown>(nk + nc + 3);
        for (let j = 0; j < nk; j++) row[j] = g.keyValues[j];
        this.accs.values(g.acc, 0, row, nk);
        row[nk + nc] = pane.startValue;
        row[nk + nc + 1] = pane.endValue;
        row[nk + nc + 2] = timeValue;
        this.out.push(row, INSERT);
      }
      this.panes.delete(end);
      if (this.lastPane === pane) this.lastPane = undefined;
    }
    if (fired > 0) this.ends.splice(0, fired);
    const b = this.out.take();
    if (b !== null) this.ctx.output.emit(b);
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}

  restore(): void {
    this.lastPane = undefined;
    this.ends = [...this.panes.entries()].map(([k]) => k as number).sort((a, b) => a - b);
  }

  close(): void {}

  display(): string {
    return this.options.description ?? `WindowAggregate(groupBy=[${this.options.keys.join(', ')}])`;
  }
}
