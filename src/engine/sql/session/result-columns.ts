/**
 * Small helpers for the tables SHOW / DESCRIBE statements return.
 */
import { formatType, stringType } from '../../../types/index.js';
import type { ResultColumn } from './results.js';

/** A result column of type STRING (nullable unless said). */
export function stringColumn(name: string, _nullable = true): ResultColumn {
  // Flink's SHOW / DESCRIBE / EXPLAIN results are nullable STRING columns.
  const nullable = true;
  const t = stringType(nullable);
  return { name, type: formatType(t), logicalType: t };
}

/** Java's String.compareTo: UTF-16 code units (the order of a TreeSet of keys). */
export function compareJavaStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
