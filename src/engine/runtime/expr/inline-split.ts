/**
 * SPLIT_INDEX calls on the same string value and constant delimiter in one generated function
 * (Nexmark q22: `SPLIT_INDEX(url, '/', 3)`, `… 4)`, `… 5)`) share one scan of that value per row:
 * the separators are found once, left to right, only as far as the largest field asked for.
 *
 * The library's SPLIT_INDEX (functions/string.ts) shares its scan across call sites too, but must
 * compare each call's string with the last one to know whether it may reuse it (a comparison of
 * contents when two equal-length URLs are different objects). Here the calls are grouped at
 * compile time by the structural key of their string argument (expr/cse.ts), deterministic, so
 * within a row the value is the same by construction and the generated code only marks the scan
 * stale at the start of each row.
 */
import { decodeValue } from '../plan/encode-value.js';
import type { RexExpr } from '../plan/expr.js';

/** The separator positions of one row's value, found lazily (same rules as the library). */
export class RowSplit {
  /** -1: nothing scanned for the current row (the generated code sets it at each row). */
  count = -1;
  private s = '';
  private done = false;
  private readonly at: number[] = [];

  constructor(private readonly d: string) {}

  /** Field `idx` (≥ 0) of `s` split at every delimiter, or null when there are fewer fields. */
  field(s: string, idx: number): string | null {
    const d = this.d;
    let n = this.count;
    if (n < 0) {
      this.s = s;
      this.done = false;
      n = 0;
    } else s = this.s;
    const at = this.at;
    if (n <= idx && !this.done) {
      let from = n === 0 ? 0 : at[n - 1]! + d.length;
      while (n <= idx) {
        const p = s.indexOf(d, from);
        if (p < 0) {
          this.done = true;
          break;
        }
        at[n++] = p;
        from = p + d.length;
      }
    }
    this.count = n;
    // field idx lies between separator idx - 1 and separator idx (or the string's ends)
    if (idx > n) return null;
    const start = idx === 0 ? 0 : at[idx - 1]! + d.length;
    return idx === n ? s.slice(start) : s.slice(start, at[idx]);
  }
}

/**
 * For `SPLIT_INDEX(str, 'delimiter literal', index literal)` with a non-empty delimiter and an
 * index ≥ 0: the delimiter and index; otherwise null (the library's call is kept).
 */
export function inlineSplitIndex(e: Extract<RexExpr, { k: 'call' }>): { d: string; idx: number } | null {
  if (e.op !== 'SPLIT_INDEX' || e.args.length !== 3) return null;
  const [, d, i] = e.args;
  if (d!.k !== 'lit' || d!.value === null || (d!.type.kind !== 'VARCHAR' && d!.type.kind !== 'CHAR'))
    return null;
  if (i!.k !== 'lit' || i!.value === null) return null;
  const dv = decodeValue(d!.value);
  const iv = decodeValue(i!.value);
  if (typeof dv !== 'string' || dv === '') return null;
  if (typeof iv !== 'number' || !Number.isSafeInteger(iv) || iv < 0) return null;
  return { d: dv, idx: iv };
}
