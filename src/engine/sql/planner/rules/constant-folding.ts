/**
 * Constant folding: a deterministic call whose arguments are all literals is evaluated once at
 * planning time and replaced by its value (`1 + 2` → `3`). A call that fails (division by zero)
 * is left alone so the error happens when the row is processed, as in Flink. AND with a FALSE
 * operand and OR with a TRUE one fold whatever their other operands are.
 */
import { compileScalar } from '../../../runtime/expr/compile.js';
import { encodeValue } from '../../../runtime/plan/encode-value.js';
import { lit, type RexExpr } from '../../../runtime/plan/expr.js';
import type { PlanNode } from '../../../runtime/plan/plan.js';
import { transformUp, type PlannerRule, type RuleContext } from './rule.js';

const SPECIAL = new Set([
  'AND',
  'OR',
  'NOT',
  'CASE',
  'COALESCE',
  'IS NULL',
  'IS NOT NULL',
  'IS TRUE',
  'IS NOT TRUE',
  'IS FALSE',
  'IS NOT FALSE',
]);

function fold(e: RexExpr, ctx: RuleContext): RexExpr {
  if (e.k !== 'call') return e;
  const args = e.args.map((a) => fold(a, ctx));
  const next = args.some((a, i) => a !== e.args[i]) ? { ...e, args } : e;
  // FALSE AND x is FALSE, TRUE OR x is TRUE whatever x is (even NULL): Calcite's RexSimplify
  // folds them, so x is never evaluated and its errors (division by zero) never happen.
  const absorbing = e.op === 'AND' ? false : e.op === 'OR' ? true : undefined;
  if (absorbing !== undefined && args.some((a) => a.k === 'lit' && a.value === absorbing))
    return lit(absorbing, e.type);
  if (!args.every((a) => a.k === 'lit')) return next;
  if (!SPECIAL.has(e.op)) {
    const def = ctx.registry.scalar(e.op);
    if (def === undefined || !def.deterministic) return next;
  }
  try {
    const v = compileScalar(next, { registry: ctx.registry, timeZone: ctx.timeZone })([]);
    return lit(encodeValue(v), e.type);
  } catch {
    return next;
  }
}

/**
 * A condition (WHERE, where UNKNOWN means FALSE): a conjunction with a NULL operand keeps no
 * row, as Calcite's simplifyAnd2ForUnknownAsFalse folds it, so its other operands never run.
 */
function foldCondition(e: RexExpr, ctx: RuleContext): RexExpr {
  const f = fold(e, ctx);
  const conjuncts = (x: RexExpr): RexExpr[] =>
    x.k === 'call' && x.op === 'AND' ? x.args.flatMap(conjuncts) : [x];
  if (f.k === 'call' && f.op === 'AND' && conjuncts(f).some((a) => a.k === 'lit' && a.value === null))
    return lit(false, f.type);
  return f;
}

export const constantFolding: PlannerRule = {
  name: 'constant_folding',
  apply(plan: PlanNode, ctx: RuleContext): PlanNode {
    return transformUp(plan, (n) => {
      if (n.node !== 'Calc') return n;
      const projects = n.projects.map((p) => fold(p, ctx));
      let condition = n.condition === null ? null : foldCondition(n.condition, ctx);
      // A condition that folds to TRUE keeps every row: drop it.
      if (condition !== null && condition.k === 'lit' && condition.value === true) condition = null;
      const changed = condition !== n.condition || projects.some((p, i) => p !== n.projects[i]);
      return changed ? { ...n, projects, condition } : n;
    });
  },
};
