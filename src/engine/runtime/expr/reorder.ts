/**
 * Cheapest-first evaluation of AND / OR operands. SQL's AND and OR are commutative in their
 * three-valued result; evaluating a cheap operand first lets the expensive one be skipped when
 * the cheap one decides (Nexmark q21: `REGEXP_EXTRACT(url, …) IS NOT NULL OR lower(channel)
 * IN (…)`). Only operands that can raise no error and are deterministic are reordered, so the
 * result, and whether the statement fails, stay the same.
 */
import type { LogicalType } from '../../../types/index.js';
import type { RexExpr } from '../plan/expr.js';

/** Forms that raise no error of their own (their operands are checked separately). */
const SAFE_FORMS: ReadonlySet<string> = new Set([
  'AND',
  'OR',
  'NOT',
  'IS NULL',
  'IS NOT NULL',
  'IS TRUE',
  'IS NOT TRUE',
  'IS FALSE',
  'IS NOT FALSE',
  'CASE',
  'COALESCE',
  'FIELD',
  // string functions over strings that never fail (an invalid pattern gives NULL, as in Flink)
  'LOWER',
  'LCASE',
  'UPPER',
  'UCASE',
  'CHAR_LENGTH',
  'CHARACTER_LENGTH',
  'REGEXP_EXTRACT',
]);

const COMPARISONS: ReadonlySet<string> = new Set(['=', '<>', '<', '<=', '>', '>=']);

const CHAR_KINDS: ReadonlySet<string> = new Set(['CHAR', 'VARCHAR']);
const APPROX_OR_INT: ReadonlySet<string> = new Set([
  'TINYINT',
  'SMALLINT',
  'INT',
  'BIGINT',
  'FLOAT',
  'DOUBLE',
]);

/** Operand types a comparison takes without a conversion that could fail (no DECIMAL, no string→number). */
function comparableWithoutFailure(a: LogicalType, b: LogicalType): boolean {
  if (CHAR_KINDS.has(a.kind) && CHAR_KINDS.has(b.kind)) return true;
  if (APPROX_OR_INT.has(a.kind) && APPROX_OR_INT.has(b.kind)) return true;
  return a.kind === b.kind && (a.kind === 'BOOLEAN' || a.kind === 'DATE');
}

/** True when evaluating `e` can raise no error and gives the same value each time for a row. */
export function isSafe(e: RexExpr): boolean {
  if (e.k !== 'call') return true;
  if (COMPARISONS.has(e.op)) {
    if (e.args.length !== 2 || !comparableWithoutFailure(e.args[0]!.type, e.args[1]!.type)) return false;
  } else if (!SAFE_FORMS.has(e.op)) return false;
  return e.args.every(isSafe);
}

/** A rough relative cost of evaluating `e` once (a regex is far dearer than a comparison). */
export function cost(e: RexExpr): number {
  if (e.k !== 'call') return 0;
  let c = e.op.startsWith('REGEXP') ? 50 : e.op === 'LOWER' || e.op === 'UPPER' ? 3 : 1;
  for (const a of e.args) c += cost(a);
  return c;
}

/** The operands of an AND / OR in evaluation order: cheapest first when all are safe. */
export function evaluationOrder(args: readonly RexExpr[]): readonly RexExpr[] {
  if (args.length < 2 || !args.every(isSafe)) return args;
  const costs = args.map(cost);
  const order = args.map((_, i) => i).sort((x, y) => costs[x]! - costs[y]! || x - y);
  return order.map((i) => args[i]!);
}
