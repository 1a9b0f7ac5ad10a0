/**
 * `formatValue`: the text Flink's CAST(value AS STRING) gives for a value — what
 * `eddy sql --output jsonl` prints. With `printing: true` binary strings show as the SQL client's
 * `x'0a1b'` instead of their UTF-8 decoding (the only difference).
 */
import { assertNever } from '../common/errors.js';
import {
  formatDate,
  formatIntervalDayTime,
  formatIntervalYearMonth,
  formatLocalTimestamp,
  formatTime,
  formatTimestamp,
} from './date-time.js';
import { formatDecimal } from './decimal.js';
import { formatDouble, formatFloat } from './java-number-format.js';
import type { LogicalType } from './logical-type.js';
import { resolveTimeZone } from './time-zone.js';
import { tsMillis, tsNanoOfMilli, type SqlValue, type TimestampValue } from './values.js';
import type { Variant } from './variant.js';
import type { Bitmap } from './bitmap.js';

export interface FormatOptions {
  /** Session time zone for TIMESTAMP_LTZ; default UTC. */
  timeZone?: string;
  /** SQL-client printing style: binary as `x'hex'`. Default false (CAST semantics: UTF-8 text). */
  printing?: boolean;
}

/** A compiled formatter of one type; null in gives null out (top level). */
export type ValueFormatter = (value: SqlValue) => string | null;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lowercase hex of bytes. */
export function bytesToHex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i]!];
  return s;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * Builds a formatter for one type, resolving the time zone and nested formatters once (use it per
 * column; DESIGN.md asks for no per-row setup work).
 */
export function valueFormatter(type: LogicalType, opts: FormatOptions = {}): ValueFormatter {
  const inner = nonNullFormatter(type, opts);
  return (v) => (v === null || v === undefined ? null : inner(v));
}

function nested(type: LogicalType, opts: FormatOptions): (v: SqlValue) => string {
  const f = nonNullFormatter(type, opts);
  return (v) => (v === null || v === undefined ? 'NULL' : f(v));
}

function nonNullFormatter(type: LogicalType, opts: FormatOptions): (v: SqlValue) => string {
  switch (type.kind) {
    case 'BOOLEAN':
      return (v) => (v ? 'TRUE' : 'FALSE');
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
      return (v) => String(v);
    case 'FLOAT':
      return (v) => formatFloat(v as number);
    case 'DOUBLE':
      return (v) => formatDouble(v as number);
    case 'DECIMAL': {
      const scale = type.scale;
      return (v) => formatDecimal(v as bigint, scale);
    }
    case 'CHAR':
    case 'VARCHAR':
      return (v) => v as string;
    case 'BINARY':
    case 'VARBINARY':
      if (opts.printing === true) return (v) => `x'${bytesToHex(v as Uint8Array)}'`;
      return (v) => UTF8.decode(v as Uint8Array);
    case 'DATE':
      return (v) => formatDate(v as number);
    case 'TIME': {
      const p = type.precision;
      return (v) => formatTime(v as number, p);
    }
    case 'TIMESTAMP': {
      const p = type.precision;
      return (v) => formatTimestamp(v as TimestampValue, p);
    }
    case 'TIMESTAMP_LTZ': {
      const p = type.precision;
      const zone = resolveTimeZone(opts.timeZone);
      return (v) => {
        const t = v as TimestampValue;
        return formatLocalTimestamp(zone.utcToLocal(tsMillis(t)), tsNanoOfMilli(t), p);
      };
    }
    case 'INTERVAL_YEAR_MONTH':
      return (v) => formatIntervalYearMonth(v as number);
    case 'INTERVAL_DAY_TIME':
      return (v) => formatIntervalDayTime(v as number);
    case 'ARRAY': {
      const f = nested(type.element, opts);
      return (v) => '[' + (v as SqlValue[]).map(f).join(', ') + ']';
    }
    case 'MAP': {
      const kf = nested(type.key, opts);
      const vf = nested(type.value, opts);
      return (v) => {
        const parts: string[] = [];
        for (const [k, x] of v as Map<SqlValue, SqlValue>) parts.push(`${kf(k)}=${vf(x)}`);
        return '{' + parts.join(', ') + '}';
      };
    }
    case 'MULTISET': {
      const ef = nested(type.element, opts);
      return (v) => {
        const parts: string[] = [];
        for (const [k, n] of v as Map<SqlValue, SqlValue>) parts.push(`${ef(k)}=${String(n)}`);
        return '{' + parts.join(', ') + '}';
      };
    }
    case 'ROW': {
      const fs = type.fields.map((f) => nested(f.type, opts));
      return (v) => {
        const row = v as SqlValue[];
        const parts = new Array<string>(fs.length);
        for (let i = 0; i < fs.length; i++) parts[i] = fs[i]!(row[i] ?? null);
        return '(' + parts.join(', ') + ')';
      };
    }
    case 'STRUCTURED': {
      // StructuredToStringCastRule: `{name=value, …}` in attribute order, NULL for a null attribute
      const fs = type.fields.map((f) => nested(f.type, opts));
      const names = type.fields.map((f) => f.name + '=');
      return (v) => {
        const row = v as SqlValue[];
        const parts = new Array<string>(fs.length);
        for (let i = 0; i < fs.length; i++) parts[i] = names[i]! + fs[i]!(row[i] ?? null);
        return '{' + parts.join(', ') + '}';
      };
    }
    case 'VARIANT':
      // Flink prints a VARIANT with BinaryVariant.toString, its JSON text
      return (v) => (v as Variant).toJson();
    case 'BITMAP':
      // RoaringBitmap.toString: `{1,2,4294967295}` (unsigned), as BITMAP_TO_STRING / CAST AS STRING
      return (v) => (v as Bitmap).toString();
    case 'NULL':
      return () => 'NULL';
    default:
      return assertNever(type, 'logical type');
  }
}

