/**
 * Calc merge (projection and filter push-down through projections): Calc over Calc becomes one
 * Calc, substituting the inner projections into the outer expressions, when no inner
 * non-trivial expression would be evaluated twice.
 */
import { mapRefs, visitRex, call, type RexExpr } from '../../../runtime/plan/expr.js';
import type { CalcNode, PlanNode } from '../../../runtime/plan/plan.js';
import { booleanType } from '../../../../types/index.js';
import { transformUp, type PlannerRule } from './rule.js';

function mergeable(outer: CalcNode, inner: CalcNode): boolean {
  const uses = new Array<number>(inner.projects.length).fill(0);
  const count = (e: RexExpr): void => visitRex(e, (x) => void (x.k === 'ref' && uses[x.index]!++));
  outer.projects.forEach(count);
  if (outer.condition) count(outer.condition);
  return inner.projects.every((p, i) => p.k !== 'call' || uses[i]! <= 1);
}

export const calcMerge: PlannerRule = {
  name: 'calc_merge',
  apply(plan: PlanNode): PlanNode {
    return transformUp(plan, (n) => {
      if (n.node !== 'Calc' || n.input.node !== 'Calc' || !mergeable(n, n.input)) return n;
      const inner = n.input;
      const sub = (e: RexExpr): RexExpr => mapRefs(e, (r) => inner.projects[r.index]!);
      const outerCond = n.condition === null ? null : sub(n.condition);
      const condition =
        inner.condition === null
          ? outerCond
          : outerCond === null
            ? inner.condition
            : call(
                'AND',
                [inner.condition, outerCond],
                booleanType(inner.condition.type.nullable || outerCond.type.nullable),
              );
      return { ...n, input: inner.input, projects: n.projects.map(sub), condition };
    });
  },
};
