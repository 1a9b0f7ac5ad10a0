/**
 * `npm run bench -- kafka`: Kafka-to-Kafka statement throughput as a ratio to a raw client of
 * the same run (DESIGN.md: ratios against a baseline measured in the same run).
 *
 * The broker and registry run as `eddy up` in a child process. t1 gets EDDY_KAFKA_BENCH_RECORDS
 * (default 1M) Avro records. Measured, wall time from start to the last record acknowledged:
 * - baseline: a raw client with the same library (src/kafka/client over @platformatic/kafka)
 *   reads every partition of t1, decodes each Avro value, re-encodes it under t3's schema and
 *   produces it to t3 with an idempotent producer, sends chained in order as the sink does;
 * - `INSERT INTO t2 SELECT * FROM t1` through `eddy sql`'s engine (bounded at the latest offsets);
 * - the same with a filter and a projection into t4.
 * Rounds of the three alternate (EDDY_KAFKA_BENCH_ROUNDS, default 3); each ratio compares best times.
 */
import { performance } from 'node:perf_hooks';
import { KafkaClient, type PartitionRecord } from '../../../kafka/client/index.js';
import { decodeValue, encodeValue, type ParsedSchema } from '../../../schema-wire/index.js';
import { RegistryClient } from '../../../schema-wire/registry-client/registry-client.js';
import { startPlatformProcess } from '../../../testing/platform.js';
import { reportResult } from '../../../testing/bench.js';
import { kafkaEngineFactory } from '../../../cli/sql/kafka-session.js';
import { runSqlScript } from '../../../cli/sql/run-script.js';

const RECORDS = Number(process.env.EDDY_KAFKA_BENCH_RECORDS ?? 1_000_000);
const PARTITIONS = 6;
const ROUNDS = Number(process.env.EDDY_KAFKA_BENCH_ROUNDS ?? 3);
const COLUMNS = 'id BIGINT, name STRING, amount DOUBLE, category STRING, ts BIGINT';
const CATEGORIES = ['books', 'garden', 'toys', 'music', 'food', 'tools'];

type Producer = Awaited<ReturnType<KafkaClient['producer']>>;
type Message = Parameters<Producer['send']>[0]['messages'][number];

async function sql(bootstrap: string, registryUrl: string, text: string): Promise<void> {
  let err = '';
  const code = await runSqlScript({
    text,
    output: 'jsonl',
    stdout: { write: () => true },
    stderr: { write: (s: string) => (err += s) },
    engine: kafkaEngineFactory({ bootstrapServers: bootstrap, registryUrl }),
  });
  if (code !== 0) throw new Error(`statement failed: ${err}`);
}

async function schemaOf(registry: RegistryClient, subject: string): Promise<[number, ParsedSchema]> {
  const s = await registry.latest(subject);
  if (!s) throw new Error(`no schema under ${subject}`);
  return [s.id, await registry.parsed(s.id)];
}

/** Writes the input: RECORDS Avro values spread over the partitions. */
async function fill(kafka: KafkaClient, registry: RegistryClient): Promise<void> {
  const [id, schema] = await schemaOf(registry, 't1-value');
  const producer = await kafka.producer();
  const CHUNK = 5000;
  // Recent timestamps: older ones fall under the topic's 7-day retention and are deleted mid-run.
  const t0 = Date.now() - RECORDS;
  for (let base = 0; base < RECORDS; base += CHUNK) {
    const messages = [];
    for (let i = base; i < Math.min(RECORDS, base + CHUNK); i++) {
      const value = encodeValue(id, schema, {
        id: i,
        name: `customer-${i % 10_000}`,
        amount: ((i * 7919) % 10_000) / 100,
        category: CATEGORIES[i % CATEGORIES.length],
        ts: t0 + i,
      });
      messages.push({
        topic: 't1',
        partition: i % PARTITIONS,
        value,
        timestamp: BigInt(t0 + i),
      });
    }
    await producer.send({ messages });
  }
}

