/**
 * COMPILE PLAN, COMPILE AND EXECUTE PLAN and EXECUTE PLAN, as Flink's TableEnvironmentImpl runs
 * them, over Eddy's versioned compiled-plan JSON (planner/compiled-plan.ts; the file holds Eddy's
 * plan, not Flink's): COMPILE PLAN writes the plan of an INSERT or statement set to the file; an
 * existing file is kept with IF NOT EXISTS, overwritten when `table.plan.force-recompile` is
 * true, and otherwise refused with Flink's message. COMPILE AND EXECUTE PLAN runs the file's plan
 * when it exists (and is not force-recompiled), else compiles, writes and runs. EXECUTE PLAN runs
 * a file written before, by this or an older Eddy.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SqlError } from '../../../common/errors.js';
import type { CompilePlan, ExecutePlan, Span } from '../ast/index.js';
import { planFromJson, planToJson } from '../planner/compiled-plan.js';
import { planDml, runJob, type Planned } from './query.js';
import type { StatementResult } from './results.js';
import type { SessionState } from './state.js';

/** A Flink TableException: no position in Flink's text, the span still points at the statement. */
function tableException(message: string, span: Span): SqlError {
  return new SqlError('EDDY_SQL_VALIDATE', message, [{ message, span }]);
}

function filePath(s: SessionState, path: string): string {
  return resolve(s.baseDir ?? process.cwd(), path);
}

/** The planned job of a plan file. */
function loadPlan(s: SessionState, path: string, span: Span): Planned {
  const file = filePath(s, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw tableException(`Cannot load the compiled plan '${path}': ${(err as Error).message}`, span);
  }
  return { plan: planFromJson(text), columns: [], steps: [], initial: [] };
}

/** COMPILE [AND EXECUTE] PLAN. */
export async function compilePlan(
  s: SessionState,
  st: CompilePlan,
  source: string | undefined,
): Promise<StatementResult | undefined> {
  const file = filePath(s, st.path);
  const force = (s.config.get('table.plan.force-recompile') ?? 'false').toLowerCase() === 'true';
  if (existsSync(file) && !force) {
    if (st.execute) return runJob(s, loadPlan(s, st.path, st.span));
    if (st.ifNotExists) return undefined;
    throw tableException(
      `Cannot overwrite the plan file '${st.path}'. Either manually remove the file or, if you're debugging your job, set the option 'table.plan.force-recompile' to true.`,
      st.span,
    );
  }
  const planned = planDml(s, st.statement, source);
  writeFileSync(file, planToJson(planned.plan));
  return st.execute ? runJob(s, planned) : undefined;
}

/** EXECUTE PLAN 'file'. */
export function executePlan(s: SessionState, st: ExecutePlan): Promise<StatementResult> {
  return runJob(s, loadPlan(s, st.path, st.span));
}
