/**
 * The JS value of each logical type (README.md explains the choices). SQL NULL is `null` for every
 * type, at the top level and inside collections.
 */

/**
 * A TIMESTAMP / TIMESTAMP_LTZ value with sub-millisecond digits (precision > 3). Values whose
 * `nanoOfMilli` is 0 are represented by the plain epoch-millis number instead, so each instant
 * has exactly one representation (equality and hashing stay simple).
 */
export class PreciseTimestamp {
  constructor(
    /** Milliseconds since 1970-01-01 00:00:00 (UTC for LTZ; the wall clock for TIMESTAMP). */
    readonly millis: number,
    /** Nanoseconds within the millisecond, 1..999999. */
    readonly nanoOfMilli: number,
  ) {}
}

/** TIMESTAMP / TIMESTAMP_LTZ value: epoch millis, or a PreciseTimestamp when nanos are not 0. */
export type TimestampValue = number | PreciseTimestamp;

/** Builds a timestamp value in canonical form. */
export function makeTimestamp(millis: number, nanoOfMilli = 0): TimestampValue {
  return nanoOfMilli === 0 ? millis : new PreciseTimestamp(millis, nanoOfMilli);
}

/** Epoch millis of a timestamp value. */
export function tsMillis(v: TimestampValue): number {
  return typeof v === 'number' ? v : v.millis;
}

/** Nanos within the millisecond of a timestamp value (0..999999). */
export function tsNanoOfMilli(v: TimestampValue): number {
  return typeof v === 'number' ? 0 : v.nanoOfMilli;
}

/** Compares two timestamp values: negative, 0 or positive. */
export function compareTimestamps(a: TimestampValue, b: TimestampValue): number {
  const am = tsMillis(a);
  const bm = tsMillis(b);
  if (am !== bm) return am < bm ? -1 : 1;
  return tsNanoOfMilli(a) - tsNanoOfMilli(b);
}

/**
 * Truncates a timestamp to `precision` fractional digits (Flink truncates, never rounds, when a
 * timestamp is cast to a lower precision).
 */
export function truncateTimestamp(v: TimestampValue, precision: number): TimestampValue {
  if (precision >= 9 || typeof v === 'number') {
    if (typeof v === 'number' && precision < 3) {
      const unit = 10 ** (3 - precision);
      return v - (((v % unit) + unit) % unit);
    }
    return v;
  }
  if (precision <= 3) return truncateTimestamp(v.millis, precision);
  const unit = 10 ** (9 - precision);
  return makeTimestamp(v.millis, v.nanoOfMilli - (v.nanoOfMilli % unit));
}

import type { Variant } from './variant.js';
import type { Bitmap } from './bitmap.js';

/** A SQL value as the runtime passes it around (see README.md for which JS type each SQL type uses). */
export type SqlValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Uint8Array
  | PreciseTimestamp
  | SqlValue[]
  | Map<SqlValue, SqlValue>
  | Variant
  | Bitmap;

/** A row: one value per field, in field order. */
export type Row = SqlValue[];