/** The raw client: consume t1, decode, re-encode under t3's schema, produce to t3. */
async function rawCopy(bootstrap: string, registry: RegistryClient): Promise<number> {
  const kafka = new KafkaClient({ bootstrapServers: bootstrap, clientId: 'bench-raw' });
  try {
    const [outId, outSchema] = await schemaOf(registry, 't3-value');
    const byId = new Map<number, ParsedSchema>();
    const [inId, inSchema] = await schemaOf(registry, 't1-value');
    byId.set(inId, inSchema);
    const producer: Producer = await kafka.producer({ idempotent: true });
    const ends = await kafka.endOffsets('t1', [...Array(PARTITIONS).keys()]);
    const t0 = performance.now();
    let chain: Promise<unknown> = Promise.resolve();
    let failure: unknown;
    await Promise.all(
      ends.map(
        (end, p) =>
          new Promise<void>((resolve, reject) => {
            if (end === 0n) return resolve();
            void kafka
              .readPartition('t1', p, 0n, (records: PartitionRecord[]) => {
                // Produce requests below the broker's max.message.bytes, as the sink splits them.
                const chunks: Message[][] = [[]];
                let size = 0;
                for (const r of records) {
                  if (r.offset >= end) break;
                  const v = decodeValue(r.value!, (i) => byId.get(i)!).value;
                  const value = encodeValue(outId, outSchema, v);
                  if (size + value.length + 64 > 512 * 1024) {
                    chunks.push([]);
                    size = 0;
                  }
                  chunks[chunks.length - 1]!.push({ topic: 't3', partition: p, value });
                  size += value.length + 64;
                }
                for (const messages of chunks)
                  if (messages.length > 0)
                    chain = chain
                      .then(() => producer.send({ messages }))
                      .catch((e: unknown) => (failure ??= e));
              })
              .then((reader) => {
                reader.onFetch(() => {
                  if (reader.position >= end) void reader.close().then(resolve, reject);
                });
              }, reject);
          }),
      ),
    );
    await chain;
    if (failure) throw failure;
    return performance.now() - t0;
  } finally {
    await kafka.close();
  }
}

/** CPU seconds of this process (the statement or the raw client; the broker is another process). */
let cpuNote = '';
async function timed(f: () => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  const c = process.cpuUsage(c0);
  cpuNote = `${((c.user + c.system) / 1e6).toFixed(2)} s CPU`;
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const platform = await startPlatformProcess({ components: ['broker', 'registry'], timeoutMs: 60_000 });
  try {
    const bootstrap = platform.endpoints['broker']!.url;
    const registryUrl = platform.endpoints['registry']!.url;
    const registry = new RegistryClient(registryUrl);
    const kafka = new KafkaClient({ bootstrapServers: bootstrap, clientId: 'bench-setup' });
    await sql(
      bootstrap,
      registryUrl,
      ['t1', 't2', 't3'].map((t) => `CREATE TABLE ${t} (${COLUMNS});`).join('\n') +
        '\nCREATE TABLE t4 (id BIGINT, amount2 DOUBLE, category STRING);',
    );
    // The sinks register their subjects when they open; t3 needs its schema before the raw run.
    const [id1] = await schemaOf(registry, 't1-value');
    await registry.register('t3-value', await registry.schemaById(id1));
    const tf = performance.now();
    await fill(kafka, registry);
    process.stderr.write(
      `kafka bench: ${RECORDS} records written to t1 in ${((performance.now() - tf) / 1000).toFixed(1)} s\n`,
    );
    await kafka.close();

    const bounded = "/*+ OPTIONS('scan.bounded.mode'='latest-offset') */";
    // Alternating rounds; the best time of each kind (the machine is shared: interference only
    // ever adds time). Every round writes the same records again to t2 / t3 / t4.
    const best = { raw: Infinity, copy: Infinity, filtered: Infinity };
    for (let round = 0; round < ROUNDS; round++) {
      const raw = await timed(async () => void (await rawCopy(bootstrap, registry)));
      const rawCpu = cpuNote;
      const copy = await timed(() =>
        sql(bootstrap, registryUrl, `INSERT INTO t2 SELECT * FROM t1 ${bounded};`),
      );
      const copyCpu = cpuNote;
      const filtered = await timed(() =>
        sql(
          bootstrap,
          registryUrl,
          `INSERT INTO t4 SELECT id, amount * 2, UPPER(category) FROM t1 ${bounded} WHERE amount > 10;`,
        ),
      );
      process.stderr.write(
        `kafka bench round ${round + 1}: raw client ${(raw / 1000).toFixed(2)} s (${rawCpu}), ` +
          `copy ${(copy / 1000).toFixed(2)} s (${copyCpu}), filter+projection ${(filtered / 1000).toFixed(2)} s (${cpuNote})\n`,
      );
      best.raw = Math.min(best.raw, raw);
      best.copy = Math.min(best.copy, copy);
      best.filtered = Math.min(best.filtered, filtered);
    }
    const rate = (ms: number): number => RECORDS / (ms / 1000);
    reportResult('kafka INSERT INTO t2 SELECT * FROM t1', rate(best.copy), 'records/s', rate(best.raw));
    reportResult(
      'kafka INSERT … SELECT with filter and projection',
      rate(best.filtered),
      'records/s',
      rate(best.raw),
    );
  } finally {
    await platform.stop();
  }
}

await main();
