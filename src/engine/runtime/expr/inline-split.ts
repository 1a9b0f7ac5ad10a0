/**
 * SPLIT_INDEX calls with a constant delimiter and index, compiled to one shared scan per value
 * and row (Nexmark q22 takes fields 3, 4 and 5 of `url` split at '/'): the calls of one
 * generated function on the same value (by structural key) and delimiter form a group whose
 * separators are found once, as far as the group's largest index, the first time a row needs
 * one of its fields; every call is then a slice. Up to {@link MAX_INLINE_INDEX} the scan is
 * inline code (one `indexOf` per separator into locals of the generated function: no call, no
 * object); beyond it a {@link SplitScan} object keeps the positions. An inline group whose scan
 * costs more than a `Map` lookup ({@link MEMO_MIN_WORK}) keeps its fields per value in a
 * {@link StringMemo}: a repeated value (a URL column's few thousand values) costs a lookup and no
 * new strings.
 */
import { decodeValue } from '../plan/encode-value.js';
import { visitRex, type RexExpr } from '../plan/expr.js';
import { SplitScan } from '../functions/split-index.js';
import { memoCode, StringMemo } from './string-memo.js';

const CHAR_KINDS: ReadonlySet<string> = new Set(['CHAR', 'VARCHAR']);

/** A call this fast path takes: its constant delimiter and index. */
export interface SplitCall {
  readonly delimiter: string;
  readonly index: number;
}

/**
 * The delimiter and index of `SPLIT_INDEX(value, 'delimiter', index)` with a non-empty
 * character-string literal delimiter and a non-negative integer literal index, else null.
 * (The caller checks that SPLIT_INDEX is the built-in function.)
 */
export function splitCall(e: RexExpr): SplitCall | null {
  if (e.k !== 'call' || e.op !== 'SPLIT_INDEX' || e.args.length !== 3) return null;
  const [, d, i] = e.args;
  if (d!.k !== 'lit' || d!.value === null || !CHAR_KINDS.has(d!.type.kind)) return null;
  if (i!.k !== 'lit' || i!.value === null) return null;
  const delimiter = decodeValue(d!.value);
  const index = decodeValue(i!.value);
  if (typeof delimiter !== 'string' || delimiter === '') return null;
  if (typeof index !== 'number' && typeof index !== 'bigint') return null;
  const n = Number(index);
  // the scanner keeps index + 1 separator positions: a huge index stays with the library
  if (!Number.isSafeInteger(n) || n < 0 || n > 0xffff) return null;
  return { delimiter, index: n };
}

/** The largest index whose group is scanned by inline code (one local per separator). */
export const MAX_INLINE_INDEX = 15;

/**
 * An inline group is memoised when its separators plus its fields (an `indexOf` or a slice
 * each, ~15-20 ns) are at least this many: a `Map` lookup of a repeated string costs ~35 ns.
 */
export const MEMO_MIN_WORK = 4;

/** One group of calls on one value and delimiter. */
export interface SplitGroup {
  readonly delimiter: string;
  /** The local holding the scanned value for the current row (`undefined` until scanned). */
  readonly local: string;
  /** Inline groups: the locals of separators 0..max (-1 when absent); else empty. */
  readonly positions: readonly string[];
  /** Groups beyond {@link MAX_INLINE_INDEX}: the scanner; else null. */
  readonly scan: SplitScan | null;
  /**
   * Memoised groups: the memo, the local of its looked-up entry (the offset of its fields in
   * the memo's `vals`), and the local of each field the calls ask for (filled by the scan, from
   * the memo or computed), in ascending index order.
   */
  readonly memo: {
    readonly memo: StringMemo;
    readonly entry: string;
    readonly fields: ReadonlyMap<number, string>;
  } | null;
}

/** The groups of one generated function. */
export class SplitGroups {
  /** Group key → every index asked for. */
  private readonly indexes = new Map<string, Set<number>>();
  private readonly groups = new Map<string, SplitGroup>();

  /**
   * Records the eligible calls in `exprs`; `keyOf` gives a value's structural key (null: not
   * shareable) and `eligible` whether a call is the built-in SPLIT_INDEX.
   */
  collect(
    exprs: readonly RexExpr[],
    keyOf: (e: RexExpr) => string | null,
    eligible: (e: Extract<RexExpr, { k: 'call' }>) => boolean,
  ): void {
    for (const root of exprs) {
      visitRex(root, (e) => {
        const c = splitCall(e);
        if (c === null || e.k !== 'call' || !eligible(e)) return;
        const key = groupKey(keyOf(e.args[0]!), c.delimiter);
        if (key === null) return;
        const set = this.indexes.get(key) ?? new Set<number>();
        set.add(c.index);
        this.indexes.set(key, set);
      });
    }
  }

