/**
 * A planner rule (STYLE.md #7): a named rewrite of a plan tree that keeps every node's output
 * schema. Rules run in the order of RULES (rules/index.ts); the driver checks the root's schema
 * after each one.
 */
import type { FunctionRegistry } from '../../../runtime/expr/function-api.js';
import { planInputs, type PlanNode } from '../../../runtime/plan/plan.js';

/** What rules may use. */
export interface RuleContext {
  readonly registry: FunctionRegistry;
  readonly timeZone: string;
}

export interface PlannerRule {
  readonly name: string;
  /** Returns the rewritten tree (or the same object when nothing applies). */
  apply(plan: PlanNode, ctx: RuleContext): PlanNode;
}

/** Rebuilds `n` with `f` applied to each input (bottom-up helpers use this). */
export function mapInputs(n: PlanNode, f: (c: PlanNode) => PlanNode): PlanNode {
  switch (n.node) {
    case 'TableSourceScan':
    case 'Values':
      return n;
    case 'Union':
      return { ...n, inputs: n.inputs.map(f) };
    default: {
      const input = planInputs(n)[0]!;
      const next = f(input);
      return next === input ? n : ({ ...n, input: next } as PlanNode);
    }
  }
}

/** Applies `f` to every node bottom-up. */
export function transformUp(n: PlanNode, f: (n: PlanNode) => PlanNode): PlanNode {
  return f(mapInputs(n, (c) => transformUp(c, f)));
}
