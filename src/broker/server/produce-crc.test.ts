/**
 * The batch CRC computed while a pooled Produce frame arrives: the range is found only for the
 * one-topic, one-partition v3-8 shape, the running checksum equals the batch's own at any
 * chunking, and a batch corrupted in transit is still refused (CORRUPT_MESSAGE) by the broker.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import { buildRecordBatch, OFF } from '../../kafka/record-batch/index.js';
import { startTestBroker, type TestBroker } from '../test-support/harness.js';
import { RawClient } from '../test-support/raw-client.js';
import { FramePool } from './frame-pool.js';
import { FrameReader } from './frame-reader.js';
import { produceCrcStart } from './produce-crc.js';

const arr = (v: unknown) => v as Struct[];

function produceFrame(version: number, partitions: { index: number; records: Buffer }[]): Buffer {
  return RawClient.encode(0, version, {
    transactionalId: 'tx',
    acks: -1,
    timeoutMs: 5000,
    topicData: [{ name: 'topic-a', partitionData: partitions }],
  });
}

const bigBatch = () =>
  buildRecordBatch({
    records: Array.from({ length: 100 }, (_, i) => ({ value: Buffer.alloc(1000, i) })),
  });

test('the CRC range is found for one-partition v3-8 Produce frames only', async () => {
  const records = await bigBatch();
  for (const v of [3, 7, 8]) {
    const f = produceFrame(v, [{ index: 0, records }]);
    const body = f.subarray(4);
    const from = produceCrcStart(body, body.length);
    assert.equal(from, body.length - records.length + 21, `v${v}`);
    assert.equal(produceCrcStart(body.subarray(0, 30), body.length), -1, 'too few bytes to tell');
  }
  const flexible = produceFrame(9, [{ index: 0, records }]).subarray(4);
  assert.equal(produceCrcStart(flexible, flexible.length), -1, 'v9+ is left to storage');
  const two = produceFrame(7, [
    { index: 0, records },
    { index: 1, records },
  ]).subarray(4);
  assert.equal(produceCrcStart(two, two.length), -1, 'two partitions are left to storage');
});

test('the running CRC equals the batch CRC whatever the chunking', async () => {
  const records = await bigBatch();
  const f = produceFrame(7, [{ index: 3, records }]);
  for (const step of [65536, 9973, 100, 1]) {
    const pool = new FramePool(4 << 20);
    const fr = new FrameReader(1 << 24, 8, pool);
    const got: Buffer[] = [];
    for (let pos = 0; pos < f.length; pos += step) got.push(...fr.push(f.subarray(pos, pos + step)));
    assert.equal(got.length, 1);
    const recs = got[0]!.subarray(got[0]!.length - records.length);
    assert.equal(pool.batchCrc(recs), records.readUInt32BE(OFF.crc), `step ${step}`);
    assert.equal(pool.batchCrc(recs.subarray(1)), undefined, 'another range has no known CRC');
  }
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

test('a large batch corrupted in transit is refused with CORRUPT_MESSAGE; an intact one is stored', async () => {
  const r = await client.request(19, 7, {
    topics: [{ name: 'crc', numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }],
    timeoutMs: 5000,
    validateOnly: false,
  });
  assert.equal(arr(r.topics)[0]!.errorCode, 0);
  const produce = async (records: Buffer) => {
    const res = await client.request(0, 7, {
      transactionalId: null,
      acks: -1,
      timeoutMs: 5000,
      topicData: [{ name: 'crc', partitionData: [{ index: 0, records }] }],
    });
    return arr(arr(res.responses)[0]!.partitionResponses)[0]!;
  };
  const good = await bigBatch();
  const bad = Buffer.from(good);
  bad[bad.length - 500] ^= 0x40; // a flipped bit in the last record's value
  assert.equal((await produce(bad)).errorCode, ErrorCode.CORRUPT_MESSAGE);
  const ok = await produce(good);
  assert.equal(ok.errorCode, 0);
  assert.equal(ok.baseOffset, 0n, 'the corrupt batch took no offsets');
});
