/**
 * REGEXP_EXTRACT with a constant pattern of the query-parameter shape, e.g. Nexmark q21's
 * `REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2)`, compiled to a string search instead of a
 * RegExp run: `indexOf` of the literal, a look at the character before it, and the run of
 * characters up to the first excluded one. Chosen at compile time; every other pattern keeps the
 * library's implementation (functions/string.ts).
 *
 * The shape, all of it the whole pattern (no backslash, no flag, no other construct):
 *
 *     [ '(' alt ( '|' alt )* ')' ]  literal  '(' '[^' excluded ']' ( '*' | '+' ) ')'
 *
 * where each `alt` is one plain ASCII character or `^`, `literal` is plain ASCII characters and
 * `excluded` plain ASCII characters (no `-`, `\`, `]`, `^`, `[`). The result is the regex's: the
 * leftmost match (at one start, the alternatives in their order), the tail greedy to the first
 * excluded character or the end (nothing follows it, so the regex never backtracks into it);
 * group 0 the whole match, then the alternation's group (when present), then the tail's. Under
 * the `u` flag `[^…]` matches code points, but a surrogate is never excluded, so the run ends at
 * the same code unit as a run of code units does.
 */
import { decodeValue } from '../plan/encode-value.js';
import type { RexExpr } from '../plan/expr.js';
import { javaRegex } from '../functions/string-regexp.js';

/** A pattern of the shape above, taken apart. */
export interface ParamPattern {
  /** The alternatives before the literal (null: no group); `''` stands for `^`. */
  readonly alts: readonly string[] | null;
  readonly literal: string;
  /** Characters that end the tail. */
  readonly excluded: string;
  /** `+`: the tail needs at least one character. */
  readonly plus: boolean;
}

const PLAIN = '[A-Za-z0-9_=&;:,/@!%#\'"<>~`-]';
const SHAPE = new RegExp(
  `^(?:\\(((?:\\^|${PLAIN})(?:\\|(?:\\^|${PLAIN}))*)\\))?(${PLAIN}+)\\(\\[\\^([A-Za-z0-9_=&;:,/@!%#'"<>~\`]+)\\]([*+])\\)$`,
);

/** The pattern taken apart, or null when it is not of the shape this fast path handles. */
export function parseParamPattern(pattern: string): ParamPattern | null {
  const m = SHAPE.exec(pattern);
  if (m === null) return null;
  // The regex the library builds must be the plain one (no fallback without `u`, no flag added).
  const re = javaRegex(pattern);
  if (re === null || re.flags !== 'u') return null;
  const alts = m[1] === undefined ? null : m[1].split('|').map((a) => (a === '^' ? '' : a));
  return { alts, literal: m[2]!, excluded: m[3]!, plus: m[4] === '+' };
}

/**
 * A function giving group `group` of the first match of `p` in a string (null when there is no
 * match or no such group), as `RegExp.exec` would.
 */
