/**
 * LIMIT / OFFSET on an insert-only stream: skips `offset` rows, passes the next `limit` rows,
 * then asks the driver to finish the query (so `LIMIT n` on an unbounded input completes).
 */
import { ExecutionError } from '../../../common/errors.js';
import type { Batch } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';

/** Takes the first rows of a stream. */
export class LimitOperator implements Operator {
  readonly name = 'Limit';
  private ctx!: OperatorContext;
  private seen = 0;

  constructor(
    private readonly offset: number,
    private readonly limit: number,
  ) {}

  stateTables(): StateTableSpec[] {
    return [{ name: 'count', description: 'rows seen so far' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
    if (this.limit === 0) ctx.requestFinish();
  }

  processBatch(batch: Batch): void {
    if (batch.kinds !== null && batch.kinds.some((k) => k !== 0)) {
      throw new ExecutionError('LIMIT over an updating input is not supported yet');
    }
    const end = this.offset + this.limit;
    if (this.seen >= end) return;
    const from = Math.max(0, this.offset - this.seen);
    const to = Math.min(batch.rows.length, end - this.seen);
    this.seen += batch.rows.length;
    if (to > from) this.ctx.output.emit({ rows: batch.rows.slice(from, to), kinds: null });
    if (this.seen >= end) this.ctx.requestFinish();
  }

  onWatermark(watermark: number): void {
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return `Limit(offset=[${this.offset}], fetch=[${this.limit}])`;
  }
}
