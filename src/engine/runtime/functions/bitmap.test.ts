import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ExecutionError, SqlError } from '../../../common/errors.js';
import {
  Bitmap,
  arrayType,
  bigintType,
  bitmapType,
  bytesType,
  intType,
  stringType,
  type LogicalType,
} from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './index.js';
import { callFn, typeOfFn } from './test-util.js';

const bm = (...xs: number[]): Bitmap => Bitmap.of(xs);

test('BITMAP_BUILD skips NULL elements, NULL array gives NULL, result nullability follows the array', () => {
  const t = arrayType(intType());
  assert.equal(callFn('BITMAP_BUILD', [t], [null]), null);
  assert.equal((callFn('BITMAP_BUILD', [t], [[1, null, 1]]) as Bitmap).toString(), '{1}');
  assert.equal((callFn('BITMAP_BUILD', [t], [[]]) as Bitmap).toString(), '{}');
  assert.deepEqual((callFn('BITMAP_BUILD', [t], [[1, 2, 3, -4]]) as Bitmap).toSignedArray(), [1, 2, 3, -4]);
  assert.equal(typeOfFn('BITMAP_BUILD', [arrayType(intType(), false)]), 'BITMAP NOT NULL');
  assert.equal(typeOfFn('BITMAP_BUILD', [t]), 'BITMAP');
  assert.throws(
    () => typeOfFn('BITMAP_BUILD', [arrayType(bigintType())]),
    (e: unknown) =>
      e instanceof SqlError &&
      e.message.includes(
        'Invalid input arguments. Expected signatures are:\nBITMAP_BUILD(array ARRAY<INT> NOT NULL)\nBITMAP_BUILD(array ARRAY<INT>)',
      ),
  );
});

test('BITMAP_CARDINALITY / TO_ARRAY / TO_STRING / TO_BYTES (BitmapFunctionsITCase)', () => {
  const b = bitmapType();
  assert.equal(callFn('BITMAP_CARDINALITY', [b], [bm(1, 2, 3, -4)]), 4n);
  assert.equal(typeOfFn('BITMAP_CARDINALITY', [bitmapType(false)]), 'BIGINT NOT NULL');
  assert.deepEqual(
    callFn('BITMAP_TO_ARRAY', [b], [bm(-1, 1, 3, 2, -2147483648)]),
    [1, 2, 3, -2147483648, -1],
  );
  assert.equal(typeOfFn('BITMAP_TO_ARRAY', [b]), 'ARRAY<INT>');
  assert.equal(
    callFn('BITMAP_TO_STRING', [b], [bm(-2147483648, -1, 1, 3, 2)]),
    '{1,2,3,2147483648,4294967295}',
  );
  assert.equal(callFn('BITMAP_TO_STRING', [b], [bm()]), '{}');
  assert.equal(
    Buffer.from(callFn('BITMAP_TO_BYTES', [b], [bm(-1)]) as Uint8Array).toString('hex'),
    '3a300000' + '01000000' + 'ffff0000' + '10000000' + 'ffff',
  );
  for (const f of ['BITMAP_CARDINALITY', 'BITMAP_TO_ARRAY', 'BITMAP_TO_STRING', 'BITMAP_TO_BYTES']) {
    assert.equal(callFn(f, [b], [null]), null);
    assert.throws(
      () => typeOfFn(f, [intType()]),
      (e: unknown) =>
        e instanceof SqlError && e.message.includes(`Expected signatures are:\n${f}(bitmap <BITMAP>)`),
    );
  }
});

test("BITMAP_FROM_BYTES reads the portable format and fails on garbage with Flink's message", () => {
  const t: LogicalType = bytesType();
  const round = callFn('BITMAP_FROM_BYTES', [t], [bm(1, 2, 3, -4).toBytes()]) as Bitmap;
  assert.ok(round.equals(bm(1, 2, 3, -4)));
  assert.equal(callFn('BITMAP_FROM_BYTES', [t], [null]), null);
  for (const bad of [new Uint8Array(0), new TextEncoder().encode('invalid')])
    assert.throws(
      () => callFn('BITMAP_FROM_BYTES', [t], [bad]),
      (e: unknown) => e instanceof ExecutionError && e.message === 'Failed to deserialize bitmap from bytes.',
    );
  assert.throws(
    () => typeOfFn('BITMAP_FROM_BYTES', [stringType()]),
    /BITMAP_FROM_BYTES\(bytes <BINARY_STRING>\)/,
  );
});

