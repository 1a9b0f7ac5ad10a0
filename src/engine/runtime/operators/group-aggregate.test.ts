import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bigintType, intType } from '../../../types/index.js';
import { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, type Batch, type Row, type RowKind } from '../batch.js';
import { CORE_FUNCTIONS } from '../expr/core-functions.js';
import type { AggCall } from './aggregate-api.js';
import { appendOnlyAggregate } from './append-only-aggregates.js';
import { GroupAggregateOperator } from './group-aggregate.js';
import { openCollecting } from './test-support.js';

const agg = (name: string, args: number[], distinct = false): AggCall => {
  const def = CORE_FUNCTIONS.aggregate(name)!;
  const t = name === 'COUNT' ? bigintType(false) : intType();
  return { impl: def.create([intType()], t), args, distinct, filter: -1 };
};

test('group aggregate emits +I, -U/+U, nothing for an unchanged result, -D when the group empties', () => {
  const op = new GroupAggregateOperator({
    keys: [0],
    calls: [agg('COUNT', []), agg('MAX', [1])],
    generateUpdateBefore: true,
  });
  const h = openCollecting(op);
  const b = (rows: Row[], kinds: RowKind[]): Batch => ({ rows, kinds });
  op.processBatch(b([['a', 1]], [INSERT]));
  op.processBatch(b([['a', 5]], [INSERT]));
  op.processBatch(b([['b', 1]], [DELETE])); // retraction of an unknown key: ignored
  op.processBatch(b([['a', 5]], [UPDATE_BEFORE]));
  op.processBatch(b([['a', 1]], [DELETE]));
  assert.deepEqual(h.out, [
    ['+I', ['a', 1n, 1]],
    ['-U', ['a', 1n, 1]],
    ['+U', ['a', 2n, 5]],
    ['-U', ['a', 2n, 5]],
    ['+U', ['a', 1n, 1]],
    ['-D', ['a', 1n, 1]],
  ]);
});

test('group aggregate with an unchanged result emits nothing (MAX stays)', () => {
  const op = new GroupAggregateOperator({ keys: [0], calls: [agg('MAX', [1])], generateUpdateBefore: true });
  const h = openCollecting(op);
  op.processBatch({
    rows: [
      ['a', 5],
      ['a', 3],
    ],
    kinds: null,
  });
  assert.deepEqual(h.out, [['+I', ['a', 5]]]);
});

test('COUNT(DISTINCT) counts each value once and retracts on the last occurrence', () => {
  const op = new GroupAggregateOperator({
    keys: [0],
    calls: [agg('COUNT', [1], true)],
    generateUpdateBefore: false,
  });
  const h = openCollecting(op);
  op.processBatch({
    rows: [
      ['a', 1],
      ['a', 1],
      ['a', 2],
    ],
    kinds: null,
  });
  op.processBatch({
    rows: [
      ['a', 1],
      ['a', 1],
    ],
    kinds: [DELETE, DELETE],
  });
  assert.deepEqual(h.out, [
    ['+I', ['a', 1n]],
    ['+U', ['a', 2n]],
    ['+U', ['a', 1n]],
  ]);
});

