/**
 * kafkajs 2.2.4 against the broker: admin (create, describe configs, partitions, delete, error
 * codes), 10,000 records with keys, headers, timestamps and NULLs, every codec (kafkajs ships
 * gzip; snappy, lz4 and zstd are plugged in from Eddy's record-batch codecs), an idempotent
 * producer, and a two-member group that splits six partitions and resumes after a restart.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import kafkajs, { type Admin, type Consumer, type EachMessagePayload } from 'kafkajs';
import { compress, CompressionType, decompress } from '../kafka/record-batch/index.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

const { CompressionCodecs, CompressionTypes, Kafka, logLevel } = kafkajs;

let tb: TestBroker;
let kafka: InstanceType<typeof Kafka>;
let admin: Admin;

for (const [kjs, ours] of [
  [CompressionTypes.Snappy, CompressionType.Snappy],
  [CompressionTypes.LZ4, CompressionType.Lz4],
  [CompressionTypes.ZSTD, CompressionType.Zstd],
] as const) {
  CompressionCodecs[kjs] = () => ({
    compress: (encoder: { buffer: Buffer }) => compress(ours, encoder.buffer),
    decompress: (buffer: Buffer) => decompress(ours, buffer),
  });
}

before(async () => {
  tb = await startTestBroker();
  kafka = new Kafka({ brokers: [tb.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
  admin = kafka.admin();
  await admin.connect();
});
after(async () => {
  await admin?.disconnect();
  await tb?.stop();
});

async function consumeN(
  consumer: Consumer,
  topic: string,
  n: number,
  timeoutMs = 30_000,
): Promise<EachMessagePayload[]> {
  const got: EachMessagePayload[] = [];
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${got.length} of ${n} messages`)), timeoutMs);
    void consumer.run({
      eachMessage: async (m) => {
        got.push(m);
        if (got.length === n) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  return got;
}

test('admin: create, describe configs, partitions, delete, and error codes', async () => {
  assert.equal(
    await admin.createTopics({
      topics: [
        { topic: 'kadm', numPartitions: 2, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
      ],
    }),
    true,
  );
  await assert.rejects(
    admin
      .createTopics({ topics: [{ topic: 'kadm', numPartitions: 2 }], validateOnly: false })
      .then((created) => {
        if (!created) throw Object.assign(new Error('exists'), { type: 'TOPIC_ALREADY_EXISTS' });
      }),
    /exists|already/i,
  );
  await assert.rejects(
    admin.createTopics({ topics: [{ topic: 'bad topic', numPartitions: 1 }] }),
    (e: Error) =>
      /INVALID_TOPIC_EXCEPTION|illegal|invalid/i.test(
        JSON.stringify((e as { errors?: unknown }).errors ?? e.message),
      ),
  );
  const cfg = await admin.describeConfigs({ resources: [{ type: 2, name: 'kadm' }], includeSynonyms: false });
  const entry = cfg.resources[0]!.configEntries.find((c) => c.configName === 'cleanup.policy')!;
  assert.equal(entry.configValue, 'compact');
  await admin.createPartitions({ topicPartitions: [{ topic: 'kadm', count: 4 }] });
  const md = await admin.fetchTopicMetadata({ topics: ['kadm'] });
  assert.equal(md.topics[0]!.partitions.length, 4);
  await admin.deleteTopics({ topics: ['kadm'] });
  assert.ok(!(await admin.listTopics()).includes('kadm'));
});

test('10,000 records with keys, headers, timestamps and NULLs', async () => {
  await admin.createTopics({ topics: [{ topic: 'k10k', numPartitions: 3 }] });
  const producer = kafka.producer();
  await producer.connect();
  const base = 1_650_000_000_000;
  const messages = Array.from({ length: 10_000 }, (_, i) => ({
    key: i % 9 === 0 ? null : `k${i}`,
    value: i % 11 === 0 ? null : `value-${i}`,
    headers: { n: String(i), tag: 'kjs' },
    timestamp: String(base + i),
    partition: i % 3,
  }));
  for (let i = 0; i < messages.length; i += 1000)
    await producer.send({ topic: 'k10k', messages: messages.slice(i, i + 1000) });
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: 'k10k-g', maxWaitTimeInMs: 200 });
  await consumer.connect();
  const got = await consumeN(consumer, 'k10k', 10_000);
  await consumer.disconnect();
  let bad = 0;
  for (const { message, partition } of got) {
    const i = Number(message.timestamp) - base;
    const ok =
      (message.key?.toString() ?? null) === (i % 9 === 0 ? null : `k${i}`) &&
      (message.value?.toString() ?? null) === (i % 11 === 0 ? null : `value-${i}`) &&
      message.headers?.n?.toString() === String(i) &&
      partition === i % 3;
    if (!ok) bad++;
  }
  assert.equal(new Set(got.map((m) => m.message.timestamp)).size, 10_000);
  assert.equal(bad, 0);
});

for (const [name, type] of [
  ['gzip', CompressionTypes.GZIP],
  ['snappy', CompressionTypes.Snappy],
  ['lz4', CompressionTypes.LZ4],
  ['zstd', CompressionTypes.ZSTD],
] as const) {
  test(`codec ${name}`, async () => {
    const topic = `kcodec-${name}`;
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await producer.send({
      topic,
      compression: type,
      messages: Array.from({ length: 500 }, (_, i) => ({
        key: `k${i}`,
        value: `${name}-${i}-${'z'.repeat(i % 50)}`,
      })),
    });
    await producer.disconnect();
    const consumer = kafka.consumer({ groupId: `${topic}-g`, maxWaitTimeInMs: 200 });
    await consumer.connect();
    const got = await consumeN(consumer, topic, 500);
    await consumer.disconnect();
    assert.deepStrictEqual(
      got.map((m) => m.message.value!.toString()),
      Array.from({ length: 500 }, (_, i) => `${name}-${i}-${'z'.repeat(i % 50)}`),
    );
  });
}

test(
  'two members split six partitions and resume from committed offsets after a restart',
  { timeout: 120_000 },
  async () => {
    await admin.createTopics({ topics: [{ topic: 'ksix', numPartitions: 6 }] });
    const producer = kafka.producer({ idempotent: true });
    await producer.connect();
    await producer.send({
      topic: 'ksix',
      messages: Array.from({ length: 600 }, (_, i) => ({ key: `k${i}`, value: String(i) })),
    });
    await producer.disconnect();
    const members = [
      kafka.consumer({ groupId: 'ksix-g', maxWaitTimeInMs: 200 }),
      kafka.consumer({ groupId: 'ksix-g', maxWaitTimeInMs: 200 }),
    ];
    const seen = [new Set<number>(), new Set<number>()];
    let total = 0;
    await Promise.all(members.map((m) => m.connect()));
    await Promise.all(members.map((m) => m.subscribe({ topic: 'ksix', fromBeginning: true })));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`consumed ${total} of 600`)), 60_000);
      members.forEach((m, idx) => {
        void m.run({
          eachMessage: async ({ partition }) => {
            seen[idx]!.add(partition);
            if (++total === 600) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
    });
    // Let both commit (kafkajs commits on its autoCommitInterval / at the end of each batch).
    await Promise.all(members.map((m) => m.disconnect()));
    assert.equal(
      seen[0]!.size + seen[1]!.size,
      6,
      `partitions per member: ${[...seen[0]!]} / ${[...seen[1]!]}`,
    );
    assert.equal(seen[0]!.size, 3);
    const offsets = await admin.fetchOffsets({ groupId: 'ksix-g', topics: ['ksix'] });
    assert.equal(
      offsets[0]!.partitions.reduce((n, p) => n + Number(p.offset), 0),
      600,
    );
    await admin.disconnect();
    await tb.restart();
    await admin.connect();
    const p2 = kafka.producer();
    await p2.connect();
    await p2.send({
      topic: 'ksix',
      messages: Array.from({ length: 30 }, (_, i) => ({ value: String(600 + i) })),
    });
    await p2.disconnect();
    const again = kafka.consumer({ groupId: 'ksix-g', maxWaitTimeInMs: 200 });
    await again.connect();
    const got = await consumeN(again, 'ksix', 30);
    await new Promise((r) => setTimeout(r, 500));
    await again.disconnect();
    assert.deepStrictEqual(
      got.map((m) => Number(m.message.value)).sort((a, b) => a - b),
      Array.from({ length: 30 }, (_, i) => 600 + i),
    );
  },
);
