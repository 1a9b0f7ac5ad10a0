/**
 * The transaction APIs over the wire at every served version (raw protocol client): FindCoordinator
 * key type 1, InitProducerId epochs and fencing, AddPartitionsToTxn / AddOffsetsToTxn / EndTxn /
 * TxnOffsetCommit error codes, Produce verification, LSO in ListOffsets and Fetch,
 * DescribeTransactions / ListTransactions, and a restart between PrepareCommit and the markers.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { ErrorCode } from '../kafka/protocol/error-codes.js';
import { buildRecordBatch } from '../kafka/record-batch/index.js';
import { apiByKey } from './protocol/registry.js';
import type { LogManager } from './storage/types.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';
import { TxnLog } from './txn/txn-log.js';
import { partitionForGroup } from './groups/offsets-records.js';
import { createRootLogger } from '../common/logger.js';

let tb: TestBroker;
let c: RawClient;

before(async () => {
  tb = await startTestBroker({
    'transaction.state.log.num.partitions': 2,
    'transaction.max.timeout.ms': 120000,
  });
  c = await RawClient.connect(tb.port);
});
after(async () => {
  c?.close();
  await tb?.stop();
});

const versions = (key: number): number[] => {
  const api = apiByKey(key)!;
  return Array.from({ length: api.maxVersion - api.minVersion + 1 }, (_, i) => api.minVersion + i);
};
const arr = (v: unknown) => v as Struct[];

async function createTopic(name: string, partitions: number): Promise<void> {
  const r = await c.request(19, 7, {
    topics: [{ name, numPartitions: partitions, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 5000,
    validateOnly: false,
  });
  assert.equal(arr(r.topics)[0]!.errorCode, 0);
}

async function init(txnId: string, v = 5, pid = -1n, epoch = -1): Promise<Struct> {
  return c.request(22, v, {
    transactionalId: txnId,
    transactionTimeoutMs: 60000,
    producerId: pid,
    producerEpoch: epoch,
  });
}

async function addPartitions(
  v: number,
  txnId: string,
  pid: bigint,
  epoch: number,
  topic: string,
  parts: number[],
) {
  const r = await c.request(24, v, {
    v3AndBelowTransactionalId: txnId,
    v3AndBelowProducerId: pid,
    v3AndBelowProducerEpoch: epoch,
    v3AndBelowTopics: [{ name: topic, partitions: parts }],
  });
  return arr(arr(r.resultsByTopicV3AndBelow)[0]!.resultsByPartition).map(
    (p) => p.partitionErrorCode as number,
  );
}

async function produceTxn(
  txnId: string,
  pid: bigint,
  epoch: number,
  topic: string,
  partition: number,
  seq: number,
  n: number,
) {
  const records = await buildRecordBatch({
    records: Array.from({ length: n }, (_, i) => ({ value: Buffer.from(`v${seq + i}`) })),
    isTransactional: true,
    producerId: Number(pid),
    producerEpoch: epoch,
    baseSequence: seq,
  });
  const r = await c.request(0, 9, {
    transactionalId: txnId,
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: topic, partitionData: [{ index: partition, records }] }],
  });
  return arr(arr(r.responses)[0]!.partitionResponses)[0]!.errorCode as number;
}

async function latest(topic: string, isolationLevel: number): Promise<bigint> {
  const r = await c.request(2, 5, {
    replicaId: -1,
    isolationLevel,
    topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp: -1n, currentLeaderEpoch: -1 }] }],
  });
  return arr(arr(r.topics)[0]!.partitions)[0]!.offset as bigint;
}

async function describe(txnId: string): Promise<Struct> {
  const r = await c.request(65, 0, { transactionalIds: [txnId] });
  return arr(r.transactionStates)[0]!;
}

test('FindCoordinator key type 1 at every version', async () => {
  for (const v of versions(10).filter((x) => x >= 1)) {
    const r =
      v >= 4
        ? arr((await c.request(10, v, { keyType: 1, coordinatorKeys: ['fc'] })).coordinators)[0]!
        : await c.request(10, v, { key: 'fc', keyType: 1 });
    assert.equal(r.errorCode, 0, `v${v}`);
    assert.equal(r.port, tb.port);
  }
  // Empty ids and unknown key types are refused per key, with no coordinator.
  const r = await c.request(10, 4, { keyType: 1, coordinatorKeys: [''] });
  assert.deepEqual(
    [arr(r.coordinators)[0]!.errorCode, arr(r.coordinators)[0]!.nodeId],
    [ErrorCode.INVALID_REQUEST, -1],
  );
  const g = await c.request(10, 4, { keyType: 0, coordinatorKeys: ['', 'g'] });
  assert.deepEqual(
    arr(g.coordinators).map((x) => x.errorCode),
    [ErrorCode.INVALID_GROUP_ID, 0],
  );
  const bad = await c.request(10, 4, { keyType: 7, coordinatorKeys: ['x'] });
  assert.equal(arr(bad.coordinators)[0]!.errorCode, ErrorCode.INVALID_REQUEST);
});

test('InitProducerId bumps the epoch, validates the timeout and fences stale ids', async () => {
  let epoch = -1;
  let pid = -1n;
  for (const v of versions(22)) {
    const r = await init('ip', v);
    assert.equal(r.errorCode, 0, `v${v}`);
    if (pid >= 0n) assert.equal(r.producerId, pid, 'same producer id for the same transactional id');
    assert.equal(r.producerEpoch, epoch + 1);
    pid = r.producerId as bigint;
    epoch = r.producerEpoch as number;
  }
  const bad = await c.request(22, 4, {
    transactionalId: 'ip',
    transactionTimeoutMs: 999999,
    producerId: -1n,
    producerEpoch: -1,
  });
  assert.equal(bad.errorCode, ErrorCode.INVALID_TRANSACTION_TIMEOUT);
  assert.equal((await init('ip', 4, pid, epoch - 1)).errorCode, ErrorCode.PRODUCER_FENCED);
  assert.equal((await init('ip', 3, pid, epoch - 1)).errorCode, ErrorCode.INVALID_PRODUCER_EPOCH);
  const ok = await init('ip', 5, pid, epoch); // KIP-360 re-initialisation with the current epoch
  assert.equal(ok.errorCode, 0);
  assert.equal(ok.producerEpoch, epoch + 1);
});

test('a transaction end to end: add, verify produce, LSO, describe/list, commit and its retries', async () => {
  await createTopic('tx', 2);
  for (const v of versions(24)) {
    const id = `e2e-${v}`;
    const { producerId: pid, producerEpoch: epoch } = await init(id);
    const e = epoch as number;
    assert.deepStrictEqual(await addPartitions(v, id, pid as bigint, e, 'tx', [0, 9]), [
      ErrorCode.OPERATION_NOT_ATTEMPTED,
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION,
    ]);
    assert.deepStrictEqual(await addPartitions(v, id, pid as bigint, e - 1, 'tx', [0]), [
      v >= 2 ? ErrorCode.PRODUCER_FENCED : ErrorCode.INVALID_PRODUCER_EPOCH,
    ]);
    assert.deepStrictEqual(await addPartitions(v, id, (pid as bigint) + 1000n, e, 'tx', [0]), [
      ErrorCode.INVALID_PRODUCER_ID_MAPPING,
    ]);
    assert.deepStrictEqual(await addPartitions(v, id, pid as bigint, e, 'tx', [0]), [0]);
    assert.equal(await produceTxn(id, pid as bigint, e, 'tx', 1, 0, 1), ErrorCode.INVALID_TXN_STATE);
    const before = await latest('tx', 0);
    assert.equal(await produceTxn(id, pid as bigint, e, 'tx', 0, 0, 3), 0);
    // A transactional batch is acknowledged before its fsync; the high watermark (what
    // read_uncommitted sees) follows once the background group commit has run.
    const visibleBy = Date.now() + 5000;
    while ((await latest('tx', 0)) < before + 3n && Date.now() < visibleBy)
      await new Promise((r) => setTimeout(r, 10));
    assert.equal(await latest('tx', 0), before + 3n);
    assert.equal(await latest('tx', 1), before, 'read_committed stops at the open transaction');
    const d = await describe(id);
    assert.equal(d.transactionState, 'Ongoing');
    assert.deepStrictEqual(d.topics, [{ topic: 'tx', partitions: [0] }]);
    const l = await c.request(66, 1, {
      stateFilters: ['Ongoing', 'Bogus'],
      producerIdFilters: [pid],
      durationFilter: -1n,
    });
    assert.deepStrictEqual(l.unknownStateFilters, ['Bogus']);
    assert.deepStrictEqual(arr(l.transactionStates), [
      { transactionalId: id, producerId: pid, transactionState: 'Ongoing' },
    ]);
    const endV = Math.min(v, 4);
    assert.equal(
      (
        await c.request(26, endV, {
          transactionalId: id,
          producerId: pid,
          producerEpoch: e - 1,
          committed: true,
        })
      ).errorCode,
      endV >= 2 ? ErrorCode.PRODUCER_FENCED : ErrorCode.INVALID_PRODUCER_EPOCH,
    );
    for (let i = 0; i < 2; i++) {
      const r = await c.request(26, endV, {
        transactionalId: id,
        producerId: pid,
        producerEpoch: e,
        committed: true,
      });
      assert.equal(r.errorCode, 0, 'commit and its retry succeed');
    }
    const abortAfter = await c.request(26, endV, {
      transactionalId: id,
      producerId: pid,
      producerEpoch: e,
      committed: false,
    });
    assert.equal(abortAfter.errorCode, ErrorCode.INVALID_TXN_STATE);
    assert.equal(await latest('tx', 1), before + 4n, 'the commit marker is the 4th offset; LSO = HW');
    assert.equal((await describe(id)).transactionState, 'CompleteCommit');
  }
  assert.equal((await describe('nope')).errorCode, ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
});

test('AddOffsetsToTxn + TxnOffsetCommit at every version: offsets appear on commit only', async () => {
  await createTopic('src', 1);
  for (const v of versions(28)) {
    const id = `off-${v}`;
    const group = `g-${v}`;
    for (const commit of [false, true]) {
      const { producerId: pid, producerEpoch: epoch } = await init(id);
      const tocBody = {
        transactionalId: id,
        groupId: group,
        producerId: pid,
        producerEpoch: epoch,
        generationId: -1,
        memberId: '',
        groupInstanceId: null,
        topics: [
          {
            name: 'src',
            partitions: [
              {
                partitionIndex: 0,
                committedOffset: commit ? 42n : 7n,
                committedLeaderEpoch: -1,
                committedMetadata: 'm',
              },
            ],
          },
        ],
      };
      const early = await c.request(28, v, tocBody);
      assert.equal(
        arr(arr(early.topics)[0]!.partitions)[0]!.errorCode,
        ErrorCode.INVALID_TXN_STATE,
        'not added yet',
      );
      const ao = await c.request(25, Math.min(v, 4), {
        transactionalId: id,
        producerId: pid,
        producerEpoch: epoch,
        groupId: group,
      });
      assert.equal(ao.errorCode, 0);
      const r = await c.request(28, v, tocBody);
      assert.equal(arr(arr(r.topics)[0]!.partitions)[0]!.errorCode, 0);
      const fetchOffset = async () => {
        const f = await c.request(9, 5, { groupId: group, topics: [{ name: 'src', partitionIndexes: [0] }] });
        return arr(arr(f.topics)[0]!.partitions)[0]!.committedOffset;
      };
      assert.equal(await fetchOffset(), -1n, 'pending offsets are not visible');
      // KIP-447: a read_committed consumer asking for stable offsets waits for the transaction.
      const stable = await c.request(9, 7, {
        groupId: group,
        topics: [{ name: 'src', partitionIndexes: [0] }],
        requireStable: true,
      });
      assert.equal(arr(arr(stable.topics)[0]!.partitions)[0]!.errorCode, ErrorCode.UNSTABLE_OFFSET_COMMIT);
      const end = await c.request(26, Math.min(v, 4), {
        transactionalId: id,
        producerId: pid,
        producerEpoch: epoch,
        committed: commit,
      });
      assert.equal(end.errorCode, 0);
      // EndTxn answers once PrepareCommit is durable; the markers follow (as in Kafka).
      let seen = await fetchOffset();
      for (let i = 0; i < 50 && commit && seen !== 42n; i++) {
        await new Promise((r) => setTimeout(r, 100));
        seen = await fetchOffset();
      }
      assert.equal(seen, commit ? 42n : -1n);
    }
  }
});

test('a restart between PrepareCommit and the markers completes the commit', async () => {
  await createTopic('rs', 1);
  const { producerId: pid, producerEpoch: epoch } = await init('restart-me');
  assert.deepStrictEqual(
    await addPartitions(3, 'restart-me', pid as bigint, epoch as number, 'rs', [0]),
    [0],
  );
  assert.equal(await produceTxn('restart-me', pid as bigint, epoch as number, 'rs', 0, 0, 5), 0);
  assert.equal(await latest('rs', 1), 0n);
  const ao = await c.request(25, 3, {
    transactionalId: 'restart-me',
    producerId: pid,
    producerEpoch: epoch,
    groupId: 'rg',
  });
  assert.equal(ao.errorCode, 0);
  const toc = await c.request(28, 3, {
    transactionalId: 'restart-me',
    groupId: 'rg',
    producerId: pid,
    producerEpoch: epoch,
    generationId: -1,
    memberId: '',
    groupInstanceId: null,
    topics: [
      {
        name: 'rs',
        partitions: [
          { partitionIndex: 0, committedOffset: 5n, committedLeaderEpoch: -1, committedMetadata: null },
        ],
      },
    ],
  });
  assert.equal(arr(arr(toc.topics)[0]!.partitions)[0]!.errorCode, 0);
  // What a crash right after the PrepareCommit record leaves behind.
  const logs = (tb.broker as unknown as { logs: LogManager }).logs;
  await new TxnLog(logs, 2, createRootLogger({ level: 'silent' })).write('restart-me', {
    producerId: Number(pid),
    producerEpoch: epoch as number,
    timeoutMs: 60000,
    state: 'PrepareCommit',
    partitions: new Map([
      ['rs', [0]],
      ['__consumer_offsets', [partitionForGroup('rg', 5)]],
    ]),
    lastUpdateMs: Date.now(),
    startMs: Date.now(),
  });
  c.close();
  await tb.restart();
  c = await RawClient.connect(tb.port);
  assert.equal(await latest('rs', 1), 6n, 'the commit marker was written at start');
  assert.equal((await describe('restart-me')).transactionState, 'CompleteCommit');
  const f = await c.request(9, 5, { groupId: 'rg', topics: [{ name: 'rs', partitionIndexes: [0] }] });
  assert.equal(
    arr(arr(f.topics)[0]!.partitions)[0]!.committedOffset,
    5n,
    'the replayed pending offset was committed',
  );
});
