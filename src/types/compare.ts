/**
 * Ordering, equality and hash keys of values per type (ORDER BY, MIN/MAX, DISTINCT, GROUP BY,
 * MAP keys). Strings compare by UTF-16 code units like Java's String#compareTo (Flink compares
 * BinaryStringData by UTF-8 bytes, which orders the same except for surrogate pairs against
 * U+E000..U+FFFF; see `compareUtf8`).
 */
import { assertNever } from '../common/errors.js';
import type { LogicalType } from './logical-type.js';
import { variantKey, type Variant } from './variant.js';
import type { Bitmap } from './bitmap.js';
import { compareTimestamps, tsMillis, tsNanoOfMilli, type SqlValue, type TimestampValue } from './values.js';

/** Compares two non-null values of one type: negative, 0, positive. */
export type Comparator = (a: SqlValue, b: SqlValue) => number;

const cmpPrim = (a: SqlValue, b: SqlValue): number =>
  (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;

/** Java's Double.compare: -0.0 < 0.0 and NaN is greater than everything (and equal to itself). */
export function compareDoubles(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) {
    if (a !== 0) return 0;
    const ia = Object.is(a, -0);
    const ib = Object.is(b, -0);
    return ia === ib ? 0 : ia ? -1 : 1;
  }
  const na = Number.isNaN(a);
  const nb = Number.isNaN(b);
  return na === nb ? 0 : na ? 1 : -1;
}

/** Unsigned byte-wise comparison (BINARY / VARBINARY, and strings as UTF-8). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Compares strings by code point (= UTF-8 byte order, Flink's BinaryStringData order). */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * Builds a comparator for non-null values of `type`; nested NULLs sort first.
 *
 * @example
 * valueComparator(bigintType())(1n, 2n); // -1
 */
export function valueComparator(type: LogicalType): Comparator {
  switch (type.kind) {
    case 'BOOLEAN':
      return (a, b) => (a === b ? 0 : a ? 1 : -1);
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
    case 'DECIMAL':
    case 'DATE':
    case 'TIME':
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      return cmpPrim;
    case 'FLOAT':
    case 'DOUBLE':
      return (a, b) => compareDoubles(a as number, b as number);
    case 'CHAR':
    case 'VARCHAR':
      return (a, b) => compareUtf8(a as string, b as string);
    case 'BINARY':
    case 'VARBINARY':
      return (a, b) => compareBytes(a as Uint8Array, b as Uint8Array);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return (a, b) =>
        typeof a === 'number' && typeof b === 'number'
          ? a - b
          : compareTimestamps(a as TimestampValue, b as TimestampValue);
    case 'ARRAY':
    case 'ROW':
    case 'STRUCTURED': {
      // STRUCTURED: equality only in SQL (StructuredComparison.EQUALS); this total order serves
      // grouping and sorting inside operators, field by field as a row
      const cmps = type.kind === 'ARRAY' ? null : type.fields.map((f) => nullsFirst(valueComparator(f.type)));
      const el = type.kind === 'ARRAY' ? nullsFirst(valueComparator(type.element)) : null;
      return (a, b) => {
        const x = a as SqlValue[];
        const y = b as SqlValue[];
        const n = Math.min(x.length, y.length);
        for (let i = 0; i < n; i++) {
          const c = (cmps ? cmps[i]! : el!)(x[i] ?? null, y[i] ?? null);
          if (c !== 0) return c;
        }
        return x.length - y.length;
      };
    }
    case 'MAP':
    case 'MULTISET': {
      // Maps have no SQL order; compare by their canonical keys so equal maps compare 0.
      const key = valueKey(type);
      return (a, b) => {
        const x = key(a);
        const y = key(b);
        return x < y ? -1 : x > y ? 1 : 0;
      };
    }
    case 'VARIANT': {
      // VARIANT has no SQL order (the validator refuses ORDER BY / < on it); equal values compare 0
      return (a, b) => {
        const x = variantKey(a as Variant);
        const y = variantKey(b as Variant);
        return x < y ? -1 : x > y ? 1 : 0;
      };
    }
    case 'BITMAP': {
      // no SQL order on BITMAP; a total order (by serialized identity) so equal sets compare 0
      return (a, b) => {
        const x = (a as Bitmap).key();
        const y = (b as Bitmap).key();
        return x < y ? -1 : x > y ? 1 : 0;
      };
    }
    case 'NULL':
      return () => 0;
    default:
      return assertNever(type, 'logical type');
  }
}

