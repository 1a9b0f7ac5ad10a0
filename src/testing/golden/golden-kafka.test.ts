/**
 * The golden corpus over Kafka (issue 8): (1) every file-input case run over topics of an
 * embedded broker + registry (kafka-run-corpus.js, a child process, started first so it runs
 * while the cross-cluster cases do); (2) cross-cluster cases: the two-input cases with one table
 * on the in-process cluster and the other on a second broker started as a child with
 * `eddy up --components broker`, INSERTing into a table of a third broker (another child); the
 * same statement with a table in another region is refused at validation. ~50 s alone (the
 * runner ~30 s of CPU in 2 lanes), budget 200 s; prints its duration and the runner's per-phase
 * timing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { KafkaClient } from '../../kafka/client/index.js';
import { kafkaEngineFactory } from '../../cli/sql/kafka-session.js';
import { runSqlScript } from '../../cli/sql/run-script.js';
import { startPlatformInProcess, startPlatformProcess, type TestPlatform } from '../platform.js';
import { listCaseIds, loadCase, type GoldenCase } from './corpus.js';
import { planCrossCluster, type CrossClusterPlan } from './kafka-cross-cluster.js';
import { dataDirBase, PhaseClock, runInLanes } from './kafka-lanes.js';
import { parseRow, produceInput, timestampMicros, toAvro } from './kafka-produce.js';
import { planKafkaCase, renameTables, type KafkaPlan } from './kafka-rewrite.js';
import { judge, type RunOutput } from './outcome.js';
import { readPending } from './pending.js';
import { PENDING_PATH_KAFKA } from './kafka-known.js';

const started = Date.now();
const RUNNER = fileURLToPath(new URL('./kafka-run-corpus.js', import.meta.url));

// The corpus runner starts at once: it is the long part, and runs beside the cluster cases.
// Its platforms' data dirs (maybe on /dev/shm) go in one directory removed here, even when the
// runner is killed (the cluster cases' platforms use it too).
const runnerDataDir = mkdtempSync(join(dataDirBase(), 'eddy-golden-kafka-'));
let runnerOut = '';
const runnerChild = spawn(process.execPath, [RUNNER, '--data-dir', runnerDataDir], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
runnerChild.stdout.on('data', (d: Buffer) => (runnerOut += d.toString('utf8')));
runnerChild.stderr.on('data', (d: Buffer) => (runnerOut += d.toString('utf8')));
const runnerTimer = setTimeout(() => runnerChild.kill('SIGKILL'), 200_000);
const runnerDone = new Promise<number>((resolve) => runnerChild.on('close', (c) => resolve(c ?? 1)));

let east: TestPlatform | undefined;
const children: TestPlatform[] = [];
const clients = new Map<string, KafkaClient>();
let dir: string;
let config: string;
let registryUrl: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eddy-golden-kafka-'));
  // The clusters' data dirs go in the runner's directory (on /dev/shm when it has room: the
  // broker fsyncs each topic creation), removed with it.
  const dataDir = (name: string): string => join(runnerDataDir, name);
  for (const name of ['east-a', 'east-b', 'east-c']) mkdirSync(dataDir(name));
  const [a, b, c] = await Promise.all([
    startPlatformInProcess({ components: ['broker', 'registry'], dataDir: dataDir('east-a') }),
    startPlatformProcess({ components: ['broker'], dataDir: dataDir('east-b') }),
    startPlatformProcess({ components: ['broker'], dataDir: dataDir('east-c') }),
  ]);
  east = a;
  children.push(b, c);
  registryUrl = a.endpoints['registry']!.url;
  const brokers = {
    east_a: a.endpoints['broker']!.url,
    east_b: b.endpoints['broker']!.url,
    east_c: c.endpoints['broker']!.url,
    west: c.endpoints['broker']!.url,
  };
  const region = (id: string): string => (id === 'west' ? 'us-west-2' : 'us-east-1');
  // One registry for every cluster (as a Confluent environment shares one): subjects are per topic.
  const lines = ['clusters:'];
  for (const [id, url] of Object.entries(brokers)) {
    lines.push(`  - id: ${id}`, `    bootstrap-servers: ${url}`, `    registry-url: ${registryUrl}`);
    lines.push(`    region: ${region(id)}`);
    clients.set(id, new KafkaClient({ bootstrapServers: url }));
  }
  config = join(dir, 'eddy.yaml');
  writeFileSync(config, `${lines.join('\n')}\n`);
});

after(async () => {
  clearTimeout(runnerTimer);
  if (runnerChild.exitCode === null) runnerChild.kill('SIGKILL');
  await runnerDone;
  for (const k of clients.values()) await k.close();
  await Promise.all(children.map((p) => p.stop()));
  await east?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  rmSync(runnerDataDir, { recursive: true, force: true });
  console.log(
    `golden-kafka.test: duration ${((Date.now() - started) / 1000).toFixed(1)} s (runner stopped at 200 s)`,
  );
});

async function sql(text: string, file: string): Promise<RunOutput> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runSqlScript({
    text,
    file,
    output: 'jsonl',
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    engine: kafkaEngineFactory({ config }),
    signal: AbortSignal.timeout(30_000),
  });
  return { exitCode, stdout, stderr };
}

/** Creates the inputs, produces their rows on their clusters, runs the script. */
async function runPlan(c: GoldenCase, plan: CrossClusterPlan): Promise<RunOutput> {
  const setup = await sql(plan.setup, `${c.id}.setup.sql`);
  assert.equal(setup.exitCode, 0, `${c.id} setup: ${setup.stderr}`);
  for (const input of plan.inputs)
    await produceInput(clients.get(input.database!)!, registryUrl, input, plan.timeZone);
  return sql(plan.script, c.sqlPath);
}

