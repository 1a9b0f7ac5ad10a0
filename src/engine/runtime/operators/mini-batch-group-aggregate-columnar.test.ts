import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  bigintType,
  doubleType,
  floatType,
  intType,
  stringType,
  tinyintType,
  type LogicalType,
} from '../../../types/index.js';
import type { Batch, Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import type { AggCall } from './aggregate-api.js';
import { appendOnlyAggregate } from './append-only-aggregates.js';
import { AccumulatorRows, accumulatorColumn, partsOf } from './columnar-accumulators.js';
import { MiniBatchGroupAggregateOperator } from './mini-batch-group-aggregate.js';
import { openCollecting } from './test-support.js';

/** A call as plan/build.ts makes it for an insert-only input. */
function call(fn: string, types: LogicalType[], args: number[], filter = -1, distinct = false): AggCall {
  const def = BUILTIN_FUNCTIONS.aggregate(fn)!;
  const impl =
    appendOnlyAggregate(fn, types, BUILTIN_FUNCTIONS, 'UTC') ??
    def.create(types, def.inferType(types), { needsRetraction: false });
  return { impl, args, distinct, filter };
}

const B = bigintType();
const I = intType();
const T = tinyintType();
const D = doubleType();
const F = floatType();
const S = stringType();

/**
 * Rows: [k1, k2, bigint, int, tinyint, double, float, string, filter1, filter2]. Without
 * `countStar` no call counts every row, so firing compares each touched group's results with
 * its saved copy (with COUNT(*) every touched group emits and copies are kept only for -U).
 */
const CALLS = (countStar = true): AggCall[] => [
  ...(countStar ? [call('COUNT', [], [])] : []),
  call('COUNT', [], [], 8),
  call('COUNT', [B], [2]),
  call('COUNT', [B, I], [2, 3], 9),
  call('SUM', [B], [2]),
  call('SUM', [B], [2], 8),
  call('AVG', [B], [2]),
  call('AVG', [I], [3]),
  call('AVG', [T], [4], 9),
  call('SUM', [I], [3]),
  call('SUM', [T], [4]),
  call('SUM', [D], [5]),
  call('SUM', [F], [6]),
  call('AVG', [D], [5]),
  call('AVG', [F], [6], 8),
  call('MIN', [B], [2]),
  call('MAX', [B], [2], 9),
  call('MIN', [S], [7]),
  call('MAX', [S], [7]),
  call('MAX', [D], [5]),
  call('MIN', [I], [3]),
  call('MIN', [F], [6]),
  // Fields shared with the calls above (same argument and FILTER), and a call repeated.
  call('AVG', [B], [2], 8),
  call('MAX', [B], [2]),
  call('MIN', [B], [2]),
  call('SUM', [D], [5], 9),
  call('AVG', [D], [5], 9),
  call('COUNT', [], [], 9),
  // DISTINCT: two argument lists (one shared by FILTER variants), as Nexmark q16.
  call('COUNT', [B], [2], -1, true),
  call('COUNT', [B], [2], 8, true),
  call('SUM', [I], [3], 9, true),
  call('COUNT', [S], [7], -1, true),
  call('MAX', [S], [7], 8, true),
  call('COUNT', [I], [3], -1, true),
];

function operator(
  calls: AggCall[],
  columnar: boolean,
  size: number,
  updateBefore = true,
  emitUnchanged = false,
  localSeenGroups = 64,
  chunk = 64,
): MiniBatchGroupAggregateOperator {
  return new MiniBatchGroupAggregateOperator({
    localSeenGroups,
    chunk,
    keys: [0, 1],
    calls,
    generateUpdateBefore: updateBefore,
    emitUnchanged,
    insertOnly: true,
    columnar,
    intervalMs: 1000,
    size,
    now: () => 0,
    timer: false,
  });
}

const isColumnar = (op: MiniBatchGroupAggregateOperator): boolean =>
  (op as unknown as { columnar: unknown }).columnar !== null;

function run(op: MiniBatchGroupAggregateOperator, batches: Row[][]): [string, Row][] {
  const h = openCollecting(op);
  for (const rows of batches) op.processBatch({ rows: rows.map((r) => [...r]), kinds: null } as Batch);
  op.finish();
  op.close();
  return h.out;
}

const big = fc.oneof(
  fc.constant(null),
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: 2n ** 53n - 40n, max: 2n ** 53n + 40n }),
  fc.bigInt({ min: -(2n ** 53n) - 40n, max: -(2n ** 53n) + 40n }),
  fc.bigInt({ min: 2n ** 63n - 5n, max: 2n ** 63n - 1n }),
  fc.bigInt({ min: -(2n ** 63n), max: -(2n ** 63n) + 5n }),
);
const int = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -50, max: 50 }),
  fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 2 ** 30),
);
const tiny = fc.oneof(fc.constant(null), fc.integer({ min: -128, max: 127 }));
const dbl = fc.oneof(
  fc.constant(null),
  fc.double(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 0.1, 1e308),
  fc.integer({ min: -5, max: 5 }),
);
const flt = dbl.map((v) => (v === null ? null : Math.fround(v)));
const str = fc.oneof(fc.constant(null), fc.constantFrom('', 'a', 'b', 'ab', 'zz', 'é'));
const row = fc.tuple(
  fc.constantFrom('x', 'y', 'z', null),
  fc.constantFrom(1n, 2n, 2n ** 60n),
  big,
  int,
  tiny,
  dbl,
  flt,
  str,
  fc.boolean(),
  fc.constantFrom(true, false, null),
);