/**
 * Formats one value as Flink's CAST(value AS STRING) / printing does; SQL NULL gives null.
 *
 * @example
 * formatValue(doubleType(), 1e7); // "1.0E7"
 * formatValue(rowType([field('a', intType()), field('b', stringType())]), [1, 'a']); // "(1, a)"
 */
export function formatValue(type: LogicalType, value: SqlValue, opts: FormatOptions = {}): string | null {
  return valueFormatter(type, opts)(value);
}

/** Java's `String.hashCode()`: s[0]*31^(n-1) + … over UTF-16 code units, in 32-bit arithmetic. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Java's `Long.hashCode(v)`: `(int) (v ^ (v >>> 32))`. */
export function javaLongHash(v: bigint): number {
  const u = BigInt.asUintN(64, v);
  return Number(BigInt.asIntN(32, u ^ (u >> 32n)));
}

/** The hash code Java gives a boxed SQL value (String, Integer, Long, Boolean). */
export function javaHashCode(v: SqlValue): number {
  if (typeof v === 'string') return javaStringHash(v);
  if (typeof v === 'bigint') return javaLongHash(v);
  if (typeof v === 'boolean') return v ? 1231 : 1237;
  if (typeof v === 'number' && Number.isInteger(v)) return v | 0;
  return javaStringHash(String(v));
}

/** HashMap.tableSizeFor: the power of two ≥ c (at least 1). */
function tableSizeFor(c: number): number {
  let n = 1;
  while (n < c) n *= 2;
  return n;
}

/**
 * Reorders a map's entries into the iteration order of a `java.util.HashMap` the same keys were
 * `put` into in this map's order, as Flink builds some maps (STR_TO_MAP's
 * `new HashMap<>(pairs)`), so printing and MAP_KEYS give Flink's order. It replays HashMap's
 * sizing (`initialCapacity` rounded up to a power of two, or 16 by default; doubling once the
 * size exceeds 0.75 of the capacity), then orders entries by bucket (`(h ^ (h >>> 16)) &
 * (capacity - 1)`), keeping insertion order within a bucket, as its resize split does. (Bins of
 * 8+ colliding keys that Java turns into trees are not modelled.)
 *
 * @example
 * javaHashMapOrder(new Map([['k10', '1'], ['k2', '2']]), 2); // Map { 'k2' => '2', 'k10' => '1' }
 */
export function javaHashMapOrder<V>(
  map: ReadonlyMap<SqlValue, V>,
  initialCapacity?: number,
  hash: (k: SqlValue) => number = javaHashCode,
): Map<SqlValue, V> {
  let cap = initialCapacity === undefined ? 16 : tableSizeFor(initialCapacity);
  let threshold = Math.floor(cap * 0.75);
  let size = 0;
  const entries: { k: SqlValue; v: V; h: number; i: number }[] = [];
  for (const [k, v] of map) {
    const h0 = hash(k);
    entries.push({ k, v, h: h0 ^ (h0 >>> 16), i: size });
    if (++size > threshold) {
      const oldCap = cap;
      cap *= 2;
      threshold = oldCap >= 16 ? threshold * 2 : Math.floor(cap * 0.75);
    }
  }
  const mask = cap - 1;
  entries.sort((a, b) => (a.h & mask) - (b.h & mask) || a.i - b.i);
  return new Map(entries.map((e) => [e.k, e.v]));
}