  /** The group of a call `collect` recorded, created on first use with `local` as its name. */
  group(
    e: Extract<RexExpr, { k: 'call' }>,
    c: SplitCall,
    keyOf: (e: RexExpr) => string | null,
    local: () => string,
  ): SplitGroup | null {
    const key = groupKey(keyOf(e.args[0]!), c.delimiter);
    if (key === null) return null;
    const asked = this.indexes.get(key);
    if (asked === undefined) return null;
    let g = this.groups.get(key);
    if (g === undefined) {
      const name = local();
      const indexes = [...asked].sort((a, b) => a - b);
      const max = indexes[indexes.length - 1]!;
      const inline = max <= MAX_INLINE_INDEX;
      const memo =
        inline && max + 1 + indexes.length >= MEMO_MIN_WORK
          ? {
              memo: new StringMemo(),
              entry: `${name}m`,
              fields: new Map(indexes.map((i) => [i, `${name}f${i}`])),
            }
          : null;
      g = {
        delimiter: c.delimiter,
        local: name,
        positions: inline ? Array.from({ length: max + 1 }, (_, i) => `${name}p${i}`) : [],
        scan: inline ? null : new SplitScan(c.delimiter, max),
        memo,
      };
      this.groups.set(key, g);
    }
    return g;
  }

  /** The locals of the groups used so far: scanned values and separator positions. */
  locals(): string[] {
    return Array.from(this.groups.values(), (g) => [
      g.local,
      ...g.positions,
      ...(g.memo === null ? [] : [g.memo.entry, ...g.memo.fields.values()]),
    ]).flat();
  }

  /** The locals holding the groups' scanned values (reset to `undefined` for each row). */
  valueLocals(): string[] {
    return Array.from(this.groups.values(), (g) => g.local);
  }
}

/**
 * The scan of group `g` as an expression on `value` (a local holding a non-NULL string): the
 * value, or null when it has no fields (Flink: an empty string). `scan` is the bound
 * {@link SplitScan} of a group that is not inline, `memo` the bound {@link StringMemo} of a
 * memoised group.
 */
export function splitScanCode(
  g: SplitGroup,
  value: string,
  scan: string | null,
  memo: string | null = null,
): string {
  if (g.scan !== null) return `${scan}.scan(${value})`;
  const d = JSON.stringify(g.delimiter);
  const dl = g.delimiter.length;
  const p = g.positions;
  // non-overlapping occurrences left to right; once one is missing, so are the rest
  const finds = p.map((local, i) =>
    i === 0
      ? `${local} = ${value}.indexOf(${d})`
      : `${local} = ${p[i - 1]} < 0 ? -1 : ${value}.indexOf(${d}, ${p[i - 1]} + ${dl})`,
  );
  if (g.memo === null || memo === null)
    return `(${value}.length === 0 ? null : (${finds.join(', ')}, ${value}))`;
  // memoised: the fields of a value seen before, else computed from the scan (and stored)
  const m = g.memo.entry;
  const fields = [...g.memo.fields];
  const hit = fields
    .map(([, local], k) => `${local} = ${memo}.vals[${k === 0 ? m : `${m} + ${k}`}]`)
    .join(', ');
  const computed = fields.map(([i, local]) => `${local} = ${inlineFieldCode(g, i, value)}`);
  return `(${value}.length === 0 ? null : ${memoCode(memo, value, m, {
    hit,
    compute: `${finds.join(', ')}, ${computed.join(', ')}`,
    stored: `[${fields.map(([, local]) => local).join(', ')}]`,
    result: value,
    fields: true,
  })})`;
}

/** Field `index` of the value group `g` scanned (its local non-NULL), or null. */
export function splitFieldCode(g: SplitGroup, index: number, scan: string | null): string {
  if (g.scan !== null) return `${scan}.field(${index})`;
  if (g.memo !== null) return g.memo.fields.get(index)!;
  return inlineFieldCode(g, index, g.local);
}

/** Field `index` of `s` (a local holding the non-NULL value) from the inline scan's positions. */
function inlineFieldCode(g: SplitGroup, index: number, s: string): string {
  const p = g.positions;
  const dl = g.delimiter.length;
  // field k follows separator k - 1 (or starts the value) and ends at separator k (or the end)
  if (index === 0) return `(${p[0]} < 0 ? ${s} : ${s}.slice(0, ${p[0]}))`;
  const before = p[index - 1]!;
  const after = p[index]!;
  return `(${before} < 0 ? null : ${after} < 0 ? ${s}.slice(${before} + ${dl}) : ${s}.slice(${before} + ${dl}, ${after}))`;
}

function groupKey(valueKey: string | null, delimiter: string): string | null {
  return valueKey === null ? null : `${valueKey}|${JSON.stringify(delimiter)}`;
}
