/**
 * GROUP BY elements → distinct grouping expressions and the grouping sets over them
 * (GROUPING SETS, ROLLUP, CUBE and their cross product, as Calcite expands them).
 */
import type { Expr, GroupingElement } from '../ast/index.js';

/** Grouping expressions and sets (each a list of indices into `exprs`). */
export interface Grouping {
  readonly exprs: Expr[];
  readonly sets: number[][];
  /** True when GROUPING SETS / ROLLUP / CUBE was used (even with one set). */
  readonly explicitSets: boolean;
}

/** Expands GROUP BY elements; `same` decides when two expressions are the same key. */
export function expandGrouping(
  elements: readonly GroupingElement[],
  same: (a: Expr, b: Expr) => boolean,
): Grouping {
  const exprs: Expr[] = [];
  let explicitSets = false;
  const index = (e: Expr): number => {
    const i = exprs.findIndex((x) => same(x, e));
    if (i >= 0) return i;
    exprs.push(e);
    return exprs.length - 1;
  };
  const flat = (e: Expr): number[] =>
    e.kind === 'RowConstructor' && !e.explicit ? e.fields.map(index) : [index(e)];
  const setsOf = (el: GroupingElement): number[][] => {
    switch (el.kind) {
      case 'EmptyGroupingSet':
        explicitSets = true;
        return [[]];
      case 'GroupingSets':
        explicitSets = true;
        return el.sets.flatMap(setsOf);
      case 'Rollup': {
        explicitSets = true;
        const items = el.items.map(flat);
        const out: number[][] = [];
        for (let n = items.length; n >= 0; n--) out.push(items.slice(0, n).flat());
        return out;
      }
      case 'Cube': {
        explicitSets = true;
        const items = el.items.map(flat);
        const out: number[][] = [];
        const k = items.length;
        // Calcite's order: from the full set down, by bitmask of dropped items.
        for (let mask = 0; mask < 1 << k; mask++) {
          const s: number[] = [];
          for (let i = 0; i < k; i++) if ((mask & (1 << (k - 1 - i))) === 0) s.push(...items[i]!);
          out.push(s);
        }
        return out;
      }
      default:
        return [flat(el)];
    }
  };
  let sets: number[][] = [[]];
  for (const el of elements) {
    const mine = setsOf(el);
    const next: number[][] = [];
    for (const a of sets) for (const b of mine) next.push([...new Set([...a, ...b])].sort((x, y) => x - y));
    sets = next;
  }
  return { exprs, sets, explicitSets };
}

/** Calcite's grouping id of a set: bit (k-1-i) is 1 when key i is NOT in the set. */
export function groupingId(set: readonly number[], k: number): number {
  let id = 0;
  for (let i = 0; i < k; i++) if (!set.includes(i)) id |= 1 << (k - 1 - i);
  return id;
}

/** One branch of a grouping with duplicate sets: the set it groups by and its GROUP_ID(). */
export interface NumberedSet {
  readonly set: readonly number[];
  readonly groupId: number;
}

/**
 * Duplicate grouping sets as Flink runs them (CALCITE-1824), or undefined when every set is
 * distinct. Calcite's RelBuilder.rewriteAggregateWithDuplicateGroupSets makes one aggregate per
 * GROUP_ID value n, over the sets occurring more than n times, and unions them. An aggregate left
 * with a single set keeps the full group key and Flink expands only multi-set aggregates, so that
 * branch groups by every key (GroupingSetsITCase#testCALCITE1824: GROUPING SETS (deptno, (), ())
 * gives the deptno groups with GROUP_ID 0 and 1 and one grand total).
 */
export function numberDuplicateSets(sets: readonly (readonly number[])[]): NumberedSet[] | undefined {
  const counts = new Map<string, { set: readonly number[]; n: number }>();
  for (const s of sets) {
    const key = s.join(',');
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { set: s, n: 1 });
  }
  if (counts.size === sets.length) return undefined;
  const all = [...new Set(sets.flat())].sort((a, b) => a - b);
  const out: NumberedSet[] = [];
  const maxId = Math.max(...[...counts.values()].map((c) => c.n)) - 1;
  for (let groupId = 0; groupId <= maxId; groupId++) {
    const mine = [...counts.values()].filter((c) => c.n > groupId).map((c) => c.set);
    if (mine.length === 1) out.push({ set: all, groupId });
    else for (const set of mine) out.push({ set, groupId });
  }
  return out;
}
