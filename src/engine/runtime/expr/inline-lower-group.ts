/**
 * Several `LOWER(x) = 'literal'` comparisons on one value `x` (by structural key) decided by one
 * test per row: the first time a row needs one of them, the value is read once, its length
 * picks the literals it can equal, and the index of the one it equals (or -1) goes into a local
 * of the generated function; every comparison of the group is then `local === index`. Nexmark
 * q21 compares `lower(channel)` with four literals in its filter (an IN list) and its CASE:
 * four NULL tests, four length tests and four reads of the field become one of each.
 *
 * Each comparison is exact as in inline-lower.ts (the same character tests, the same literals);
 * a value equals at most one distinct literal, so the index says every comparison's result.
 */
import { visitRex, type RexExpr } from '../plan/expr.js';
import { INLINE_LOWER_MAX, inlineChars, type LowerEquality } from './inline-lower.js';

/** The group of comparisons on one value. */
export interface LowerGroup {
  /** The distinct literals compared with, in order of first occurrence (index = position). */
  readonly literals: readonly string[];
  /** The local holding the index for the current row (`undefined` until computed). */
  readonly local: string;
  /** The code computing the index (null for a NULL value), set at the first member generated. */
  code: string | null;
}

/** A call of a group, and what it asks. */
export interface LowerMember {
  readonly group: LowerGroup;
  readonly index: number;
  readonly negated: boolean;
  readonly arg: RexExpr;
}

/** The groups of one generated function (only values compared with two literals or more). */
export class LowerGroups {
  private readonly literals = new Map<string, string[]>();
  private readonly groups = new Map<string, LowerGroup>();

  /**
   * Records the comparisons in `exprs`; `match` gives a call's {@link LowerEquality} (null when
   * the fast path does not take it) and `keyOf` a value's structural key (null: not shareable).
   */
  collect(
    exprs: readonly RexExpr[],
    match: (e: Extract<RexExpr, { k: 'call' }>) => LowerEquality | null,
    keyOf: (e: RexExpr) => string | null,
  ): void {
    for (const root of exprs) {
      visitRex(root, (e) => {
        if (e.k !== 'call') return;
        const c = match(e);
        const key = c === null ? null : keyOf(c.arg);
        if (c === null || key === null) return;
        let ls = this.literals.get(key);
        if (ls === undefined) this.literals.set(key, (ls = []));
        if (!ls.includes(c.literal)) ls.push(c.literal);
      });
    }
  }

  /** The member `e` is, or null; its group is created on first use with `local()` as its name. */
  member(c: LowerEquality, key: string | null, local: () => string): LowerMember | null {
    if (key === null) return null;
    const literals = this.literals.get(key);
    if (literals === undefined || literals.length < 2) return null;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { literals, local: local(), code: null };
      this.groups.set(key, group);
    }
    return { group, index: literals.indexOf(c.literal), negated: c.negated, arg: c.arg };
  }

  /** The locals of the groups used so far (reset to `undefined` for each row). */
  locals(): string[] {
    return Array.from(this.groups.values(), (g) => g.local);
  }
}

/**
 * The code computing a group's index from `value` (the code of the compared value): null for a
 * NULL value, else the index of the literal LOWER(value) equals, or -1. `t`, `n` and `ch` are
 * temporaries; `matcher(literal)` binds the matcher of a literal longer than
 * {@link INLINE_LOWER_MAX} and gives its name.
 */
export function lowerGroupCode(
  literals: readonly string[],
  value: string,
  t: string,
  n: string,
  ch: string,
  matcher: (literal: string) => string,
): string {
  const byLength = new Map<number, number[]>();
  literals.forEach((l, i) => {
    const at = byLength.get(l.length);
    if (at === undefined) byLength.set(l.length, [i]);
    else at.push(i);
  });
  const test = (l: string): string =>
    l.length === 0
      ? 'true'
      : l.length > INLINE_LOWER_MAX
        ? `${matcher(l)}(${t})`
        : inlineChars(l, t, ch).join(' && ');
  let code = '-1';
  for (const [len, indexes] of [...byLength].reverse()) {
    let pick = '-1';
    for (let j = indexes.length - 1; j >= 0; j--)
      pick = `(${test(literals[indexes[j]!]!)}) ? ${indexes[j]} : ${pick}`;
    code = `${n} === ${len} ? (${pick}) : ${code}`;
  }
  return `((${t} = ${value}) === null ? null : ((${n} = ${t}.length), ${code}))`;
}

/**
 * A member's comparison: NULL when the value is, else whether it equals (or not) its literal;
 * with `truth`, just whether that is TRUE.
 */
export function lowerMemberCode(m: LowerMember, truth = false): string {
  const l = m.group.local;
  const index = `(${l} !== undefined ? ${l} : (${l} = ${m.group.code}))`;
  if (truth) return m.negated ? `(${index} !== null && ${l} !== ${m.index})` : `(${index} === ${m.index})`;
  return `((${l} !== undefined ? ${l} : (${l} = ${m.group.code})) === null ? null : ${l} ${m.negated ? '!==' : '==='} ${m.index})`;
}
