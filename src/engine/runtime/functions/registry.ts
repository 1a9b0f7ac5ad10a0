/**
 * The built-in function library as the engine's FunctionRegistry (../expr/function-api.ts):
 * lookup by upper-case name (aliases included) of scalar functions / operators and aggregates.
 *
 * @example
 * const plus = BUILTIN_FUNCTIONS.scalar('+')!;
 * const t = plus.inferType([intType(false), intType(false)], []); // INT NOT NULL
 * const f = plus.implement([intType(), intType()], t, { timeZone: 'UTC', exprText: 'a + b' });
 * f(2147483647, 1); // -2147483648
 */
import type { FunctionRegistry } from '../expr/function-api.js';
import { AGGREGATE_FUNCTIONS } from './aggregates.js';
import { STATS_AGGREGATES } from './aggregates-stats.js';
import { ARITHMETIC_OPERATORS } from './arithmetic.js';
import { COMPARISON_FUNCTIONS } from './comparison.js';
import { CONDITIONAL_FUNCTIONS } from './conditional.js';
import type { BuiltinAggregate, BuiltinScalar } from './define.js';
import { EXTRA_SCALARS } from './scalars.js';
import { BITMAP_AGGREGATES, BITMAP_FUNCTIONS } from './bitmap.js';
import { VARIANT_FUNCTIONS, variantAwareItem, variantAwareJsonString } from './variant.js';
import { STRUCTURED_FUNCTIONS, structuredAwareComparison } from './structured.js';

const scalars = new Map<string, BuiltinScalar>();
const aggregates = new Map<string, BuiltinAggregate>();

for (const f of [
  ...ARITHMETIC_OPERATORS,
  ...COMPARISON_FUNCTIONS,
  ...CONDITIONAL_FUNCTIONS,
  ...EXTRA_SCALARS,
  ...VARIANT_FUNCTIONS,
  ...BITMAP_FUNCTIONS,
  ...STRUCTURED_FUNCTIONS,
]) {
  for (const n of f.names) scalars.set(n, f);
}
// v['key'] / v[1] on a VARIANT (variant.ts); other collections keep the collection ITEM
const item = scalars.get('ITEM');
if (item) scalars.set('ITEM', variantAwareItem(item));
const jsonString = scalars.get('JSON_STRING');
if (jsonString) scalars.set('JSON_STRING', variantAwareJsonString(jsonString));
// STRUCTURED operands: equality within one class only (structured.ts)
for (const op of ['=', '<>', '<', '<=', '>', '>=']) {
  const f = scalars.get(op);
  if (f) scalars.set(op, structuredAwareComparison(f));
}
for (const f of [...AGGREGATE_FUNCTIONS, ...STATS_AGGREGATES, ...BITMAP_AGGREGATES])
  for (const n of f.names) aggregates.set(n, f);

/** Every built-in scalar function (one entry per function, not per alias). */
export function builtinScalars(): BuiltinScalar[] {
  return [...new Set(scalars.values())];
}

/** Every built-in aggregate function. */
export function builtinAggregates(): BuiltinAggregate[] {
  return [...new Set(aggregates.values())];
}

/** The built-in functions. */
export const BUILTIN_FUNCTIONS: FunctionRegistry & {
  scalar(name: string): BuiltinScalar | undefined;
  aggregate(name: string): BuiltinAggregate | undefined;
} = {
  scalar: (name) => scalars.get(name.toUpperCase()),
  aggregate: (name) => aggregates.get(name.toUpperCase()),
  names: () =>
    [...new Set([...scalars.keys(), ...aggregates.keys()])]
      .filter((n) => /^[A-Z_$][A-Z0-9_]*$/.test(n))
      .sort(),
};
