/**
 * A state table keyed by some columns of a row, looked up straight from the row: no key string
 * is built per row (a string per row costs an allocation, a hash of a fresh string and, kept as
 * a Map key, memory). Each key column is normalised to a Map key (`keyPart`, values.ts): equal
 * Map keys for equal Flink keys (so -0.0 apart from 0.0).
 *
 * Several key columns form a trie of Maps, one level per column, but a level is only created
 * where two keys share a prefix: a key alone under its first column's value is stored as the
 * value itself, its other columns read back from the value (`keyOf`) when a row is compared.
 * So a million (auction, day) keys with one day per auction cost one Map entry each.
 */
import { keyPart } from '../values.js';
import type { Row } from '../batch.js';

export { keyPart };

/** SameValueZero, as Map keys compare. */
function sameKey(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b);
}

/** One trie level below the first: its column's key part → value or deeper level. */
class Level extends Map<unknown, unknown> {
  constructor(readonly depth: number) {
    super();
  }
}

/** A table from the key columns of rows to values of type V. */
export interface RowKeyedTable<V> {
  /** The value of the row's key, or undefined. */
  get(row: Row): V | undefined;
  /** Stores `value` for the row's key (which must be absent: call after `get` gave undefined). */
  add(row: Row, value: V): void;
  /** Removes the row's key. */
  delete(row: Row): void;
  /** Removes the key whose column values (in key order) are `keyValues`. */
  deleteKey(keyValues: readonly unknown[]): void;
  /** Every value (no order promised). */
  values(): IterableIterator<V>;
  readonly size: number;
  clear(): void;
}

/**
 * The in-memory {@link RowKeyedTable}. `keyOf(value, j)` gives the j-th key column's value of a
 * stored value (values keep their key, as group results do).
 */
export class RowKeyedMap<V> implements RowKeyedTable<V> {
  private readonly root = new Map<unknown, unknown>();
  private single: V | undefined;
  private count = 0;

  constructor(
    private readonly columns: readonly number[],
    private readonly keyOf: (value: V, j: number) => unknown,
  ) {}

  get size(): number {
    return this.count;
  }

  get(row: Row): V | undefined {
    const cols = this.columns;
    const n = cols.length;
    if (n === 0) return this.single;
    let e = this.root.get(keyPart(row[cols[0]!]));
    if (n === 1) return e as V | undefined;
    while (e instanceof Level) e = e.get(keyPart(row[cols[e.depth]!]));
    if (e === undefined) return undefined;
    return this.matches(e as V, row) ? (e as V) : undefined;
  }

  /** Whether the stored value's key equals the row's (all columns but the first). */
  private matches(v: V, row: Row, from = 1): boolean {
    const cols = this.columns;
    for (let j = from; j < cols.length; j++) {
      if (!sameKey(keyPart(this.keyOf(v, j)), keyPart(row[cols[j]!]))) return false;
    }
    return true;
  }

  add(row: Row, value: V): void {
    const cols = this.columns;
    const n = cols.length;
    this.count++;
    if (n === 0) {
      this.single = value;
      return;
    }
    let map: Map<unknown, unknown> = this.root;
    let depth = 0;
    for (;;) {
      const k = keyPart(row[cols[depth]!]);
      const e = map.get(k);
      if (e === undefined) {
        map.set(k, value);
        return;
      }
      if (!(e instanceof Level)) {
        if (depth + 1 >= n) {
          // The same key again (callers add only absent keys): replace it.
          map.set(k, value);
          this.count--;
          return;
        }
        // A lone key shares this prefix: give both a level for the next column.
        const level = new Level(depth + 1);
        level.set(keyPart(this.keyOf(e as V, depth + 1)), e);
        map.set(k, level);
        map = level;
      } else map = e;
      depth++;
    }
  }

  delete(row: Row): void {
    const cols = this.columns;
    const n = cols.length;
    if (n === 0) {
      if (this.single !== undefined) this.count--;
      this.single = undefined;
      return;
    }
    const k0 = keyPart(row[cols[0]!]);
    let e = this.root.get(k0);
    if (e === undefined) return;
    if (!(e instanceof Level)) {
      if (n > 1 && !this.matches(e as V, row)) return;
      this.root.delete(k0);
      this.count--;
      return;
    }
    // Walk down remembering the path so emptied levels are dropped.
    const path: [Map<unknown, unknown>, unknown][] = [[this.root, k0]];
    while (e instanceof Level) {
      const k = keyPart(row[cols[e.depth]!]);
      path.push([e, k]);
      e = e.get(k);
    }
    if (e === undefined || !this.matches(e as V, row)) return;
    this.count--;
    for (let i = path.length - 1; i >= 0; i--) {
      const [m, k] = path[i]!;
      m.delete(k);
      if (m.size > 0 || i === 0) return;
    }
  }

  deleteKey(keyValues: readonly unknown[]): void {
    const row: unknown[] = [];
    for (let j = 0; j < this.columns.length; j++) row[this.columns[j]!] = keyValues[j];
    this.delete(row);
  }

  *values(): IterableIterator<V> {
    if (this.columns.length === 0) {
      if (this.single !== undefined) yield this.single;
      return;
    }
    const stack: Map<unknown, unknown>[] = [this.root];
    while (stack.length > 0) {
      for (const e of stack.pop()!.values()) {
        if (e instanceof Level) stack.push(e);
        else yield e as V;
      }
    }
  }

  clear(): void {
    this.root.clear();
    this.single = undefined;
    this.count = 0;
  }
}
