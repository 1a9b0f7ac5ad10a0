/**
 * `=` and `<>` between character strings compiled to JS `===` / `!==` instead of a call (Nexmark
 * q21 compares `lower(channel)` with four literals per row, in its filter and in its CASE).
 *
 * Only where the library itself compares the two values as they are: both operands CHAR or
 * VARCHAR and their comparison type an unbounded VARCHAR (STRING), so neither side is converted
 * (functions/comparison.ts takes the same fast path there). Any other case keeps the call.
 */
import { MAX_LENGTH } from '../../../types/index.js';
import { comparisonType } from '../functions/comparison.js';
import type { RexExpr } from '../plan/expr.js';

const CHAR_KINDS: ReadonlySet<string> = new Set(['CHAR', 'VARCHAR']);

/** True when {@link stringEquality} compiles `e` inline. */
export function isInlineStringEquality(e: Extract<RexExpr, { k: 'call' }>): boolean {
  if ((e.op !== '=' && e.op !== '<>') || e.args.length !== 2) return false;
  const types = e.args.map((a) => a.type);
  if (!types.every((t) => CHAR_KINDS.has(t.kind))) return false;
  const t = comparisonType(types);
  return t !== undefined && t.kind === 'VARCHAR' && t.length === MAX_LENGTH;
}

/** The JS expression of an {@link isInlineStringEquality} call on two non-NULL operand codes. */
export function stringEquality(e: Extract<RexExpr, { k: 'call' }>, operand: (i: number) => string): string {
  return `(${operand(0)} ${e.op === '=' ? '===' : '!=='} ${operand(1)})`;
}
