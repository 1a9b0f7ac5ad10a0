/**
 * ListOffsets with MAX_TIMESTAMP (-3, KIP-734, v7+) through @platformatic/kafka's admin
 * listOffsets, as Kafka 3.9's UnifiedLog.fetchOffsetByTimestamp: the first record holding the
 * partition's largest timestamp, searched across batches (a later batch with an equal timestamp
 * does not win) and inside a batch (a batch's offsetOfMaxTimestamp is its first record with
 * that timestamp), with the batch's leader epoch; an empty partition answers offset -1 and
 * timestamp -1.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Admin, Producer, stringSerializers } from '@platformatic/kafka';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

let tb: TestBroker;
let admin: Admin;

before(async () => {
  tb = await startTestBroker();
  admin = new Admin({ clientId: 'lomax-admin', bootstrapBrokers: [tb.bootstrap] });
});
after(async () => {
  await admin?.close();
  await tb?.stop();
});

test('MAX_TIMESTAMP: first record with the largest timestamp, across and inside batches; empty partition', async () => {
  await admin.createTopics({ topics: ['lomax'], partitions: 3, replicas: 1 });
  const producer = new Producer({
    clientId: 'lomax-p',
    bootstrapBrokers: [tb.bootstrap],
    serializers: stringSerializers,
  });
  const base = Date.now() - 60_000;
  const msg = (partition: number, i: number, dt: number) => ({
    topic: 'lomax',
    partition,
    value: `v${i}`,
    timestamp: BigInt(base + dt),
  });
  try {
    // Partition 0: one batch per record; the largest timestamp twice (offsets 1 and 3).
    for (const [i, dt] of [5000, 9000, 1000, 9000].entries())
      await producer.send({ messages: [msg(0, i, dt)] });
    // Partition 1: one batch of four records, the largest timestamp at offsets 1 and 2.
    await producer.send({ messages: [5000, 9000, 9000, 1000].map((dt, i) => msg(1, i, dt)) });
  } finally {
    await producer.close();
  }
  const [r] = await admin.listOffsets({
    topics: [
      { name: 'lomax', partitions: [0, 1, 2].map((partitionIndex) => ({ partitionIndex, timestamp: -3n })) },
    ],
  });
  const got = r!.partitions
    .map((p) => [p.partitionIndex, p.offset, p.timestamp, p.leaderEpoch])
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  assert.deepEqual(got, [
    [0, 1n, BigInt(base + 9000), 0],
    [1, 1n, BigInt(base + 9000), 0],
    [2, -1n, -1n, -1],
  ]);
});
