/**
 * Wire primitives: varints and varlongs (zig-zag, every boundary, property-tested against a
 * reference), compact and classic strings/bytes/arrays with null, UUIDs, tagged fields,
 * truncation errors instead of garbage, and the writer's zero-copy chunks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeMessage, encodeMessage } from './codec.js';
import { ProtocolDecodeError, Reader } from './reader.js';
import { f, message } from './schema.js';
import { Writer } from './writer.js';

test('varint and varlong round-trip every value, zig-zag encoded', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      (i, l) => {
        const w = new Writer(4).varint(i).varlong(l);
        const r = new Reader(w.toBuffer());
        assert.equal(r.varint(), i);
        assert.equal(r.varlong(), l);
        assert.equal(r.remaining, 0);
      },
    ),
  );
  // Known encodings (Kafka's ByteUtils tests): 0 → 00, -1 → 01, 1 → 02, 63 → 7e, -64 → 7f, 64 → 80 01.
  const enc = (v: number) => [...new Writer().varint(v).toBuffer()];
  assert.deepStrictEqual(enc(0), [0]);
  assert.deepStrictEqual(enc(-1), [1]);
  assert.deepStrictEqual(enc(1), [2]);
  assert.deepStrictEqual(enc(63), [0x7e]);
  assert.deepStrictEqual(enc(-64), [0x7f]);
  assert.deepStrictEqual(enc(64), [0x80, 0x01]);
  assert.deepStrictEqual(enc(2 ** 31 - 1), [0xfe, 0xff, 0xff, 0xff, 0x0f]);
});

test('unsigned varints reject more than 5 bytes and values over 32 bits', () => {
  assert.throws(
    () => new Reader(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])).uvarint(),
    ProtocolDecodeError,
  );
  assert.throws(() => new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f])).uvarint(), ProtocolDecodeError);
  assert.equal(new Reader(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])).uvarint(), 0xffffffff);
});

test('strings, bytes and arrays in classic and compact forms, with null', () => {
  const w = new Writer();
  w.nullableString('héllo', false)
    .nullableString(null, false)
    .nullableString('ü', true)
    .nullableString(null, true);
  w.nullableBytes(Buffer.from([1, 2]), false)
    .nullableBytes(null, false)
    .nullableBytes(Buffer.alloc(0), true)
    .nullableBytes(null, true);
  w.arrayLength(3, false).arrayLength(null, false).arrayLength(0, true).arrayLength(null, true);
  const b = w.toBuffer();
  const r = new Reader(b);
  assert.equal(r.string(false), 'héllo');
  assert.equal(r.nullableString(false), null);
  assert.equal(r.string(true), 'ü');
  assert.equal(r.nullableString(true), null);
  assert.deepStrictEqual([...r.bytes(false)], [1, 2]);
  assert.equal(r.nullableBytes(false), null);
  assert.equal(r.bytes(true).length, 0);
  assert.equal(r.nullableBytes(true), null);
  assert.equal(r.arrayLength(false), 3);
  assert.equal(r.arrayLength(false), -1);
  assert.equal(r.arrayLength(true), 0);
  assert.equal(r.arrayLength(true), -1);
  // Array lengths larger than the bytes left are refused before anything is allocated.
  assert.throws(
    () => new Reader(new Writer().int32(1_000_000).toBuffer()).arrayLength(false),
    ProtocolDecodeError,
  );
});

test('truncated input throws ProtocolDecodeError, never reads past the frame', () => {
  const full = new Writer().int32(7).string('topic', false).int64(99n).toBuffer();
  for (let n = 0; n < full.length; n++) {
    const r = new Reader(full.subarray(0, n));
    assert.throws(() => {
      r.int32();
      r.string(false);
      r.int64();
    }, ProtocolDecodeError);
  }
  assert.throws(() => new Reader(Buffer.from([0xff, 0xff])).string(false), /null string/);
});

test('tagged fields: known ones decoded, unknown ones skipped, defaults omitted on write', () => {
  const spec = message('T', 99, '0-1', '1+', [
    f('a', 'int32', '0+'),
    f('note', 'string', '1+', { nullable: '1+', tag: 0, tagged: '1+', default: 'null' }),
    f('id', 'uuid', '1+', { tag: 1, tagged: '1+' }),
  ]);
  const w = new Writer();
  encodeMessage(spec, w, 1, { a: 5, note: null });
  assert.deepStrictEqual(
    [...w.toBuffer()],
    [0, 0, 0, 5, 0],
    'no tagged fields written when all are defaults',
  );
  const w2 = new Writer();
  encodeMessage(spec, w2, 1, { a: 5, note: 'x' });
  const bytes = w2.toBuffer();
  const decoded = decodeMessage(spec, new Reader(bytes), 1);
  assert.equal(decoded.note, 'x');
  // An unknown tag (7) between known ones is skipped.
  const unknown = Buffer.from([0, 0, 0, 5, 2, 7, 2, 0xaa, 0xbb, 0, 2, 2, 0x79]);
  const d2 = decodeMessage(spec, new Reader(unknown), 1);
  assert.equal(d2.note, 'y');
  assert.equal(decodeMessage(spec, new Reader(Buffer.from([0, 0, 0, 5])), 0).note, null);
});

test('writer keeps large byte fields by reference (zero copy)', () => {
  const big = Buffer.alloc(100_000, 3);
  const w = new Writer().int32(1).nullableBytes(big, false).int16(2);
  const chunks = w.toChunks();
  assert.ok(
    chunks.some((c) => c === big),
    'the record bytes are one of the chunks, not a copy',
  );
  assert.equal(w.length, 4 + 4 + big.length + 2);
  assert.equal(Buffer.concat(chunks).readInt16BE(4 + 4 + big.length), 2);
});
