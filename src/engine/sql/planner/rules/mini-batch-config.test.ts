import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatValue, type LogicalType, type SqlValue } from '../../../../types/index.js';
import { planFromJson } from '../compiled-plan.js';
import { createSession, type Session } from '../../session/session.js';
import { miniBatchSpec, parseFlinkDuration } from './mini-batch-config.js';

async function run(s: Session, sql: string): Promise<string[]> {
  const r = await s.execute(sql);
  if (r.kind !== 'query') return [];
  const types: LogicalType[] = r.columns.map((c) => c.logicalType);
  const out: string[] = [];
  for await (const batch of r.batches()) {
    for (const c of batch)
      out.push(`${c.op} ${c.row.map((v, i) => formatValue(types[i]!, v as SqlValue) ?? 'NULL').join(', ')}`);
  }
  return out;
}

async function explain(s: Session, sql: string): Promise<string> {
  const r = await s.execute(`EXPLAIN ${sql}`);
  assert.equal(r.kind, 'table');
  return r.kind === 'table' ? String(r.rows[0]![0]) : '';
}

const ON = {
  'table.exec.mini-batch.enabled': 'true',
  // An hour: a processing-time boundary inside a test run (which would fire early) is unlikely.
  'table.exec.mini-batch.allow-latency': '1 h',
  'table.exec.mini-batch.size': '3',
};

test('mini-batch settings are read as Flink reads them', () => {
  assert.equal(miniBatchSpec({}), undefined);
  assert.equal(miniBatchSpec({ 'table.exec.mini-batch.enabled': 'false' }), undefined);
  assert.deepEqual(miniBatchSpec(ON), { intervalMs: 3_600_000, size: 3 });
  assert.deepEqual(miniBatchSpec({ ...ON, 'table.exec.mini-batch.allow-latency': '500' }), {
    intervalMs: 500,
    size: 3,
  });
  assert.equal(parseFlinkDuration('k', '1 min'), 60000);
  assert.equal(parseFlinkDuration('k', '5000 ms'), 5000);
  assert.throws(
    () => miniBatchSpec({ 'table.exec.mini-batch.enabled': 'true' }),
    /MiniBatch Latency must be greater than 0 ms\./,
  );
  assert.throws(
    () => miniBatchSpec({ ...ON, 'table.exec.mini-batch.size': '0' }),
    /Key: 'table.exec.mini-batch.size' , default: -1 \(fallback keys: \[\]\) must be > 0\./,
  );
  assert.throws(
    () => miniBatchSpec({ ...ON, 'table.exec.mini-batch.allow-latency': '2 fortnights' }),
    /Could not parse value '2 fortnights' for key 'table.exec.mini-batch.allow-latency'/,
  );
  assert.throws(
    () => miniBatchSpec({ ...ON, 'table.exec.mini-batch.enabled': 'yes' }),
    /Could not parse value 'yes' for key 'table.exec.mini-batch.enabled'/,
  );
});

test('SET mini-batch: GROUP BY folds bundles of `size` records; EXPLAIN shows the assigner above the scan', async () => {
  const s = createSession({ config: ON });
  const q = `SELECT k, COUNT(*) AS c, SUM(v) AS s FROM (VALUES ('a', 1), ('b', 2), ('a', 3), ('a', 4), ('b', 5), ('c', 6), ('a', 7)) AS t(k, v) GROUP BY k`;
  assert.deepEqual(await run(s, q), [
    '+I a, 2, 4',
    '+I b, 1, 2',
    '-U a, 2, 4',
    '+U a, 3, 8',
    '-U b, 1, 2',
    '+U b, 2, 7',
    '+I c, 1, 6',
    '-U a, 3, 8',
    '+U a, 4, 15',
  ]);
  await s.execute(
    "CREATE TABLE src (k STRING, v INT) WITH ('connector' = 'datagen', 'number-of-rows' = '5', 'fields.k.length' = '1')",
  );
  const text = await explain(s, 'SELECT k, COUNT(*) AS c FROM src GROUP BY k');
  assert.match(
    text,
    /GroupAggregate\(groupBy=\[k\], select=\[k, COUNT\(\*\) AS c\]\)\n\s*\+- MiniBatchAssigner\(interval=\[3600000ms\], mode=\[ProcTime\]\)\n\s*\+- TableSourceScan/,
  );
  assert.match(text, /MiniBatchAssigner\(interval=\[3600000ms\], mode=\[ProcTime\], changelogMode=\[I\]\)/);
  // Off again: the per-record changelog, no assigner.
  await s.execute("SET 'table.exec.mini-batch.enabled' = 'false'");
  assert.doesNotMatch(await explain(s, 'SELECT k, COUNT(*) AS c FROM src GROUP BY k'), /MiniBatchAssigner/);
  assert.equal((await run(s, q)).length, 11);
});

test('mini-batch enabled without allow-latency fails the query with Flink message', async () => {
  const s = createSession({ config: { 'table.exec.mini-batch.enabled': 'true' } });
  await assert.rejects(
    run(s, 'SELECT k, COUNT(*) FROM (VALUES (1)) AS t(k) GROUP BY k'),
    /MiniBatch Latency must be greater than 0 ms\./,
  );
});

test('compiled plans: miniBatch is optional and checked when present', () => {
  const plan = (extra: string): string =>
    `{"version":1,"config":{},"sinks":[{"node":"Sink","id":1,"fields":[],"changelogMode":{"kinds":[]},"target":{"kind":"collect"},"input":{"node":"GroupAggregate","id":2,"fields":[],"changelogMode":{"kinds":["I"]},"grouping":[],"aggCalls":[],"generateUpdateBefore":true${extra},"input":{"node":"Values","id":3,"fields":[],"changelogMode":{"kinds":["I"]},"rows":[]}}}]}`;
  assert.equal(planFromJson(plan('')).sinks.length, 1);
  assert.equal(planFromJson(plan(',"miniBatch":{"intervalMs":2000,"size":5}')).sinks.length, 1);
  assert.throws(() => planFromJson(plan(',"miniBatch":{"intervalMs":0,"size":5}')), /invalid miniBatch/);
});
