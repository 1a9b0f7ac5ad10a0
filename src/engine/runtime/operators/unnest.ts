/**
 * UNNEST (Flink's Correlate over $UNNEST_ROWS): each input row is followed by one output row
 * per element of a collection computed from it, with the change kind of the input row; with
 * LEFT, a row whose collection is empty or NULL gives one row padded with NULLs.
 */
import type { Batch, Row, RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';

/** Options of an {@link UnnestOperator}. */
export interface UnnestOptions {
  /** Computes the collection from the input row. */
  readonly collection: (row: Row) => unknown;
  readonly kind: 'ARRAY' | 'MAP' | 'MULTISET';
  readonly width: number;
  readonly expandRow: boolean;
  readonly withOrdinality: boolean;
  readonly left: boolean;
}

/** Flattens collections. */
export class UnnestOperator implements Operator {
  readonly name = 'Unnest';
  private ctx!: OperatorContext;

  constructor(private readonly o: UnnestOptions) {}

  stateTables(): StateTableSpec[] {
    return [];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    const o = this.o;
    const out: Row[] = [];
    const kinds: RowKind[] | null = batch.kinds === null ? null : [];
    const push = (row: Row, i: number, elem: readonly unknown[]): void => {
      const r = row.slice();
      for (const e of elem) r.push(e);
      out.push(r);
      if (kinds !== null) kinds.push(batch.kinds![i]!);
    };
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i]!;
      const c = o.collection(row);
      let n = 0;
      if (c !== null && c !== undefined) {
        if (o.kind === 'ARRAY') {
          for (const e of c as unknown[]) {
            n++;
            const cols = o.expandRow
              ? e === null
                ? new Array<unknown>(o.width).fill(null)
                : (e as unknown[])
              : [e];
            push(row, i, o.withOrdinality ? [...cols, n] : cols);
          }
        } else if (o.kind === 'MAP') {
          for (const [k, v] of c as Map<unknown, unknown>) {
            n++;
            push(row, i, o.withOrdinality ? [k, v, n] : [k, v]);
          }
        } else {
          for (const [e, count] of c as Map<unknown, unknown>) {
            for (let j = 0; j < Number(count); j++) {
              n++;
              const cols = o.expandRow ? (e as unknown[]) : [e];
              push(row, i, o.withOrdinality ? [...cols, n] : cols);
            }
          }
        }
      }
      if (n === 0 && o.left)
        push(row, i, new Array<unknown>(o.width + (o.withOrdinality ? 1 : 0)).fill(null));
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
    return `Unnest(joinType=[${this.o.left ? 'LEFT' : 'INNER'}])`;
  }
}
