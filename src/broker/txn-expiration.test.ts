/**
 * transactional.id.expiration.ms (Kafka's removeExpiredTransactionalIds): transactional ids
 * without an open transaction are forgotten once idle that long — a tombstone in
 * `__transaction_state`, gone from List/DescribeTransactions, the old producer gets
 * INVALID_PRODUCER_ID_MAPPING, a new InitProducerId starts afresh — and stay forgotten after a
 * restart. Ids with an ongoing transaction are kept.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { ErrorCode } from '../kafka/protocol/error-codes.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';

let tb: TestBroker;
let c: RawClient;

before(async () => {
  tb = await startTestBroker({
    'transaction.state.log.num.partitions': 3,
    'transactional.id.expiration.ms': 2000, // margin: an id must not expire between its InitProducerId and AddPartitionsToTxn under load
    'transaction.remove.expired.transaction.cleanup.interval.ms': 100,
  });
  c = await RawClient.connect(tb.port);
  const r = await c.request(19, 7, {
    topics: [{ name: 'exp-t', numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 1000,
  });
  assert.equal((r.topics as Struct[])[0]!.errorCode, 0);
});
after(async () => {
  c?.close();
  await tb?.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function init(id: string): Promise<{ pid: bigint; epoch: number }> {
  const r = await c.request(22, 4, {
    transactionalId: id,
    transactionTimeoutMs: 60000,
    producerId: -1n,
    producerEpoch: -1,
  });
  assert.equal(r.errorCode, 0);
  return { pid: r.producerId as bigint, epoch: r.producerEpoch as number };
}

async function addPartition(id: string, pid: bigint, epoch: number): Promise<number> {
  const r = await c.request(24, 3, {
    v3AndBelowTransactionalId: id,
    v3AndBelowProducerId: pid,
    v3AndBelowProducerEpoch: epoch,
    v3AndBelowTopics: [{ name: 'exp-t', partitions: [0] }],
  });
  return ((r.resultsByTopicV3AndBelow as Struct[])[0]!.resultsByPartition as Struct[])[0]!
    .partitionErrorCode as number;
}

async function listed(): Promise<string[]> {
  const r = await c.request(66, 1, { stateFilters: [], producerIdFilters: [], durationFilter: -1n });
  return (r.transactionStates as Struct[]).map((t) => t.transactionalId as string).sort();
}

async function describe(id: string): Promise<Struct> {
  const r = await c.request(65, 0, { transactionalIds: [id] });
  return (r.transactionStates as Struct[])[0]!;
}

test('idle transactional ids expire; ongoing ones stay; expiry survives a restart (which aborts open transactions)', async () => {
  const idle = await init('exp-idle');
  await init('exp-gone');
  const open = await init('exp-open');
  assert.equal(await addPartition('exp-open', open.pid, open.epoch), 0);
  assert.deepEqual(await listed(), ['exp-gone', 'exp-idle', 'exp-open']);

  const deadline = Date.now() + 10_000;
  while ((await listed()).length > 1 && Date.now() < deadline) await sleep(100);
  assert.deepEqual(await listed(), ['exp-open'], 'only the id with an open transaction is left');
  assert.equal((await describe('exp-idle')).errorCode, ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
  assert.equal((await describe('exp-open')).transactionState, 'Ongoing');

  // the expired producer is unknown now; a new InitProducerId starts afresh
  assert.equal(await addPartition('exp-idle', idle.pid, idle.epoch), ErrorCode.INVALID_PRODUCER_ID_MAPPING);
  const again = await init('exp-idle');
  assert.notEqual(again.pid, idle.pid);
  assert.equal(again.epoch, 0);
  assert.equal(await addPartition('exp-idle', again.pid, again.epoch), 0, 'and is in use (not idle)');

  await tb.restart();
  c.close();
  c = await RawClient.connect(tb.port);
  assert.equal(
    (await describe('exp-gone')).errorCode,
    ErrorCode.TRANSACTIONAL_ID_NOT_FOUND,
    'tombstone replayed',
  );
  const idleNow = await describe('exp-idle');
  assert.equal(idleNow.producerId, again.pid, 'the new incarnation was kept');
  // Transactions open when the broker starts are aborted (README, Durability); the ids stay.
  assert.equal(idleNow.transactionState, 'CompleteAbort');
  assert.equal(idleNow.producerEpoch, again.epoch + 1, 'aborted under a bumped epoch');
  assert.equal((await describe('exp-open')).transactionState, 'CompleteAbort');
});
