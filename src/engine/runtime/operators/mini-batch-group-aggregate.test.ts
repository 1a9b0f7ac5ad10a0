import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bigintType, intType } from '../../../types/index.js';
import { DELETE, INSERT, UPDATE_AFTER, UPDATE_BEFORE, type Batch, type Row, type RowKind } from '../batch.js';
import { CORE_FUNCTIONS } from '../expr/core-functions.js';
import { MAX_WATERMARK, SimpleMetrics, type OperatorContext } from '../operator.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';
import type { AggCall } from './aggregate-api.js';
import { GroupAggregateOperator } from './group-aggregate.js';
import { MiniBatchGroupAggregateOperator } from './mini-batch-group-aggregate.js';
import { openCollecting } from './test-support.js';

const agg = (name: string, args: number[], distinct = false, filter = -1): AggCall => {
  const def = CORE_FUNCTIONS.aggregate(name)!;
  const t = name === 'COUNT' ? bigintType(false) : intType();
  return {
    impl: def.create(
      args.map(() => intType()),
      t,
    ),
    args,
    distinct,
    filter,
  };
};

const ins = (rows: Row[]): Batch => ({ rows, kinds: rows.map(() => INSERT) });
const changes = (rows: Row[], kinds: RowKind[]): Batch => ({ rows, kinds });

/** A mini-batch operator with a frozen clock (only size and end of input fire). */
function miniBatch(
  calls: AggCall[],
  size: number,
  clock = { t: 1_000_000 },
): MiniBatchGroupAggregateOperator {
  return new MiniBatchGroupAggregateOperator({
    keys: [0],
    calls,
    generateUpdateBefore: true,
    intervalMs: 1000,
    size,
    now: () => clock.t,
    timer: false,
  });
}

test('a bundle fires when it holds `size` records: one change per key, in first-touch order', () => {
  const op = miniBatch([agg('COUNT', []), agg('SUM', [1])], 3);
  const h = openCollecting(op);
  op.processBatch(
    ins([
      ['a', 1],
      ['b', 2],
    ]),
  );
  assert.deepEqual(h.out, [], 'nothing before the bundle is full');
  op.processBatch(
    ins([
      ['a', 3],
      ['a', 4],
      ['b', 5],
      ['c', 6],
      ['a', 7],
    ]),
  );
  assert.deepEqual(h.out, [
    ['+I', ['a', 2n, 4]],
    ['+I', ['b', 1n, 2]],
    ['-U', ['a', 2n, 4]],
    ['+U', ['a', 3n, 8]],
    ['-U', ['b', 1n, 2]],
    ['+U', ['b', 2n, 7]],
    ['+I', ['c', 1n, 6]],
  ]);
  op.onWatermark(MAX_WATERMARK);
  assert.deepEqual(h.out.slice(7), [
    ['-U', ['a', 3n, 8]],
    ['+U', ['a', 4n, 15]],
  ]);
  op.finish();
  assert.equal(h.out.length, 9, 'finish after the final watermark has nothing left');
});

test('event-time watermarks do not fire a bundle (only the final one does) and are forwarded', () => {
  const op = miniBatch([agg('COUNT', [])], 100);
  const h = openCollecting(op);
  op.processBatch(ins([['a', 1]]));
  op.onWatermark(5000);
  assert.deepEqual(h.out, []);
  assert.deepEqual(h.watermarks, [5000]);
  op.finish();
  assert.deepEqual(h.out, [['+I', ['a', 1n]]]);
});

test('a processing-time interval boundary fires the bundle after the batch that saw it', () => {
  const clock = { t: 10_500 };
  const op = miniBatch([agg('COUNT', [])], 100, clock);
  const h = openCollecting(op);
  op.processBatch(
    ins([
      ['a', 1],
      ['a', 2],
    ]),
  );
  clock.t = 10_999;
  op.processBatch(ins([['b', 1]]));
  assert.deepEqual(h.out, [], 'same interval [10000, 11000)');
  clock.t = 11_000;
  op.processBatch(ins([['a', 3]]));
  assert.deepEqual(h.out, [
    ['+I', ['a', 3n]],
    ['+I', ['b', 1n]],
  ]);
  op.processBatch(ins([['a', 4]]));
  assert.equal(h.out.length, 2, 'same interval [11000, 12000)');
  op.finish();
  assert.deepEqual(h.out.slice(2), [
    ['-U', ['a', 3n]],
    ['+U', ['a', 4n]],
  ]);
});

