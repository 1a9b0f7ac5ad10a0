/**
 * Comparisons of integer values (TINYINT, SMALLINT, INT, BIGINT) compiled to a JS operator
 * instead of a call (e.g. Nexmark's `price < 10000` FILTER conditions, once per row and call).
 *
 * Exactness: TINYINT/SMALLINT/INT are JS numbers and BIGINT is a bigint (src/types/arith.ts).
 * JS relational operators and loose equality compare a bigint with a number by their
 * mathematical values, so every mix is exact, even beyond 2^53. A literal compared with a
 * BIGINT is written as a bigint literal: V8 compares two bigints about twice as fast as a
 * bigint with a number, and a BIGINT column never holds a number in this representation (if
 * it did, the comparison would still be exact, only slower; equality is loose for that reason).
 */
import { decodeValue } from '../plan/encode-value.js';
import type { RexExpr } from '../plan/expr.js';

const INTEGER_KINDS: ReadonlySet<string> = new Set(['TINYINT', 'SMALLINT', 'INT', 'BIGINT']);
const RELATIONAL: ReadonlySet<string> = new Set(['<', '<=', '>', '>=']);

/** True when {@link integerComparison} compiles `e` inline. */
export function isInlineIntegerComparison(e: Extract<RexExpr, { k: 'call' }>): boolean {
  if (e.args.length !== 2 || !(RELATIONAL.has(e.op) || e.op === '=' || e.op === '<>')) return false;
  for (const a of e.args) {
    if (!INTEGER_KINDS.has(a.type.kind)) return false;
    if (a.k === 'lit' && a.value !== null && !isIntegral(decodeValue(a.value))) return false;
  }
  return true;
}

function isIntegral(v: unknown): boolean {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v));
}

/**
 * The JS expression comparing two non-NULL operands of `e` (an
 * {@link isInlineIntegerComparison} call): `operand(i)` gives the code of argument i, already
 * known not to be NULL (a literal or a temporary).
 */
export function integerComparison(
  e: Extract<RexExpr, { k: 'call' }>,
  operand: (i: number) => string,
): string {
  const big = e.args.some((a) => a.type.kind === 'BIGINT');
  const code = e.args.map((a, i) => {
    if (a.k !== 'lit' || a.value === null) return operand(i);
    const v = decodeValue(a.value) as number | bigint;
    return big ? `${BigInt(v)}n` : String(Number(v));
  });
  // With a BIGINT involved a bigint may meet a number (a narrower operand, or a BIGINT value
  // that arrived as a number): loose equality compares those by value, strict would not.
  const loose = big;
  const op = e.op === '=' ? (loose ? '==' : '===') : e.op === '<>' ? (loose ? '!=' : '!==') : e.op;
  return `(${code[0]} ${op} ${code[1]})`;
}
