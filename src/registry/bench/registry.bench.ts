/**
 * `npm run bench -- registry`: schema lookups by id (every consumer's hot path) and
 * registrations per second, as ratios to a trivial route on the same HTTP server measured in
 * the same run. Registrations are measured on the in-memory store (CPU cost of parsing and
 * compatibility) and on the embedded broker (the real write path through `_schemas`).
 */
import { Agent, request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { KafkaClient } from '../../kafka/client/index.js';
import { KafkaStore } from '../kafka-store.js';
import { SchemaRegistry } from '../schema-registry.js';
import { buildRegistryServer } from '../server.js';
import { MemoryStore, type SchemaLogStore } from '../store.js';
import { CONTENT_TYPE } from '../http-util.js';

/** The harness's result line: `name: value unit (ratio x.xx vs baseline)`. */
function reportResult(name: string, value: number, unit: string, baseline: number): void {
  const v = value >= 100 ? value.toFixed(0) : value.toFixed(2);
  process.stdout.write(
    `${name}: ${v} ${unit} (ratio ${(baseline > 0 ? value / baseline : 0).toFixed(2)} vs baseline)\n`,
  );
}

/** The embedded broker, started the way users start it (`eddy up --components broker`). */
async function startBroker(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const bin = fileURLToPath(new URL('../../../bin/eddy.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [bin, 'up', '--components', 'broker', '--kafka-port', '0', '--data-dir', dataDir, '--log-level', 'warn'],
    {
      stdio: 'ignore',
    },
  );
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 300; i++) {
    try {
      const ep = JSON.parse(await readFile(join(dataDir, 'endpoints.json'), 'utf8')) as {
        pid: number;
        components: { broker?: { url: string } };
      };
      if (ep.pid === child.pid && ep.components.broker) return { url: ep.components.broker.url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error('the broker did not start');
}

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function call(port: number, method: string, path: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, agent, headers: body ? { 'content-type': CONTENT_TYPE } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    // One write for headers and body (a separate body write costs a round of delayed ACKs).
    req.end(body);
  });
}

/** Requests per second with CONCURRENCY requests in flight for `seconds`. */
async function rate(next: (i: number) => Promise<number>, seconds = SECONDS): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let n = 0;
  let i = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const status = await next(i++);
        if (status !== 200) throw new Error(`unexpected status ${status}`);
        n++;
      }
    }),
  );
  return (n * 1000) / (performance.now() - t0);
}

/** Version `v` of subject `s`'s record: each version adds one optional field. */
const schemaText = (s: number, v: number) =>
  JSON.stringify({
    type: 'record',
    name: `R${s}`,
    namespace: 'bench',
    fields: [
      { name: 'id', type: 'long' },
      ...Array.from({ length: v }, (_, j) => ({ name: `f${j}`, type: 'string', default: '' })),
    ],
  });

async function serve(store: SchemaLogStore) {
  const registry = new SchemaRegistry({ store });
  await registry.start();
  const app = buildRegistryServer({ registry });
  app.get('/__trivial', async (_req, reply) => reply.header('content-type', CONTENT_TYPE).send('{}'));
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, registry, port: (app.server.address() as AddressInfo).port };
}

async function main(): Promise<void> {
  const mem = await serve(new MemoryStore());
  // Warm up and fill: 1,000 schemas over 100 subjects (BACKWARD-compatible chains per subject).
  for (let i = 0; i < 1000; i++) {
    const status = await call(
      mem.port,
      'POST',
      `/subjects/s${i % 100}/versions`,
      JSON.stringify({ schema: schemaText(i % 100, Math.floor(i / 100)) }),
    );
    if (status !== 200) throw new Error(`fill: status ${status}`);
  }
  await rate(() => call(mem.port, 'GET', '/__trivial'), 1);
  await rate((i) => call(mem.port, 'GET', `/schemas/ids/${(i % 1000) + 1}`), 1);

  // The machine is shared: alternate baseline and measured rounds and keep each one's best.
  let trivial = 0;
  let lookups = 0;
  let versions = 0;
  for (let round = 0; round < 3; round++) {
    trivial = Math.max(trivial, await rate(() => call(mem.port, 'GET', '/__trivial'), SECONDS / 3));
    lookups = Math.max(
      lookups,
      await rate((i) => call(mem.port, 'GET', `/schemas/ids/${(i % 1000) + 1}`), SECONDS / 3),
    );
    versions = Math.max(
      versions,
      await rate((i) => call(mem.port, 'GET', `/subjects/s${i % 100}/versions/latest`), SECONDS / 3),
    );
  }
  let k = 100_000;
  const regMem = await rate(() =>
    call(mem.port, 'POST', `/subjects/reg${k}/versions`, JSON.stringify({ schema: schemaText(k++, 1) })),
  );
  reportResult('registry id lookups (GET /schemas/ids/{id})', lookups, 'req/s', trivial);
  reportResult('registry latest-version reads', versions, 'req/s', trivial);
  reportResult('registry registrations, in-memory store', regMem, 'req/s', trivial);
  await mem.app.close();

  // The real write path: the `_schemas` topic on the embedded broker.
  const dir = await mkdtemp(join(tmpdir(), 'eddy-registry-bench-'));
  const broker = await startBroker(dir);
  const client = new KafkaClient({ bootstrapServers: broker.url });
  try {
    const kafka = await serve(new KafkaStore({ client }));
    const trivialK = await rate(() => call(kafka.port, 'GET', '/__trivial'));
    const regKafka = await rate(() =>
      call(kafka.port, 'POST', `/subjects/reg${k}/versions`, JSON.stringify({ schema: schemaText(k++, 1) })),
    );
    reportResult('registry registrations, embedded broker store', regKafka, 'req/s', trivialK);
    await kafka.app.close();
    await kafka.registry.close();
  } finally {
    await client.close();
    await broker.stop();
    await rm(dir, { recursive: true, force: true });
    agent.destroy();
  }
}

await main();
