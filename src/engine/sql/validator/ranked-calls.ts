/**
 * Which ROW_NUMBER / RANK / DENSE_RANK calls a query filters on.
 *
 * Flink turns a ranking OVER call into a Rank (Top-N or deduplication, any ordering allowed) only
 * when a query on top filters on its result (FlinkLogicalRankRule: `WHERE rn <= n` over a
 * subquery or a WITH query). Unfiltered, it stays an OverAggregate, which StreamExecOverAggregate
 * checks like any other: one ascending order key on a time attribute. The expression translator
 * asks `isRankedCall` to tell the two apart (Rank is a later issue; the OverAggregate's refusals
 * are Flink's).
 *
 * @example
 * markRankedCalls(query); // before translating `SELECT * FROM (SELECT ROW_NUMBER() OVER … AS rn …) WHERE rn = 1`
 */
import type { Expr, FunctionCall, Query } from '../ast/index.js';

const RANKING = new Set(['ROW_NUMBER', 'RANK', 'DENSE_RANK']);
const ranked = new WeakSet<FunctionCall>();

/** True when `markRankedCalls` found a filter on this ranking call's column. */
export function isRankedCall(c: FunctionCall): boolean {
  return ranked.has(c);
}

/** Marks the ranking calls of `q`'s FROM subquery (or WITH query) that `q`'s WHERE refers to. */
export function markRankedCalls(q: Query): void {
  const b = q.body;
  if (b.kind !== 'Select' || b.where === undefined || b.from === undefined) return;
  const from = b.from;
  let inner: Query | undefined;
  if (from.kind === 'DerivedTable') inner = from.query;
  else if (from.kind === 'TableName' && from.name.length === 1)
    inner = q.with?.find((c) => c.name.value === from.name[0]!.value)?.query;
  if (inner === undefined || inner.body.kind !== 'Select') return;
  const referenced = new Set<string>();
  collectColumns(b.where, referenced);
  for (const item of inner.body.items) {
    const e = item.expr;
    if (e.kind !== 'FunctionCall' || e.over === undefined) continue;
    if (!RANKING.has(e.name.at(-1)!.value.toUpperCase())) continue;
    if (item.alias !== undefined && referenced.has(item.alias.value)) ranked.add(e);
  }
}

/** The last name part of every column reference under `node` (any expression shape). */
function collectColumns(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) collectColumns(x, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const e = node as Expr;
  if (e.kind === 'ColumnRef') {
    out.add(e.names.at(-1)!.value);
    return;
  }
  for (const [k, v] of Object.entries(node)) if (k !== 'span') collectColumns(v, out);
}
