/**
 * Projection and filter push-down into the scan: a Calc directly over a TableSourceScan is
 * evaluated by the scan itself on the connector's rows (one pass, no intermediate rows). The
 * scan's computed columns are substituted into the Calc's expressions; the watermark is kept
 * over the connector row, so it still sees every row read.
 */
import { SubexpressionKeys } from '../../../runtime/expr/cse.js';
import { mapRefs, usesCurrentWatermark, visitRex, type RexExpr } from '../../../runtime/plan/expr.js';
import type { PlanNode } from '../../../runtime/plan/plan.js';
import { transformUp, type PlannerRule, type RuleContext } from './rule.js';

/** Whether the Calc uses a non-deterministic column of the scan more than once. */
function drawsTwice(
  calc: Extract<PlanNode, { node: 'Calc' }>,
  base: readonly RexExpr[],
  keys: SubexpressionKeys,
): boolean {
  const uses = new Array<number>(base.length).fill(0);
  const count = (e: RexExpr): void => visitRex(e, (x) => void (x.k === 'ref' && uses[x.index]!++));
  calc.projects.forEach(count);
  if (calc.condition !== null) count(calc.condition);
  return base.some((b, i) => uses[i]! > 1 && b.k === 'call' && keys.key(b) === null);
}

export const pushCalcIntoScan: PlannerRule = {
  name: 'push_calc_into_scan',
  apply(plan: PlanNode, ctx: RuleContext): PlanNode {
    const keys = new SubexpressionKeys(ctx.registry);
    return transformUp(plan, (n) => {
      if (n.node !== 'Calc' || n.input.node !== 'TableSourceScan' || n.input.condition) return n;
      // CURRENT_WATERMARK reads the watermark *after* the scan's assigner, as Flink's Calc does.
      if (usesCurrentWatermark(n)) return n;
      const scan = n.input;
      const base = scan.projects;
      // A non-deterministic scan column (RAND() AS r) the Calc uses twice stays computed once:
      // substituting it would draw twice per row (CalcITCase#testNonMergeableRandCall).
      if (base !== null && drawsTwice(n, base, keys)) return n;
      const sub = (e: RexExpr): RexExpr => (base === null ? e : mapRefs(e, (r) => base[r.index]!));
      return {
        ...scan,
        fields: n.fields,
        changelogMode: n.changelogMode,
        projects: n.projects.map(sub),
        condition: n.condition === null ? null : sub(n.condition),
      };
    });
  },
};
