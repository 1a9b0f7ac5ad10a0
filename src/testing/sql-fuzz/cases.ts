/**
 * One fuzz case: a generated script (most of the time), a mutation of a generated script, or
 * a mutation of a golden corpus script (test/golden, inputs substituted).
 */
import { listCaseIds, loadCase, substitute } from '../golden/corpus.js';
import { mutateScript } from './mutate.js';
import { logicCase } from './logic-gen.js';
import { miniBatchCase } from './minibatch-gen.js';
import { judgeOutcome, type CaseOutcome } from './oracle.js';
import type { RunResult } from './runner.js';
import type { Rand } from './rand.js';
import { ScriptGen, type FuzzScript } from './script-gen.js';
import { session10Case } from './session10-gen.js';
import { topNCase } from './topn-gen.js';

/** A case and how it was made. */
export interface FuzzCase extends FuzzScript {
  readonly origin: string;
  /** A further check of the outcome (the three-valued-logic cases' comparison of forms). */
  readonly check?: (o: CaseOutcome) => string | undefined;
}

let golden: { id: string; sql: string }[] | undefined;

function goldenScripts(): { id: string; sql: string }[] {
  if (golden) return golden;
  golden = [];
  for (const id of listCaseIds()) {
    try {
      // ${tmpdir} stays for the worker to fill in; inputs become absolute paths.
      golden.push({ id, sql: substitute(loadCase(id), '${tmpdir}') });
    } catch {
      // a case that does not load is the golden runner's business
    }
  }
  return golden;
}

/** Draws one case. */
export function fuzzCase(r: Rand): FuzzCase {
  const k = r.int(0, 29);
  if (k >= 27) {
    const c = session10Case(r);
    return { ...c, bounded: true, origin: `session 10 ${c.kind}` };
  }
  if (k >= 25) return { ...new ScriptGen(r).session9Script(), origin: 'generated (session 9)' };
  if (k >= 23) return { ...topNCase(r), files: {}, bounded: true, origin: 'top-n' };
  if (k >= 21) return { ...logicCase(r), files: {}, bounded: true, origin: 'logic' };
  if (k === 20) {
    const m = miniBatchCase(r);
    if (m) return { ...m, bounded: true, origin: 'mini-batch' };
  }
  if (k < 3) return { ...new ScriptGen(r).focused(), origin: 'generated (focused)' };
  if (k < 13) return { ...new ScriptGen(r).script(), origin: 'generated' };
  if (k < 17) {
    const s = new ScriptGen(r).script();
    return { ...s, sql: mutateScript(r, s.sql), bounded: false, origin: 'mutated' };
  }
  const g = r.pick(goldenScripts());
  return { sql: mutateScript(r, g.sql), files: {}, bounded: false, origin: `mutated golden ${g.id}` };
}

/** Why a run of `c` is not acceptable, or undefined when it is (see oracle.ts). */
export function judgeRun(c: FuzzCase, res: RunResult): string | undefined {
  if (res.kind === 'hang')
    return `hang: no answer ${res.ms} ms after the script started, even when cancelled`;
  if (res.kind === 'crash') return `crash: ${res.message}`;
  if (res.crash) return `${res.crash.where}: ${res.crash.name}: ${res.crash.message}`;
  // A mutation may make a source unbounded (a dropped 'number-of-rows'): cancelling it is fine.
  if (res.cancelled && c.bounded) return 'a script over bounded sources did not end within the time limit';
  return judgeOutcome(res.outcome) ?? c.check?.(res.outcome);
}