test('columnar accumulators give the general path changelog (random inserts, NULLs, FILTERs, overflow, DISTINCT)', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed ${seed}`);
  fc.assert(
    fc.property(
      fc.array(fc.array(row, { maxLength: 30 }), { maxLength: 12 }),
      fc.integer({ min: 1, max: 25 }),
      fc.boolean(),
      fc.boolean(),
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 1, max: 9 }),
      fc.boolean(),
      fc.boolean(),
      (batches, size, updateBefore, emitUnchanged, local, chunk, countStar, bigintFirst) => {
        // Few groups keep seen tables of their own, the rest share one (prepared in chunks).
        const general = operator(CALLS(countStar), false, size, updateBefore, emitUnchanged, local, chunk);
        const columnar = operator(CALLS(countStar), true, size, updateBefore, emitUnchanged, local, chunk);
        assert.equal(isColumnar(general), false);
        assert.equal(isColumnar(columnar), true);
        // A BIGINT first key column: safe and unsafe values, several groups per value.
        const rows = (batches as unknown as Row[][]).map((b) =>
          bigintFirst ? b.map((r) => [r[1], r[0], ...r.slice(2)]) : b,
        );
        assert.deepStrictEqual(run(columnar, rows), run(general, rows));
      },
    ),
    { seed, numRuns: 300 },
  );
});

test('columnar accumulator rows grow: hundreds of groups and bundles of hundreds of groups, as the general path', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed ${seed}`);
  // Group ordinals and bundle positions run far past the first allocation (64 rows of each), so
  // the interleaved rows of groups and of saved copies are copied as they grow.
  const many = fc.tuple(
    fc.constantFrom('x', 'y', null),
    fc.bigInt({ min: 0n, max: 400n }),
    big,
    int,
    tiny,
    dbl,
    flt,
    str,
    fc.boolean(),
    fc.constantFrom(true, false, null),
  );
  fc.assert(
    fc.property(
      fc.array(fc.array(many, { minLength: 100, maxLength: 400 }), { minLength: 1, maxLength: 5 }),
      fc.integer({ min: 50, max: 700 }),
      fc.boolean(),
      fc.boolean(),
      (batches, size, updateBefore, countStar) => {
        const rows = batches as unknown as Row[][];
        const general = operator(CALLS(countStar), false, size, updateBefore, false, 8, 64);
        const columnar = operator(CALLS(countStar), true, size, updateBefore, false, 8, 64);
        assert.deepStrictEqual(run(columnar, rows), run(general, rows));
      },
    ),
    { seed, numRuns: 25 },
  );
});

