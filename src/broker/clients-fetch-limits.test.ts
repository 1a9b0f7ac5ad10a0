/**
 * Fetch size limits as Kafka's ReplicaManager.readFromLocalLog applies them (KIP-74): the first
 * batch of the first non-empty partition comes whole even above max_bytes and the partition's
 * max bytes; after it, the request's remaining max_bytes and each partition's limit are hard, so
 * a later partition whose next batch does not fit gets no records (not a cut batch). Checked on
 * the wire (Fetch v11 over three partitions of one ~300 KB batch each) and with confluent_kafka
 * consuming such batches with max.partition.fetch.bytes=1000 and fetch.max.bytes=5000.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { buildRecordBatch } from '../kafka/record-batch/index.js';
import { requireTool } from '../testing/tools.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';
import { run } from './test-support/run.js';

let tb: TestBroker;
let c: RawClient;
const arr = (v: unknown) => v as Struct[];
let batchBytes = 0;

before(async () => {
  tb = await startTestBroker();
  c = await RawClient.connect(tb.port);
  await c.request(19, 7, {
    topics: [{ name: 'big', numPartitions: 3, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 1000,
  });
  for (let p = 0; p < 3; p++) {
    // Three records of 100,000 bytes in one batch per partition.
    const records = await buildRecordBatch({
      records: Array.from({ length: 3 }, (_, i) => ({ value: Buffer.alloc(100_000, 65 + p * 3 + i) })),
    });
    batchBytes = records.length;
    const r = await c.request(0, 9, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'big', partitionData: [{ index: p, records }] }],
    });
    assert.equal(arr(arr(r.responses)[0]!.partitionResponses)[0]!.errorCode, 0);
  }
});
after(async () => {
  c?.close();
  await tb?.stop();
});

async function fetchSizes(maxBytes: number, partitionMaxBytes: number): Promise<number[]> {
  const r = await c.request(1, 11, {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic: 'big',
        partitions: [0, 1, 2].map((partition) => ({
          partition,
          currentLeaderEpoch: -1,
          fetchOffset: 0n,
          logStartOffset: -1n,
          partitionMaxBytes,
        })),
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  });
  return arr(arr(r.responses)[0]!.partitions).map((p) => (p.records as Buffer | null)?.length ?? 0);
}

test('a batch above both limits comes whole for the first partition only', async () => {
  assert.deepEqual(await fetchSizes(5000, 1000), [batchBytes, 0, 0]);
});

test('after the first batch, max_bytes left and the partition limit are hard', async () => {
  // Room for a second batch, not a third.
  assert.deepEqual(await fetchSizes(batchBytes * 2 + 1000, 1 << 20), [batchBytes, batchBytes, 0]);
  // The partition limit keeps every later partition empty.
  assert.deepEqual(await fetchSizes(1 << 24, 1000), [batchBytes, 0, 0]);
  assert.deepEqual(await fetchSizes(1 << 24, 1 << 20), [batchBytes, batchBytes, batchBytes]);
});

test('confluent_kafka with tiny fetch limits still reads every record', async () => {
  const script = String.raw`
import json
from confluent_kafka import Consumer, TopicPartition
c = Consumer({'bootstrap.servers': ${JSON.stringify(tb.bootstrap)}, 'group.id': 'tiny', 'enable.auto.commit': False,
              'max.partition.fetch.bytes': 1000, 'fetch.max.bytes': 5000, 'message.max.bytes': 5000,
              'receive.message.max.bytes': 1000000})
c.assign([TopicPartition('big', p, 0) for p in range(3)])
got = []
for _ in range(200):
    m = c.poll(0.5)
    if m is not None and not m.error():
        got.append([m.partition(), m.offset(), len(m.value()), m.value()[0]])
    if len(got) == 9:
        break
c.close()
print(json.dumps(sorted(got)))
`;
  const { stdout } = await run(requireTool('python'), ['-c', script], { timeoutMs: 50_000 });
  const got = JSON.parse(stdout.trim()) as number[][];
  assert.deepEqual(
    got,
    [0, 1, 2].flatMap((p) => [0, 1, 2].map((i) => [p, i, 100_000, 65 + p * 3 + i])),
  );
});
