/**
 * Mini-batch cases: one generated query run twice, with `table.exec.mini-batch.enabled` off
 * and on (small batches), must end with the same rows (the changelogs may differ: a
 * mini-batch folds updates). Nondeterministic queries (RAND, UUID, time functions, LIMIT
 * without an order, datagen's random rows) are left out.
 */
import type { CaseOutcome } from './oracle.js';
import type { Rand } from './rand.js';
import { ScriptGen } from './script-gen.js';
import { session9GroupQuery } from './session9-gen.js';

const NONDETERMINISTIC =
  /datagen|RAND|UUID|NOW\(|CURRENT_|LOCAL|PROCTIME|UNIX_TIMESTAMP\(\)|LIMIT|FETCH|OFFSET|ROW_NUMBER|RANK|FIRST_VALUE|LAST_VALUE|LISTAGG|ARRAY_AGG|COLLECT|JSON_ARRAYAGG|JSON_OBJECTAGG|TUMBLE|HOP|CUMULATE|SESSION|MATCH_RECOGNIZE|OVER/i;

/** A case: its script, its files and the check of its output; undefined when none fits. */
export interface MiniBatchCase {
  readonly sql: string;
  readonly files: Readonly<Record<string, string>>;
  readonly check: (o: CaseOutcome) => string | undefined;
}

/** Draws one mini-batch case (a few draws at most; undefined when every one was unfit). */
export function miniBatchCase(r: Rand): MiniBatchCase | undefined {
  for (let attempt = 0; attempt < 4; attempt++) {
    const g = new ScriptGen(r);
    const { tables, query } = g.parts(r.int(1, 2));
    const q = r.chance(0.2) ? session9GroupQuery(r) : query();
    const text = `${tables.join(';\n')}\n${q}`;
    if (NONDETERMINISTIC.test(text)) continue;
    const sql = `${tables.join(';\n')};
SET 'table.exec.mini-batch.enabled' = 'false';
${q};
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '10 ms';
SET 'table.exec.mini-batch.size' = '${r.pick(['1', '2', '3', '1000'])}';
${q};
`;
    // The line of the second run: an error there (and none before) is a mini-batch failure.
    const second = sql.split('\n').length - 1 - q.split('\n').length + 1;
    return { sql, files: g.scriptFiles(), check: (o) => miniBatchCheck(o, second) };
  }
  return undefined;
}

/** Final rows of each result set of a jsonl output (changelogs applied), sorted. */
function finalRows(stdout: string): string[][] {
  const sets: Map<string, number>[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const v = JSON.parse(line) as { columns?: unknown; op?: string; row?: unknown[] };
    if (v.columns !== undefined) sets.push(new Map());
    else if (v.row && sets.length > 0) {
      const m = sets[sets.length - 1]!;
      const k = JSON.stringify(v.row);
      const d = v.op === '+I' || v.op === '+U' ? 1 : -1;
      m.set(k, (m.get(k) ?? 0) + d);
    }
  }
  return sets.map((m) =>
    [...m]
      .filter(([, n]) => n !== 0)
      .map(([k, n]) => `${k}×${n}`)
      .sort(),
  );
}

/** The script line of the statement an error came from (`eddy: <script>:L:C:`). */
export function errorLine(stderr: string): number | undefined {
  const m = /^eddy: <script>:(\d+):\d+: /m.exec(stderr);
  return m ? Number(m[1]) : undefined;
}

/** Compares the final rows of the two runs; `secondLine` is the script line of the second. */
export function miniBatchCheck(o: CaseOutcome, secondLine: number): string | undefined {
  let sets: string[][];
  try {
    sets = finalRows(o.stdout);
  } catch {
    return undefined; // the main oracle reports non-JSON output
  }
  if (o.exitCode !== 0) {
    return errorLine(o.stderr) === secondLine
      ? `mini-batch: the query ran without mini-batch but failed with it: ${o.stderr.trim().slice(0, 300)}`
      : undefined;
  }
  if (sets.length !== 2) return `mini-batch: ${sets.length} result sets, expected 2`;
  const [a, b] = [sets[0]!.join('\n'), sets[1]!.join('\n')];
  if (a !== b)
    return `mini-batch: final rows differ:\n--- off:\n${a.slice(0, 600)}\n--- on:\n${b.slice(0, 600)}`;
  return undefined;
}
