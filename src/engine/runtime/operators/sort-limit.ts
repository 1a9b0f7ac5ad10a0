/**
 * ORDER BY … LIMIT n [OFFSET m] on an insert-only stream, as Flink's SortLimit runs it: a
 * global Top-N (AppendOnlyTopNFunction, no rank number). The best `offset + fetch` rows are
 * kept sorted; a row that enters the top is emitted, and one pushed out of it retracted. Unlike
 * a temporal sort, no row is ever late and the query never completes early on its own.
 *
 * Without OFFSET: +I for the new row, -D for the row it pushes out (Flink's
 * processElementWithoutRowNumber). With OFFSET the output is the rank window
 * [offset + 1, offset + fetch]: every position whose row changes gets -U old / +U new, and the
 * window's next free position +I (Flink's processElementWithRowNumber).
 *
 * Over an updating input (Flink's RetractableTopNFunction) every row is kept, since a retraction
 * in the window lets the next row in: a change emits +I for the rows that enter the window and
 * -D for those that leave it (an accumulate inserts first, a retraction deletes first).
 */
import { InternalError } from '../../../common/errors.js';
import { valueComparator, type Comparator } from '../../../types/compare.js';
import type { LogicalType } from '../../../types/logical-type.js';
import type { SqlValue } from '../../../types/values.js';
import { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, type Batch, type Row, type RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';
import { rowsEqual } from '../values.js';

/** One ORDER BY key. */
export interface SortLimitKey {
  readonly index: number;
  readonly type: LogicalType;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

/** Keeps the first `offset + fetch` rows in sort order and emits the changes of its window. */
export class SortLimitOperator implements Operator {
  readonly name = 'SortLimit';
  private ctx!: OperatorContext;
  /** The top rows, sorted; rows with equal keys in arrival order. */
  private top: Row[] = [];
  private readonly rankEnd: number;
  private readonly compare: (a: Row, b: Row) => number;

  constructor(
    private readonly keys: readonly SortLimitKey[],
    private readonly offset: number,
    private readonly fetch: number,
    private readonly generateUpdateBefore = true,
    /** The input may retract (the plan says so): every live row is kept (RetractableTopN). */
    private readonly retracting = false,
  ) {
    this.rankEnd = offset + fetch;
    const cmps: { index: number; cmp: Comparator; sign: number; nullSign: number }[] = keys.map((k) => ({
      index: k.index,
      cmp: valueComparator(k.type),
      sign: k.descending ? -1 : 1,
      nullSign: k.nullsFirst ? -1 : 1,
    }));
    this.compare = (a, b) => {
      for (const c of cmps) {
        const x = a[c.index] as SqlValue | null;
        const y = b[c.index] as SqlValue | null;
        if (x === null || y === null) {
          if (x === y) continue;
          return x === null ? c.nullSign : -c.nullSign;
        }
        const r = c.cmp(x, y);
        if (r !== 0) return r * c.sign;
      }
      return 0;
    };
  }

  stateTables(): StateTableSpec[] {
    return [{ name: 'top', description: 'the best offset + fetch rows in sort order' }];
  }

  open(ctx: OperatorContext): void {
    this.ctx = ctx;
  }

  processBatch(batch: Batch): void {
    if (this.rankEnd === 0) return;
    const rows: Row[] = [];
    const kinds: RowKind[] = [];
    if (this.retracting) {
      for (let i = 0; i < batch.rows.length; i++)
        this.change(batch.rows[i]!, batch.kinds?.[i] ?? INSERT, rows, kinds);
    } else {
      if (batch.kinds !== null && batch.kinds.some((k) => k !== INSERT))
        throw new InternalError('SortLimit planned for an insert-only input got a retraction');
      for (const row of batch.rows) this.add(row, rows, kinds);
    }
    if (rows.length > 0) this.ctx.output.emit({ rows, kinds });
  }

  /** Position after every row with an equal or better key. */
  private upperBound(list: Row[], row: Row): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(list[mid]!, row) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * One change of an updating input: `all` holds every live row in sort order; the window
   * before and after is compared and the difference emitted.
   */
  private change(row: Row, kind: RowKind, rows: Row[], kinds: RowKind[]): void {
    const all = this.top;
    const before = all.slice(this.offset, this.rankEnd);
    if (kind === INSERT || kind === UPDATE_AFTER) {
      all.splice(this.upperBound(all, row), 0, row);
    } else {
      // The retracted row: among those with an equal key, the first with equal values.
      let i = this.upperBound(all, row) - 1;
      while (i >= 0 && this.compare(all[i]!, row) === 0 && !rowsEqual(all[i]!, row)) i--;
      if (i < 0 || this.compare(all[i]!, row) !== 0) return; // never seen (or never in range)
      all.splice(i, 1);
    }
    const after = all.slice(this.offset, this.rankEnd);
    const entered = after.filter((r) => !before.includes(r));
    const left = before.filter((r) => !after.includes(r));
    const emit = (list: Row[], k: RowKind): void => {
      for (const r of list) {
        rows.push(r);
        kinds.push(k);
      }
    };
    if (kind === INSERT || kind === UPDATE_AFTER) {
      emit(entered, INSERT);
      emit(left, DELETE);
    } else {
      emit(left, DELETE);
      emit(entered, INSERT);
    }
  }

  private add(row: Row, rows: Row[], kinds: RowKind[]): void {
    const top = this.top;
    // Flink's checkSortKeyInBufferRange: better than the worst kept row, or room left.
    if (top.length >= this.rankEnd && this.compare(row, top[top.length - 1]!) >= 0) return;
    const lo = this.upperBound(top, row);
    top.splice(lo, 0, row);
    if (this.offset === 0) {
      if (top.length > this.rankEnd) {
        const out = top.pop()!;
        if (out === row) return;
        rows.push(out);
        kinds.push(DELETE);
      }
      rows.push(row);
      kinds.push(INSERT);
      return;
    }
    // Rank r (1-based) moves from top[r - 1] (old) to the row before it.
    let current = row;
    let rank = lo + 1;
    for (let i = lo + 1; i < top.length && rank <= this.rankEnd; i++, rank++) {
      const previous = top[i]!;
      if (rank > this.offset) {
        if (this.generateUpdateBefore) {
          rows.push(previous);
          kinds.push(UPDATE_BEFORE);
        }
        rows.push(current);
        kinds.push(UPDATE_AFTER);
      }
      current = previous;
    }
    if (rank <= this.rankEnd && rank > this.offset) {
      rows.push(current);
      kinds.push(INSERT);
    }
    if (top.length > this.rankEnd) top.length = this.rankEnd;
  }

  onWatermark(watermark: number): void {
    this.ctx.output.emitWatermark(watermark);
  }

  finish(): void {}
  restore(): void {}
  close(): void {}

  display(): string {
    return `SortLimit(offset=[${this.offset}], fetch=[${this.fetch}])`;
  }
}
