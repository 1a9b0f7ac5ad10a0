/**
 * A state table keyed by some columns of a row, looked up straight from the row: no key string
 * is built per row (a string per row costs an allocation, a hash of a fresh string and, kept as
 * a Map key, memory). Each key column is normalised to a Map key (`keyPart`, values.ts): equal
 * Map keys for equal Flink keys (so -0.0 apart from 0.0).
 *
 * The first column's integer values (a bigint within int64, a safe-integer number other than
 * -0.0) skip the Map: their two int32 words key an open-addressing {@link Int64Index} whose
 * references point into pages of entries. They are the same keys keyPart gives (5n and 5 are
 * one key, as keyPart(5n) is 5; 2n ** 60n is not a safe integer, so no number reaches its
 * words). Every other first part (NULL, strings, fractions, NaN, -0.0, beyond int64) stays in
 * the Map.
 *
 * Several key columns form a trie of Maps, one level per column, but a level is only created
 * where two keys share a prefix: a key alone under its first column's value is stored as the
 * value itself, its other columns read back from the value (`keyOf`) when a row is compared.
 * So a million (auction, day) keys with one day per auction cost one Map entry each.
 */
import { keyPart } from '../values.js';
import { Int64Index } from './int64-index.js';
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

/** Entries per page of the integer keys' entries (pages are never copied when more are needed). */
const ENTRY_BITS = 12;
const ENTRY_PAGE = 1 << ENTRY_BITS;
const ENTRY_MASK = ENTRY_PAGE - 1;

const WORDS = new BigInt64Array(1);
/** WORDS as int32 halves, in memory order. */
const HALVES = new Int32Array(WORDS.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;
const MIN64 = -(2n ** 63n);
const MAX64 = 2n ** 63n - 1n;

/**
 * Whether `v` is an integer key of the Int64Index, its words then in HALVES[LO] / HALVES[HI].
 * The bigint's words come from one typed-array store: no Number(bigint) (~10 ns, item 52).
 */
function intWords(v: unknown): boolean {
  if (typeof v === 'bigint') {
    if (v < MIN64 || v > MAX64) return false;
    WORDS[0] = v;
    return true;
  }
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || (v === 0 && 1 / v < 0)) return false;
    // ToInt32 is the low word of the integer; the quotient's floor its (small) high word.
    HALVES[LO] = v | 0;
    HALVES[HI] = Math.floor(v / 4294967296);
    return true;
  }
  return false;
}

/**
 * The in-memory {@link RowKeyedTable}. `keyOf(value, j)` gives the j-th key column's value of a
 * stored value (values keep their key, as group results do).
 */
export class RowKeyedMap<V> implements RowKeyedTable<V> {
  /** The first column's other key parts → value or level. */
  private readonly root = new Map<unknown, unknown>();
  /** The first column's integer keys → entry number. */
  private readonly ints = new Int64Index();
  /** Entry number → value or level (undefined: free). */
  private readonly entries: unknown[][] = [];
  private entryCount = 0;
  private readonly freeEntries: number[] = [];
  private single: V | undefined;
  private count = 0;

  constructor(
    private readonly columns: readonly number[],
    private readonly keyOf: (value: V, j: number) => unknown,
  ) {}

  get size(): number {
    return this.count;
  }

  private entry(r: number): unknown {
    return this.entries[r >>> ENTRY_BITS]![r & ENTRY_MASK];
  }

  private setEntry(r: number, e: unknown): void {
    this.entries[r >>> ENTRY_BITS]![r & ENTRY_MASK] = e;
  }

  private newEntry(e: unknown): number {
    const r = this.freeEntries.length > 0 ? this.freeEntries.pop()! : this.entryCount++;
    const p = r >>> ENTRY_BITS;
    if (p === this.entries.length) this.entries.push(new Array<unknown>(ENTRY_PAGE).fill(undefined));
    this.entries[p]![r & ENTRY_MASK] = e;
    return r;
  }

  private freeEntry(r: number): void {
    this.setEntry(r, undefined);
    this.freeEntries.push(r);
  }

  get(row: Row): V | undefined {
    const cols = this.columns;
    const n = cols.length;
    if (n === 0) return this.single;
    const v0 = row[cols[0]!];
    let e: unknown;
    if (intWords(v0)) {
      const r = this.ints.get(HALVES[LO]!, HALVES[HI]!);
      if (r < 0) return undefined;
      e = this.entry(r);
    } else e = this.root.get(keyPart(v0));
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
    const v0 = row[cols[0]!];
    if (!intWords(v0)) {
      this.addIn(this.root, 0, row, value);
      return;
    }
    const lo = HALVES[LO]!;
    const hi = HALVES[HI]!;
    const r = this.ints.get(lo, hi);
    if (r < 0) {
      this.ints.add(lo, hi, this.newEntry(value));
      return;
    }
    const e = this.entry(r);
    if (e instanceof Level) {
      this.addIn(e, 1, row, value);
    } else if (n === 1) {
      // The same key again (callers add only absent keys): replace it.
      this.setEntry(r, value);
      this.count--;
    } else {
      // A lone key shares this first part: give both a level for the second column.
      const level = new Level(1);
      level.set(keyPart(this.keyOf(e as V, 1)), e);
      this.setEntry(r, level);
      this.addIn(level, 1, row, value);
    }
  }

  /** Adds below `map`, the level of column `depth` (count already raised). */
  private addIn(map: Map<unknown, unknown>, depth: number, row: Row, value: V): void {
    const cols = this.columns;
    const n = cols.length;
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
    const v0 = row[cols[0]!];
    const isInt = intWords(v0);
    const lo = HALVES[LO]!;
    const hi = HALVES[HI]!;
    let r = -1;
    let k0: unknown;
    let e: unknown;
    if (isInt) {
      r = this.ints.get(lo, hi);
      if (r < 0) return;
      e = this.entry(r);
    } else {
      k0 = keyPart(v0);
      e = this.root.get(k0);
      if (e === undefined) return;
    }
    if (!(e instanceof Level)) {
      if (n > 1 && !this.matches(e as V, row)) return;
    } else {
      // Walk down remembering the path so emptied levels are dropped.
      const path: [Map<unknown, unknown>, unknown][] = [];
      while (e instanceof Level) {
        const k = keyPart(row[cols[e.depth]!]);
        path.push([e, k]);
        e = e.get(k);
      }
      if (e === undefined || !this.matches(e as V, row)) return;
      for (let i = path.length - 1; i >= 0; i--) {
        const [m, k] = path[i]!;
        m.delete(k);
        if (m.size > 0) {
          this.count--;
          return;
        }
      }
    }
    // The first part's entry goes (its value, or its level emptied).
    this.count--;
    if (isInt) {
      this.ints.delete(lo, hi);
      this.freeEntry(r);
    } else this.root.delete(k0);
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
    const stack: Iterable<unknown>[] = [this.root.values()];
    for (const page of this.entries) stack.push(page);
    while (stack.length > 0) {
      for (const e of stack.pop()!) {
        if (e === undefined) continue;
        if (e instanceof Level) stack.push(e.values());
        else yield e as V;
      }
    }
  }

  clear(): void {
    this.root.clear();
    this.ints.clear();
    this.entries.length = 0;
    this.entryCount = 0;
    this.freeEntries.length = 0;
    this.single = undefined;
    this.count = 0;
  }
}
