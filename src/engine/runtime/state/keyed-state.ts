/**
 * Keyed state behind an interface (DESIGN.md, State and scale-out). Operators declare named
 * state tables and read/write values by key; the in-memory backend below is the only one today,
 * a durable backend (local store + compacted changelog topic) implements the same interface.
 *
 * Keys are the values `keyOf` produces (a primitive for one key column, a string for several),
 * so they can be Map keys without allocation-heavy encodings.
 */

import { RowKeyedMap, type RowKeyedTable } from './row-keyed-table.js';

export type { RowKeyedTable } from './row-keyed-table.js';

/** A state table an operator keeps. */
export interface StateTableSpec {
  /** Unique within the operator (`acc`, `windows` …). */
  name: string;
  /** What a value holds, for humans and for the durable backend's serializer. */
  description: string;
}

/** One state table: a map from key to value. */
export interface ValueStateTable<V> {
  get(key: unknown): V | undefined;
  put(key: unknown, value: V): void;
  delete(key: unknown): void;
  /** Every entry, in insertion order (used for firing and for snapshots). */
  entries(): IterableIterator<[unknown, V]>;
  readonly size: number;
  clear(): void;
}

/** Gives operators their state tables, namespaced by operator id. */
export interface KeyedStateBackend {
  table<V>(operatorId: string, name: string): ValueStateTable<V>;
  /**
   * A table keyed by the `columns` of rows (looked up from the row, no key built per row);
   * `keyOf(value, j)` reads the j-th key column back from a stored value.
   */
  rowTable<V>(
    operatorId: string,
    name: string,
    columns: readonly number[],
    keyOf: (value: V, j: number) => unknown,
  ): RowKeyedTable<V>;
  /** Approximate number of keys held by all tables (for metrics and memory checks). */
  keyCount(): number;
}

class MapTable<V> implements ValueStateTable<V> {
  private readonly map = new Map<unknown, V>();
  get(key: unknown): V | undefined {
    return this.map.get(key);
  }
  put(key: unknown, value: V): void {
    this.map.set(key, value);
  }
  delete(key: unknown): void {
    this.map.delete(key);
  }
  entries(): IterableIterator<[unknown, V]> {
    return this.map.entries();
  }
  get size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}

/** Heap-only state: fast, lost on restart. */
export class InMemoryStateBackend implements KeyedStateBackend {
  private readonly tables = new Map<string, MapTable<unknown>>();
  private readonly rowTables = new Map<string, RowKeyedMap<unknown>>();

  table<V>(operatorId: string, name: string): ValueStateTable<V> {
    const id = `${operatorId}/${name}`;
    let t = this.tables.get(id);
    if (t === undefined) {
      t = new MapTable<unknown>();
      this.tables.set(id, t);
    }
    return t as ValueStateTable<V>;
  }

  rowTable<V>(
    operatorId: string,
    name: string,
    columns: readonly number[],
    keyOf: (value: V, j: number) => unknown,
  ): RowKeyedTable<V> {
    const id = `${operatorId}/${name}`;
    let t = this.rowTables.get(id);
    if (t === undefined) {
      t = new RowKeyedMap<V>(columns, keyOf) as RowKeyedMap<unknown>;
      this.rowTables.set(id, t);
    }
    return t as RowKeyedTable<V>;
  }

  keyCount(): number {
    let n = 0;
    for (const t of this.tables.values()) n += t.size;
    for (const t of this.rowTables.values()) n += t.size;
    return n;
  }
}