test('BITMAP_AND / OR / XOR / ANDNOT: set algebra, NULL if either argument is NULL', () => {
  const b = bitmapType();
  const x = bm(1, 2, 3);
  const y = bm(3, 6, 9);
  assert.equal(String(callFn('BITMAP_OR', [b, b], [x, y])), '{1,2,3,6,9}');
  assert.equal(String(callFn('BITMAP_AND', [b, b], [x, y])), '{3}');
  assert.equal(String(callFn('BITMAP_XOR', [b, b], [x, y])), '{1,2,6,9}');
  assert.equal(String(callFn('BITMAP_ANDNOT', [b, b], [x, y])), '{1,2}');
  assert.equal(callFn('BITMAP_AND', [b, b], [x, null]), null);
  assert.equal(typeOfFn('BITMAP_OR', [bitmapType(false), bitmapType(false)]), 'BITMAP NOT NULL');
  assert.equal(typeOfFn('BITMAP_OR', [bitmapType(false), b]), 'BITMAP');
});

type Row = [op: '+' | '-', v: unknown];
function runAgg(name: string, argType: LogicalType, rows: Row[]): unknown {
  const def = BUILTIN_FUNCTIONS.aggregate(name)!;
  const rt = def.inferType([argType]);
  const impl = def.create([argType], rt, { needsRetraction: true });
  let acc = impl.create();
  for (const [op, v] of rows) acc = op === '+' ? impl.accumulate(acc, [v]) : impl.retract(acc, [v]);
  return impl.getValue(acc);
}

test('BITMAP_BUILD_AGG (+ CARDINALITY) with retraction (BitmapAggFunctionITCase, group B / C / A)', () => {
  const B: Row[] = [
    ['+', 1],
    ['-', 1],
    ['+', null],
    ['+', 3],
    ['-', 2],
    ['+', -1],
    ['+', 2],
    ['+', 2],
    ['+', 1],
    ['-', 1],
    ['-', 3],
    ['+', 1],
  ];
  assert.equal(String(runAgg('BITMAP_BUILD_AGG', intType(), B)), '{1,2,4294967295}');
  assert.equal(runAgg('BITMAP_BUILD_CARDINALITY_AGG', intType(), B), 3n);
  const C: Row[] = [
    ['+', 2],
    ['+', 1],
    ['+', -1],
    ['+', null],
    ['-', 1],
    ['-', -1],
    ['-', null],
    ['-', 2],
    ['+', 1],
  ];
  assert.equal(String(runAgg('BITMAP_BUILD_AGG', intType(), C)), '{1}');
  assert.equal(
    runAgg('BITMAP_BUILD_AGG', intType(), [
      ['+', 1],
      ['+', null],
      ['-', 1],
    ]),
    null,
  );
  assert.equal(runAgg('BITMAP_BUILD_CARDINALITY_AGG', intType(), [['+', null]]), null);
  assert.throws(
    () => BUILTIN_FUNCTIONS.aggregate('BITMAP_BUILD_AGG')!.inferType([bigintType()]),
    /BITMAP_BUILD_AGG\(value <INTEGER>\)/,
  );
});