test('columnar groups past the first pages (10 000 groups, each touched in several bundles), as the general path', () => {
  // Group rows and key values sit in pages of 4096 groups: ordinals in the third page and
  // bundles that mix pages.
  const rows: Row[] = [];
  for (let pass = 0; pass < 3; pass++) {
    for (let k = 0; k < 10_000; k++) {
      const v = (k * 7919 + pass * 13) % 2001;
      rows.push([
        k % 3 === 0 ? 'x' : 'y',
        BigInt(k),
        BigInt(v - 1000),
        v,
        (v % 256) - 128,
        v / 7,
        Math.fround(v / 3),
        `s${v % 17}`,
        v % 2 === 0,
        v % 3 === 0 ? null : v % 5 === 0,
      ]);
    }
  }
  const batches: Row[][] = [];
  for (let i = 0; i < rows.length; i += 1024) batches.push(rows.slice(i, i + 1024));
  for (const updateBefore of [true, false]) {
    const columnar = run(operator(CALLS(), true, 7000, updateBefore), batches);
    assert.deepStrictEqual(columnar, run(operator(CALLS(), false, 7000, updateBefore), batches));
    assert.ok(columnar.length > 20_000);
  }
});

test('columnar SUM(BIGINT) wraps as a Java long, AVG(BIGINT) truncates, SUM(INT) wraps as an int, AVG(INT) does not', () => {
  const calls = [call('SUM', [B], [2]), call('AVG', [B], [2]), call('SUM', [I], [3]), call('AVG', [I], [3])];
  const op = operator(calls, true, 100);
  assert.equal(isColumnar(op), true);
  const max = 2n ** 63n - 1n;
  const out = run(op, [
    [
      ['k', 1n, max, 2 ** 31 - 1, 0, 0, 0, '', true, true],
      ['k', 1n, 2n, 1, 0, 0, 0, '', true, true],
      ['m', 1n, -7n, -7, 0, 0, 0, '', true, true],
      ['m', 1n, 2n, 2, 0, 0, 0, '', true, true],
    ],
  ]);
  assert.deepStrictEqual(out, [
    // AVG(BIGINT) of the wrapped sum truncates toward 0; AVG(INT) sums in a BIGINT (no wrap).
    ['+I', ['k', 1n, -(2n ** 63n) + 1n, -(2n ** 62n) + 1n, -(2 ** 31), 2 ** 30]],
    ['+I', ['m', 1n, -5n, -2n, -5, -2]],
  ]);
});

test('rows are not kept: mutating input rows after processBatch changes no result', () => {
  const rows = (): Row[] => [
    ['x', 1n, 5n, 1, 1, 1.5, 1.5, 'b', true, true],
    ['y', 1n, 7n, 2, 2, 2.5, 2.5, 'c', true, null],
    ['x', 1n, 9n, 3, 3, 3.5, 3.5, 'a', false, true],
  ];
  const op = operator(CALLS(), true, 4);
  const h = openCollecting(op);
  const fed: Row[] = [];
  for (let i = 0; i < 3; i++) {
    const batch = rows();
    op.processBatch({ rows: batch, kinds: null });
    fed.push(...batch);
    // Overwrite every field: a kept row would change the results.
    for (const r of batch) r.fill(null);
  }
  op.finish();
  const expected = run(operator(CALLS(), false, 4), [rows(), rows(), rows()]);
  assert.deepStrictEqual(h.out, expected);
  assert.ok(fed.length === 9);
});

