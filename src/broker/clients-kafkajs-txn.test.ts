/**
 * kafkajs 2.2.4 transactions against the broker: a transaction over two topics with
 * sendOffsets, an aborted one, read_committed (kafkajs' default) vs read_uncommitted
 * consumers, and a second producer with the same transactionalId fencing the first.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import kafkajs, { type Admin } from 'kafkajs';
import { startTestBroker, type TestBroker } from './test-support/harness.js';

const { Kafka, logLevel } = kafkajs;

let tb: TestBroker;
let kafka: InstanceType<typeof Kafka>;
let admin: Admin;

before(async () => {
  tb = await startTestBroker({ 'transaction.state.log.num.partitions': 3 });
  kafka = new Kafka({ brokers: [tb.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 5 } });
  admin = kafka.admin();
  await admin.connect();
});
after(async () => {
  await admin?.disconnect();
  await tb?.stop();
});

/** Reads `topic` from the beginning until `idleMs` pass without a message. */
async function drain(topic: string, readUncommitted: boolean, idleMs = 2500): Promise<string[]> {
  const consumer = kafka.consumer({ groupId: `r-${Math.random()}`, readUncommitted });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const got: string[] = [];
  let last = Date.now();
  await consumer.run({
    eachMessage: async ({ message }) => {
      got.push(message.value!.toString());
      last = Date.now();
    },
  });
  const start = Date.now();
  while (Date.now() - last < idleMs || (got.length === 0 && Date.now() - start < 8000))
    await new Promise((r) => setTimeout(r, 200));
  await consumer.disconnect();
  return got.sort();
}

test('kafkajs: commit with sendOffsets, abort, read_committed vs read_uncommitted', async () => {
  await admin.createTopics({
    topics: [
      { topic: 'kx', numPartitions: 3 },
      { topic: 'ky', numPartitions: 1 },
      { topic: 'kin', numPartitions: 1 },
    ],
  });
  const producer = kafka.producer({ transactionalId: 'kjs-1', maxInFlightRequests: 1, idempotent: true });
  await producer.connect();
  const t1 = await producer.transaction();
  await t1.send({ topic: 'kx', messages: ['a', 'b', 'c', 'd'].map((v) => ({ key: v, value: `c-${v}` })) });
  await t1.send({ topic: 'ky', messages: [{ value: 'c-y' }] });
  await t1.sendOffsets({
    consumerGroupId: 'kjs-g',
    topics: [{ topic: 'kin', partitions: [{ partition: 0, offset: '7' }] }],
  });
  await t1.commit();
  const t2 = await producer.transaction();
  await t2.send({ topic: 'kx', messages: ['a', 'b', 'c'].map((v) => ({ key: v, value: `a-${v}` })) });
  await t2.abort();
  await producer.disconnect();

  assert.deepStrictEqual(await drain('kx', false), ['c-a', 'c-b', 'c-c', 'c-d']);
  assert.deepStrictEqual(await drain('kx', true), ['a-a', 'a-b', 'a-c', 'c-a', 'c-b', 'c-c', 'c-d']);
  assert.deepStrictEqual(await drain('ky', false), ['c-y']);
  const offsets = await admin.fetchOffsets({ groupId: 'kjs-g', topics: ['kin'] });
  assert.equal(offsets[0]!.partitions[0]!.offset, '7');
});

test('kafkajs: a new producer with the same transactionalId fences the old one', async () => {
  await admin.createTopics({ topics: [{ topic: 'kz', numPartitions: 1 }] });
  const old = kafka.producer({ transactionalId: 'kjs-z', maxInFlightRequests: 1, idempotent: true });
  await old.connect();
  const tOld = await old.transaction();
  await tOld.send({ topic: 'kz', messages: [{ value: 'zombie' }] });
  const fresh = kafka.producer({ transactionalId: 'kjs-z', maxInFlightRequests: 1, idempotent: true });
  await fresh.connect();
  const tNew = await fresh.transaction();
  await tNew.send({ topic: 'kz', messages: [{ value: 'new' }] });
  await tNew.commit();
  await assert.rejects(tOld.commit(), (err: Error & { type?: string }) => {
    assert.ok(['PRODUCER_FENCED', 'INVALID_PRODUCER_EPOCH'].includes(err.type ?? ''), String(err.type));
    return true;
  });
  await old.disconnect();
  await fresh.disconnect();
  assert.deepStrictEqual(await drain('kz', false), ['new']);
});
