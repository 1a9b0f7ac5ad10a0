/**
 * Runs the golden corpus over Kafka topics (issue 8): every case whose inputs are JSON files is
 * rewritten (kafka-rewrite.ts) so that its tables are topics of an embedded broker + registry
 * (one platform for the whole run, in this process), its rows are produced with their event
 * time as the record timestamp (kafka-produce.ts), and the script runs through `eddy sql`'s
 * `runSqlScript` with the Kafka engine, reading with `scan.bounded.mode = 'latest-offset'`. The
 * result must equal the case's expected changelog.
 *
 *   node dist/testing/golden/kafka-run-corpus.js [--format json-registry] [--lanes N]
 *     [--cases-per-platform M] [--data-dir DIR] [--verbose] [<id prefix> …]
 *
 * Cases run in lanes (kafka-lanes.ts): `--lanes` at once (default 2), each lane on its own
 * platform, replaced every `--cases-per-platform` cases (default 20). The output ends with the
 * time spent per phase (setup DDL, producing the inputs, the script, platform start/stop).
 * The platforms' data dirs go in DIR (default: a new directory, see dataDirBase, removed at
 * the end; golden-kafka.test.ts passes one it removes itself, even when it kills the runner).
 *
 * Exits 0 when every selected case passes, except the format's known differences (kafka-known.ts)
 * and the cases the file corpus lists as pending; a known difference that passes fails the run.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { kafkaEngineFactory } from '../../cli/sql/kafka-session.js';
import { runSqlScript } from '../../cli/sql/run-script.js';
import type { SqlEngineFactory } from '../../cli/sql/engine-port.js';
import { listCaseIds, loadCase, type GoldenCase } from './corpus.js';
import { judge, type RunOutput } from './outcome.js';
import { readPending } from './pending.js';
import { knownDifferences, PENDING_PATH_KAFKA as PENDING_PATH } from './kafka-known.js';
import { dataDirBase, PhaseClock, runInLanes, type LaneContext } from './kafka-lanes.js';
import { produceInput } from './kafka-produce.js';
import { planKafkaCase, type KafkaPlan } from './kafka-rewrite.js';

/**
 * Cases not started by then are reported as not run (the corpus takes ~40-50 s alone and ~90 s
 * beside another test file on a busy 2-core machine, ~30 s of CPU). golden-kafka.test.ts kills
 * the runner at 200 s, under the suite runner's 240 s per file.
 */
const BUDGET_MS = 150_000;
/** More cases than this share not run fails the run: a hang or a crawl is a failure, not a slow day. */
const MAX_NOT_RUN_SHARE = 0.25;

async function runScript(
  text: string,
  file: string,
  flags: { bootstrapServers: string; registryUrl: string },
  engine: SqlEngineFactory = kafkaEngineFactory(flags),
): Promise<RunOutput> {
  let stdout = '';
  let stderr = '';
  const signal = AbortSignal.timeout(20_000);
  const code = await runSqlScript({
    text,
    file,
    output: 'jsonl',
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    engine,
    signal,
  });
  if (signal.aborted) stderr += '\n[kafka runner] timed out after 20 s';
  return { exitCode: signal.aborted ? 1 : code, stdout, stderr };
}

function firstLine(s: string): string {
  return (s.split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 200);
}

async function runCase(
  c: GoldenCase,
  plan: KafkaPlan,
  lane: LaneContext,
  clock: PhaseClock,
): Promise<string | undefined> {
  const { flags, kafka, produce } = lane;
  // The setup runs in the lane's shared session: its SETs are reset for the next case's setup.
  const text = /^\s*(SET|RESET)\b/im.test(plan.setup) ? `${plan.setup}\nRESET;` : plan.setup;
  const setup = await clock.time('setup', () =>
    runScript(text, `${c.id}.setup.sql`, flags, lane.setupEngine),
  );
  if (setup.exitCode !== 0) return `setup: ${firstLine(setup.stderr)}`;
  try {
    await clock.time('produce', async () => {
      for (const input of plan.inputs)
        await produceInput(kafka, flags.registryUrl, input, plan.timeZone, produce);
    });
  } catch (err) {
    return `produce: ${(err as Error).message}`;
  }
  const out = await clock.time('script', () => runScript(plan.script, c.sqlPath, flags));
  // GOLDEN_KAFKA_DEBUG=1 shows the whole stderr and the rewritten script of each run.
  if (process.env.GOLDEN_KAFKA_DEBUG)
    console.log(`--- ${c.id}\n${plan.setup}\n${plan.script}\n${out.stderr}`);
  return judge(c, out);
}

