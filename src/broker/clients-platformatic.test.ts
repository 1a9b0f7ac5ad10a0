/**
 * @platformatic/kafka 1.x against the broker. It negotiates the newest versions (Fetch v17 with
 * topic ids, Metadata v12, JoinGroup v9, OffsetCommit/Fetch v9, flexible everything): admin,
 * codecs (gzip, snappy, lz4; its zstd needs Node 22), idempotent produce, a consumer group,
 * committed offsets, OffsetDelete and DeleteGroups.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Admin, Consumer, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

let tb: TestBroker;
let admin: Admin;

before(async () => {
  tb = await startTestBroker();
  admin = new Admin({ clientId: 'plt-admin', bootstrapBrokers: [tb.bootstrap] });
});
after(async () => {
  await admin?.close();
  await tb?.stop();
});

async function consumeN(
  groupId: string,
  topic: string,
  n: number,
): Promise<{ key: string; value: string; partition: number }[]> {
  const consumer = new Consumer({
    clientId: `c-${groupId}`,
    groupId,
    bootstrapBrokers: [tb.bootstrap],
    deserializers: stringDeserializers,
    maxWaitTime: 300,
    autocommit: true,
  });
  const stream = await consumer.consume({ topics: [topic], mode: 'earliest' });
  const out: { key: string; value: string; partition: number }[] = [];
  const timer = setTimeout(() => void stream.close(), 30_000);
  for await (const m of stream) {
    out.push({ key: m.key, value: m.value, partition: m.partition });
    if (out.length === n) break;
  }
  clearTimeout(timer);
  await stream.close();
  await consumer.close();
  return out;
}

test('admin: create topics, describe and alter configs', async () => {
  const created = await admin.createTopics({
    topics: ['plt-a'],
    partitions: 3,
    replicas: 1,
    configs: [{ name: 'retention.ms', value: '60000' }],
  });
  assert.equal(created[0]!.partitions, 3);
  await assert.rejects(admin.createTopics({ topics: ['plt-a'], partitions: 1, replicas: 1 }));
  await admin.incrementalAlterConfigs({
    resources: [
      {
        resourceType: 2,
        resourceName: 'plt-a',
        configs: [{ name: 'retention.ms', configOperation: 0, value: '70000' }],
      },
    ],
  });
  const d = await admin.describeConfigs({
    resources: [{ resourceType: 2, resourceName: 'plt-a', configurationKeys: ['retention.ms'] }],
  });
  assert.equal(d[0]!.configs.find((c) => c.name === 'retention.ms')!.value, '70000');
  assert.ok((await admin.listTopics()).includes('plt-a'));
});

test('broker configs: topic defaults carry their ConfigEntry type, as Kafka', async () => {
  const d = await admin.describeConfigs({
    resources: [
      {
        resourceType: 4,
        resourceName: '1',
        configurationKeys: ['log.retention.ms', 'log.cleanup.policy', 'num.partitions'],
      },
    ],
    includeSynonyms: true,
  });
  const types = Object.fromEntries(d[0]!.configs.map((c) => [c.name, c.configType]));
  // ConfigEntry.ConfigType: INT 3, LONG 5, LIST 7 (broker defaults were sent as UNKNOWN 0)
  assert.deepStrictEqual(types, { 'log.retention.ms': 5, 'log.cleanup.policy': 7, 'num.partitions': 3 });
});

for (const compression of ['gzip', 'snappy', 'lz4'] as const) {
  test(`codec ${compression}: idempotent produce, then consume in a group`, async () => {
    const topic = `plt-${compression}`;
    await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 });
    const producer = new Producer({
      clientId: 'p',
      bootstrapBrokers: [tb.bootstrap],
      serializers: stringSerializers,
      idempotent: true,
      compression,
    });
    await producer.send({
      messages: Array.from({ length: 400 }, (_, i) => ({
        topic,
        key: `k${i}`,
        value: `${compression}-${i}`,
        partition: i % 2,
      })),
    });
    await producer.close();
    const got = await consumeN(`g-${compression}`, topic, 400);
    assert.deepStrictEqual(
      got.map((m) => m.value).sort(),
      Array.from({ length: 400 }, (_, i) => `${compression}-${i}`).sort(),
    );
    assert.ok(got.every((m) => Number(m.key.slice(1)) % 2 === m.partition));
  });
}

test('committed offsets, OffsetDelete and DeleteGroups', async () => {
  const groups = await admin.listConsumerGroupOffsets({ groups: ['g-gzip'] });
  const parts = groups[0]!.topics.find((t) => t.name === 'plt-gzip')!.partitions;
  assert.equal(
    parts.reduce((n, p) => n + Number(p.committedOffset), 0),
    400,
  );
  const described = await admin.describeGroups({ groups: ['g-gzip'] });
  assert.equal(described.get('g-gzip')!.state, 'EMPTY');
  await admin.deleteConsumerGroupOffsets({
    groupId: 'g-gzip',
    topics: [{ name: 'plt-gzip', partitionIndexes: [0] }],
  });
  const after = await admin.listConsumerGroupOffsets({ groups: ['g-gzip'] });
  const p0 = after[0]!.topics
    .find((t) => t.name === 'plt-gzip')
    ?.partitions.find((p) => p.partitionIndex === 0);
  assert.ok(p0 === undefined || p0.committedOffset === -1n);
  await admin.deleteGroups({ groups: ['g-gzip'] });
  assert.ok(!(await admin.listGroups()).has('g-gzip'));
});