test('BITMAP_AND_AGG / OR_AGG / XOR_AGG (+ CARDINALITY) (BitmapAggFunctionITCase)', () => {
  const A: Row[] = [
    ['+', bm(1, 2, 3)],
    ['+', bm(2, 3, 4)],
    ['+', bm(1, 3, 5)],
    ['+', null],
  ];
  assert.equal(String(runAgg('BITMAP_AND_AGG', bitmapType(), A)), '{3}');
  assert.equal(String(runAgg('BITMAP_OR_AGG', bitmapType(), A)), '{1,2,3,4,5}');
  assert.equal(String(runAgg('BITMAP_XOR_AGG', bitmapType(), A)), '{3,4,5}');
  const C: Row[] = [
    ['+', bm(-1, 0, 1)],
    ['+', bm(-1, -2)],
    ['+', null],
  ];
  assert.equal(String(runAgg('BITMAP_AND_AGG', bitmapType(), C)), '{4294967295}');
  assert.equal(runAgg('BITMAP_OR_CARDINALITY_AGG', bitmapType(), C), 4n);
  // with retraction, group B: a DELETE before its INSERT (count < 0) cancels a later insert
  const B: Row[] = [
    ['+', bm(1, 3, 5)],
    ['-', bm(1, 3, 5)],
    ['+', null],
    ['+', bm(-1, 0, 2, 3, 4)],
    ['-', bm(2, 4, 6)],
    ['+', bm(2, 3, 4, 5, 6)],
    ['+', bm(2, 4, 6)],
    ['+', bm(2, 4, 6)],
    ['+', bm(1, 4, 7)],
    ['-', bm(1, 4, 7)],
    ['-', bm(2, 4, 6)],
    ['+', bm(3, 4, 5)],
  ];
  assert.equal(String(runAgg('BITMAP_AND_AGG', bitmapType(), B)), '{3,4}');
  assert.equal(runAgg('BITMAP_AND_CARDINALITY_AGG', bitmapType(), B), 2n);
  assert.equal(
    runAgg('BITMAP_AND_AGG', bitmapType(), [
      ['+', bm(2, 4, 6)],
      ['+', null],
      ['-', bm(2, 4, 6)],
    ]),
    null,
  );
  assert.equal(
    runAgg('BITMAP_XOR_AGG', bitmapType(), [
      ['+', bm(1)],
      ['+', bm(1)],
    ])!.toString(),
    '{}',
  );
  assert.throws(
    () => BUILTIN_FUNCTIONS.aggregate('BITMAP_AND_AGG')!.inferType([intType()]),
    /BITMAP_AND_AGG\(bitmap <BITMAP>\)/,
  );
});

test('bitmap aggregates merge accumulators (two-phase / session windows)', () => {
  const def = BUILTIN_FUNCTIONS.aggregate('BITMAP_BUILD_AGG')!;
  const impl = def.create([intType()], def.inferType([intType()])) as ReturnType<typeof def.create> & {
    merge(t: unknown, o: unknown): unknown;
  };
  const a = impl.accumulate(impl.accumulate(impl.create(), [1]), [-1]);
  const b = impl.retract(impl.accumulate(impl.create(), [2]), [1]);
  assert.equal(String(impl.getValue(impl.merge(a, b))), '{2,4294967295}');
});

test('incremental aggregate results equal a rebuild from the live inputs after every step (property)', () => {
  const seed = Date.now() % 100000;
  console.log(`bitmap aggregate property seed ${seed}`);
  const pool = [bm(1, 2, 3), bm(2, 3, 4), bm(-1, 3), bm(), bm(3, 70000)];
  const step = fc.tuple(fc.constantFrom<'+' | '-'>('+', '+', '-'), fc.integer({ min: 0, max: 4 }));
  fc.assert(
    fc.property(fc.array(step, { maxLength: 40 }), (ops) => {
      for (const name of ['BITMAP_BUILD_AGG', 'BITMAP_AND_AGG', 'BITMAP_OR_AGG', 'BITMAP_XOR_AGG']) {
        const build = name === 'BITMAP_BUILD_AGG';
        const t = build ? intType() : bitmapType();
        const def = BUILTIN_FUNCTIONS.aggregate(name)!;
        const impl = def.create([t], def.inferType([t]), { needsRetraction: true });
        let acc = impl.create();
        const counts = new Map<number, number>();
        for (const [op, i] of ops) {
          const v = build ? i - 2 : pool[i]!;
          acc = op === '+' ? impl.accumulate(acc, [v]) : impl.retract(acc, [v]);
          counts.set(i, (counts.get(i) ?? 0) + (op === '+' ? 1 : -1));
          const live = [...counts].filter(([, n]) => n > 0);
          let want: Bitmap | null = null;
          if (build) want = live.length === 0 ? null : Bitmap.of(live.map(([j]) => j - 2));
          else
            for (const [j, n] of live) {
              const b = pool[j]!;
              if (want === null) want = name === 'BITMAP_XOR_AGG' && n % 2 === 0 ? bm() : b;
              else if (name === 'BITMAP_AND_AGG') want = want.and(b);
              else if (name === 'BITMAP_OR_AGG') want = want.or(b);
              else if (n % 2 === 1) want = want.xor(b);
            }
          assert.equal(String(impl.getValue(acc)), String(want), `${name} after ${op}${i}`);
        }
      }
    }),
    { seed, numRuns: 200 },
  );
});
