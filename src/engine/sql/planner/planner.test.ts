import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSession } from '../session/session.js';
import { planFromJson, planToJson } from './compiled-plan.js';
import { PLAN_VERSION, planInputs, type PlanNode } from '../../runtime/plan/plan.js';

const DDL =
  "CREATE TABLE bid (bidtime TIMESTAMP(3), price INT, item STRING, WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND) WITH ('connector' = 'datagen', 'number-of-rows' = '3')";

async function explain(sql: string): Promise<string> {
  const s = createSession();
  await s.execute(DDL);
  const r = await s.execute(`EXPLAIN ${sql}`);
  assert.ok(r.kind === 'table');
  return r.rows[0]![0] as string;
}

async function plan(sql: string): Promise<PlanNode> {
  const s = createSession();
  await s.execute(DDL);
  const r = await s.execute(sql);
  assert.ok(r.kind === 'query');
  r.cancel();
  return r.plan.sinks[0]!;
}

function modes(n: PlanNode, out: string[] = []): string[] {
  out.push(`${n.node}:${n.changelogMode.kinds.join(',') || 'NONE'}`);
  for (const c of planInputs(n)) modes(c, out);
  return out;
}

test('changelog mode per node: insert-only scan, updating aggregate, retracting aggregate of an aggregate', async () => {
  assert.deepEqual(modes(await plan('SELECT item FROM bid WHERE price > 1')), [
    'Sink:NONE',
    'TableSourceScan:I',
  ]);
  assert.deepEqual(modes(await plan('SELECT item, COUNT(*) FROM bid GROUP BY item')), [
    'Sink:NONE',
    'GroupAggregate:I,UB,UA',
    'TableSourceScan:I',
  ]);
  const nested = modes(
    await plan('SELECT c, COUNT(*) FROM (SELECT item, COUNT(*) AS c FROM bid GROUP BY item) GROUP BY c'),
  );
  assert.equal(nested[1], 'GroupAggregate:I,UB,UA,D');
  assert.deepEqual(
    modes(
      await plan(
        "SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(bidtime), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end",
      ),
    ).filter((m) => m.startsWith('Window')),
    ['WindowAggregate:I', 'WindowTableFunction:I'],
  );
});

test('LIMIT over an updating input is a retracting Top-N without sort key (StreamExecLimit)', async () => {
  const text = await explain('SELECT * FROM (SELECT item, COUNT(*) AS c FROM bid GROUP BY item) LIMIT 2');
  assert.match(text, /Limit\(offset=\[0\], fetch=\[2\], changelogMode=\[I,UB,UA,D\]\)/);
});

test('EXPLAIN prints numbered lines with each node’s changelog mode', async () => {
  const text = await explain('SELECT item, COUNT(*) AS c FROM bid WHERE price > 1 GROUP BY item');
  assert.ok(text.startsWith('== Abstract Syntax Tree ==\n'));
  // A query's plan has no sink root (the collect sink is the session's): Flink's sql-client table.q
  assert.ok(text.includes('== Optimized Execution Plan ==\nGroupAggregate('));
  assert.ok(!text.includes('Sink('));
  const physical = text.slice(
    text.indexOf('== Optimized Physical Plan =='),
    text.indexOf('\n\n== Optimized Execution Plan'),
  );
  assert.equal(
    physical + '\n',
    [
      '== Optimized Physical Plan ==',
      '01)GroupAggregate(groupBy=[item], select=[item, COUNT(*) AS c], changelogMode=[I,UB,UA])',
      '02)--TableSourceScan(table=[[default_catalog, default_database, bid]], fields=[item], where=[>(price, 1)], watermark=[-(bidtime, 1000)], changelogMode=[I])',
      '',
    ].join('\n'),
  );
});

test('rules: constant folding and calc merge keep the schema', async () => {
  const text = await explain('SELECT x + 1 AS y FROM (SELECT price * 2 AS x FROM bid) WHERE 1 + 1 = 2');
  // Both Calcs merged, 1 + 1 = 2 folded to TRUE and dropped, the projection pushed into the scan.
  assert.match(
    text,
    /01\)TableSourceScan\(table=\[\[default_catalog, default_database, bid\]\], fields=\[y\], project=\[\+\(\*\(price, 2\), 1\) AS y\], watermark/,
  );
});

