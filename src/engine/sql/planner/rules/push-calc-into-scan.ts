/**
 * Projection and filter push-down into the scan: a Calc directly over a TableSourceScan is
 * evaluated by the scan itself on the connector's rows (one pass, no intermediate rows). The
 * scan's computed columns are substituted into the Calc's expressions; the watermark is kept
 * over the connector row, so it still sees every row read.
 */
import { mapRefs, usesCurrentWatermark, type RexExpr } from '../../../runtime/plan/expr.js';
import type { PlanNode } from '../../../runtime/plan/plan.js';
import { transformUp, type PlannerRule } from './rule.js';

export const pushCalcIntoScan: PlannerRule = {
  name: 'push_calc_into_scan',
  apply(plan: PlanNode): PlanNode {
    return transformUp(plan, (n) => {
      if (n.node !== 'Calc' || n.input.node !== 'TableSourceScan' || n.input.condition) return n;
      // CURRENT_WATERMARK reads the watermark *after* the scan's assigner, as Flink's Calc does.
      if (usesCurrentWatermark(n)) return n;
      const scan = n.input;
      const base = scan.projects;
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
