/**
 * Which Top-N algorithm Flink picks for a SortLimit over an updating input
 * (RankProcessStrategy#analyzeRankProcessStrategies): the UpdateFastStrategy when the input has an
 * upsert key and every sort key can only get better for a key's row (FlinkRelMdModifiedMonotonicity:
 * a group key is CONSTANT, COUNT (DISTINCT or FILTER too) and MAX over inserts INCREASING, MIN
 * DECREASING; an ascending key must be decreasing, a descending one increasing); else the
 * RetractStrategy. Only what Eddy's plans produce is analysed: GroupAggregate and Calc projections
 * of it; anything else is not monotonic (SUM over a column known non-negative is not analysed).
 */
import type { PlanNode, SortLimitNode } from '../../runtime/plan/plan.js';

type Monotonicity = 'CONSTANT' | 'INCREASING' | 'DECREASING' | 'NOT';

/** Whether `n` emits only inserts (its input chain has no updates). */
export type InsertOnly = (n: PlanNode) => boolean;

/**
 * The upsert key of `n`'s output (field indexes), or undefined when it has none known
 * (FlinkRelMdUpsertKeys for the nodes Eddy plans: an aggregation's groups, a normalised upsert
 * source's key, through projections that keep every key column).
 */
export function upsertKey(n: PlanNode): number[] | undefined {
  if (n.node === 'GroupAggregate') return n.grouping.map((_, i) => i);
  if (n.node === 'ChangelogNormalize') return [...n.keys];
  if (n.node === 'DropUpdateBefore') return upsertKey(n.input);
  if (n.node === 'Calc') {
    const inner = upsertKey(n.input);
    if (inner === undefined) return undefined;
    const out: number[] = [];
    for (const k of inner) {
      const at = n.projects.findIndex((p) => p.k === 'ref' && p.index === k);
      if (at < 0) return undefined;
      out.push(at);
    }
    return out;
  }
  return undefined;
}

/** FlinkRelMdModifiedMonotonicity of one output field. */
function monotonicity(n: PlanNode, field: number, insertOnly: InsertOnly): Monotonicity {
  if (n.node === 'Calc') {
    const p = n.projects[field];
    return p?.k === 'ref' ? monotonicity(n.input, p.index, insertOnly) : 'NOT';
  }
  if (n.node !== 'GroupAggregate') return 'NOT';
  if (field < n.grouping.length) return 'CONSTANT';
  const c = n.aggCalls[field - n.grouping.length];
  // Over an updating input an aggregate can move both ways. FILTER and DISTINCT do not matter:
  // getMonotonicityOnAggCall looks only at the function (any SqlCountAggFunction, MIN, MAX).
  if (c === undefined || !insertOnly(n.input)) return 'NOT';
  if (c.fn === 'COUNT') return 'INCREASING';
  if (c.fn === 'MAX') return 'INCREASING';
  if (c.fn === 'MIN') return 'DECREASING';
  return 'NOT';
}

/**
 * The row key for Flink's UpdateFastRankFunction when it would be chosen, else undefined
 * (RetractableTopNFunction).
 */
export function updateFastRowKey(n: SortLimitNode, insertOnly: InsertOnly): number[] | undefined {
  if (n.keys.length === 0) return undefined;
  const key = upsertKey(n.input);
  if (key === undefined) return undefined;
  const monotonic = n.keys.every((k) => {
    const m = monotonicity(n.input, k.index, insertOnly);
    return m === 'CONSTANT' || (m === 'DECREASING' && !k.descending) || (m === 'INCREASING' && k.descending);
  });
  return monotonic ? key : undefined;
}
