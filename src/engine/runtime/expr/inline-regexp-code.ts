/**
 * REGEXP_EXTRACT of a query-parameter pattern (inline-regexp.ts) as code of the generated
 * function instead of a call of its extractor, for the usual shapes: `literal([^x]*)` and
 * `(c|^)literal([^x]*)` / `(c)literal([^x]+)` with one character alternative `c` (perhaps with
 * `^`, in either order) and one excluded character `x`, asking for the whole match or the tail.
 * The common case is then two `indexOf` and a slice in the row loop (Nexmark q21's
 * `(&|^)channel_id=([^&]*)`), with no call and no closure. The rare cases go to the extractor,
 * which is exact for all of them: a match that may start at 0 (the value starts with `c`, or with
 * the literal under `^`) and, with `+`, an empty tail after the first occurrence.
 */
import type { ParamExtract } from './inline-regexp.js';

/**
 * The JS expression of `x` on `s` (a local holding a non-NULL string), or null when the shape
 * keeps the extractor's call. `k` names the bound extractor of `x`; `temp()` gives a temporary.
 */
export function paramExtractCode(x: ParamExtract, s: string, k: string, temp: () => string): string | null {
  const { alts, literal, excluded, plus } = x.pattern;
  if (excluded.length !== 1) return null;
  const tailGroup = alts === null ? 1 : 2;
  if (x.group !== 0 && x.group !== tailGroup) return null;
  const chars = alts === null ? [] : alts.filter((a) => a !== '');
  if (alts !== null && (chars.length !== 1 || alts.length > 2)) return null;
  const j = temp();
  const e = temp();
  const lead = alts === null ? 0 : 1;
  const from = `${j} + ${lead + literal.length}`;
  const ex = JSON.stringify(excluded);
  const start = x.group === 0 ? j : from;
  // the tail runs to the first excluded character or the end (a `+` tail must not be empty)
  const tail = plus
    ? `((${e} = ${s}.indexOf(${ex}, ${from})) === ${from} || (${e} < 0 && ${s}.length === ${from}) ? ${k}(${s}) : ${e} < 0 ? ${s}.slice(${start}) : ${s}.slice(${start}, ${e}))`
    : `((${e} = ${s}.indexOf(${ex}, ${from})) < 0 ? ${s}.slice(${start}) : ${s}.slice(${start}, ${e}))`;
  if (alts === null) return `((${j} = ${s}.indexOf(${JSON.stringify(literal)})) < 0 ? null : ${tail})`;
  // Past the start a match begins exactly where the character is followed by the literal; one
  // at 0 needs the character there (or, with `^`, the literal's first character).
  const c = temp();
  const atStart = [chars[0]!.charCodeAt(0), ...(alts.includes('') ? [literal.charCodeAt(0)] : [])];
  const startTest = `(${c} = ${s}.charCodeAt(0)) === ${atStart[0]}${atStart.length > 1 ? ` || ${c} === ${atStart[1]}` : ''}`;
  const both = JSON.stringify(chars[0]! + literal);
  return `(${startTest} ? ${k}(${s}) : (${j} = ${s}.indexOf(${both}, 1)) < 0 ? null : ${tail})`;
}