export function paramExtractor(p: ParamPattern, group: number): (s: string) => string | null {
  const { alts, literal, excluded, plus } = p;
  const groups = alts === null ? 2 : 3;
  if (!Number.isInteger(group) || group < 0 || group >= groups) return () => null;
  const len = literal.length;
  const ex = Array.from(excluded, (c) => c.charCodeAt(0));
  const ex0 = ex[0]!;
  const single = ex.length === 1;
  const altCodes = alts === null ? [] : alts.map((a) => (a === '' ? -1 : a.charCodeAt(0)));
  const hasCaret = altCodes.includes(-1);
  /** End of the tail starting at `from`: the first excluded character, or the end. */
  const tailEnd = (s: string, from: number): number => {
    if (single) {
      const e = s.indexOf(excluded, from);
      return e < 0 ? s.length : e;
    }
    let i = from;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === ex0 || ex.includes(c)) break;
    }
    return i;
  };
  /** The group of the match whose literal is at `q` and which starts at `start`, or undefined. */
  const result = (s: string, start: number, q: number, alt: string): string | null | undefined => {
    const from = q + len;
    const end = tailEnd(s, from);
    if (plus && end === from) return undefined;
    if (group === 0) return s.slice(start, end);
    if (group === 1 && alts !== null) return alt;
    return s.slice(from, end);
  };
  if (alts === null) {
    return (s) => {
      for (let q = s.indexOf(literal); q >= 0; q = s.indexOf(literal, q + 1)) {
        const r = result(s, q, q, '');
        if (r !== undefined) return r;
      }
      return null;
    };
  }
  /**
   * The match starting at `start` (the alternatives in order), or undefined. `known`: the
   * literal is known to be at `start + 1` (found there by indexOf), so only the character
   * before it is checked.
   */
  const at = (s: string, start: number, known: boolean): string | null | undefined => {
    for (let k = 0; k < altCodes.length; k++) {
      const c = altCodes[k]!;
      if (c === -1) {
        if (start === 0 && s.startsWith(literal)) {
          const r = result(s, 0, 0, '');
          if (r !== undefined) return r;
        }
      } else if (s.charCodeAt(start) === c && (known || s.startsWith(literal, start + 1))) {
        const r = result(s, start, start + 1, alts[k]!);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  };
  const chars = alts.filter((a) => a !== '');
  if (chars.length === 1) {
    // One character alternative (and perhaps `^`): past the start a match begins exactly where
    // that character is followed by the literal, so one search for the two together finds it,
    // with fewer false starts than a search for the literal alone.
    const alt = chars[0]!;
    const both = alt + literal;
    const altCode = alt.charCodeAt(0);
    const literalCode = hasCaret ? literal.charCodeAt(0) : -1;
    return (s) => {
      // a match at 0 starts with the character or (with `^`) the literal
      const c = s.charCodeAt(0);
      if (c === altCode || c === literalCode) {
        const r = at(s, 0, false);
        if (r !== undefined) return r;
      }
      for (let j = s.indexOf(both, 1); j >= 0; j = s.indexOf(both, j + 1)) {
        const m = result(s, j, j + 1, alt);
        if (m !== undefined) return m;
      }
      return null;
    };
  }
  return (s) => {
    let q = s.indexOf(literal);
    if (q < 0) return null;
    // A match starts one character before an occurrence of the literal (or at 0 before one at 0
    // with `^`): the starts in increasing order are 0, then q - 1 for each later occurrence q.
    if (q <= 1 && (q === 1 || hasCaret)) {
      const r = at(s, 0, false);
      if (r !== undefined) return r;
      q = s.indexOf(literal, q + 1);
    }
    for (; q >= 0; q = s.indexOf(literal, q + 1)) {
      if (q === 0) continue;
      const r = at(s, q - 1, true);
      if (r !== undefined) return r;
    }
    return null;
  };
}

/** A REGEXP_EXTRACT call with a constant pattern of the handled shape and a constant group. */
export interface ParamExtract {
  readonly pattern: ParamPattern;
  readonly group: number;
}

/**
 * The pattern and group of a REGEXP_EXTRACT call with a constant pattern of the handled shape
 * and a constant group (or none: group 0), or null for the library's general implementation.
 */
export function paramExtract(e: Extract<RexExpr, { k: 'call' }>): ParamExtract | null {
  if (e.op !== 'REGEXP_EXTRACT' || e.args.length < 2 || e.args.length > 3) return null;
  const [, pat, idx] = e.args;
  if (pat!.k !== 'lit' || pat!.value === null) return null;
  const p = decodeValue(pat!.value);
  if (typeof p !== 'string') return null;
  let group = 0;
  if (idx !== undefined) {
    if (idx.k !== 'lit' || idx.value === null) return null;
    const g = decodeValue(idx.value);
    if (typeof g !== 'number' && typeof g !== 'bigint') return null;
    group = Number(g);
  }
  const pattern = parseParamPattern(p);
  return pattern === null ? null : { pattern, group };
}

/** The extractor of {@link paramExtract}'s call, or null for the library's implementation. */
export function inlineRegexpExtract(
  e: Extract<RexExpr, { k: 'call' }>,
): ((s: string) => string | null) | null {
  const x = paramExtract(e);
  return x === null ? null : paramExtractor(x.pattern, x.group);
}
