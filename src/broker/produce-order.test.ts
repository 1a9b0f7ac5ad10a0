/**
 * Pipelined produce requests on one connection are appended in the order they were sent, even
 * when a later request validates faster (an uncompressed batch behind a large gzip batch, whose
 * decompression runs on the thread pool): Kafka's per-connection ordering, and what idempotent
 * producers with several requests in flight rely on for their sequence numbers.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Struct } from '../kafka/protocol/codec.js';
import { buildRecordBatch, CompressionType } from '../kafka/record-batch/index.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { RawClient } from './test-support/raw-client.js';

let tb: TestBroker;
let c: RawClient;

before(async () => {
  tb = await startTestBroker();
  c = await RawClient.connect(tb.port);
});
after(async () => {
  c?.close();
  await tb?.stop();
});

const arr = (v: unknown) => v as Struct[];

function batch(
  n: number,
  compression: CompressionType,
  idem?: { producerId: number; producerEpoch: number; baseSequence: number },
): Promise<Buffer> {
  return buildRecordBatch({
    // random text: gzip cannot shrink it to nothing, so inflating it takes a while
    records: Array.from({ length: n }, () => ({
      key: null,
      value: Buffer.from(randomBytes(768).toString('base64')),
    })),
    compression,
    ...(idem ?? {}),
  });
}

function produce(topic: string, records: Buffer): Promise<Struct> {
  return c
    .request(0, 9, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
    })
    .then((r) => arr(arr(r.responses)[0]!.partitionResponses)[0]!);
}

async function createTopic(name: string): Promise<void> {
  const r = await c.request(19, 7, {
    topics: [{ name, numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 1000,
  });
  assert.equal(arr(r.topics)[0]!.errorCode, 0);
}

test('a small uncompressed batch sent behind a large gzip batch is appended after it', async () => {
  await createTopic('order');
  const big = await batch(900, CompressionType.Gzip);
  for (let round = 0; round < 3; round++) {
    const small = await batch(3, CompressionType.None);
    const [a, b] = await Promise.all([produce('order', big), produce('order', small)]);
    assert.equal(a.errorCode, 0);
    assert.equal(b.errorCode, 0);
    assert.equal(a.baseOffset, BigInt(round * 903), `round ${round}: the gzip batch comes first`);
    assert.equal(b.baseOffset, BigInt(round * 903 + 900), `round ${round}: the small batch follows it`);
  }
});

test('idempotent producer: pipelined batches with consecutive sequences all succeed, in order', async () => {
  await createTopic('order-idem');
  const init = await c.request(22, 4, {
    transactionalId: null,
    transactionTimeoutMs: 60000,
    producerId: -1n,
    producerEpoch: -1,
  });
  assert.equal(init.errorCode, 0);
  const id = { producerId: Number(init.producerId), producerEpoch: init.producerEpoch as number };
  const sizes = [900, 2, 900, 2, 1];
  let seq = 0;
  const batches: Buffer[] = [];
  for (const n of sizes) {
    batches.push(
      await batch(n, n > 100 ? CompressionType.Gzip : CompressionType.None, { ...id, baseSequence: seq }),
    );
    seq += n;
  }
  const rs = await Promise.all(batches.map((b) => produce('order-idem', b)));
  let offset = 0;
  rs.forEach((r, i) => {
    assert.equal(r.errorCode, 0, `batch ${i}`);
    assert.equal(r.baseOffset, BigInt(offset), `batch ${i} at its sequence's offset`);
    offset += sizes[i]!;
  });
  // and a retry of the whole pipeline is recognised batch by batch as duplicates
  const again = await Promise.all(batches.slice(-3).map((b) => produce('order-idem', b)));
  assert.deepEqual(
    again.map((r) => [r.errorCode, r.baseOffset]),
    rs.slice(-3).map((r) => [0, r.baseOffset]),
  );
});