let twoInputs: { c: GoldenCase; tables: [string, string]; index: number }[] | undefined;

/** The corpus's two-input cases (not pending), with their two table names (planned once). */
function twoInputCases(): { c: GoldenCase; tables: [string, string]; index: number }[] {
  twoInputs ??= findTwoInputCases();
  return twoInputs;
}

function findTwoInputCases(): { c: GoldenCase; tables: [string, string]; index: number }[] {
  const pending = readPending(PENDING_PATH_KAFKA);
  const out: { c: GoldenCase; tables: [string, string]; index: number }[] = [];
  for (const [index, id] of listCaseIds().entries()) {
    if (pending.has(id)) continue;
    const c = loadCase(id);
    const plan = planKafkaCase(c, index);
    if ('skip' in plan || plan.inputs.length !== 2) continue;
    // The sink is an avro-registry topic: a result column such as EXPR$1 is no Avro field name
    // (the registry refuses the schema, as Confluent's would), so such a case cannot be moved.
    if (c.expected.some((b) => b.columns.some((col) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(col.name)))) continue;
    out.push({ c, tables: [plan.inputs[0]!.name, plan.inputs[1]!.name], index });
  }
  return out;
}

test('cross-cluster: two clusters of one region read in one statement, written to a third', async () => {
  const ran: string[] = [];
  const skipped: string[] = [];
  for (const { c, tables, index } of twoInputCases()) {
    const placement = new Map([
      [tables[0], 'east_a'],
      [tables[1], 'east_b'],
    ]);
    const plan = planCrossCluster(c, 1000 + index, placement, 'east_c');
    if (!plan) continue;
    const out = await runPlan(c, plan);
    // An updating query (UNION, GROUP BY) cannot feed the append sink: Flink refuses it too.
    if (/doesn't support consuming update (and delete )?changes/.test(out.stderr)) {
      skipped.push(c.id);
      continue;
    }
    // Two sources on two clusters: the sink's order is the arrival order, so compare as a multiset.
    const reason = judge({ ...c, header: { ...c.header, order: 'any' } }, out);
    assert.equal(reason, undefined, `${c.id} across clusters: ${reason}\n${plan.script}\n${out.stderr}`);
    ran.push(c.id);
    if (ran.length === 6) break;
  }
  console.log(
    `cross-cluster cases: ${ran.length} (${ran.join(', ')}); updating, not run: ${skipped.join(', ')}`,
  );
  assert.ok(ran.length >= 3, `only ${ran.length} two-input cases fit: ${ran.join(', ')}`);
});

test('cross-region: the same statement with a table of another region is refused at validation', async () => {
  const fit = twoInputCases()
    .map(({ c, tables, index }) => ({
      c,
      plan: planCrossCluster(
        c,
        2000 + index,
        new Map([
          [tables[0], 'east_a'],
          [tables[1], 'west'],
        ]),
        'east_c',
      ),
    }))
    .find((x) => x.plan !== undefined);
  assert.ok(fit?.plan, 'no two-input case fits');
  const out = await runPlan(fit.c, fit.plan);
  assert.equal(out.exitCode, 1, out.stdout);
  assert.match(out.stderr, /SQL validation failed\. The statement uses Kafka clusters of two regions/);
  assert.match(out.stderr, /'east_[ac]' \(us-east-1\)/);
  assert.match(out.stderr, /'west' \(us-west-2\)/);
  // Refused before running: nothing reached the sink.
  assert.doesNotMatch(out.stdout, /"op"/);
});

