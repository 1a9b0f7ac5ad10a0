/**
 * `LOWER(x) = 'literal'` (and `<>`, either operand order) compiled to a case-insensitive
 * comparison of `x` with the literal, without building `LOWER(x)` (Nexmark q21 compares
 * `lower(channel)` with four literals per row, in its filter and in its CASE).
 *
 * Exact for a literal of ASCII characters with no upper-case letter: the library's LOWER is
 * `toLowerCase` (functions/string.ts), whose result can equal such a literal only where every
 * character of `x` lowers to one ASCII character: an ASCII character, or U+212A KELVIN SIGN
 * ('k'). Every other character lowers to non-ASCII text (U+0130 'İ' to "i̇", the only mapping
 * that changes the length, keeps its U+0307), so the lengths must be equal and the characters
 * compare one by one. Any other literal, a LOWER that is not the built-in one, or an `=` that
 * is not a plain string comparison keeps the general code.
 */
import { decodeValue } from '../plan/encode-value.js';
import type { RexExpr } from '../plan/expr.js';
import { isInlineStringEquality } from './inline-string.js';

/** A comparison this fast path takes: the LOWER's argument and the literal. */
export interface LowerEquality {
  readonly arg: RexExpr;
  readonly literal: string;
  /** `<>` rather than `=`. */
  readonly negated: boolean;
}

/** ASCII only, and no 'A'..'Z': the text LOWER of an equal value would have to be. */
function isLowerAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/**
 * The parts of `LOWER(x) = 'literal'` when `e` is one this fast path takes, else null;
 * `isBuiltinLower` tells whether a call is the built-in, NULL-strict LOWER.
 */
export function lowerEquality(
  e: Extract<RexExpr, { k: 'call' }>,
  isBuiltinLower: (c: Extract<RexExpr, { k: 'call' }>) => boolean,
): LowerEquality | null {
  if (!isInlineStringEquality(e)) return null;
  for (const [a, b] of [e.args, [...e.args].reverse()]) {
    if (a!.k !== 'call' || a!.args.length !== 1 || !isBuiltinLower(a!)) continue;
    if (b!.k !== 'lit' || b!.value === null) continue;
    const v = decodeValue(b!.value);
    if (typeof v !== 'string' || !isLowerAscii(v)) continue;
    return { arg: a!.args[0]!, literal: v, negated: e.op === '<>' };
  }
  return null;
}

/**
 * Whether `LOWER(s) === literal`, for a string `s` as long as `literal` (the generated code
 * tests the length first); `literal` lower-case ASCII.
 */
export function lowerEquals(literal: string): (s: string) => boolean {
  const codes = Array.from(literal, (c) => c.charCodeAt(0));
  const n = codes.length;
  return (s) => {
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if (c === 0x212a) c = 0x6b;
      if (c !== codes[i]) return false;
    }
    return true;
  };
}

/** Literals up to this length are compared by inline code (no call of a matcher, no loop). */
export const INLINE_LOWER_MAX = 16;

/**
 * The JS expression of a {@link LowerEquality}: `value` is the code of LOWER's argument, `t` and
 * `ch` temporaries, `matcher()` binds the {@link lowerEquals} of the literal and gives its name
 * (for literals longer than {@link INLINE_LOWER_MAX}). NULL-strict.
 */
export function lowerEqualityCode(
  c: LowerEquality,
  value: string,
  t: string,
  ch: string,
  matcher: () => string,
): string {
  const n = c.literal.length;
  const chars = n > INLINE_LOWER_MAX ? [`${matcher()}(${t})`] : inlineChars(c.literal, t, ch);
  const test = `(${[`${t}.length === ${n}`, ...chars].join(' && ')})`;
  return `((${t} = ${value}) === null ? null : ${c.negated ? `!${test}` : test})`;
}

/**
 * One test per character of `literal` (lower-case ASCII) on `t`, as {@link lowerEquals} does it:
 * a letter matches itself, its upper-case form and, for 'k', U+212A KELVIN SIGN; any other
 * character only itself. A letter and its upper case differ only in bit 0x20, and no other
 * code unit becomes the letter when that bit is set, so one `|` and one comparison test both.
 */
export function inlineChars(literal: string, t: string, ch: string): string[] {
  return Array.from(literal, (x, i) => {
    const code = x.charCodeAt(0);
    if (code < 0x61 || code > 0x7a) return `${t}.charCodeAt(${i}) === ${code}`;
    if (x !== 'k') return `(${t}.charCodeAt(${i}) | 0x20) === ${code}`;
    return `(((${ch} = ${t}.charCodeAt(${i})) | 0x20) === ${code} || ${ch} === 0x212a)`;
  });
}
