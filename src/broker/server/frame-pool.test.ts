/**
 * Pooled Produce frames: reassembled byte for byte at any chunking, only Produce frames of
 * 64 KiB or more are pooled, a slab is reused only after its request and every hold on it have
 * settled, a full pool falls back to one allocation per frame; end to end, pipelined
 * transactional batches (answered before their copy to the log) reach the log intact.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../../kafka/protocol/codec.js';
import { buildRecordBatch, readBatches } from '../../kafka/record-batch/index.js';
import { startTestBroker, type TestBroker } from '../test-support/harness.js';
import { RawClient } from '../test-support/raw-client.js';
import { FramePool, POOLED_FRAME_MIN_BYTES, produceFramePool } from './frame-pool.js';
import { FrameReader } from './frame-reader.js';

/** A frame (size + body) whose body starts with `apiKey` and is otherwise `fill`-patterned. */
function frame(apiKey: number, bodyBytes: number, fill: number): Buffer {
  const f = Buffer.alloc(4 + bodyBytes);
  f.writeInt32BE(bodyBytes, 0);
  for (let i = 4; i < f.length; i++) f[i] = (i * 7 + fill) & 0xff;
  f.writeInt16BE(apiKey, 4);
  return f;
}

test('pooled frames come out identical whatever the chunking, and small or non-Produce frames are not pooled', () => {
  const big = frame(0, 200_000, 1);
  const other = frame(3, 200_000, 2);
  const small = frame(0, 1000, 3);
  const stream = Buffer.concat([big, small, other, big]);
  for (const step of [1 << 16, 40_000, 7919, 3]) {
    const pool = new FramePool(8 << 20);
    const fr = new FrameReader(1 << 24, 8, pool);
    const got: Buffer[] = [];
    for (let pos = 0; pos < stream.length; pos += step)
      got.push(...fr.push(stream.subarray(pos, pos + step)));
    assert.equal(got.length, 4, `step ${step}`);
    assert.deepEqual(
      got.map((g) =>
        g.equals(g === got[1] ? small.subarray(4) : g === got[2] ? other.subarray(4) : big.subarray(4)),
      ),
      [true, true, true, true],
      `step ${step}: frames intact`,
    );
    assert.deepEqual(
      got.map((g) => pool.owns(g)),
      [true, false, false, true],
      `step ${step}: only large Produce frames are pooled`,
    );
    assert.equal(fr.pendingBytes, 0);
  }
});

test('a slab is reused only after its request and the holds registered meanwhile settle', async () => {
  const pool = new FramePool(8 << 20);
  const a = pool.acquire(POOLED_FRAME_MIN_BYTES + 1, 0)!;
  let handled!: () => void;
  let written!: () => void;
  pool.releaseAfter(a, new Promise<void>((r) => (handled = r)));
  pool.hold(a, new Promise<void>((r) => (written = r)));
  const b = pool.acquire(POOLED_FRAME_MIN_BYTES + 1, 0)!;
  assert.notEqual(b.buffer, a.buffer, 'a lent slab is not lent twice');
  handled();
  await new Promise((r) => setImmediate(r));
  const c = pool.acquire(POOLED_FRAME_MIN_BYTES + 1, 0)!;
  assert.notEqual(c.buffer, a.buffer, 'still held: its records are not written yet');
  written();
  await new Promise((r) => setImmediate(r));
  const d = pool.acquire(POOLED_FRAME_MIN_BYTES + 1, 0)!;
  assert.equal(d.buffer, a.buffer, 'reused once nothing holds it');
  assert.equal(pool.created, 3);
});

test('a full pool falls back to a frame of its own', () => {
  const pool = new FramePool(256 * 1024);
  const fr = new FrameReader(1 << 24, 8, pool);
  const f = frame(0, 200_000, 5);
  const stream = Buffer.concat([f, f]);
  const got: Buffer[] = [];
  for (let pos = 0; pos < stream.length; pos += 65536)
    got.push(...fr.push(stream.subarray(pos, pos + 65536)));
  assert.equal(got.length, 2);
  assert.ok(got.every((g) => g.equals(f.subarray(4))));
  assert.deepEqual(
    got.map((g) => pool.owns(g)),
    [true, false],
    'the second frame did not fit under the cap',
  );
});

