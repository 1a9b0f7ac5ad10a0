/**
 * Runs the golden corpus and prints a report; exits 0 only when every non-pending case passes
 * and no pending case passes.
 *
 *   node dist/testing/golden/run-corpus.js [--write-pending] [--sample N] [<id prefix> …]
 *
 * Every case runs in this process through `runSqlScript`; every Nth case (default 20) also as
 * a child `node bin/eddy.js sql`; each case also through the compiled-plan round trip once the
 * engine supports it. Runs across a restore or a rescale are reported "not run (state issue)".
 * `--write-pending` rewrites test/golden/PENDING.txt with every failing case and its reason.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, listCaseIds, loadCase, type GoldenCase } from './corpus.js';
import { judge } from './outcome.js';
import { readPending, stalePending, verdict, type Verdict } from './pending.js';
import { EDDY_BIN, loadRunSqlScript, planRoundTripSupported, runChild, runInProcess } from './run-case.js';

export const PENDING_PATH = join(CORPUS_DIR, 'PENDING.txt');
/** The whole corpus must finish within this; cases not started by then count as failed. */
const BUDGET_MS = 170_000;

interface CaseResult {
  id: string;
  verdict: Verdict;
  reason?: string;
}

function folderOf(id: string): string {
  const parts = id.split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : '.';
}

async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  const writePending = argv.includes('--write-pending');
  const sIdx = argv.indexOf('--sample');
  const sampleEvery = sIdx >= 0 ? Number(argv[sIdx + 1]) : 20;
  const prefixes = argv.filter((a, i) => !a.startsWith('--') && !(sIdx >= 0 && i === sIdx + 1));
  const allIds = listCaseIds();
  const ids = prefixes.length === 0 ? allIds : allIds.filter((id) => prefixes.some((p) => id.startsWith(p)));
  const pending = readPending(PENDING_PATH);

  const run = await loadRunSqlScript();
  if (typeof run === 'string') {
    console.log(`golden: ${ids.length} cases NOT RUN: ${run}`);
    return 1;
  }
  const roundTrip = planRoundTripSupported();
  const childAvailable = existsSync(EDDY_BIN);
  const results: CaseResult[] = [];
  let childRuns = 0;
  let roundTripRuns = 0;

  // Child-process runs (the sample) overlap with the in-process runs, two children at a time:
  // a child's cost is mostly Node loading the CLI, so they dominate the corpus's wall time.
  const childChains: Promise<void>[] = [Promise.resolve(), Promise.resolve()];
  const childReasons = new Map<string, string | undefined>();
  const inProcess = new Map<string, string | undefined>();
  const cases = new Map<string, GoldenCase>();
  const timings: [string, number][] = [];

  for (const [i, id] of ids.entries()) {
    let c: GoldenCase;
    try {
      c = loadCase(id);
    } catch (err) {
      inProcess.set(id, `bad case: ${(err as Error).message}`);
      continue;
    }
    cases.set(id, c);
    if (Date.now() - started > BUDGET_MS) {
      inProcess.set(id, 'not run: corpus time budget exceeded');
      continue;
    }
    if (childAvailable && sampleEvery > 0 && i % sampleEvery === 0) {
      childRuns++;
      const lane = childRuns % childChains.length;
      childChains[lane] = childChains[lane]!.then(async () => {
        childReasons.set(id, judge(c, await runChild(c)));
      });
    }
    const t0 = Date.now();
    let reason = judge(c, await runInProcess(run, c));
    if (reason === undefined && roundTrip) {
      roundTripRuns++;
      const r = judge(c, await runInProcess(run, c, { planRoundTrip: true }));
      if (r !== undefined) reason = `plan round trip: ${r}`;
    }
    inProcess.set(id, reason);
    timings.push([id, Date.now() - t0]);
  }
  await Promise.all(childChains);
  for (const id of ids) {
    let reason = inProcess.get(id);
    const child = childReasons.get(id);
    if (reason === undefined && child !== undefined) reason = `child process: ${child}`;
    results.push({ id, verdict: verdict(reason === undefined, pending.has(id)), reason });
  }

  report(results, {
    durationMs: Date.now() - started,
    childRuns,
    childAvailable,
    roundTrip,
    roundTripRuns,
    stale: prefixes.length === 0 ? stalePending(pending, allIds) : [],
  });
  const slowest = timings.sort((x, y) => y[1] - x[1]).slice(0, 5);
  console.log(
    `slowest (in-process, with round trip): ${slowest.map(([id, ms]) => `${id} ${ms} ms`).join(', ')}`,
  );
  if (writePending) writePendingFile(results, pending);
  const bad = results.filter((r) => r.verdict === 'failed' || r.verdict === 'unexpected-pass');
  return bad.length === 0 ? 0 : 1;
}

