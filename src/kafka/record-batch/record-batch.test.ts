import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import {
  buildControlBatch,
  buildRecordBatch,
  compress,
  CompressionType,
  controlTypeOf,
  crc32c,
  decompress,
  isBatchCrcValid,
  lastSequenceOf,
  OFF,
  parseBatchHeader,
  readBatches,
  readVarint,
  readVarlong,
  RecordFormatError,
  splitBatches,
  writeVarint,
  writeVarlong,
  type RecordInput,
} from './index.js';

const require = createRequire(import.meta.url);

test('crc32c matches the Castagnoli check value', () => {
  assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283);
  assert.equal(crc32c(Buffer.alloc(32)), 0x8a9136aa); // RFC 3720 B.4: 32 zero bytes
});

test('varint and varlong encode known values like protobuf zig-zag', () => {
  const enc = (v: number, long = false): string => {
    const b = Buffer.alloc(10);
    return b.subarray(0, long ? writeVarlong(b, 0, v) : writeVarint(b, 0, v)).toString('hex');
  };
  assert.equal(enc(0), '00');
  assert.equal(enc(-1), '01');
  assert.equal(enc(1), '02');
  assert.equal(enc(63), '7e');
  assert.equal(enc(-64), '7f');
  assert.equal(enc(64), '8001');
  assert.equal(enc(2147483647), 'feffffff0f');
  assert.equal(enc(-2147483648), 'ffffffff0f');
  assert.equal(enc(2 ** 40, true), '808080808040');
});

test('varint/varlong round-trip (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (v) => {
      const b = Buffer.alloc(5);
      const n = writeVarint(b, 0, v);
      const c = { buf: b, pos: 0, end: n };
      assert.equal(readVarint(c), v);
      assert.equal(c.pos, n);
    }),
  );
  fc.assert(
    fc.property(fc.maxSafeInteger(), (v) => {
      const b = Buffer.alloc(10);
      const n = writeVarlong(b, 0, v);
      assert.equal(readVarlong({ buf: b, pos: 0, end: n }), v);
    }),
  );
});

test('a truncated varint throws RecordFormatError', () => {
  assert.throws(() => readVarint({ buf: Buffer.from([0x80, 0x80]), pos: 0, end: 2 }), RecordFormatError);
});

const recordArb: fc.Arbitrary<RecordInput> = fc.record(
  {
    key: fc.option(
      fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
      { nil: null },
    ),
    value: fc.option(
      fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
      { nil: null },
    ),
    headers: fc.array(
      fc.record(
        {
          key: fc.string({ maxLength: 10 }),
          value: fc.option(
            fc.uint8Array({ maxLength: 20 }).map((a) => Buffer.from(a)),
            { nil: null },
          ),
        },
        { noNullPrototype: true },
      ),
      { maxLength: 3 },
    ),
    timestamp: fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
  },
  { noNullPrototype: true },
);

const codecs = [
  CompressionType.None,
  CompressionType.Gzip,
  CompressionType.Snappy,
  CompressionType.Lz4,
  CompressionType.Zstd,
];

test('batches round-trip with every codec (property)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(recordArb, { minLength: 1, maxLength: 20 }),
      fc.constantFrom(...codecs),
      fc.integer({ min: 0, max: 2 ** 40 }),
      async (records, compression, baseOffset) => {
        const batch = await buildRecordBatch({
          records,
          compression,
          baseOffset,
          producerId: 7,
          producerEpoch: 1,
          baseSequence: 5,
        });
        const [decoded] = await readBatches(batch);
        assert.ok(decoded);
        assert.equal(decoded.header.compression, compression);
        assert.equal(decoded.header.recordCount, records.length);
        assert.equal(decoded.header.baseOffset, baseOffset);
        assert.equal(decoded.header.maxTimestamp, Math.max(...records.map((r) => r.timestamp!)));
        assert.equal(lastSequenceOf(decoded.header), 5 + records.length - 1);
        decoded.records.forEach((r, i) => {
          const want = records[i]!;
          assert.equal(r.offset, baseOffset + i);
          assert.equal(r.timestamp, want.timestamp);
          assert.deepEqual(r.key, want.key);
          assert.deepEqual(r.value, want.value);
          assert.deepEqual(r.headers, want.headers);
        });
      },
    ),
    { numRuns: 60 },
  );
});

