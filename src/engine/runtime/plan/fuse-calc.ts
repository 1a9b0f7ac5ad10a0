/**
 * Lowering-time fusion of a Calc into the scan below it (as Flink's FlinkCalcMergeRule merges
 * adjacent Calcs): the scan's row and the Calc's row become one compiled function, so an event
 * costs one output array instead of an intermediate scan row plus the projected one. The plan
 * itself (and its JSON) is unchanged; only the pipeline built from it differs.
 */
import { booleanType } from '../../../types/index.js';
import { SubexpressionKeys } from '../expr/cse.js';
import type { FunctionRegistry } from '../expr/function-api.js';
import { mapRefs, visitRex, type RexExpr } from './expr.js';
import type { CalcNode, PlanNode } from './plan.js';

type ScanNode = Extract<PlanNode, { node: 'TableSourceScan' }>;

/** A scan column that is cheap and side-effect free to evaluate more than once. */
function isCheap(e: RexExpr): boolean {
  if (e.k === 'ref' || e.k === 'lit') return true;
  return e.op === 'FIELD' && e.args.length === 2 && isCheap(e.args[0]!) && e.args[1]!.k === 'lit';
}

/**
 * The scan with the Calc merged into it, or null when merging could evaluate a scan expression
 * more often than before (a non-deterministic column the Calc uses twice, or without
 * `registry` any expensive one).
 */
export function fuseCalcIntoScan(
  scan: ScanNode,
  calc: CalcNode,
  registry?: FunctionRegistry,
): ScanNode | null {
  const base = scan.projects;
  // With the registry, a deterministic column may be used more than once: the compiled loop
  // computes a repeated sub-expression once per row (expr/cse.ts).
  const keys = registry === undefined ? null : new SubexpressionKeys(registry);
  const repeatable = (e: RexExpr): boolean => isCheap(e) || (keys !== null && keys.key(e) !== null);
  if (base !== null) {
    const uses = new Array<number>(base.length).fill(0);
    const count = (e: RexExpr): void =>
      visitRex(e, (x) => {
        if (x.k === 'ref') uses[x.index]!++;
      });
    for (const p of calc.projects) count(p);
    if (calc.condition !== null) count(calc.condition);
    for (let i = 0; i < base.length; i++) if (uses[i]! > 1 && !repeatable(base[i]!)) return null;
  }
  const inline = (e: RexExpr): RexExpr => (base === null ? e : mapRefs(e, (r) => base[r.index]!));
  const projects = calc.projects.map(inline);
  let condition: RexExpr | null = scan.condition ?? null;
  if (calc.condition !== null) {
    const c = inline(calc.condition);
    // CASE WHEN scanCond THEN calcCond ELSE FALSE: the Calc's condition is only evaluated for
    // rows the scan's own filter keeps, exactly as when the two ran one after the other.
    condition =
      condition === null
        ? c
        : {
            k: 'call',
            op: 'CASE',
            args: [condition, c, { k: 'lit', value: false, type: booleanType(false) }],
            type: booleanType(true),
          };
  }
  return { ...scan, projects, condition };
}