test('helpers: time zones, exact numbers, Avro decimals, table renames', () => {
  const utc = (...a: [number, number, number, number, number]): number => Date.UTC(...a) * 1000;
  assert.equal(timestampMicros('2020-04-15 08:05:00', false, 'Asia/Shanghai'), utc(2020, 3, 15, 8, 5));
  assert.equal(timestampMicros('2020-04-15 08:05:00', true, 'Asia/Shanghai'), utc(2020, 3, 15, 0, 5));
  assert.equal(timestampMicros('2020-04-15T08:05:00Z', true, 'Asia/Shanghai'), utc(2020, 3, 15, 8, 5));
  assert.equal(timestampMicros('2020-04-15 08:05:00+02:00', false, 'UTC'), utc(2020, 3, 15, 6, 5));
  // The day DST starts in Los Angeles: 03:30 is PDT (UTC-7), 01:30 still PST (UTC-8).
  assert.equal(timestampMicros('2021-03-14 03:30:00', true, 'America/Los_Angeles'), utc(2021, 2, 14, 10, 30));
  assert.equal(timestampMicros('2021-03-14 01:30:00', true, 'America/Los_Angeles'), utc(2021, 2, 14, 9, 30));
  assert.equal(timestampMicros('2020-01-01 00:00:00.123456', false, 'UTC'), utc(2020, 0, 1, 0, 0) + 123456);
  assert.deepEqual(
    parseRow('{"b":-9223372036854775808,"d":1.5,"s":"12345678901234567890","x":1.7976931348623157E308}'),
    { b: '-9223372036854775808', d: 1.5, s: '12345678901234567890', x: '1.7976931348623157E308' },
  );
  const dec = { type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 };
  // Shortest big-endian two's complement of the unscaled value: -100, -128, -129.
  assert.deepEqual(toAvro(-1, dec, 'UTC'), Buffer.from([0x9c]));
  assert.deepEqual(toAvro('-1.28', dec, 'UTC'), Buffer.from([0x80]));
  assert.deepEqual(toAvro('-1.29', dec, 'UTC'), Buffer.from([0xff, 0x7f]));
  assert.deepEqual(toAvro('1.5', dec, 'UTC'), Buffer.from([0x00, 0x96]));
  assert.equal(toAvro('-9223372036854775808', ['null', 'long'], 'UTC'), -9223372036854775808n);
  assert.equal(
    renameTables("SELECT t.a AS t, 't' FROM t -- t\nJOIN `t` ON x.t = 1", new Map([['t', '`g_t`']])),
    "SELECT `g_t`.a AS t, 't' FROM `g_t` -- t\nJOIN `g_t` ON x.t = 1",
  );
});

test('lanes: each item runs once or is left out, a fresh platform every N cases, data dirs removed', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'eddy-golden-lanes-'));
  try {
    const ran: number[] = [];
    const left: number[] = [];
    const clusters = new Map<string, number[]>();
    await runInLanes(
      [1, 2, 3, 4, 5, 6, 7],
      { lanes: 2, casesPerPlatform: 2, clock: new PhaseClock(), stop: () => ran.length >= 5, dataDir },
      async (i, lane) => {
        ran.push(i);
        const list = clusters.get(lane.flags.bootstrapServers) ?? [];
        list.push(i);
        clusters.set(lane.flags.bootstrapServers, list);
        await new Promise((r) => setTimeout(r, 5));
      },
      (i) => left.push(i),
    );
    assert.deepEqual([...ran, ...left].sort(), [1, 2, 3, 4, 5, 6, 7]);
    assert.ok(left.length > 0, 'stop() left nothing out');
    assert.ok(
      [...clusters.values()].every((l) => l.length <= 2),
      JSON.stringify([...clusters]),
    );
    assert.deepEqual(readdirSync(dataDir), []);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('the record timestamp of a produced row is its event time ($rowtime = the watermark column)', async () => {
  let found: { c: GoldenCase; plan: KafkaPlan } | undefined;
  for (const [index, id] of listCaseIds().entries()) {
    const c = loadCase(id);
    const plan = planKafkaCase(c, 3000 + index);
    if (!('skip' in plan) && plan.inputs[0]?.eventTime?.kind === 'timestamp') {
      found = { c, plan };
      break;
    }
  }
  assert.ok(found, 'no case with a TIMESTAMP watermark column');
  const { c, plan } = found;
  const input = plan.inputs[0]!;
  const rule = input.eventTime as { column: string };
  const setup = await sql(plan.setup, `${c.id}.setup.sql`);
  assert.equal(setup.exitCode, 0, setup.stderr);
  // Unplaced tables are in the current database: the config's first cluster, east_a.
  await produceInput(clients.get('east_a')!, registryUrl, input, plan.timeZone);
  const out = await sql(
    `SELECT CAST(\`${rule.column}\` AS STRING), CAST(\`$rowtime\` AS STRING) ` +
      `FROM \`east_a\`.\`${input.topic}\` /*+ OPTIONS('scan.bounded.mode' = 'latest-offset') */;`,
    'rowtime.sql',
  );
  assert.equal(out.exitCode, 0, out.stderr);
  const rows = out.stdout
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => (JSON.parse(l) as { row: [string, string] }).row);
  assert.ok(rows.length > 0, `${c.id}: no rows`);
  for (const [ev, rowtime] of rows)
    assert.equal(rowtime.slice(0, 23), `${ev}.000`.slice(0, 23), `${c.id} ${ev}`);
});

test(
  "golden corpus over Kafka topics: every selected case gives Flink's result",
  { timeout: 220_000 },
  async () => {
    const code = await runnerDone;
    console.log(runnerOut);
    assert.equal(
      code,
      0,
      `golden-kafka runner failed:\n${runnerOut
        .split('\n')
        .filter((l) => l.startsWith('FAIL') || l.startsWith('golden'))
        .slice(0, 40)
        .join('\n')}`,
    );
  },
);