test('compiled plan: JSON round trip is identical and a newer version is refused', async () => {
  const s = createSession();
  await s.execute(DDL);
  const r = await s.execute('SELECT item, COUNT(*) FROM bid GROUP BY item');
  assert.ok(r.kind === 'query');
  r.cancel();
  const json = planToJson(r.plan);
  assert.deepEqual(planFromJson(json), JSON.parse(json));
  const newer = JSON.stringify({ ...JSON.parse(json), version: PLAN_VERSION + 1 });
  assert.throws(() => planFromJson(newer), /newer than this runtime/);
  const unknown = json.replace('"GroupAggregate"', '"FutureJoin"');
  assert.throws(() => planFromJson(unknown), /'FutureJoin' is not supported/);
});

test('a sink without UPDATE_BEFORE (blackhole) takes +U alone unless its key is not the upsert key', async () => {
  const insert = async (sink: string, query: string): Promise<string[]> => {
    const s = createSession();
    await s.execute(DDL);
    await s.execute(sink);
    await s.execute("CREATE TABLE pr (item STRING, c BIGINT) WITH ('connector' = 'print')");
    const r = await s.execute(`EXPLAIN CHANGELOG_MODE ${query}`);
    assert.ok(r.kind === 'table');
    const text = r.rows[0]![0] as string;
    const physical = text.slice(
      text.indexOf('== Optimized Physical Plan =='),
      text.indexOf('\n\n== Optimized Execution'),
    );
    return [...physical.matchAll(/\)-*(\w+)\(.*changelogMode=\[([A-Z,]+)\]\)$/gm)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
  };
  const agg = 'SELECT item, COUNT(*) FROM bid GROUP BY item';
  const bh = "WITH ('connector' = 'blackhole')";
  // FlinkChangelogModeInferenceProgram: ONLY_UPDATE_AFTER first for a sink whose mode lacks UB.
  assert.deepEqual(await insert(`CREATE TABLE t (item STRING, c BIGINT) ${bh}`, `INSERT INTO t ${agg}`), [
    'Sink:NONE',
    'Calc:I,UA',
    'GroupAggregate:I,UA',
    'TableSourceScan:I',
  ]);
  // A primary key that is the upsert key keeps it; any other key needs -U (BEFORE_AND_AFTER).
  const keyed = (k: string): string =>
    `CREATE TABLE t (item STRING, c BIGINT, PRIMARY KEY (${k}) NOT ENFORCED) ${bh}`;
  assert.equal((await insert(keyed('item'), `INSERT INTO t ${agg}`))[2], 'GroupAggregate:I,UA');
  assert.equal((await insert(keyed('c'), `INSERT INTO t ${agg}`))[2], 'GroupAggregate:I,UB,UA');
  assert.equal((await insert(keyed('item'), `INSERT INTO pr ${agg}`))[2], 'GroupAggregate:I,UB,UA');
  // The outer aggregation retracts: its input keeps -U, its own output does not.
  const nested = await insert(
    `CREATE TABLE t (item STRING, c BIGINT) ${bh}`,
    'INSERT INTO t SELECT CAST(c AS STRING), COUNT(*) FROM (SELECT item, COUNT(*) AS c FROM bid GROUP BY item) GROUP BY c',
  );
  assert.deepEqual(
    nested.filter((m) => m.startsWith('GroupAggregate')),
    ['GroupAggregate:I,UA,D', 'GroupAggregate:I,UB,UA'],
  );
});

test('a retract source under a sink without UPDATE_BEFORE gets a DropUpdateBefore above it', async () => {
  const s = createSession();
  await s.execute(
    "CREATE TABLE r (v STRING) WITH ('connector' = 'kafka', 'topic' = 'x', 'properties.bootstrap.servers' = '127.0.0.1:1', 'value.format' = 'raw', 'changelog.mode' = 'retract')",
  );
  await s.execute("CREATE TABLE t (v STRING) WITH ('connector' = 'blackhole')");
  const r = await s.execute('EXPLAIN CHANGELOG_MODE INSERT INTO t SELECT v FROM r');
  assert.ok(r.kind === 'table');
  assert.match(
    r.rows[0]![0] as string,
    /\+- DropUpdateBefore\(changelogMode=\[I,UA,D\]\)\n\s+\+- TableSourceScan\(table=\[\[default_catalog, default_database, r\]\], fields=\[v\], changelogMode=\[I,UB,UA,D\]\)/,
  );
  // The plan survives its JSON form (a known node kind).
  const q = await s.execute('INSERT INTO t SELECT v FROM r');
  assert.ok(q.kind === 'query' || q.kind === 'job' || q.kind === 'table' || q.kind === 'status');
});
