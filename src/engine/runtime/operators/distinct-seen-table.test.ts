import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bigintType, booleanType, doubleType, stringType, type LogicalType } from '../../../types/index.js';
import type { Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import type { Operator } from '../operator.js';
import type { AggCall } from './aggregate-api.js';
import { DistinctSeenTable } from './distinct-seen-table.js';
import { openCollecting } from './test-support.js';
import { GroupAggregateOperator } from './group-aggregate.js';
import { MiniBatchGroupAggregateOperator } from './mini-batch-group-aggregate.js';

for (const [mode, maxCalls, maxBits] of [
  ['compact slots', 9, 2 ** 9 - 1],
  ['wide slots', 30, 2 ** 30 - 1],
] as const) {
  test(`property: the seen table (${mode}) finds (owner, key) exactly as a Map of Maps would, across growth and prepared lookups`, () => {
    const seed = Date.now() % 100000;
    console.log(`fast-check seed (seen table, ${mode}) ${seed}`);
    const key = fc.oneof(
      fc.integer({ min: -3, max: 300 }),
      fc.constantFrom(
        0,
        -0,
        2 ** 31,
        2 ** 32,
        -(2 ** 32),
        2 ** 32 + 1,
        2 ** 53 - 1,
        -(2 ** 53 - 1),
        -(2 ** 52),
        2 ** 52,
        -1,
        4294967295,
      ),
      fc.constantFrom(2 ** 53, 1.5, NaN, Infinity, -Infinity, 'a', 'b', '', null, true, false, 10n ** 20n),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), key, fc.integer({ min: 1, max: maxBits })), {
          maxLength: 400,
        }),
        fc.integer({ min: 1, max: 9 }),
        (ops, chunk) => {
          const t = new DistinctSeenTable(maxCalls, 16);
          const m = new Map<number, Map<unknown, number>>();
          // In chunks, as the mini-batch operator does: prepare, reserve, touch, then look up in order.
          for (let c = 0; c < ops.length; c += chunk) {
            const part = ops.slice(c, c + chunk);
            // Odd owners' positions are skipped (as rows of groups with tables of their own are):
            // the touch passes over them and they are looked up directly. Safe integers of
            // owners divisible by 4 are prepared through the inline path (prepareInt).
            t.preparedRoom(part.length);
            part.forEach(([owner, k], i) => {
              if (owner % 2 !== 0) t.skipPrepared(i, 1);
              else if (owner % 4 === 0 && typeof k === 'number' && Number.isSafeInteger(k))
                t.prepareInt(i, owner, k);
              else t.prepare(i, owner, k);
            });
            t.reserve(part.length);
            t.touchPrepared(part.length);
            part.forEach(([owner, k, bits], i) => {
              // Every other chunk looks up directly instead of through its prepared entries.
              const at = (c / chunk) % 2 === 0 && owner % 2 === 0 ? t.slotPrepared(i) : t.slot(owner, k);
              let inner = m.get(owner);
              if (inner === undefined) m.set(owner, (inner = new Map()));
              assert.equal(t.bits(at), inner.get(k) ?? 0, `owner ${owner} key ${String(k)}`);
              t.setBits(at, bits);
              inner.set(k, bits);
            });
          }
          let n = 0;
          for (const inner of m.values()) n += inner.size;
          assert.equal(t.size, n);
        },
      ),
      { seed, numRuns: 300 },
    );
  });
}

test('prepareInt finds the entries prepare and slot find, for every safe integer', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed (prepareInt) ${seed}`);
  const safe = fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom(
      -0,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 32,
      -(2 ** 32),
      4294967295,
      2 ** 53 - 1,
      -(2 ** 53 - 1),
    ),
    fc.maxSafeInteger().filter((n) => n >= -(2 ** 53 - 1)),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), safe), { maxLength: 200 }), (ops) => {
      const t = new DistinctSeenTable(4, 16);
      ops.forEach(([owner, k], i) => {
        // Inserted through slot (or found), then prepared both ways: all three name one entry.
        t.reserve(1);
        const at = t.slot(owner, k);
        t.setBits(at, 1 + (i % 15));
        t.preparedRoom(2);
        t.prepare(0, owner, k);
        t.prepareInt(1, owner, k);
        assert.equal(t.slotPrepared(0), at, `prepare ${owner} ${k}`);
        assert.equal(t.slotPrepared(1), at, `prepareInt ${owner} ${k}`);
      });
    }),
    { seed, numRuns: 200 },
  );
});

/** Rows: [key, a BIGINT, b VARCHAR, c DOUBLE, f BOOLEAN]. */
function calls(): AggCall[] {
  const call = (fn: string, t: LogicalType[], args: number[], distinct: boolean, filter = -1): AggCall => {
    const def = BUILTIN_FUNCTIONS.aggregate(fn)!;
    return { impl: def.create(t, def.inferType(t)), args, distinct, filter };
  };
  const B = bigintType();
  const S = stringType();
  const D = doubleType();
  return [
    call('COUNT', [], [], false),
    call('COUNT', [B], [1], true),
    call('COUNT', [B], [1], true, 4),
    call('SUM', [B], [1], true),
    call('SUM', [B], [1], true, 4),
    call('COUNT', [S], [2], true),
    call('MAX', [S], [2], true, 4),
    call('COUNT', [D], [3], true),
    call('SUM', [D], [3], true, 4),
    call('COUNT', [B, S], [1, 2], true),
    call('COUNT', [booleanType()], [4], true),
  ];
}

test('property: insert-only DISTINCT in the shared seen table gives the changelog of per-group counted maps', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed (shared seen vs maps) ${seed}`);
  const big = fc.oneof(
    fc.bigInt({ min: -5n, max: 5n }),
    fc.constantFrom(
      null,
      2n ** 63n - 1n,
      2n ** 63n - 2n,
      -(2n ** 63n),
      2n ** 53n,
      2n ** 53n + 1n,
      2n ** 32n,
      -(2n ** 32n),
    ),
  );
  const row = fc.tuple(
    fc.integer({ min: 0, max: 3 }),
    big,
    fc.constantFrom(null, 'x', 'y', 'zz', ''),
    fc.constantFrom(null, 0, -0, 1.5, NaN, 2 ** 53, -1),
    fc.constantFrom(true, false, null),
  );
  fc.assert(
    fc.property(
      fc.array(row, { maxLength: 120 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 1, max: 10 }),
      (rows, size, local, chunk) => {
        const make = (insertOnly: boolean, miniBatch: boolean): Operator => {
          // The first `local` groups keep tables of their own, the others share one.
          const options = {
            keys: [0],
            calls: calls(),
            generateUpdateBefore: true,
            insertOnly,
            localSeenGroups: local,
          };
          return miniBatch
            ? new MiniBatchGroupAggregateOperator({
                ...options,
                intervalMs: 1000,
                size,
                // Chunks of prepared DISTINCT lookups, cut at batch ends and at the record that fires.
                chunk,
                now: () => 0,
                timer: false,
              })
            : new GroupAggregateOperator(options);
        };
        for (const miniBatch of [false, true]) {
          const shared = make(true, miniBatch);
          const maps = make(false, miniBatch);
          const a = openCollecting(shared).out;
          const b = openCollecting(maps).out;
          for (let i = 0; i < rows.length; i += 7) {
            const batch = { rows: rows.slice(i, i + 7) as Row[], kinds: null };
            shared.processBatch(batch, 0);
            maps.processBatch(batch, 0);
          }
          shared.finish?.();
          maps.finish?.();
          assert.deepEqual(a, b);
        }
      },
    ),
    { seed, numRuns: 200 },
  );
});
