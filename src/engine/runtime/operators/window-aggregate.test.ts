import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigintType, intType } from '../../../types/index.js';
import { ROW_KIND_TEXT, type Batch, type Row } from '../batch.js';
import { CORE_FUNCTIONS } from '../expr/core-functions.js';
import { SimpleMetrics, type Operator, type OperatorContext } from '../operator.js';
import { MILLIS_CODEC } from '../plan/build.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';
import type { AggCall } from './aggregate-api.js';
import { SessionWindowAggregateOperator } from './session-window-aggregate.js';
import { assignWindows } from './window-assign.js';
import { WindowAggregateOperator } from './window-aggregate.js';
import { WindowTableFunctionOperator } from './window-table-function.js';

function chain(ops: Operator[]): { out: [string, Row][]; wms: number[]; metrics: SimpleMetrics } {
  const out: [string, Row][] = [];
  const wms: number[] = [];
  const metrics = new SimpleMetrics();
  const state = new InMemoryStateBackend();
  ops.forEach((op, i) => {
    const next = ops[i + 1];
    op.open({
      output: {
        emit: (b: Batch) =>
          next
            ? next.processBatch(b, 0)
            : b.rows.forEach((r, j) => out.push([ROW_KIND_TEXT[b.kinds?.[j] ?? 0], r])),
        emitWatermark: (w) => (next ? next.onWatermark(w, 0) : wms.push(w)),
      },
      state,
      metrics,
      operatorId: `op${i}`,
      requestFinish: () => undefined,
    } satisfies OperatorContext);
  });
  return { out, wms, metrics };
}

const count: AggCall = {
  impl: CORE_FUNCTIONS.aggregate('COUNT')!.create([], bigintType(false)),
  args: [],
  distinct: false,
  filter: -1,
};
const sum: AggCall = {
  impl: CORE_FUNCTIONS.aggregate('SUM')!.create([intType()], intType()),
  args: [1],
  distinct: false,
  filter: -1,
};

test('window assignment follows Flink: HOP latest window first, CUMULATE by growing end', () => {
  const out: number[] = [];
  assignWindows({ kind: 'HOP', size: 10, slide: 5, offset: 0 }, 7, out);
  assert.deepEqual(out, [5, 15, 0, 10]);
  out.length = 0;
  assignWindows({ kind: 'CUMULATE', size: 10, step: 5, offset: 0 }, 7, out);
  assert.deepEqual(out, [0, 10]);
  out.length = 0;
  assignWindows({ kind: 'CUMULATE', size: 10, step: 5, offset: 0 }, 2, out);
  assert.deepEqual(out, [0, 5, 0, 10]);
  out.length = 0;
  assignWindows({ kind: 'TUMBLE', size: 10, offset: 0 }, -3, out);
  assert.deepEqual(out, [-10, 0]);
});

test('tumbling window aggregation fires on the watermark and drops late rows', () => {
  // rows: key, value, ts
  const tvf = new WindowTableFunctionOperator({
    spec: { kind: 'TUMBLE', size: 10, offset: 0 },
    timeIndex: 2,
    time: MILLIS_CODEC,
    bounds: MILLIS_CODEC,
  });
  const agg = new WindowAggregateOperator({
    windowStart: 3,
    windowEnd: 4,
    keys: [0],
    calls: [count, sum],
    bounds: MILLIS_CODEC,
    time: MILLIS_CODEC,
  });
  const h = chain([tvf, agg]);
  tvf.processBatch({
    rows: [
      ['a', 1, 1],
      ['b', 2, 3],
      ['a', 3, 12],
    ],
    kinds: null,
  });
  tvf.onWatermark(8);
  assert.deepEqual(h.out, []);
  tvf.onWatermark(9); // 10 - 1 <= 9: fires [0, 10)
  assert.deepEqual(h.out, [
    ['+I', ['a', 1n, 1, 0, 10, 9]],
    ['+I', ['b', 1n, 2, 0, 10, 9]],
  ]);
  tvf.processBatch({ rows: [['a', 100, 5]], kinds: null }); // late
  assert.equal(h.metrics.get('numLateRecordsDropped'), 1);
  tvf.onWatermark(Number.MAX_SAFE_INTEGER);
  assert.deepEqual(h.out.slice(2), [['+I', ['a', 1n, 3, 10, 20, 19]]]);
  assert.deepEqual(h.wms, [8, 9, Number.MAX_SAFE_INTEGER]);
});

test('session windows merge when they touch and fire after the gap', () => {
  const agg = new SessionWindowAggregateOperator({
    gap: 5,
    timeIndex: 2,
    keys: [0],
    calls: [count],
    time: MILLIS_CODEC,
    bounds: MILLIS_CODEC,
  });
  const h = chain([agg]);
  agg.processBatch({
    rows: [
      ['a', 0, 1],
      ['a', 0, 4],
      ['b', 0, 2],
      ['a', 0, 20],
    ],
    kinds: null,
  });
  agg.onWatermark(9);
  assert.deepEqual(h.out, [
    ['+I', ['b', 1n, 2, 7, 6]],
    ['+I', ['a', 2n, 1, 9, 8]],
  ]);
  agg.processBatch({ rows: [['a', 0, 3]], kinds: null }); // its session [3, 8) is already past
  assert.equal(h.metrics.get('numLateRecordsDropped'), 1);
  agg.onWatermark(100);
  assert.deepEqual(h.out.slice(2), [['+I', ['a', 1n, 20, 25, 24]]]);
});

