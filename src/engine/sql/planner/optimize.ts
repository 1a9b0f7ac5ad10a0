/**
 * Runs the rules in order and checks, after every rule, that the plan's output schema is
 * unchanged (STYLE.md #7); a rule that changes it is our bug (InternalError). Keeps each step
 * for EXPLAIN VERBOSE-style output.
 */
import { InternalError } from '../../../common/errors.js';
import type { PlanNode } from '../../runtime/plan/plan.js';
import { RULES, type RuleContext } from './rules/index.js';

const schemaKey = (n: PlanNode): string => JSON.stringify(n.fields);

/** The optimised plan and the plan after each rule. */
export function optimize(
  plan: PlanNode,
  ctx: RuleContext,
): { plan: PlanNode; steps: { rule: string; plan: PlanNode }[] } {
  const steps: { rule: string; plan: PlanNode }[] = [];
  let p = plan;
  for (const rule of RULES) {
    const next = rule.apply(p, ctx);
    if (schemaKey(next) !== schemaKey(p)) {
      throw new InternalError(`planner rule ${rule.name} changed the output schema`);
    }
    steps.push({ rule: rule.name, plan: next });
    p = next;
  }
  return { plan: p, steps };
}
