/**
 * Rows and batches: the unit of work between operators. A row is a plain JS array of values in
 * the value representation of src/types; a batch carries rows and, unless every row is an
 * insert, one change kind per row (Flink's RowKind).
 */

/** A row: one JS value per column (SQL NULL is `null`). */
export type Row = unknown[];

/** Flink's RowKind as small integers, so a batch can carry them in a typed array. */
export const INSERT = 0;
export const UPDATE_BEFORE = 1;
export const UPDATE_AFTER = 2;
export const DELETE = 3;
export type RowKind = 0 | 1 | 2 | 3;

/** The short text Flink prints for each RowKind. */
export const ROW_KIND_TEXT = ['+I', '-U', '+U', '-D'] as const;
export type RowKindText = (typeof ROW_KIND_TEXT)[number];

/** True for -U and -D: the change takes a row away. */
export function isRetract(kind: number): boolean {
  return kind === UPDATE_BEFORE || kind === DELETE;
}

/**
 * A batch of changes. `kinds` is null when every row is an insert (the common case for
 * append-only streams, so insert-only pipelines never allocate kind arrays).
 */
export interface Batch {
  rows: Row[];
  kinds: RowKind[] | null;
}

/** Builds output batches without a closure per row: push, then take. */
export class BatchBuilder {
  private rows: Row[] = [];
  private kinds: RowKind[] | null = null;

  get size(): number {
    return this.rows.length;
  }

  /** Appends one change. */
  push(row: Row, kind: RowKind): void {
    if (kind !== INSERT && this.kinds === null) {
      this.kinds = new Array<RowKind>(this.rows.length).fill(INSERT);
    }
    this.rows.push(row);
    if (this.kinds !== null) this.kinds.push(kind);
  }

  /** Returns the accumulated batch (or null when empty) and starts a new one. */
  take(): Batch | null {
    if (this.rows.length === 0) return null;
    const batch: Batch = { rows: this.rows, kinds: this.kinds };
    this.rows = [];
    this.kinds = null;
    return batch;
  }
}
