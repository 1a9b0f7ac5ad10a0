/**
 * Flink's DropUpdateBefore: forwards a retracting input without its -U changes, for consumers that
 * take updates as upserts (a sink without UPDATE_BEFORE in its changelog mode).
 */
import { UPDATE_BEFORE, type Batch, type Row, type RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';

export class DropUpdateBeforeOperator implements Operator {
  readonly name = 'DropUpdateBefore';
  private ctx!: OperatorContext;

  stateTables(): StateTableSpec[] {
    return [];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    const kinds = batch.kinds;
    if (kinds === null || !kinds.includes(UPDATE_BEFORE)) {
      this.ctx.output.emit(batch);
      return;
    }
    const rows: Row[] = [];
    const kept: RowKind[] = [];
    for (let i = 0; i < batch.rows.length; i++) {
      if (kinds[i] === UPDATE_BEFORE) continue;
      rows.push(batch.rows[i]!);
      kept.push(kinds[i]!);
    }
    if (rows.length > 0) this.ctx.output.emit({ rows, kinds: kept });
  }

  onWatermark(watermark: number): void {
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return 'DropUpdateBefore';
  }
}