const retracting = (fn: string, args: number[], distinct = false): AggCall => ({
  impl: CORE_FUNCTIONS.aggregate(fn)!.create(
    args.map(() => intType()),
    fn === 'COUNT' ? bigintType(false) : intType(),
    { needsRetraction: true },
  ),
  args,
  distinct,
  filter: -1,
});

test('HOP over a changelog retracts -D rows from their windows (WindowAggregateITCase#testRetractPreviousSlicingStateWithSlicingWindow)', () => {
  // rows: name, int, ts, string; the window table function appends start, end, time (4, 5, 6).
  const tvf = new WindowTableFunctionOperator({
    spec: { kind: 'HOP', size: 10_000, slide: 5_000, offset: 0 },
    timeIndex: 2,
    time: MILLIS_CODEC,
    bounds: MILLIS_CODEC,
  });
  const agg = new WindowAggregateOperator({
    windowStart: 4,
    windowEnd: 5,
    keys: [0],
    calls: [retracting('COUNT', []), retracting('SUM', [1]), retracting('COUNT', [3], true)],
    bounds: MILLIS_CODEC,
    time: MILLIS_CODEC,
    retracting: true,
  });
  const h = chain([tvf, agg]);
  tvf.processBatch({
    rows: [
      ['a', 1, 1_000, 's1'],
      ['a', 1, 4_000, 's2'],
      ['a', 3, 6_000, 's3'],
    ],
    kinds: [0, 0, 3],
  });
  tvf.onWatermark(Number.MAX_SAFE_INTEGER);
  // The delete of a row the window never saw leaves its count at -1: Flink emits it (FLINK-33760);
  // COUNT(DISTINCT) ignores the retraction of a value it never counted.
  assert.deepEqual(h.out, [
    ['+I', ['a', 2n, 2, 2n, -5_000, 5_000, 4_999]],
    ['+I', ['a', 1n, -1, 2n, 0, 10_000, 9_999]],
    ['+I', ['a', -1n, -3, 0n, 5_000, 15_000, 14_999]],
  ]);
});

test('a window whose rows are all retracted emits nothing; an update moves a row between windows', () => {
  const tvf = new WindowTableFunctionOperator({
    spec: { kind: 'TUMBLE', size: 10, offset: 0 },
    timeIndex: 2,
    time: MILLIS_CODEC,
    bounds: MILLIS_CODEC,
  });
  const agg = new WindowAggregateOperator({
    windowStart: 4,
    windowEnd: 5,
    keys: [0],
    calls: [retracting('SUM', [1]), retracting('MAX', [1])],
    bounds: MILLIS_CODEC,
    time: MILLIS_CODEC,
    retracting: true,
  });
  const h = chain([tvf, agg]);
  tvf.processBatch({
    rows: [
      ['a', 5, 1, 'x'],
      ['b', 2, 3, 'y'],
      ['b', 9, 4, 'y'],
      ['a', 5, 1, 'x'], // -U: a's only row of [0, 10) leaves
      ['a', 7, 12, 'x'], // +U: … to [10, 20)
      ['b', 9, 4, 'y'], // -D: b's MAX falls back to 2
    ],
    kinds: [0, 0, 0, 1, 2, 3],
  });
  tvf.onWatermark(9);
  assert.deepEqual(h.out, [['+I', ['b', 2, 2, 0, 10, 9]]]);
  tvf.onWatermark(19);
  assert.deepEqual(h.out.slice(1), [['+I', ['a', 7, 7, 10, 20, 19]]]);
});

test('an insert-only window aggregation still refuses a retraction', () => {
  const agg = new WindowAggregateOperator({
    windowStart: 3,
    windowEnd: 4,
    keys: [0],
    calls: [count],
    bounds: MILLIS_CODEC,
    time: MILLIS_CODEC,
  });
  chain([agg]);
  assert.throws(() => agg.processBatch({ rows: [['a', 1, 1, 0, 10, 9]], kinds: [3] }), /must be insert-only/);
});

test('session windows over a changelog: retracted rows still merge sessions, an emptied session emits nothing', () => {
  const agg = new SessionWindowAggregateOperator({
    gap: 5,
    timeIndex: 2,
    keys: [0],
    calls: [retracting('COUNT', []), retracting('SUM', [1])],
    time: MILLIS_CODEC,
    bounds: MILLIS_CODEC,
    retracting: true,
  });
  const h = chain([agg]);
  agg.processBatch({
    rows: [
      ['a', 1, 1],
      ['a', 2, 10],
      ['a', 4, 6], // -D: its window [6, 11) joins [1, 6) and [10, 15)
      ['b', 3, 2],
      ['b', 3, 2], // -U
    ],
    kinds: [0, 0, 3, 0, 1],
  });
  agg.onWatermark(100);
  assert.deepEqual(h.out, [['+I', ['a', 1n, -1, 1, 15, 14]]]);
});
