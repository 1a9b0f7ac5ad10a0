import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Bitmap } from './bitmap.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h.replace(/\s+/g, ''), 'hex'));

test('values are unsigned 32-bit: -1 is 4294967295 and sorts last (FLIP-556, BitmapFunctionsITCase)', () => {
  const b = Bitmap.of([-1, 1, 3, 2, -2147483648]);
  assert.deepEqual(b.toSignedArray(), [1, 2, 3, -2147483648, -1]);
  assert.equal(b.toString(), '{1,2,3,2147483648,4294967295}');
  assert.equal(Bitmap.of([]).toString(), '{}');
  assert.equal(Bitmap.of([-1, 4294967295]).cardinality, 1);
  assert.ok(b.has(-1) && b.has(0xffffffff) && !b.has(0));
});

test('toString stops past 0x80000 characters with ",...}" (RoaringBitmap.toString)', () => {
  const b = Bitmap.of(Array.from({ length: 100_000 }, (_, i) => 4_000_000_000 + i));
  const s = b.toString();
  assert.ok(s.endsWith(',...}'));
  assert.ok(s.length > 0x80000 && s.length < 0x80000 + 20);
});

// Byte vectors derived by hand from RoaringFormatSpec (cookies 12346 / 12347, descriptive header,
// offset header, array / bitmap / run containers), with Java RoaringBitmap's runOptimize rules.
const VECTORS: [string, number[], string][] = [
  ['empty', [], '3a300000 00000000'],
  [
    'two array containers, no runs (Flink ITCase values 1, 2, 3, -4)',
    [1, 2, 3, -4],
    '3a300000 02000000 0000 0200 ffff 0000 18000000 1e000000 0100 0200 0300 fcff',
  ],
  [
    'one run container, no offset header (< 4 containers)',
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    '3b300000 01 0000 0900 0100 0100 0900',
  ],
  [
    'a run of 3 stays an array (6 bytes is not more than 2 + 4)',
    [5, 6, 7],
    '3a300000 01000000 0000 0200 10000000 0500 0600 0700',
  ],
];

test('toBytes writes the portable format exactly (known vectors)', () => {
  for (const [what, values, h] of VECTORS) {
    assert.equal(hex(Bitmap.of(values).toBytes()), h.replace(/\s+/g, ''), what);
    assert.deepEqual(Bitmap.fromBytes(bytes(h)).toSignedArray(), Bitmap.of(values).toSignedArray(), what);
  }
});

test('a bitmap container for more than 4096 scattered values', () => {
  const values = Array.from({ length: 4097 }, (_, i) => 2 * i); // 0, 2, …, 8192: 4097 runs
  const out = Bitmap.of(values).toBytes();
  assert.equal(out.length, 16 + 8192);
  assert.equal(hex(out.subarray(0, 16)), '3a300000' + '01000000' + '0000' + '0010' + '10000000');
  assert.ok(out.subarray(16, 16 + 1024).every((x) => x === 0x55));
  assert.equal(out[16 + 1024], 0x01);
  assert.ok(out.subarray(16 + 1025).every((x) => x === 0));
  assert.deepEqual(Bitmap.fromBytes(out).toSignedArray(), values);
});

test('runs, arrays and bitmaps mixed with ≥ 4 containers carry an offset header', () => {
  const values = [
    ...Array.from({ length: 5000 }, (_, i) => i), // one run (key 0)
    0x10000 + 7, // array (key 1)
    ...Array.from({ length: 5000 }, (_, i) => 0x20000 + 3 * i), // bitmap (key 2)
    ...Array.from({ length: 100 }, (_, i) => 0x30000 + i), // run (key 3)
  ];
  const out = Bitmap.of(values).toBytes();
  const dv = new DataView(out.buffer);
  assert.equal(dv.getUint16(0, true), 12347);
  assert.equal(dv.getUint16(2, true), 3); // size - 1
  assert.equal(out[4], 0b1001); // containers 0 and 3 are runs
  const firstOffset = dv.getUint32(4 + 1 + 16, true);
  assert.equal(firstOffset, 4 + 1 + 16 + 16);
  assert.deepEqual(Bitmap.fromBytes(out).toSignedArray(), values);
});

test('fromBytes rejects malformed input (Flink: "Failed to deserialize bitmap from bytes.")', () => {
  for (const bad of [
    '',
    '696e76616c6964',
    '3a300000',
    '3a300000 01000000 0000 0200 10000000 0500',
    '3b300000 01 0000 0000 0100 0500 fdff',
  ]) {
    assert.throws(() => Bitmap.fromBytes(bytes(bad)), Error, bad);
  }
});

test('fromBytes ignores trailing bytes as RoaringBitmap.deserialize does', () => {
  assert.deepEqual(Bitmap.fromBytes(bytes('3a300000 00000000 ffff')).toSignedArray(), []);
});

const intSet = fc.array(
  fc.oneof(
    fc.integer({ min: -2147483648, max: 2147483647 }),
    fc.integer({ min: 0, max: 70000 }),
    fc.integer({ min: -70000, max: -1 }),
  ),
  { maxLength: 300 },
);
const dense = fc
  .tuple(
    fc.integer({ min: -200000, max: 200000 }),
    fc.integer({ min: 0, max: 9000 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .map(([start, n, step]) => Array.from({ length: n }, (_, i) => start + i * step));

test('round trip bytes → bitmap → bytes and set algebra match a Set reference (property)', () => {
  const seed = Date.now() % 100000;
  console.log(`bitmap property seed ${seed}`);
  const ref = (xs: number[]): number[] => [...new Set(xs.map((x) => x >>> 0))].sort((a, b) => a - b);
  fc.assert(
    fc.property(fc.oneof(intSet, dense), fc.oneof(intSet, dense), (xs, ys) => {
      const a = Bitmap.of(xs);
      const b = Bitmap.of(ys);
      assert.deepEqual([...a.values], ref(xs));
      const back = Bitmap.fromBytes(a.toBytes());
      assert.ok(back.equals(a));
      assert.deepEqual(back.toBytes(), a.toBytes());
      const A = new Set(ref(xs));
      const B = new Set(ref(ys));
      assert.deepEqual(
        [...a.and(b).values],
        [...A].filter((x) => B.has(x)),
      );
      assert.deepEqual([...a.or(b).values], ref([...A, ...B]));
      assert.deepEqual(
        [...a.andNot(b).values],
        [...A].filter((x) => !B.has(x)),
      );
      assert.deepEqual(
        [...a.xor(b).values],
        ref([...[...A].filter((x) => !B.has(x)), ...[...B].filter((x) => !A.has(x))]),
      );
    }),
    { seed, numRuns: 150 },
  );
});