/** The value of `--name N` as a positive integer, or `fallback`. */
function intFlag(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} wants a positive integer, not '${argv[i + 1]}'`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  const fIdx = argv.indexOf('--format');
  const format = fIdx >= 0 ? (argv[fIdx + 1] as 'avro-registry' | 'json-registry') : 'avro-registry';
  const valued = new Set(['--format', '--lanes', '--cases-per-platform', '--data-dir']);
  const prefixes = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
  const lanes = intFlag(argv, '--lanes', 2);
  const casesPerPlatform = intFlag(argv, '--cases-per-platform', 20);
  const verbose = argv.includes('--verbose');
  const ids = listCaseIds().filter((id) => prefixes.length === 0 || prefixes.some((p) => id.startsWith(p)));
  const pending = readPending(PENDING_PATH);
  const skipped = new Map<string, string[]>();
  const selected: { c: GoldenCase; plan: KafkaPlan }[] = [];
  for (const [i, id] of ids.entries()) {
    let c: GoldenCase;
    try {
      c = loadCase(id);
    } catch {
      continue; // the file corpus reports authoring mistakes
    }
    const plan = planKafkaCase(c, i, new Map(), format);
    if ('skip' in plan) {
      const list = skipped.get(plan.skip) ?? [];
      list.push(id);
      skipped.set(plan.skip, list);
    } else selected.push({ c, plan });
  }
  const nSkipped = [...skipped.values()].reduce((n, l) => n + l.length, 0);
  console.log(`golden-kafka: ${ids.length} cases, ${selected.length} selected, ${nSkipped} skipped:`);
  for (const [why, list] of [...skipped].sort((a, b) => b[1].length - a[1].length))
    console.log(`  skipped ${String(list.length).padStart(4)}  ${why}`);

  let passed = 0;
  let known = 0;
  let pendingFailed = 0;
  const failures: string[] = [];
  const notRun: string[] = [];
  const clock = new PhaseClock();
  // Start at an offset that moves each day, so the cases a slow run leaves out are not always
  // the same ones.
  const offset = Math.floor(Date.now() / 86_400_000) % Math.max(1, selected.length);
  const ordered = [...selected.slice(offset), ...selected.slice(0, offset)];
  const dIdx = argv.indexOf('--data-dir');
  const dataDir = dIdx >= 0 ? argv[dIdx + 1]! : mkdtempSync(join(dataDirBase(), 'eddy-golden-kafka-'));
  try {
    await runInLanes(
      ordered,
      { lanes, casesPerPlatform, clock, stop: () => Date.now() - started > BUDGET_MS, dataDir },
      async ({ c, plan }, lane) => {
        let reason: string | undefined;
        try {
          reason = await runCase(c, plan, lane, clock);
        } catch (err) {
          reason = `runner error: ${(err as Error).message}`;
        }
        const knownWhy = knownDifferences(format).get(c.id);
        if (reason === undefined) {
          passed++;
          if (knownWhy !== undefined) failures.push(`FAIL ${c.id} passes: remove it from KNOWN_DIFFERENCES`);
        } else if (knownWhy !== undefined) {
          known++;
          if (verbose) console.log(`known ${c.id}: ${reason}`);
        } else if (pending.has(c.id)) {
          pendingFailed++;
        } else failures.push(`FAIL ${c.id}: ${reason.split(`${process.cwd()}/`).join('')}`);
      },
      ({ c }) => notRun.push(c.id),
    );
  } finally {
    if (dIdx < 0) await rm(dataDir, { recursive: true, force: true });
  }
  if (notRun.length > selected.length * MAX_NOT_RUN_SHARE)
    failures.push(`FAIL ${notRun.length} of ${selected.length} cases not run within ${BUDGET_MS / 1000} s`);
  for (const f of failures) console.log(f);
  const failed = failures.length;
  console.log(
    `golden-kafka: ${selected.length} selected, ${passed} passed, ${known} known differences, ` +
      `${pendingFailed} pending in the file corpus, ${failed} failed, ${notRun.length} not run (time budget)`,
  );
  if (notRun.length > 0)
    console.log(
      `golden-kafka: not run (time budget ${BUDGET_MS / 1000} s): ${notRun.slice(0, 20).join(', ')}…`,
    );
  const cpu = process.cpuUsage();
  console.log(
    `golden-kafka: duration ${((Date.now() - started) / 1000).toFixed(1)} s (budget ${BUDGET_MS / 1000} s), ` +
      `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, ${lanes} lanes, a fresh platform every ` +
      `${casesPerPlatform} cases per lane; time per phase (summed over lanes):`,
  );
  for (const line of clock.summary()) console.log(line);
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`golden-kafka runner crashed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(2);
  },
);
