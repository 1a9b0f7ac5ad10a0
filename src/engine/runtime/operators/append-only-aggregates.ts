/**
 * Cheaper implementations of MIN, MAX and COUNT for inputs that never retract (Flink likewise
 * picks MaxAggFunction instead of MaxWithRetractAggFunction when the input is insert-only):
 * one value instead of a value → count map, a number counter instead of a bigint per row.
 * MIN/MAX order values with the function library's own `<` so every type compares as in Flink.
 */
import { booleanType, type LogicalType } from '../../../types/index.js';
import type { FunctionRegistry } from '../expr/function-api.js';
import type { AggregateImpl } from './aggregate-api.js';

/** BIGINT values of small counts, shared by every COUNT accumulator. */
const SMALL_COUNT_LIMIT = 4096;
const SMALL_COUNTS: readonly bigint[] = Array.from({ length: SMALL_COUNT_LIMIT + 1 }, (_, i) => BigInt(i));

function noRetract(): never {
  throw new Error('this aggregate implementation does not retract (its input is insert-only)');
}

/** An insert-only variant of `fn`, or undefined when the general one must be used. */
export function appendOnlyAggregate(
  fn: string,
  argTypes: readonly LogicalType[],
  registry: FunctionRegistry,
  timeZone: string,
): AggregateImpl | undefined {
  if (fn === 'COUNT') {
    const star = argTypes.length === 0;
    return {
      supportsRetract: false,
      // The accumulator is the count itself: a number (no object per group) whose BIGINT result
      // comes from a shared table, and past that table a bigint, so reading the result of a
      // large count allocates nothing (results are read twice per change, inputs added once).
      create: () => 0,
      accumulate: (acc, args) => {
        if (!star && args[0] === null) return acc;
        if (typeof acc === 'number') return acc < SMALL_COUNT_LIMIT ? acc + 1 : BigInt(acc) + 1n;
        return (acc as bigint) + 1n;
      },
      retract: noRetract,
      getValue: (acc) => (typeof acc === 'number' ? SMALL_COUNTS[acc]! : acc),
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
    return {
      supportsRetract: false,
      // The accumulator is the current extreme itself.
      create: () => null,
      accumulate(acc, args) {
        const v = args[0];
        return v !== null && (acc === null || better(v, acc) === true) ? v : acc;
      },
      retract: noRetract,
      getValue: (acc) => acc,
    };
  }
  return undefined;
}
