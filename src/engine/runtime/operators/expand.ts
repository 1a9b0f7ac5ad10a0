/**
 * Expand (for GROUPING SETS / ROLLUP / CUBE, as Flink's Expand): each input row becomes one row
 * per grouping set, with the columns not in that set replaced by NULL and the set's id (Flink's
 * $e, the GROUPING_ID bitmask) appended. An aggregate grouped by the keys plus $e follows.
 */
import type { Batch, Row, RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';

/** Options of an {@link ExpandOperator}. */
export interface ExpandOptions {
  /** Per grouping set: input columns nulled out in that copy. */
  readonly nulled: readonly (readonly number[])[];
  /** Per grouping set: the value appended as the last column ($e). */
  readonly ids: readonly number[];
}

/** Duplicates rows per grouping set. */
export class ExpandOperator implements Operator {
  readonly name = 'Expand';
  private ctx!: OperatorContext;

  constructor(private readonly options: ExpandOptions) {}

  stateTables(): StateTableSpec[] {
    return [];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    const { nulled, ids } = this.options;
    const out: Row[] = [];
    const kinds: RowKind[] | null = batch.kinds === null ? null : [];
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i]!;
      for (let s = 0; s < nulled.length; s++) {
        const r = row.slice();
        for (const c of nulled[s]!) r[c] = null;
        r.push(BigInt(ids[s]!)); // $e is BIGINT NOT NULL, as Flink's Expand
        out.push(r);
        if (kinds !== null) kinds.push(batch.kinds![i]!);
      }
    }
    if (out.length > 0) this.ctx.output.emit({ rows: out, kinds });
  }

  onWatermark(watermark: number): void {
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return `Expand(sets=[${this.options.ids.join(', ')}])`;
  }
}
