/**
 * SPLIT_INDEX calls with a constant delimiter and index, compiled to one shared scan per value
 * and row (Nexmark q22 takes fields 3, 4 and 5 of `url` split at '/'): the calls of one
 * generated function on the same value (by structural key) and delimiter form a group, whose
 * {@link SplitScan} finds the separators once, as far as the group's largest index, the first
 * time a row needs one of its fields; every call is then a slice.
 */
import { decodeValue } from '../plan/encode-value.js';
import { visitRex, type RexExpr } from '../plan/expr.js';
import { SplitScan } from '../functions/split-index.js';

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

/** One group: the scanner, and the local holding the scanned value for the current row. */
export interface SplitGroup {
  readonly scan: SplitScan;
  readonly local: string;
}

/** The groups of one generated function. */
export class SplitGroups {
  /** Group key → the largest index asked for. */
  private readonly max = new Map<string, number>();
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
        this.max.set(key, Math.max(this.max.get(key) ?? 0, c.index));
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
    const max = this.max.get(key);
    if (max === undefined) return null;
    let g = this.groups.get(key);
    if (g === undefined) {
      g = { scan: new SplitScan(c.delimiter, max), local: local() };
      this.groups.set(key, g);
    }
    return g;
  }

  /** The locals of the groups used so far. */
  locals(): string[] {
    return Array.from(this.groups.values(), (g) => g.local);
  }
}

function groupKey(valueKey: string | null, delimiter: string): string | null {
  return valueKey === null ? null : `${valueKey}|${JSON.stringify(delimiter)}`;
}