test('codecs round-trip large and empty inputs; snappy uses xerial framing and reads raw snappy', async () => {
  const big = Buffer.from('x'.repeat(100_000) + 'abc'.repeat(30_000));
  for (const c of codecs) {
    assert.deepEqual(await decompress(c, await compress(c, big)), big, `codec ${c}`);
    assert.deepEqual(
      await decompress(c, await compress(c, Buffer.alloc(0))),
      Buffer.alloc(0),
      `codec ${c} empty`,
    );
  }
  const framed = await compress(CompressionType.Snappy, big);
  assert.equal(framed.subarray(0, 8).toString('latin1'), '\x82SNAPPY\x00');
  const snappy = require('snappyjs') as { compress(b: Buffer): Buffer };
  assert.deepEqual(await decompress(CompressionType.Snappy, snappy.compress(big)), big);
});

test('corrupt compressed data and unknown codecs get clear errors', async () => {
  for (const c of [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd]) {
    await assert.rejects(
      decompress(c, Buffer.from('definitely not compressed data')),
      (e: unknown) => e instanceof RecordFormatError && e.kafkaError === 'CORRUPT_MESSAGE',
    );
  }
  await assert.rejects(
    decompress(6, Buffer.alloc(3)),
    (e: unknown) => e instanceof RecordFormatError && e.kafkaError === 'UNSUPPORTED_COMPRESSION_TYPE',
  );
  for (const c of [CompressionType.Gzip, CompressionType.Snappy, CompressionType.Lz4, CompressionType.Zstd]) {
    await assert.rejects(
      decompress(c, await compress(c, Buffer.alloc(100_000)), 1000),
      RecordFormatError,
      `codec ${c} honours maxLength`,
    );
  }
  // a zstd frame that declares 4 GB is refused before anything is allocated
  const bomb = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xa0, 0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0, 0, 0]);
  await assert.rejects(decompress(CompressionType.Zstd, bomb), /declares more than/);
});

test('header validation: CRC, length, magic, truncation', async () => {
  const batch = await buildRecordBatch({ records: [{ key: Buffer.from('k'), value: Buffer.from('v') }] });
  assert.equal(splitBatches(batch).length, 1);
  const flipped = Buffer.from(batch);
  flipped[flipped.length - 1]! ^= 1;
  assert.throws(() => splitBatches(flipped), /CRC mismatch/);
  // baseOffset and partition leader epoch are outside the CRC: the broker may rewrite them.
  const moved = Buffer.from(batch);
  moved.writeBigInt64BE(99n, OFF.baseOffset);
  moved.writeInt32BE(3, OFF.partitionLeaderEpoch);
  assert.ok(isBatchCrcValid(moved, 0, moved.length));
  assert.throws(() => splitBatches(batch.subarray(0, batch.length - 1)), /declares/);
  assert.throws(() => splitBatches(batch.subarray(0, 30)), /truncated/);
  const magic1 = Buffer.from(batch);
  magic1.writeInt8(1, OFF.magic);
  assert.throws(() => parseBatchHeader(magic1), /magic 1/);
  const shortLen = Buffer.from(batch);
  shortLen.writeInt32BE(10, OFF.batchLength);
  assert.throws(() => parseBatchHeader(shortLen), /smaller than the v2 header/);
});

test('a record count that does not match the records is rejected', async () => {
  const batch = await buildRecordBatch({
    records: [{ value: Buffer.from('a') }, { value: Buffer.from('b') }],
  });
  const wrong = Buffer.from(batch);
  wrong.writeInt32BE(3, OFF.recordCount);
  await assert.rejects(readBatches(wrong), /CRC mismatch/); // count is CRC-covered
  const { writeBatchCrc } = await import('./batch-header.js');
  writeBatchCrc(wrong, 0, wrong.length);
  await assert.rejects(readBatches(wrong), /declares 3 records but holds 2/);
  wrong.writeInt32BE(1, OFF.recordCount);
  writeBatchCrc(wrong, 0, wrong.length);
  await assert.rejects(readBatches(wrong), /bytes after them/);
});

test('control batches carry the marker type and flags', async () => {
  const b = await buildControlBatch({
    producerId: 42,
    producerEpoch: 3,
    commit: true,
    coordinatorEpoch: 9,
    timestamp: 1_700_000_000_000,
  });
  const [d] = await readBatches(b);
  assert.ok(d?.header.isControl && d.header.isTransactional);
  assert.equal(d.header.producerId, 42);
  assert.equal(controlTypeOf(d.records[0]!.key), 1);
  assert.equal(d.records[0]!.value!.readInt32BE(2), 9);
});