test('a touched group whose results did not change emits nothing; with COUNT(*) it always emits', () => {
  // Bundles of 2 rows: the second bundle's rows repeat the first's values for group x.
  const rows: Row[][] = [
    [
      ['x', 1n, 5n, 1, 1, 1.5, 1.5, 'b', true, true],
      ['y', 1n, 7n, 2, 2, 2.5, 2.5, 'c', true, null],
    ],
    [
      ['x', 1n, 5n, 1, 1, 1.5, 1.5, 'b', true, true],
      ['x', 1n, 4n, 1, 1, 1.5, 1.5, 'b', true, true],
    ],
  ];
  const max = [call('MAX', [B], [2]), call('MIN', [S], [7])];
  for (const updateBefore of [true, false]) {
    for (const calls of [() => max, () => [call('COUNT', [], []), ...max]]) {
      const columnar = run(operator(calls(), true, 2, updateBefore), rows);
      assert.deepStrictEqual(columnar, run(operator(calls(), false, 2, updateBefore), rows));
      // x's MAX stays 5 and MIN 'b': without COUNT(*) the second bundle emits nothing.
      const fired = columnar.length - 2;
      assert.equal(fired, calls().length === 2 ? 0 : updateBefore ? 2 : 1, `updateBefore ${updateBefore}`);
    }
  }
});

test('columnar groups are chosen only when every call has a column form', () => {
  assert.equal(isColumnar(operator([call('COUNT', [], []), call('MAX', [S], [7])], true, 10)), true);
  assert.equal(isColumnar(operator([call('COUNT', [B], [2], -1, true)], true, 10)), true, 'DISTINCT');
  const many = Array.from({ length: 31 }, () => call('COUNT', [B], [2], -1, true));
  assert.equal(isColumnar(operator(many, true, 10)), false, '31 DISTINCT calls of one argument list');
  assert.equal(isColumnar(operator([call('LISTAGG', [S], [7])], true, 10)), false, 'LISTAGG');
  const retracting = new MiniBatchGroupAggregateOperator({
    keys: [0],
    calls: [call('COUNT', [], [])],
    generateUpdateBefore: true,
    intervalMs: 1000,
    size: 10,
    timer: false,
  });
  assert.equal(isColumnar(retracting), false, 'input not known to be insert-only');
});

test('columnar groups without key columns (a global aggregation) and with one key column', () => {
  for (const keys of [[], [7]]) {
    const make = (columnar: boolean): MiniBatchGroupAggregateOperator =>
      new MiniBatchGroupAggregateOperator({
        keys,
        calls: CALLS(),
        generateUpdateBefore: true,
        insertOnly: true,
        columnar,
        intervalMs: 1000,
        size: 3,
        now: () => 0,
        timer: false,
      });
    const rows: Row[][] = [
      [
        ['x', 1n, 5n, 1, 1, 1.5, 1.5, 'b', true, true],
        ['y', 1n, 7n, 2, 2, 2.5, 2.5, null, true, null],
      ],
      [
        ['x', 1n, 9n, 3, 3, 3.5, 3.5, 'a', false, true],
        ['x', 1n, null, null, null, null, null, 'b', false, false],
        ['z', 2n, 1n, 1, 1, 1, 1, 'b', true, true],
      ],
    ];
    const op = make(true);
    assert.equal(isColumnar(op), true);
    const out = run(op, rows);
    assert.ok(out.length > 0);
    assert.deepStrictEqual(out, run(make(false), rows));
  }
});

test('calls share the fields that hold the same thing: Nexmark q17 calls in one 64-byte row', () => {
  // COUNT(*), three FILTERed COUNT(*), MIN / MAX / AVG / SUM of a nullable BIGINT (column 2).
  const calls = [
    call('COUNT', [], []),
    call('COUNT', [], [], 3),
    call('COUNT', [], [], 4),
    call('COUNT', [], [], 5),
    call('MIN', [B], [2]),
    call('MAX', [B], [2]),
    call('AVG', [B], [2]),
    call('SUM', [B], [2]),
  ];
  const rows = new AccumulatorRows();
  const cols = calls.map((c, k) => accumulatorColumn(c, k, rows));
  // 4 counts, 2 extremes, the shared sum and the shared COUNT(price).
  assert.equal(rows.width, 8);
  assert.equal(partsOf(cols).length, 8);
  // Another FILTER or DISTINCT is another accumulator.
  const more = [call('SUM', [B], [2], 3), call('COUNT', [B], [2], -1, true)];
  more.forEach((c, k) => accumulatorColumn(c, calls.length + k, rows));
  assert.equal(rows.width, 11);
});
