/**
 * Removes a Calc that projects its input unchanged without a filter (left over after other
 * rewrites), keeping the field names of the node it replaces only when they are the same.
 */
import type { PlanNode } from '../../../runtime/plan/plan.js';
import { transformUp, type PlannerRule } from './rule.js';

export const removeIdentityCalc: PlannerRule = {
  name: 'remove_identity_calc',
  apply(plan: PlanNode): PlanNode {
    return transformUp(plan, (n) => {
      if (n.node !== 'Calc' || n.condition !== null) return n;
      const inF = n.input.fields;
      const same =
        n.projects.length === inF.length &&
        n.projects.every((p, i) => p.k === 'ref' && p.index === i && n.fields[i]!.name === inF[i]!.name);
      return same ? n.input : n;
    });
  },
};
