/**
 * Cheaper implementations of MIN, MAX and COUNT for inputs that never retract (Flink likewise
 * picks MaxAggFunction instead of MaxWithRetractAggFunction when the input is insert-only):
 * one value instead of a value → count map, a number counter instead of a bigint per row.
 * MIN/MAX order values with the function library's own `<` so every type compares as in Flink.
 */
import { booleanType, type LogicalType } from '../../../types/index.js';
import type { FunctionRegistry } from '../expr/function-api.js';
import type { MergeableAggregate } from '../functions/aggregates.js';
import type { ColumnarSpec } from './aggregate-api.js';

/** BIGINT values of small counts, shared by every COUNT accumulator. */
const SMALL_COUNT_LIMIT = 4096;
const SMALL_COUNTS: readonly bigint[] = Array.from({ length: SMALL_COUNT_LIMIT + 1 }, (_, i) => BigInt(i));

/** The BIGINT value of a count kept as a number (or, past 2^53, a bigint). */
export function countValue(acc: unknown): unknown {
  if (typeof acc !== 'number') return acc;
  return acc <= SMALL_COUNT_LIMIT && acc >= 0 ? SMALL_COUNTS[acc]! : BigInt(acc);
}

function noRetract(): never {
  throw new Error('this aggregate implementation does not retract (its input is insert-only)');
}

/** An insert-only variant of `fn`, or undefined when the general one must be used. */
export function appendOnlyAggregate(
  fn: string,
  argTypes: readonly LogicalType[],
  registry: FunctionRegistry,
  timeZone: string,
): MergeableAggregate | undefined {
  if (fn === 'COUNT') {
    return {
      supportsRetract: false,
      countsRows: true,
      columnar: { kind: 'count' },
      // The accumulator is the count itself: a number (a small integer, so no object per group
      // and no allocation per row) exact far past any real count; its BIGINT result comes from
      // a shared table for small counts. Past 2^53 it would become a bigint.
      create: () => 0,
      accumulate: (acc, args) => {
        for (let i = 0; i < args.length; i++) if (args[i] === null) return acc;
        if (typeof acc === 'number') return acc < Number.MAX_SAFE_INTEGER ? acc + 1 : BigInt(acc) + 1n;
        return (acc as bigint) + 1n;
      },
      retract: noRetract,
      getValue: countValue,
      merge(a, b) {
        if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) return a + b;
        return BigInt(a as number) + BigInt(b as number);
      },
    };
  }
  if ((fn === 'MIN' || fn === 'MAX') && argTypes.length === 1) {
    const t = argTypes[0]!;
    const def = registry.scalar(fn === 'MIN' ? '<' : '>');
    if (def === undefined) return undefined;
    const better = def.implement([t, t], booleanType(false), { timeZone, exprText: fn }) as (
      a: unknown,
      b: unknown,
    ) => unknown;
    const min = fn === 'MIN';
    return {
      supportsRetract: false,
      // Immutable accumulators (the extreme itself): a column can hold them.
      columnar: t.kind === 'BIGINT' ? { kind: 'long-extreme', min } : { kind: 'value' },
      // The accumulator is the current extreme itself.
      create: () => null,
      accumulate(acc, args) {
        const v = args[0];
        // BIGINT values (bigints) order exactly with JS's own comparison: no call per row.
        if (typeof v === 'bigint' && typeof acc === 'bigint') return (min ? v < acc : v > acc) ? v : acc;
        // An input equal to the extreme leaves it (MAX(DATE_FORMAT(ts, 'HH:mm')) in Nexmark q16
        // repeats its string for a minute of rows): no comparison call.
        if (v === acc) return acc;
        return v !== null && (acc === null || better(v, acc) === true) ? v : acc;
      },
      retract: noRetract,
      getValue: (acc) => acc,
      merge(a, b) {
        return b !== null && (a === null || better(b, a) === true) ? b : a;
      },
    };
  }
  if ((fn === 'SUM' || fn === 'AVG') && argTypes.length === 1) {
    // The general implementation, marked with its column form (DECIMAL has none).
    const spec = sumColumnar(fn, argTypes[0]!.kind);
    const def = registry.aggregate(fn);
    if (spec === undefined || def === undefined) return undefined;
    const impl = def.create(argTypes, def.inferType(argTypes), {
      needsRetraction: false,
    }) as MergeableAggregate;
    return { ...impl, columnar: spec };
  }
  return undefined;
}

const INT_BITS: Record<string, 8 | 16 | 32 | 64> = { TINYINT: 8, SMALLINT: 16, INT: 32, BIGINT: 64 };

/** The column form of SUM / AVG over `kind` (see {@link ColumnarSpec}), or undefined. */
function sumColumnar(fn: 'SUM' | 'AVG', kind: string): ColumnarSpec | undefined {
  const bits = INT_BITS[kind];
  const avg = fn === 'AVG';
  if (bits === 64 || (bits !== undefined && avg)) return { kind: 'long-sum', avgBits: avg ? bits : 0 };
  if (bits !== undefined) return { kind: 'number-sum', mode: bits as 8 | 16 | 32, avg: false };
  if (kind === 'DOUBLE') return { kind: 'number-sum', mode: 0, avg };
  if (kind === 'FLOAT') return { kind: 'number-sum', mode: -1, avg };
  return undefined;
}
