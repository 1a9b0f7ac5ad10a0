/**
 * `eddy sql` with a SELECT on a Kafka table never loads @platformatic/kafka (issue 8's first
 * row under 1 s: loading it costs ~0.9 s of CPU). A module-resolution hook in the `eddy sql`
 * process records every resolution of '@platformatic/kafka' to a file: after a bounded SELECT
 * that printed its rows the file is absent; an INSERT (which needs a producer) shows the hook
 * sees the library when it is loaded.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { createBrokerComponent } from '../../broker/index.js';
import type { Component, ComponentEndpoint } from '../../common/component.js';
import { createRootLogger } from '../../common/logger.js';
import { EDDY_BIN } from '../../testing/platform.js';
import { KafkaClient } from './index.js';

let dir: string;
let broker: Component;
let ep: ComponentEndpoint;
const started = Date.now();

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eddy-light-path-'));
  broker = createBrokerComponent({ host: '127.0.0.1', port: 0 });
  ep = (await broker.start({
    logger: createRootLogger({ level: 'silent' }),
    dataDir: join(dir, 'broker'),
    endpoints: {},
    signal: new AbortController().signal,
  })) as ComponentEndpoint;
  const kafka = new KafkaClient({ bootstrapServers: ep.url });
  try {
    await kafka.ensureTopic('t', { partitions: 2 });
    await kafka.ensureTopic('out', { partitions: 1 });
    const producer = await kafka.producer();
    await producer.send({
      messages: Array.from({ length: 6 }, (_, i) => ({
        topic: 't',
        partition: i % 2,
        key: Buffer.from(`k${i}`),
        value: Buffer.from(`v${i}`),
      })),
    });
  } finally {
    await kafka.close();
  }
  // The hook runs in the loader thread: it writes what it saw to a file.
  const hook = `
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      if (specifier === '@platformatic/kafka' || specifier.startsWith('@platformatic/kafka/'))
        appendFileSync(process.env.EDDY_TEST_RESOLVED, specifier + ' from ' + context.parentURL + '\\n');
      return next(specifier, context);
    }`;
  await writeFile(join(dir, 'hook.mjs'), hook);
  await writeFile(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hook.mjs')).href)});\n`,
  );
});

after(async () => {
  await broker?.stop();
  await rm(dir, { recursive: true, force: true });
  console.log(`light-path.test: ${Date.now() - started} ms`);
});

async function eddySql(sql: string, marker: string): Promise<{ code: number; out: string; err: string }> {
  const file = join(dir, `${marker}.sql`);
  await writeFile(file, sql);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(dir, 'register.mjs')).href,
        EDDY_BIN,
        'sql',
        '--file',
        file,
        '--output',
        'jsonl',
        '--bootstrap-servers',
        ep.url,
      ],
      {
        cwd: dir,
        timeout: 30_000,
        env: { ...process.env, EDDY_TEST_RESOLVED: join(dir, marker) },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr }),
    );
  });
}

test('a SELECT on a Kafka table prints its rows without loading @platformatic/kafka', async () => {
  const r = await eddySql(
    "SELECT CAST(val AS STRING) AS v FROM t /*+ OPTIONS('scan.bounded.mode'='latest-offset') */;\n",
    'select',
  );
  assert.equal(r.code, 0, r.err + r.out);
  const values = r.out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => (JSON.parse(l) as { row: unknown[] }).row[0])
    .sort();
  assert.deepEqual(values, ['v0', 'v1', 'v2', 'v3', 'v4', 'v5']);
  assert.ok(
    !existsSync(join(dir, 'select')),
    `@platformatic/kafka was resolved:\n${existsSync(join(dir, 'select')) ? await readFile(join(dir, 'select'), 'utf8') : ''}`,
  );
});

test('the hook does see the library when a statement needs it (INSERT: a producer)', async () => {
  const r = await eddySql("INSERT INTO `out` VALUES (CAST('k' AS BYTES), CAST('v' AS BYTES));\n", 'insert');
  assert.equal(r.code, 0, r.err + r.out);
  assert.match(await readFile(join(dir, 'insert'), 'utf8'), /@platformatic\/kafka from .*kafka-client\.js/);
});
