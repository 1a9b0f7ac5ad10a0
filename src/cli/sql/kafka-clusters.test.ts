/**
 * Two clusters from eddy.yaml (two embedded brokers in this process): a statement reads tables
 * of both (UNION ALL; the engine has no joins yet) and writes to a table of the first;
 * databases are the cluster ids. A statement touching clusters of two regions is refused at
 * validation, and INFORMATION_SCHEMA lists every cluster.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { KafkaClient } from '../../kafka/client/index.js';
import { startPlatformInProcess, type TestPlatform } from '../../testing/platform.js';
import { kafkaEngineFactory } from './kafka-session.js';
import { runSqlScript } from './run-script.js';

let east: TestPlatform;
let second: TestPlatform;
let dir: string;
const started = Date.now();

before(async () => {
  east = await startPlatformInProcess({ components: ['broker', 'registry'] });
  second = await startPlatformInProcess({ components: ['broker'] });
  dir = mkdtempSync(join(tmpdir(), 'eddy-kclusters-'));
  writeFileSync(
    join(dir, 'eddy.yaml'),
    [
      'clusters:',
      `  - id: east`,
      `    bootstrap-servers: ${east.endpoints['broker']!.url}`,
      `    registry-url: ${east.endpoints['registry']!.url}`,
      `    region: us-east-1`,
      `  - id: east2`,
      `    bootstrap-servers: ${second.endpoints['broker']!.url}`,
      `    region: us-east-1`,
      `  - id: west`,
      `    bootstrap-servers: ${second.endpoints['broker']!.url}`,
      `    region: us-west-2`,
      '',
    ].join('\n'),
  );
  for (const [p, topic, rows] of [
    [east, 'users', ['1:ann', '2:bob']],
    [second, 'visits', ['1:home', '2:cart', '1:shop']],
  ] as const) {
    const k = new KafkaClient({ bootstrapServers: p.endpoints['broker']!.url });
    await k.ensureTopic(topic, { partitions: 2 });
    const producer = await k.producer();
    await producer.send({
      messages: rows.map((r) => {
        const [key, value] = r.split(':');
        return { topic, partition: Number(key) % 2, key: Buffer.from(key!), value: Buffer.from(value!) };
      }),
    });
    await k.close();
  }
});

after(async () => {
  await second?.stop();
  await east?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(`kafka-clusters.test: ${Date.now() - started} ms`);
});

test('read tables of two clusters in one statement and write to the first (joins: engine pending)', async () => {
  let out = '';
  let err = '';
  const code = await runSqlScript({
    text: `
      SHOW DATABASES;
      ALTER TABLE east.users SET ('scan.bounded.mode' = 'latest-offset');
      ALTER TABLE east2.visits SET ('scan.bounded.mode' = 'latest-offset');
      CREATE TABLE east.merged (k STRING, v STRING);
      INSERT INTO east.merged
        SELECT CAST(key AS STRING), CAST(val AS STRING) FROM east.users
        UNION ALL
        SELECT CAST(key AS STRING), CAST(val AS STRING) FROM east2.visits;
      ALTER TABLE east.merged SET ('scan.bounded.mode' = 'latest-offset');
      SELECT k, v FROM east.merged;
    `,
    output: 'jsonl',
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    engine: kafkaEngineFactory({ config: join(dir, 'eddy.yaml') }),
    signal: AbortSignal.timeout(40_000),
  });
  assert.equal(code, 0, err);
  assert.match(out, /"east"/);
  assert.match(out, /"east2"/);
  const rows = out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => JSON.stringify((JSON.parse(l) as { row: unknown }).row))
    .filter((r) => r.startsWith('["1"') || r.startsWith('["2"'))
    .sort();
  assert.deepEqual(rows, ['["1","ann"]', '["1","home"]', '["1","shop"]', '["2","bob"]', '["2","cart"]']);
});

test('a statement over clusters of two regions is refused at validation, naming both', async () => {
  let out = '';
  let err = '';
  const code = await runSqlScript({
    text: `
      SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA;
      SELECT CAST(key AS STRING) FROM east.users UNION ALL SELECT CAST(key AS STRING) FROM west.visits;
    `,
    output: 'jsonl',
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    engine: kafkaEngineFactory({ config: join(dir, 'eddy.yaml') }),
    signal: AbortSignal.timeout(20_000),
  });
  assert.equal(code, 1, out);
  const schemata = out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => (JSON.parse(l) as { row: string[] }).row[0]);
  assert.deepEqual(schemata, ['east', 'east2', 'west']);
  assert.match(
    err,
    /<script>:3:\d+: SQL validation failed\. The statement uses Kafka clusters of two regions/,
  );
  assert.match(err, /'east' \(us-east-1\)/);
  assert.match(err, /'west' \(us-west-2\)/);
});
