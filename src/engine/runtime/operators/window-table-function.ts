/**
 * The window table functions TUMBLE / HOP / CUMULATE: each input row is emitted once per window
 * it belongs to, with window_start, window_end and window_time appended (window_time =
 * window_end - 1 ms, the new time attribute). Each copy keeps its row's kind (Flink's
 * WindowTableFunctionOperatorBase#collect), so an updating input gives an updating output.
 */
import { ExecutionError } from '../../../common/errors.js';
import type { Batch, Row, RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';
import { assignWindowsAt, displayWindow, type WindowSpec } from './window-assign.js';

/** How a time column's value converts to and from epoch milliseconds. */
export interface TimeCodec {
  toMillis(value: unknown): number;
  fromMillis(ms: number): unknown;
}

/** Options of a {@link WindowTableFunctionOperator}. */
export interface WindowTableFunctionOptions {
  readonly spec: WindowSpec;
  /** Input column of the time attribute (DESCRIPTOR). */
  readonly timeIndex: number;
  /** Converts the time column (TIMESTAMP(3) or TIMESTAMP_LTZ(3)) to ms and window bounds back. */
  readonly time: TimeCodec;
  /** Converts window bounds into window_start / window_end values (TIMESTAMP(3)). */
  readonly bounds: TimeCodec;
}

/** Appends window columns to rows. */
export class WindowTableFunctionOperator implements Operator {
  readonly name = 'WindowTableFunction';
  private ctx!: OperatorContext;
  private readonly buf: number[] = [];

  constructor(private readonly options: WindowTableFunctionOptions) {}

  stateTables(): StateTableSpec[] {
    return [];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    const { spec, timeIndex, time, bounds } = this.options;
    const out: Row[] = [];
    const inKinds = batch.kinds;
    const outKinds: RowKind[] | null = inKinds === null ? null : [];
    const buf = this.buf;
    const rows = batch.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const tv = row[timeIndex];
      if (tv === null || tv === undefined) {
        throw new ExecutionError(
          'RowTime field should not be null, please convert it to a non-null long value.',
        );
      }
      const n = assignWindowsAt(spec, time.toMillis(tv), buf, 0);
      const width = row.length;
      for (let w = 0; w < n; w++) {
        const start = buf[2 * w]!;
        const end = buf[2 * w + 1]!;
        // Allocated at its final length: a copy grown by push would be copied again.
        const r = new Array<unknown>(width + 3);
        for (let j = 0; j < width; j++) r[j] = row[j];
        r[width] = bounds.fromMillis(start);
        r[width + 1] = bounds.fromMillis(end);
        r[width + 2] = time.fromMillis(end - 1);
        out.push(r);
        if (outKinds !== null) outKinds.push(inKinds![i]!);
      }
    }
    if (out.length > 0) this.ctx.output.emit({ rows: out, kinds: outKinds });
  }

  onWatermark(watermark: number): void {
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return `WindowTableFunction(window=[${displayWindow(this.options.spec)}], time_col=[$${this.options.timeIndex}])`;
  }
}