test('a frame cut off by a close gives its pooled buffer back', () => {
  const pool = new FramePool(8 << 20);
  const fr = new FrameReader(1 << 24, 8, pool);
  assert.deepEqual(fr.push(frame(0, 200_000, 9).subarray(0, 70_000)), []);
  const partial = fr.discard()!;
  assert.ok(pool.owns(partial));
  pool.releaseAfter(partial, undefined);
  assert.equal(pool.owns(partial), false);
  assert.equal(fr.pendingBytes, 0);
  assert.equal(pool.acquire(200_000, 0)!.buffer, partial.buffer, 'reused');
});

let tb: TestBroker;
let client: RawClient;
before(async () => {
  tb = await startTestBroker();
  client = await RawClient.connect(tb.port);
});
after(async () => {
  client?.close();
  await tb?.stop();
});

const arr = (v: unknown) => v as Struct[];

test('pipelined transactional batches in pooled frames reach the log intact (slabs wait for the copy)', async () => {
  const topic = 'pooled';
  const r = await client.request(19, 7, {
    topics: [{ name: topic, numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 5000,
    validateOnly: false,
  });
  assert.equal(arr(r.topics)[0]!.errorCode, 0);
  const init = await client.request(22, 4, {
    transactionalId: 'pool-t',
    transactionTimeoutMs: 60000,
    producerId: -1n,
    producerEpoch: -1,
  });
  const producerId = Number(init.producerId);
  const producerEpoch = init.producerEpoch as number;
  const add = await client.request(24, 3, {
    v3AndBelowTransactionalId: 'pool-t',
    v3AndBelowProducerId: init.producerId,
    v3AndBelowProducerEpoch: producerEpoch,
    v3AndBelowTopics: [{ name: topic, partitions: [0] }],
  });
  assert.equal(arr(arr(add.resultsByTopicV3AndBelow)[0]!.resultsByPartition)[0]!.partitionErrorCode, 0);
  const createdBefore = produceFramePool.created;
  const BATCHES = 12;
  const PER = 100;
  const batches = await Promise.all(
    Array.from({ length: BATCHES }, (_, b) =>
      buildRecordBatch({
        records: Array.from({ length: PER }, (_, i) => ({ value: Buffer.alloc(1500, (b * 31 + i) & 0xff) })),
        isTransactional: true,
        producerId,
        producerEpoch,
        baseSequence: b * PER,
      }),
    ),
  );
  // All sent at once: each frame is complete while the previous batch's copy is still pending.
  const rs = await Promise.all(
    batches.map((records) =>
      client.request(0, 7, {
        transactionalId: 'pool-t',
        acks: -1,
        timeoutMs: 5000,
        topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
      }),
    ),
  );
  rs.forEach((res, b) =>
    assert.equal(arr(arr(res.responses)[0]!.partitionResponses)[0]!.errorCode, 0, `batch ${b}`),
  );
  assert.ok(produceFramePool.created - createdBefore <= BATCHES, 'frames came from the pool');
  const end = await client.request(26, 1, {
    transactionalId: 'pool-t',
    producerId: init.producerId,
    producerEpoch,
    committed: true,
  });
  assert.equal(end.errorCode, 0);
  const fetched = await client.request(1, 11, {
    replicaId: -1,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 64 << 20,
    isolationLevel: 1,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [
      {
        topic,
        partitions: [
          {
            partition: 0,
            currentLeaderEpoch: -1,
            fetchOffset: 0n,
            logStartOffset: -1n,
            partitionMaxBytes: 64 << 20,
          },
        ],
      },
    ],
    forgottenTopicsData: [],
    rackId: '',
  });
  const part = arr(arr(fetched.responses)[0]!.partitions)[0]!;
  assert.equal(part.errorCode, 0);
  const stored = (await readBatches(part.records as Buffer)).filter((b) => !b.header.isControl); // CRC-checked
  assert.equal(stored.length, BATCHES);
  stored.forEach(({ records }, b) => {
    assert.equal(records.length, PER);
    records.forEach((rec, i) =>
      assert.ok(rec.value!.equals(Buffer.alloc(1500, (b * 31 + i) & 0xff)), `batch ${b} record ${i}`),
    );
  });
});
