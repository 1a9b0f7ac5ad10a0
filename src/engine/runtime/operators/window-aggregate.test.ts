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
