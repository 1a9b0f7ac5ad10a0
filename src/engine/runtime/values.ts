/**
 * Value helpers the operators need on the hot path: equality between two results (so a group
 * aggregate emits nothing when its new result equals the old one) and key encoding (so keyed
 * state can use Map keys).
 */
import type { Row } from './batch.js';

/** SQL-value equality as Flink's RecordEqualiser compares rows: NULL equals NULL here. */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // NaN compares equal to itself in Java's Double.equals, which Flink's equaliser uses.
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) return rowsEqual(a, b);
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!b.has(k) || !valuesEqual(v, b.get(k))) return false;
    }
    return true;
  }
  // Other objects (decimal wrappers, timestamps with nanos): compare their own fields.
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!valuesEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** Element-wise equality of two rows. */
export function rowsEqual(a: Row, b: Row): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i])) return false;
  return true;
}

/**
 * The Map key of a DOUBLE / FLOAT -0.0. Flink's keys (GROUP BY, DISTINCT, window keys, the
 * semi / anti joins of INTERSECT / EXCEPT) are binary rows or Double.equals, under which -0.0 and
 * 0.0 are two values (BinaryRowWriter.writeDouble stores the raw bits), while a Map's
 * SameValueZero and `String(-0)` would make them one. `=` still finds them equal (numeric).
 */
export const NEGATIVE_ZERO_KEY = 'n-0';

/**
 * A Map key for one key column's value, equal for two values exactly when Flink's key compare
 * finds them equal: primitives as they are, except -0 ({@link NEGATIVE_ZERO_KEY}); safe BIGINTs
 * as numbers (a column holds one representation, so they cannot collide with another value's
 * key, and numbers hash faster than bigints); objects (bytes, arrays, maps) as their encoding.
 */
export function keyPart(v: unknown): unknown {
  if (typeof v === 'bigint') {
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v;
  }
  if (v === 0) return 1 / v < 0 ? NEGATIVE_ZERO_KEY : 0;
  return v !== null && typeof v === 'object' ? encodeKeyPart(v) : v;
}

/** Encodes one value into a string that is unique per value of a given type (-0 apart from 0). */
export function encodeKeyPart(v: unknown): string {
  if (v === null || v === undefined) return '\u0000N';
  switch (typeof v) {
    case 'string':
      return `s${v.length}:${v}`;
    case 'number':
      return v === 0 && 1 / v < 0 ? NEGATIVE_ZERO_KEY : `n${v}`;
    case 'bigint': {
      // The same text as the bigint's own, but a safe integer converts faster as a number.
      const n = Number(v);
      return Number.isSafeInteger(n) ? `b${n}` : `b${v}`;
    }
    case 'boolean':
      return v ? 'T' : 'F';
    default:
      break;
  }
  if (v instanceof Uint8Array) return `x${Buffer.from(v).toString('hex')}`;
  if (Array.isArray(v)) {
    let s = `a${v.length}[`;
    for (const e of v) s += encodeKeyPart(e) + ',';
    return s + ']';
  }
  if (v instanceof Map) {
    const parts: string[] = [];
    for (const [k, e] of v) parts.push(encodeKeyPart(k) + '=' + encodeKeyPart(e));
    parts.sort();
    return `m{${parts.join(',')}}`;
  }
  const o = v as Record<string, unknown>;
  let s = 'o{';
  for (const k of Object.keys(o)) s += k + ':' + encodeKeyPart(o[k]) + ',';
  return s + '}';
}

/** A function from a row to its Map key for the given key columns. */
export type KeySelector = (row: Row) => unknown;

/**
 * Builds a key selector for `indices`: no key → a constant; one column → its {@link keyPart};
 * otherwise a string encoding.
 */
export function keySelector(indices: readonly number[]): KeySelector {
  if (indices.length === 0) return () => '';
  if (indices.length === 1) {
    const i = indices[0]!;
    return (row) => keyPart(row[i]);
  }
  const parts = new Array<string>(indices.length);
  return (row) => {
    for (let j = 0; j < indices.length; j++) parts[j] = encodeKeyPart(row[indices[j]!]);
    // join() gives a flat string: a key kept in state must not be a rope of concatenations.
    return parts.join('\u0001');
  };
}