/** Wraps a comparator so that null sorts before every value. */
export function nullsFirst(c: Comparator): Comparator {
  return (a, b) => (a === null ? (b === null ? 0 : -1) : b === null ? 1 : c(a, b));
}

/** Wraps a comparator so that null sorts after every value. */
export function nullsLast(c: Comparator): Comparator {
  return (a, b) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : c(a, b));
}

/** SQL-equality of two non-null values of one type (NaN = NaN as Java's Double.equals does for keys). */
export function valueEquals(type: LogicalType): (a: SqlValue, b: SqlValue) => boolean {
  switch (type.kind) {
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
    case 'DECIMAL':
    case 'DATE':
    case 'TIME':
    case 'CHAR':
    case 'VARCHAR':
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      return (a, b) => a === b;
    default: {
      const c = valueComparator(type);
      return (a, b) => c(a, b) === 0;
    }
  }
}

/**
 * A primitive key (string / number / bigint / boolean) that is equal for equal values, for use in
 * JS Maps and Sets (GROUP BY, DISTINCT, MAP lookups by composite keys).
 */
export function valueKey(type: LogicalType): (v: SqlValue) => string | number | bigint | boolean {
  switch (type.kind) {
    case 'BOOLEAN':
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
    case 'DECIMAL':
    case 'DATE':
    case 'TIME':
    case 'CHAR':
    case 'VARCHAR':
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      return (v) => (v === null ? '\u0000null' : (v as string | number | bigint | boolean));
    case 'NULL':
      // The type of an untyped NULL (ARRAY_EXCEPT(NULL, …)): every value is NULL.
      return () => '\u0000null';
    case 'FLOAT':
    case 'DOUBLE':
      return (v) => (v === null ? '\u0000null' : Object.is(v, -0) ? '-0' : (v as number));
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return (v) =>
        v === null
          ? '\u0000null'
          : typeof v === 'number'
            ? v
            : `${tsMillis(v as TimestampValue)}.${tsNanoOfMilli(v as TimestampValue)}`;
    default: {
      const enc = encoder(type);
      return (v) => enc(v);
    }
  }
}

/** Canonical string encoding of any value (used for composite keys). */
function encoder(type: LogicalType): (v: SqlValue) => string {
  switch (type.kind) {
    case 'BINARY':
    case 'VARBINARY':
      return (v) => (v === null ? 'N' : 'b' + Buffer.from(v as Uint8Array).toString('base64'));
    case 'ARRAY': {
      const e = encoder(type.element);
      return (v) => (v === null ? 'N' : '[' + (v as SqlValue[]).map(e).join(',') + ']');
    }
    case 'ROW':
    case 'STRUCTURED': {
      const es = type.fields.map((f) => encoder(f.type));
      return (v) =>
        v === null ? 'N' : '(' + (v as SqlValue[]).map((x, i) => es[i]!(x ?? null)).join(',') + ')';
    }
    case 'VARIANT':
      return (v) => (v === null ? 'N' : 'v' + variantKey(v as Variant));
    case 'BITMAP':
      return (v) => (v === null ? 'N' : 'b' + (v as Bitmap).key());
    case 'MAP':
    case 'MULTISET': {
      const ke = encoder(type.kind === 'MAP' ? type.key : type.element);
      const ve = type.kind === 'MAP' ? encoder(type.value) : (x: SqlValue) => String(x);
      return (v) => {
        if (v === null) return 'N';
        const parts: string[] = [];
        for (const [k, x] of v as Map<SqlValue, SqlValue>) parts.push(ke(k) + '=' + ve(x));
        return '{' + parts.sort().join(',') + '}';
      };
    }
    default: {
      const k = valueKey(type);
      return (v) => {
        const x = k(v);
        return typeof x === 'string' ? JSON.stringify(x) : typeof x + ':' + String(x);
      };
    }
  }
}
