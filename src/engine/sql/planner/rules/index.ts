/** The planner's rules, in the order they run. */
import { calcMerge } from './calc-merge.js';
import { constantFolding } from './constant-folding.js';
import { removeIdentityCalc } from './remove-identity-calc.js';
import type { PlannerRule } from './rule.js';

export const RULES: readonly PlannerRule[] = [calcMerge, constantFolding, removeIdentityCalc];
export type { PlannerRule, RuleContext } from './rule.js';
