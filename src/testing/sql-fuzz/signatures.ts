/**
 * Which argument types each built-in accepts, found by asking the function library itself
 * (`inferType` over the type pool): the generator then writes mostly well-typed calls (that
 * reach the runtime with edge values) and, on purpose, some ill-typed ones (that must get a
 * validation error). Probing the registry keeps the fuzz test in step with new functions.
 */
import { builtinAggregates, builtinScalars } from '../../engine/runtime/functions/registry.js';
import type { LogicalType } from '../../types/index.js';
import { familyOf, TYPE_POOL, type PoolType } from './type-pool.js';
import { seededRand } from './rand.js';

/** How a call is written. */
export type Syntax = 'call' | 'binary' | 'prefix' | 'postfix' | 'between' | 'aggregate';

/** One accepted signature: function, argument pool types, result type. */
export interface Sig {
  readonly name: string;
  readonly syntax: Syntax;
  readonly args: readonly PoolType[];
  readonly result: LogicalType;
}

/** Written with their own syntax by the expression generator (or never callable by name). */
const SPECIAL = new Set([
  'CAST',
  'TRY_CAST',
  'EXTRACT',
  'ITEM',
  'FIELD',
  'DOT',
  'ARRAY',
  'ARRAY_VALUE_CONSTRUCTOR',
  'MAP',
  'MAP_VALUE_CONSTRUCTOR',
  'ROW',
  'ROW_CONSTRUCTOR',
  '$REPLICATE_ROWS$1',
  'GROUPING',
  'GROUPING_ID',
  'GROUP_ID',
  'TRIM',
  'POSITION',
  'OVERLAY',
  'TIMESTAMPADD',
  'TIMESTAMPDIFF',
  'JSON_VALUE',
  'JSON_QUERY',
  'JSON_EXISTS',
  'JSON_OBJECT',
  'JSON_ARRAY',
  'JSON',
  'CASE',
  'CURRENT_ROW_TIMESTAMP',
  // operators spelled as words: the expression generator writes `x IN (…)`
  'IN',
  'NOT IN',
]);

const BINARY = [
  '+',
  '-',
  '*',
  '/',
  '%',
  '=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  '||',
  'AND',
  'OR',
  'IS DISTINCT FROM',
  'IS NOT DISTINCT FROM',
  'LIKE',
  'NOT LIKE',
  'SIMILAR TO',
  'NOT SIMILAR TO',
];
const PREFIX: Record<string, string> = { NEG: '-', PLUS: '+', NOT: 'NOT' };
const POSTFIX = [
  'IS NULL',
  'IS NOT NULL',
  'IS TRUE',
  'IS NOT TRUE',
  'IS FALSE',
  'IS NOT FALSE',
  'IS UNKNOWN',
  'IS NOT UNKNOWN',
];
const BETWEEN = ['BETWEEN', 'NOT BETWEEN', 'BETWEEN SYMMETRIC', 'NOT BETWEEN SYMMETRIC'];

function combos(arity: number, limit: number, seed: number): PoolType[][] {
  const n = TYPE_POOL.length;
  if (n ** arity <= limit) {
    const out: PoolType[][] = [[]];
    for (let i = 0; i < arity; i++) {
      const next: PoolType[][] = [];
      for (const c of out) for (const t of TYPE_POOL) next.push([...c, t]);
      out.splice(0, out.length, ...next);
    }
    return out;
  }
  const r = seededRand(seed);
  return Array.from({ length: limit }, () => Array.from({ length: arity }, () => r.pick(TYPE_POOL)));
}

function probe(
  name: string,
  syntax: Syntax,
  infer: (ts: readonly LogicalType[]) => LogicalType,
  arities: readonly number[],
  out: Sig[],
): void {
  for (const arity of arities) {
    for (const args of combos(arity, arity >= 3 ? 300 : 1000, name.length * 31 + arity)) {
      try {
        const result = infer(args.map((a) => a.type));
        out.push({ name, syntax, args, result });
      } catch {
        // not a signature of this function
      }
    }
  }
}

function buildSignatures(): Sig[] {
  const sigs: Sig[] = [];
  for (const f of builtinScalars()) {
    const infer = (ts: readonly LogicalType[]): LogicalType => f.inferType(ts, []);
    for (const n of f.names) {
      if (BINARY.includes(n)) probe(n, 'binary', infer, [2], sigs);
      else if (PREFIX[n]) probe(PREFIX[n], 'prefix', infer, [1], sigs);
      else if (POSTFIX.includes(n)) probe(n, 'postfix', infer, [1], sigs);
      else if (BETWEEN.includes(n)) probe(n, 'between', infer, [3], sigs);
      else if (/^[A-Z_][A-Z0-9_]*$/.test(n) && !SPECIAL.has(n)) probe(n, 'call', infer, [0, 1, 2, 3], sigs);
    }
  }
  for (const f of builtinAggregates()) {
    const infer = (ts: readonly LogicalType[]): LogicalType => f.inferType(ts);
    for (const n of f.names) if (/^[A-Z_][A-Z0-9_]*$/.test(n)) probe(n, 'aggregate', infer, [1, 2], sigs);
  }
  return sigs;
}

/** Every probed signature. */
export const SIGNATURES: readonly Sig[] = buildSignatures();

/** Scalar function names callable as `NAME(args)` (for ill-typed calls too). */
export const CALL_NAMES: readonly string[] = [
  ...new Set(
    builtinScalars()
      .flatMap((f) => f.names)
      .filter(
        (n) =>
          /^[A-Z_][A-Z0-9_]*$/.test(n) &&
          !SPECIAL.has(n) &&
          !BINARY.includes(n) &&
          !PREFIX[n] &&
          !POSTFIX.includes(n) &&
          !BETWEEN.includes(n),
      ),
  ),
].sort();

/** Aggregate function names. */
export const AGG_NAMES: readonly string[] = [
  ...new Set(
    builtinAggregates()
      .flatMap((f) => f.names)
      .filter((n) => /^[A-Z_][A-Z0-9_]*$/.test(n)),
  ),
].sort();

function index(filter: (s: Sig) => boolean): Map<string, Sig[]> {
  const m = new Map<string, Sig[]>();
  for (const s of SIGNATURES) {
    if (!filter(s)) continue;
    const k = familyOf(s.result);
    const l = m.get(k) ?? [];
    l.push(s);
    m.set(k, l);
  }
  return m;
}

/** Scalar signatures by the family of their result. */
export const SCALARS_BY_RESULT: ReadonlyMap<string, readonly Sig[]> = index((s) => s.syntax !== 'aggregate');
/** Aggregate signatures by the family of their result. */
export const AGGREGATES_BY_RESULT: ReadonlyMap<string, readonly Sig[]> = index(
  (s) => s.syntax === 'aggregate',
);
/** Every scalar signature. */
export const SCALAR_SIGS: readonly Sig[] = SIGNATURES.filter((s) => s.syntax !== 'aggregate');
/** Every aggregate signature. */
export const AGGREGATE_SIGS: readonly Sig[] = SIGNATURES.filter((s) => s.syntax === 'aggregate');