test('interop with kafkajs: its batches decode here and ours decode there', async () => {
  const Long = require('kafkajs/src/utils/long');
  const { RecordBatch: KjsBatch } = require('kafkajs/src/protocol/recordBatch/v0');
  const KjsRecord = require('kafkajs/src/protocol/recordBatch/record/v0');
  const KjsDecodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder');
  const Decoder = require('kafkajs/src/protocol/decoder');
  for (const compression of [CompressionType.None, CompressionType.Gzip]) {
    const ts = 1_700_000_000_000;
    const enc = await KjsBatch({
      compression,
      firstOffset: Long.fromNumber(10),
      firstTimestamp: ts,
      maxTimestamp: ts + 2,
      lastOffsetDelta: 1,
      producerId: Long.fromNumber(5),
      producerEpoch: 2,
      firstSequence: 100,
      records: [
        KjsRecord({
          offsetDelta: 0,
          timestampDelta: 0,
          key: Buffer.from('k1'),
          value: Buffer.from('v1'),
          headers: { h: Buffer.from('x') },
        }),
        KjsRecord({ offsetDelta: 1, timestampDelta: 2, key: null, value: Buffer.from('v2') }),
      ],
    });
    const [d] = await readBatches(enc.buffer as Buffer);
    assert.equal(d!.header.baseOffset, 10);
    assert.equal(d!.header.producerId, 5);
    assert.equal(d!.header.baseSequence, 100);
    assert.deepEqual(
      d!.records.map((r) => [
        r.offset,
        r.timestamp,
        r.key?.toString() ?? null,
        r.value?.toString(),
        r.headers.map((h) => h.key),
      ]),
      [
        [10, ts, 'k1', 'v1', ['h']],
        [11, ts + 2, null, 'v2', []],
      ],
    );
    const ours = await buildRecordBatch({
      compression,
      baseOffset: 3,
      records: [
        {
          key: Buffer.from('a'),
          value: Buffer.from('b'),
          timestamp: ts,
          headers: [{ key: 'hk', value: Buffer.from('hv') }],
        },
      ],
    });
    const theirs = await KjsDecodeBatch(new Decoder(ours));
    assert.equal(theirs.records.length, 1);
    assert.equal(theirs.records[0].offset, '3');
    assert.equal(theirs.records[0].value.toString(), 'b');
    assert.equal(theirs.records[0].headers.hk.toString(), 'hv');
  }
});

test('scanRecords agrees with decodeRecords on valid and mutated record bytes (property)', async () => {
  const { encodeRecords, decodeRecords, scanRecords } = await import('./records.js');
  fc.assert(
    fc.property(
      fc.array(recordArb, { minLength: 1, maxLength: 8 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
      (records, flips) => {
        const bytes = Buffer.from(encodeRecords(records, 1_600_000_000_000));
        for (const [at, v] of flips) if (bytes.length) bytes[at % bytes.length] = v;
        let decoded: ReturnType<typeof decodeRecords> | Error;
        let scanned: ReturnType<typeof scanRecords> | Error;
        try {
          decoded = decodeRecords(bytes, records.length, 0, 1_600_000_000_000);
        } catch (e) {
          decoded = e as Error;
        }
        try {
          scanned = scanRecords(bytes, records.length, 1_600_000_000_000);
        } catch (e) {
          scanned = e as Error;
        }
        assert.equal(
          decoded instanceof Error,
          scanned instanceof Error,
          `decode: ${String(decoded)} scan: ${String(scanned)}`,
        );
        if (!(decoded instanceof Error) && !(scanned instanceof Error)) {
          assert.equal(scanned.maxTimestamp, Math.max(...decoded.map((r) => r.timestamp)));
          assert.equal(scanned.minTimestamp, Math.min(...decoded.map((r) => r.timestamp)));
          assert.equal(
            scanned.nullKey,
            decoded.some((r) => r.key === null),
          );
          assert.equal(
            scanned.badOffsetDelta,
            decoded.findIndex((r, i) => r.offsetDelta !== i),
          );
        }
      },
    ),
    { numRuns: 300 },
  );
});