test('nested mini-batch aggregations: what the inner one flushes at a boundary fires with the outer one', () => {
  const clock = { t: 10_500 };
  const inner = miniBatch([agg('COUNT', [])], 100, clock);
  // outer groups the inner's output by its count (column 1)
  const outerOp = new MiniBatchGroupAggregateOperator({
    keys: [1],
    calls: [agg('COUNT', [])],
    generateUpdateBefore: true,
    intervalMs: 1000,
    size: 100,
    now: () => clock.t,
    timer: false,
  });
  const ho = openCollecting(outerOp);
  const ctx: OperatorContext = {
    output: {
      emit: (b: Batch) => outerOp.processBatch(b),
      emitWatermark: (w) => outerOp.onWatermark(w),
    },
    state: new InMemoryStateBackend(),
    metrics: new SimpleMetrics(),
    operatorId: 'inner',
    requestFinish: () => undefined,
  };
  inner.open(ctx);
  inner.processBatch(
    ins([
      ['a', 1],
      ['b', 1],
    ]),
  );
  assert.deepEqual(ho.out, []);
  clock.t = 11_000;
  inner.processBatch(ins([['a', 2]]));
  // The inner bundle (a: 2, b: 1) reached the outer one, which fired at the same boundary.
  assert.deepEqual(ho.out, [
    ['+I', [2n, 1n]],
    ['+I', [1n, 1n]],
  ]);
});

test('an idle input still sees its bundle fire from the timer', async () => {
  const op = new MiniBatchGroupAggregateOperator({
    keys: [0],
    calls: [agg('COUNT', [])],
    generateUpdateBefore: true,
    intervalMs: 20,
    size: 1000,
  });
  const h = openCollecting(op);
  try {
    op.processBatch(ins([['a', 1]]));
    const t0 = Date.now();
    while (h.out.length === 0 && Date.now() - t0 < 2000) await new Promise((r) => setTimeout(r, 5));
    assert.deepEqual(h.out, [['+I', ['a', 1n]]]);
  } finally {
    op.close();
  }
});

test('retractions: -D when a key empties, nothing for a key born and emptied in one bundle, leading retractions dropped', () => {
  const op = miniBatch([agg('COUNT', []), agg('MAX', [1])], 4);
  const h = openCollecting(op);
  op.processBatch(
    ins([
      ['a', 1],
      ['a', 5],
      ['b', 1],
      ['b', 2],
    ]),
  );
  assert.deepEqual(h.out, [
    ['+I', ['a', 2n, 5]],
    ['+I', ['b', 2n, 2]],
  ]);
  h.out.length = 0;
  // Bundle 2: z has no state (its retraction is dropped; the keys after it still fire), a
  // empties (-D), c is born and emptied (nothing), b changes only in a way MAX does not show.
  op.processBatch(
    changes(
      [
        ['z', 1],
        ['a', 1],
        ['a', 5],
        ['c', 7],
      ],
      [DELETE, UPDATE_BEFORE, DELETE, INSERT],
    ),
  );
  // Bundle 3: c empties (-D), b's MAX stays 2 (nothing), d is new.
  op.processBatch(
    changes(
      [
        ['c', 7],
        ['b', 1],
        ['b', 0],
        ['d', 3],
      ],
      [DELETE, DELETE, INSERT, INSERT],
    ),
  );
  assert.deepEqual(h.out, [
    ['-D', ['a', 2n, 5]],
    ['+I', ['c', 1n, 7]],
    ['-D', ['c', 1n, 7]],
    ['+I', ['d', 1n, 3]],
  ]);
  op.finish();
  assert.equal(h.out.length, 4);
});

test('an unchanged result emits nothing; generateUpdateBefore=false emits +U alone', () => {
  const op = new MiniBatchGroupAggregateOperator({
    keys: [0],
    calls: [agg('MAX', [1])],
    generateUpdateBefore: false,
    intervalMs: 1000,
    size: 2,
    now: () => 0,
    timer: false,
  });
  const h = openCollecting(op);
  op.processBatch(
    ins([
      ['a', 5],
      ['a', 3],
      ['a', 1],
      ['a', 2],
      ['a', 9],
      ['a', 1],
    ]),
  );
  assert.deepEqual(h.out, [
    ['+I', ['a', 5]],
    ['+U', ['a', 9]],
  ]);
});

test('DISTINCT with FILTER variants sharing one map, folded per bundle', () => {
  // COUNT(DISTINCT v), COUNT(DISTINCT v) FILTER (WHERE f), SUM(v) FILTER (WHERE f)
  const op = miniBatch([agg('COUNT', [1], true), agg('COUNT', [1], true, 2), agg('SUM', [1], false, 2)], 3);
  const h = openCollecting(op);
  op.processBatch(
    ins([
      ['a', 1, false],
      ['a', 1, true],
      ['a', 2, false],
      ['a', 2, true],
      ['a', 1, true],
      ['a', 3, null],
    ]),
  );
  assert.deepEqual(h.out, [
    ['+I', ['a', 2n, 1n, 1]],
    ['-U', ['a', 2n, 1n, 1]],
    ['+U', ['a', 3n, 2n, 4]],
  ]);
});

