/**
 * A local measurement of the TUMBLE / HOP / CUMULATE aggregation path (no Nexmark query of issue 7
 * uses it): a window table function followed by a window aggregation, as build.ts chains them,
 * over 1M in-memory rows of 1000 keys and ascending event time, watermarks every 200 ms of event
 * time. Prints rows/s per window kind (CPU time, best of 3 after a warm-up run).
 *
 * Run: `npx tsc -p . && node dist/engine/runtime/operators/window-aggregate.bench.js`
 */
import { bigintType } from '../../../types/index.js';
import type { Batch, Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { SimpleMetrics, type Operator, type OperatorContext } from '../operator.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';
import type { AggCall } from './aggregate-api.js';
import { appendOnlyAggregate } from './append-only-aggregates.js';
import type { WindowSpec } from './window-assign.js';
import { WindowAggregateOperator } from './window-aggregate.js';
import { WindowTableFunctionOperator, type TimeCodec } from './window-table-function.js';

const N = Number(process.env.EDDY_WINDOW_BENCH_ROWS ?? 1_000_000);
const MS: TimeCodec = { toMillis: (v) => v as number, fromMillis: (ms) => ms };

function call(fn: string, args: number[]): AggCall {
  const t = args.map(() => bigintType());
  const def = BUILTIN_FUNCTIONS.aggregate(fn)!;
  const impl =
    appendOnlyAggregate(fn, t, BUILTIN_FUNCTIONS, 'UTC') ??
    def.create(t, def.inferType(t), { needsRetraction: false });
  return { impl, args, distinct: false, filter: -1 };
}

/** Input rows: [key, ts, price]. */
const rows: Row[] = [];
for (let i = 0; i < N; i++) rows.push([BigInt((i * 7919) % 1000), 1_700_000_000_000 + i, BigInt(i % 5000)]);
const batches: Row[][] = [];
for (let i = 0; i < N; i += 1024) batches.push(rows.slice(i, i + 1024));

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** One run: µs of CPU and the number of results. */
function run(spec: WindowSpec): { us: number; out: number } {
  const tvf = new WindowTableFunctionOperator({ spec, timeIndex: 1, time: MS, bounds: MS });
  // After the TVF: [key, ts, price, window_start, window_end, window_time].
  const agg = new WindowAggregateOperator({
    windowStart: 3,
    windowEnd: 4,
    keys: [0],
    calls: [call('COUNT', []), call('SUM', [2]), call('MAX', [2])],
    bounds: MS,
    time: MS,
  });
  let out = 0;
  const state = new InMemoryStateBackend();
  const ctx = (next: Operator | null, id: string): OperatorContext => ({
    output: {
      emit: (b: Batch) => (next === null ? (out += b.rows.length) : next.processBatch(b, 0)),
      emitWatermark: (w: number) => next?.onWatermark(w, 0),
    },
    state,
    metrics: new SimpleMetrics(),
    operatorId: id,
    requestFinish: () => undefined,
  });
  tvf.open(ctx(agg, 'tvf'));
  agg.open(ctx(null, 'agg'));
  let wm = -Infinity;
  const t0 = cpu();
  for (const b of batches) {
    tvf.processBatch({ rows: b, kinds: null });
    const w = (b[b.length - 1]![1] as number) - 1000;
    if (w > wm + 200) tvf.onWatermark((wm = w));
  }
  tvf.onWatermark(Number.MAX_SAFE_INTEGER);
  return { us: cpu() - t0, out };
}

const specs: [string, WindowSpec][] = [
  ['TUMBLE(10 s)', { kind: 'TUMBLE', size: 10_000, offset: 0 }],
  ['HOP(10 s, slide 2 s)', { kind: 'HOP', size: 10_000, slide: 2_000, offset: 0 }],
  ['CUMULATE(10 s, step 2 s)', { kind: 'CUMULATE', size: 10_000, step: 2_000, offset: 0 }],
];
for (const [name, spec] of specs) {
  run(spec); // warm-up
  let best = Infinity;
  let out = 0;
  for (let i = 0; i < 3; i++) {
    const r = run(spec);
    best = Math.min(best, r.us);
    out = r.out;
  }
  process.stdout.write(
    `window bench ${name}: ${Math.round(N / (best / 1e6))} rows/s (${(best / 1000).toFixed(0)} ms CPU, ${out} results)\n`,
  );
}
