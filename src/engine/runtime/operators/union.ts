/**
 * UNION ALL: forwards every input's changes unchanged; the output watermark is the minimum of
 * the inputs' watermarks.
 */
import type { Batch } from '../batch.js';
import { WatermarkCombiner, type Operator, type OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';

/** Merges several inputs of the same schema. */
export class UnionOperator implements Operator {
  readonly name = 'Union';
  private ctx!: OperatorContext;
  private readonly wm: WatermarkCombiner;

  constructor(private readonly inputs: number) {
    this.wm = new WatermarkCombiner(inputs);
  }

  stateTables(): StateTableSpec[] {
    return [];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    this.ctx.output.emit(batch);
  }

  onWatermark(watermark: number, input: number): void {
    const w = this.wm.update(input, watermark);
    if (w !== null) this.ctx.output.emitWatermark(w);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return `Union(inputs=[${this.inputs}])`;
  }
}
