/**
 * Calc: projection and filter in one pass (Flink's Calc). The expressions are compiled once per
 * statement into one function that maps a row to its projected row, or to null when the filter
 * rejects it; the change kind passes through unchanged.
 */
import type { Batch, Row, RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';
import type { CalcBatchFunction } from '../expr/compile.js';

/** A compiled projection+filter: the output row, or null when the row is filtered out. */
export type CalcFunction = (row: Row) => Row | null;

/** Projection and filter. */
export class CalcOperator implements Operator {
  readonly name = 'Calc';
  private ctx!: OperatorContext;

  /**
   * `batch`, when given, does the same as `fn` over a whole batch (compiled loop); `fn` stays
   * the per-row form for callers that have single rows.
   */
  constructor(
    private readonly fn: CalcFunction,
    private readonly description = 'Calc',
    private readonly batch?: CalcBatchFunction,
    /** Set on each watermark when the expressions read CURRENT_WATERMARK. */
    private readonly currentWatermark?: { value: number | null },
  ) {}

  stateTables(): StateTableSpec[] {
    return [];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    const fn = this.fn;
    const { rows, kinds } = batch;
    const out: Row[] = [];
    let outKinds: RowKind[] | null = null;
    if (this.batch !== undefined) {
      if (kinds !== null) outKinds = [];
      this.batch(rows, kinds, out, outKinds);
    } else if (kinds === null) {
      for (let i = 0; i < rows.length; i++) {
        const r = fn(rows[i]!);
        if (r !== null) out.push(r);
      }
    } else {
      outKinds = [];
      for (let i = 0; i < rows.length; i++) {
        const r = fn(rows[i]!);
        if (r !== null) {
          out.push(r);
          outKinds.push(kinds[i]!);
        }
      }
    }
    if (out.length > 0) this.ctx.output.emit({ rows: out, kinds: outKinds });
  }

  onWatermark(watermark: number): void {
    if (this.currentWatermark !== undefined && Number.isFinite(watermark))
      this.currentWatermark.value = watermark;
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return this.description;
  }
}
