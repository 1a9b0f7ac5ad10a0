/** The planner's rules, in the order they run. */
import { calcMerge } from './calc-merge.js';
import { constantFolding } from './constant-folding.js';
import { pushCalcIntoScan } from './push-calc-into-scan.js';
import { removeIdentityCalc } from './remove-identity-calc.js';
import type { PlannerRule } from './rule.js';

export const RULES: readonly PlannerRule[] = [
  calcMerge,
  constantFolding,
  removeIdentityCalc,
  pushCalcIntoScan,
];
export type { PlannerRule, RuleContext } from './rule.js';