test('property: applying the changelog equals a batch recomputation', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed ${seed}`);
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          key: fc.integer({ min: 0, max: 3 }),
          v: fc.integer({ min: -5, max: 5 }),
          retract: fc.boolean(),
        }),
        {
          maxLength: 60,
        },
      ),
      (ops) => {
        const op = new GroupAggregateOperator({
          keys: [0],
          calls: [agg('COUNT', []), agg('SUM', [1]), agg('MAX', [1]), agg('COUNT', [1], true)],
          generateUpdateBefore: true,
        });
        const h = openCollecting(op);
        const live: Row[] = [];
        for (const o of ops) {
          if (o.retract) {
            const i = live.findIndex((r) => r[0] === o.key);
            if (i < 0) continue;
            const [r] = live.splice(i, 1);
            op.processBatch({ rows: [r!], kinds: [i % 2 === 0 ? DELETE : UPDATE_BEFORE] });
          } else {
            const r = [o.key, o.v];
            live.push(r);
            op.processBatch({ rows: [r], kinds: [i2k(o.v)] });
          }
        }
        // Apply the output changelog to a keyed view.
        const view = new Map<unknown, Row>();
        let prev: [string, Row] | undefined;
        for (const [kind, row] of h.out) {
          if (kind === '+I' || kind === '+U') {
            if (kind === '+U' && prev?.[0] === '-U')
              assert.notDeepEqual(prev[1], row, 'update with an equal row');
            view.set(row[0], row);
          } else {
            assert.deepEqual(view.get(row[0]), row, 'retracted row must be the current one');
            view.delete(row[0]);
          }
          prev = [kind, row];
        }
        // Batch recomputation.
        const expected = new Map<unknown, Row>();
        for (const key of new Set(live.map((r) => r[0]))) {
          const vs = live.filter((r) => r[0] === key).map((r) => r[1] as number);
          expected.set(key, [
            key,
            BigInt(vs.length),
            vs.reduce((a, b) => a + b, 0),
            Math.max(...vs),
            BigInt(new Set(vs).size),
          ]);
        }
        assert.deepEqual(view, expected);
      },
    ),
    { seed, numRuns: 300 },
  );
});

// Inserts arrive as +I or +U: both accumulate.
function i2k(v: number): RowKind {
  return v % 2 === 0 ? INSERT : UPDATE_AFTER;
}

test('insert-only COUNT and COUNT DISTINCT stay exact past the shared small-count table', () => {
  const count = appendOnlyAggregate('COUNT', [], CORE_FUNCTIONS, 'UTC')!;
  const countBig = appendOnlyAggregate('COUNT', [bigintType(false)], CORE_FUNCTIONS, 'UTC')!;
  const op = new GroupAggregateOperator({
    keys: [0],
    calls: [
      { impl: count, args: [], distinct: false, filter: -1 },
      { impl: countBig, args: [1], distinct: true, filter: -1 },
      { impl: countBig, args: [1], distinct: true, filter: 2 },
    ],
    generateUpdateBefore: false,
  });
  const h = openCollecting(op);
  const n = 10_000;
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) rows.push(['k', BigInt(i % 7000), i % 2 === 0]);
  // 2^53 and 2^53 + 1 are one number but two BIGINT values: both count as distinct.
  rows.push(['k', 2n ** 53n, true], ['k', 2n ** 53n + 1n, true], ['k', 2n ** 53n + 1n, true]);
  op.processBatch({ rows, kinds: null });
  const last = h.out[h.out.length - 1]!;
  assert.deepEqual(last, ['+U', ['k', BigInt(n + 3), 7002n, 3502n]]);
  // Every intermediate count is exact too (the result changes by one per input).
  assert.deepEqual(h.out[4096]![1][1], 4097n);
});

test('property: kept last results and recomputed previous results give the same changelog', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed (kept vs recomputed) ${seed}`);
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          key: fc.integer({ min: 0, max: 4 }),
          key2: fc.constantFrom('a', 'b'),
          v: fc.integer({ min: -3, max: 3 }),
          retract: fc.boolean(),
        }),
        { maxLength: 80 },
      ),
      fc.boolean(),
      (ops, updateBefore) => {
        const make = (keepLastKeys: number | undefined) =>
          new GroupAggregateOperator({
            keys: [0, 2],
            calls: [agg('COUNT', []), agg('SUM', [1]), agg('MAX', [1]), agg('COUNT', [1], true)],
            generateUpdateBefore: updateBefore,
            ...(keepLastKeys === undefined ? {} : { keepLastKeys }),
          });
        const kept = make(undefined);
        const recomputed = make(0);
        const mixed = make(2);
        const outs = [kept, recomputed, mixed].map((op) => openCollecting(op).out);
        const live: Row[] = [];
        for (const o of ops) {
          let batch: Batch;
          if (o.retract) {
            const i = live.findIndex((r) => r[0] === o.key && r[2] === o.key2);
            if (i < 0) continue;
            const [r] = live.splice(i, 1);
            batch = { rows: [r!], kinds: [i % 2 === 0 ? DELETE : UPDATE_BEFORE] };
          } else {
            const r = [o.key, o.v, o.key2];
            live.push(r);
            batch = { rows: [r], kinds: [i2k(o.v)] };
          }
          for (const op of [kept, recomputed, mixed]) op.processBatch(batch);
        }
        assert.deepEqual(outs[1], outs[0]);
        assert.deepEqual(outs[2], outs[0]);
      },
    ),
    { seed, numRuns: 300 },
  );
});
