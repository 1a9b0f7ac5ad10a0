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
 * in the window lets the next row in (see `change`). With no sort keys it is Flink's LIMIT over
 * an updating input (StreamExecLimit, SortSpec.ANY): rows rank in arrival order.
 */
import { InternalError } from '../../../common/errors.js';
import { valueComparator, type Comparator } from '../../../types/compare.js';
import type { LogicalType } from '../../../types/logical-type.js';
import type { SqlValue } from '../../../types/values.js';
import { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, type Batch, type Row, type RowKind } from '../batch.js';
import type { Operator, OperatorContext } from '../operator.js';
import type { StateTableSpec } from '../state/keyed-state.js';
import { encodeKeyPart, rowsEqual } from '../values.js';

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
    /**
     * Flink's UpdateFastRankFunction: the input is an upsert stream (+I / +U, no -U) by these
     * key fields whose sort keys only get better, so only the top rows are kept.
     */
    private readonly updateFastKey?: readonly number[],
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
    if (this.updateFastKey !== undefined) {
      for (let i = 0; i < batch.rows.length; i++) {
        const kind = batch.kinds?.[i] ?? INSERT;
        if (kind === UPDATE_BEFORE || kind === DELETE)
          throw new InternalError('SortLimit planned as UpdateFastStrategy got a retraction');
        this.upsert(batch.rows[i]!, rows, kinds);
      }
    } else if (this.retracting) {
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

  /** Position of the first row whose key is not better than `row`'s. */
  private lowerBound(list: Row[], row: Row): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(list[mid]!, row) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * One change of an updating input, as Flink's RetractableTopNFunction: `all` holds every live
   * row in sort order (equal keys in arrival order, as its per-key lists). Without OFFSET an
   * accumulate emits -D for the row it pushes past the end, then +I for itself
   * (emitRecordsWithoutRowNumber); a retraction -D for itself, then +I for the row that moves up
   * to the last rank (retractRecordWithoutRowNumber). With OFFSET Flink uses its row-number
   * algorithms: every rank of the window whose row changes gets -U old / +U new, and the rank
   * that gains a row +I / loses one -D (emitRecordsWithRowNumber / retractRecordWithRowNumber).
   */
  private change(row: Row, kind: RowKind, rows: Row[], kinds: RowKind[]): void {
    const all = this.top;
    const end = this.rankEnd;
    const start = this.offset + 1;
    // AbstractTopNFunction#collect… with a rank: only ranks of the window are emitted.
    const out = (r: Row, k: RowKind, rank: number): void => {
      if (rank < start || rank > end) return;
      if (k === UPDATE_BEFORE && !this.generateUpdateBefore) return;
      rows.push(r);
      kinds.push(k);
    };
    if (kind === INSERT || kind === UPDATE_AFTER) {
      const pos = this.upperBound(all, row);
      all.splice(pos, 0, row);
      const rank = pos + 1;
      if (rank > end) return;
      if (this.offset === 0) {
        if (all.length > end) out(all[end]!, DELETE, end);
        out(row, INSERT, rank);
        return;
      }
      // Rank r passes from its old row (now all[r]) to the one before it.
      let r = rank;
      for (; r <= end && r < all.length; r++) {
        out(all[r]!, UPDATE_BEFORE, r);
        out(all[r - 1]!, UPDATE_AFTER, r);
      }
      if (r <= end) out(all[r - 1]!, INSERT, r);
      return;
    }
    // The retracted row: among those with an equal key, the first with equal values.
    let m = this.lowerBound(all, row);
    while (m < all.length && this.compare(all[m]!, row) === 0 && !rowsEqual(all[m]!, row)) m++;
    if (m >= all.length || this.compare(all[m]!, row) !== 0) return; // never seen
    const removed = all.splice(m, 1)[0]!;
    if (this.offset === 0) {
      if (m + 1 > end) return;
      out(removed, DELETE, m + 1);
      if (all.length >= end) out(all[end - 1]!, INSERT, end);
      return;
    }
    if (m > end) return;
    // Rank r passes from its old row to the one after it; the first old row is the removed one.
    let r = m + 1;
    for (; r <= end && r - 1 < all.length; r++) {
      out(r === m + 1 ? removed : all[r - 2]!, UPDATE_BEFORE, r);
      out(all[r - 1]!, UPDATE_AFTER, r);
    }
    if (r <= end) out(r === m + 1 ? removed : all[r - 2]!, DELETE, r);
  }

  /** The kept rows of the top by upsert key (UpdateFastStrategy). */
  private readonly byKey = new Map<string, Row>();

  private keyOf(row: Row): string {
    let k = '';
    for (const i of this.updateFastKey!) k += encodeKeyPart(row[i]) + '|';
    return k;
  }

  /**
   * UpdateFastRankFunction#processElementWithoutRowNumber: a row whose key is in the top is
   * updated in place (moved if its sort key changed; it can only get better) with -U old / +U
   * new; another row enters when it beats the worst kept row or the top has room (+I), pushing
   * the last row out (-D, before the +I).
   */
  /** TopNBuffer#checkSortKeyInBufferRange: the top has room, or the row beats its worst. */
  private inBufferRange(row: Row): boolean {
    const top = this.top;
    return top.length === 0 || this.compare(row, top[top.length - 1]!) < 0 || top.length < this.rankEnd;
  }

  private upsert(row: Row, rows: Row[], kinds: RowKind[]): void {
    if (this.offset > 0) return this.upsertWithRowNumber(row, rows, kinds);
    const top = this.top;
    const key = this.keyOf(row);
    const prev = this.byKey.get(key);
    if (prev !== undefined) {
      const at = top.indexOf(prev);
      if (this.compare(prev, row) === 0) top[at] = row;
      else {
        top.splice(at, 1);
        top.splice(this.upperBound(top, row), 0, row);
      }
      this.byKey.set(key, row);
      if (this.generateUpdateBefore) {
        rows.push(prev);
        kinds.push(UPDATE_BEFORE);
      }
      rows.push(row);
      kinds.push(UPDATE_AFTER);
      return;
    }
    if (!this.inBufferRange(row)) return;
    top.splice(this.upperBound(top, row), 0, row);
    this.byKey.set(key, row);
    if (top.length > this.rankEnd) {
      const last = top.pop()!;
      this.byKey.delete(this.keyOf(last));
      rows.push(last);
      kinds.push(DELETE);
    }
    rows.push(row);
    kinds.push(INSERT);
  }

  /**
   * UpdatableTopNFunction#processElementWithRowNumber (taken with an OFFSET): every rank of the
   * window whose row changes gets -U old / +U new, a new row at the end of the window +I; rows
   * of sort keys past the window are dropped (emitRecordsWithRowNumber).
   */
  private upsertWithRowNumber(row: Row, rows: Row[], kinds: RowKind[]): void {
    const top = this.top;
    const out = (r: Row, k: RowKind, rank: number): void => {
      if (rank <= this.offset || rank > this.rankEnd) return;
      if (k === UPDATE_BEFORE && !this.generateUpdateBefore) return;
      rows.push(r);
      kinds.push(k);
    };
    const key = this.keyOf(row);
    const prev = this.byKey.get(key);
    if (prev !== undefined) {
      const at = top.indexOf(prev);
      const c = this.compare(row, prev);
      this.byKey.set(key, row);
      if (c === 0) {
        top[at] = row;
        out(prev, UPDATE_BEFORE, at + 1);
        out(row, UPDATE_AFTER, at + 1);
        return;
      }
      if (c > 0) return this.worseWithRowNumber(row, prev, at, out);
      top.splice(at, 1);
      top.splice(this.upperBound(top, row), 0, row);
      this.emitWithRowNumber(row, out, prev, at + 1);
      return;
    }
    if (!this.inBufferRange(row)) return;
    top.splice(this.upperBound(top, row), 0, row);
    this.byKey.set(key, row);
    this.emitWithRowNumber(row, out, undefined, -1);
  }

  /**
   * A kept row whose sort key got worse: the planner's monotonicity ignores NULLs, so MAX going
   * from NULL to a value under DESC NULLS FIRST (or MIN under ASC, NULLS FIRST by default) does.
   * Flink's UpdatableTopNHelper is lenient there: it logs, moves the row and re-emits the ranks
   * from the old to the new one (emitRecordsWithRowNumberIgnoreStateError).
   */
  private worseWithRowNumber(
    row: Row,
    prev: Row,
    at: number,
    out: (r: Row, k: RowKind, rank: number) => void,
  ): void {
    const top = this.top;
    top.splice(at, 1);
    const newAt = this.upperBound(top, row);
    top.splice(newAt, 0, row);
    out(prev, UPDATE_BEFORE, at + 1);
    for (let r = at; r < newAt; r++) {
      out(top[r]!, UPDATE_BEFORE, r + 2);
      out(top[r]!, UPDATE_AFTER, r + 1);
    }
    out(row, UPDATE_AFTER, newAt + 1);
  }

  /** UpdatableTopNFunction#emitRecordsWithRowNumber over the sorted rows (groups of equal keys). */
  private emitWithRowNumber(
    input: Row,
    out: (r: Row, k: RowKind, rank: number) => void,
    oldRow: Row | undefined,
    oldRank: number,
  ): void {
    const top = this.top;
    const end = this.rankEnd;
    let i = 0;
    let currentRank = 0;
    let currentRow: Row = input;
    let found = false;
    let oldRetracted = false;
    while (i < top.length && currentRank <= end) {
      let j = i + 1;
      while (j < top.length && this.compare(top[j]!, top[i]!) === 0) j++;
      if (!found && this.compare(top[i]!, input) === 0) {
        currentRank += j - i;
        currentRow = input;
        found = true;
      } else if (found) {
        if (oldRow === undefined) {
          for (let r = i; r < j && currentRank <= end; r++) {
            out(top[r]!, UPDATE_BEFORE, currentRank);
            out(currentRow, UPDATE_AFTER, currentRank);
            currentRow = top[r]!;
            currentRank++;
          }
        } else if (this.compare(top[i]!, oldRow) <= 0) {
          for (let r = i; r < j && currentRank < oldRank; r++) {
            out(top[r]!, UPDATE_BEFORE, currentRank);
            if (currentRow === input && !oldRetracted) {
              out(oldRow, UPDATE_BEFORE, oldRank);
              oldRetracted = true;
            }
            out(currentRow, UPDATE_AFTER, currentRank);
            currentRow = top[r]!;
            currentRank++;
          }
        } else {
          i = j;
          break;
        }
      } else {
        currentRank += j - i;
      }
      i = j;
    }
    if (currentRank <= end) {
      if (oldRow === undefined) out(currentRow, INSERT, currentRank);
      else {
        if (!oldRetracted) out(oldRow, UPDATE_BEFORE, oldRank);
        out(currentRow, UPDATE_AFTER, currentRank);
      }
      return;
    }
    // The sort keys after the window are dropped, with their rows.
    for (let r = i; r < top.length; r++) this.byKey.delete(this.keyOf(top[r]!));
    top.length = i;
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