function writePendingFile(results: CaseResult[], old: Map<string, string>): void {
  const lines = [
    '# Golden cases the engine does not pass yet: <case id>  <actual reason>. The runner treats them as',
    '# expected to fail; one that passes fails the run until its line is removed (the list only shrinks).',
  ];
  for (const r of results) {
    if (r.verdict !== 'failed' && r.verdict !== 'pending') continue;
    // Reasons name files relative to the corpus, so the list reads the same on every machine.
    const reason = (r.reason ?? old.get(r.id) ?? '').split(`${CORPUS_DIR}/`).join('');
    lines.push(`${r.id}  ${reason}`);
  }
  // A run over some prefixes keeps the entries of the cases it did not run.
  const ran = new Set(results.map((r) => r.id));
  for (const [id, reason] of old) if (!ran.has(id)) lines.push(`${id}  ${reason}`);
  lines.splice(2, lines.length - 2, ...lines.slice(2).sort());
  writeFileSync(PENDING_PATH, `${lines.join('\n')}\n`);
  console.log(`wrote ${PENDING_PATH} (${lines.length - 2} cases)`);
}

function report(
  results: CaseResult[],
  info: {
    durationMs: number;
    childRuns: number;
    childAvailable: boolean;
    roundTrip: boolean;
    roundTripRuns: number;
    stale: string[];
  },
): void {
  const folders = new Map<string, Record<Verdict, number>>();
  for (const r of results) {
    const f = folderOf(r.id);
    let row = folders.get(f);
    if (!row) folders.set(f, (row = { passed: 0, failed: 0, pending: 0, 'unexpected-pass': 0 }));
    row[r.verdict]++;
  }
  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(
    `${'folder'.padEnd(28)} ${pad('cases', 5)} ${pad('pass', 5)} ${pad('pend', 5)} ${pad('FAIL', 5)}`,
  );
  const total = { passed: 0, failed: 0, pending: 0, 'unexpected-pass': 0 };
  for (const [f, row] of [...folders].sort()) {
    const n = row.passed + row.failed + row.pending + row['unexpected-pass'];
    const fail = row.failed + row['unexpected-pass'];
    console.log(`${f.padEnd(28)} ${pad(n, 5)} ${pad(row.passed, 5)} ${pad(row.pending, 5)} ${pad(fail, 5)}`);
    for (const k of Object.keys(total) as Verdict[]) total[k] += row[k];
  }
  for (const r of results) {
    if (r.verdict === 'failed') console.log(`FAIL ${r.id}: ${r.reason}`);
    if (r.verdict === 'unexpected-pass') console.log(`FAIL ${r.id} passes: remove ${r.id} from PENDING.txt`);
  }
  for (const id of info.stale) console.log(`note: PENDING.txt names no case '${id}'`);
  console.log(
    `golden: ${results.length} cases, ${total.passed} passed, ${total.pending} pending, ` +
      `${total.failed + total['unexpected-pass']} failed (${total['unexpected-pass']} pending that pass)`,
  );
  console.log(
    `runs: in-process ${results.length}; child process ${info.childAvailable ? info.childRuns : 'not run (bin/eddy.js missing)'}; ` +
      `compiled-plan round trip ${info.roundTrip ? info.roundTripRuns : 'not run (engine has no planRoundTrip option yet)'}; ` +
      'restore: not run (state issue); rescale: not run (state issue)',
  );
  console.log(`golden: duration ${(info.durationMs / 1000).toFixed(1)} s (budget 180 s)`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`golden runner crashed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  },
);