test('DISTINCT over a retracting input counts occurrences across bundles', () => {
  const op = miniBatch([agg('COUNT', []), agg('COUNT', [1], true)], 2);
  const h = openCollecting(op);
  op.processBatch(
    ins([
      ['a', 1],
      ['a', 1],
    ]),
  );
  op.processBatch(
    changes(
      [
        ['a', 1],
        ['a', 2],
      ],
      [DELETE, INSERT],
    ),
  );
  op.processBatch(
    changes(
      [
        ['a', 1],
        ['a', 2],
      ],
      [DELETE, DELETE],
    ),
  );
  assert.deepEqual(h.out, [
    ['+I', ['a', 2n, 1n]],
    ['-U', ['a', 2n, 1n]],
    ['+U', ['a', 2n, 2n]],
    ['-D', ['a', 2n, 2n]],
  ]);
});

/** The table a changelog materialises, keyed by column 0, checking each retraction. */
function materialise(out: [string, Row][]): Map<unknown, Row> {
  const view = new Map<unknown, Row>();
  for (const [kind, row] of out) {
    if (kind === '+I' || kind === '+U') view.set(row[0], row);
    else {
      assert.deepEqual(view.get(row[0]), row, 'a retraction names the current row');
      view.delete(row[0]);
    }
  }
  return view;
}

test('property: the mini-batch changelog materialises the same table as the per-record one', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed ${seed}`);
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          key: fc.integer({ min: 0, max: 4 }),
          v: fc.integer({ min: -4, max: 4 }),
          f: fc.constantFrom(true, false, null),
          retract: fc.boolean(),
        }),
        { maxLength: 80 },
      ),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 30 }),
      (ops, size, batchSize) => {
        const calls = (): AggCall[] => [
          agg('COUNT', []),
          agg('SUM', [1]),
          agg('MAX', [1]),
          agg('MIN', [1], false, 2),
          agg('COUNT', [1], true),
          agg('COUNT', [1], true, 2),
        ];
        const perRecord = new GroupAggregateOperator({
          keys: [0],
          calls: calls(),
          generateUpdateBefore: true,
        });
        const mb = miniBatch(calls(), size);
        const h1 = openCollecting(perRecord);
        const h2 = openCollecting(mb);
        const live: Row[] = [];
        let rows: Row[] = [];
        let kinds: RowKind[] = [];
        const flush = (): void => {
          const b = changes(rows, kinds);
          perRecord.processBatch(b);
          mb.processBatch(b);
          rows = [];
          kinds = [];
        };
        for (const o of ops) {
          if (o.retract) {
            const i = live.findIndex((r) => r[0] === o.key);
            if (i < 0) continue;
            rows.push(live.splice(i, 1)[0]!);
            kinds.push(i % 2 === 0 ? DELETE : UPDATE_BEFORE);
          } else {
            const r = [o.key, o.v, o.f];
            live.push(r);
            rows.push(r);
            kinds.push(o.v % 2 === 0 ? INSERT : UPDATE_AFTER);
          }
          if (rows.length >= batchSize) flush();
        }
        flush();
        perRecord.finish();
        mb.onWatermark(MAX_WATERMARK);
        mb.finish();
        assert.deepEqual(materialise(h2.out), materialise(h1.out));
        // At most one change per key per bundle: never more changes than the per-record path.
        assert.ok(h2.out.length <= h1.out.length);
      },
    ),
    { seed, numRuns: 300 },
  );
});

test('an error while the timer fires the bundle fails the next call from the driver', async () => {
  const failing: AggCall = {
    impl: {
      supportsRetract: false,
      create: () => 0,
      accumulate: (acc) => (acc as number) + 1,
      retract: (acc) => acc,
      getValue: () => {
        throw new Error('boom in getValue');
      },
    },
    args: [],
    distinct: false,
    filter: -1,
  };
  const op = new MiniBatchGroupAggregateOperator({
    keys: [0],
    calls: [failing],
    generateUpdateBefore: true,
    intervalMs: 20,
    size: 1000,
  });
  openCollecting(op);
  try {
    op.processBatch(ins([['a', 1]]));
    await new Promise((r) => setTimeout(r, 80));
    assert.throws(() => op.processBatch(ins([['b', 1]])), /boom in getValue/);
  } finally {
    op.close();
  }
});
