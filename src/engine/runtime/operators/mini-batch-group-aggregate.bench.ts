/**
 * An operator-only measurement of Nexmark q16 / q17's aggregation: the bids of the `nexmark`
 * generator (seed 1, default config), shaped as the Calc before the GroupAggregate hands them
 * over, fed straight into {@link MiniBatchGroupAggregateOperator} with the calls build.ts picks for
 * an insert-only input (mini-batch size 50000, as Nexmark's Flink config). No scan, no Calc: what
 * the aggregation alone costs per row. Prints rows/s per query (CPU time, best of 3 after a
 * warm-up run; the checksum's own time not counted) and a checksum of the output so a change of
 * results shows.
 *
 * Run: `npx tsc -p . && node dist/engine/runtime/operators/mini-batch-group-aggregate.bench.js [q16|q17]`
 */
import { writeFileSync } from 'node:fs';
import * as inspector from 'node:inspector';
import { DEFAULT_NEXMARK_CONFIG, NexmarkGenerator } from '../../../connectors/nexmark/generator.js';
import { bigintType, stringType, type LogicalType } from '../../../types/index.js';
import type { Batch, Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { SimpleMetrics, type OperatorContext } from '../operator.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';
import type { AggCall } from './aggregate-api.js';
import { appendOnlyAggregate } from './append-only-aggregates.js';
import { MiniBatchGroupAggregateOperator } from './mini-batch-group-aggregate.js';

const which = process.argv[2];
const EVENTS = Number(process.env.EDDY_AGG_BENCH_EVENTS ?? 2_000_000);
const RUNS = Number(process.env.EDDY_AGG_BENCH_RUNS ?? 3);

function call(fn: string, t: LogicalType[], args: number[], filter = -1, distinct = false): AggCall {
  const def = BUILTIN_FUNCTIONS.aggregate(fn)!;
  const impl =
    appendOnlyAggregate(fn, t, BUILTIN_FUNCTIONS, 'UTC') ??
    def.create(t, def.inferType(t), { needsRetraction: false });
  return { impl, args, distinct, filter };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const dayCache = new Map<number, string>();
/** DATE_FORMAT(ts, 'yyyy-MM-dd') in UTC, one string per day as a Calc's result would be equal. */
function day(ts: number): string {
  const d = Math.floor(ts / 86_400_000);
  let s = dayCache.get(d);
  if (s === undefined) dayCache.set(d, (s = new Date(ts).toISOString().slice(0, 10)));
  return s;
}
const minute = (ts: number): string => {
  const d = new Date(ts);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** q16 rows: [channel, day, minute, bidder, auction, rank1, rank2, rank3]; q17 rows: [auction, day, price, rank1, rank2, rank3]. */
function bids(): { q16: Row[]; q17: Row[] } {
  const gen = new NexmarkGenerator({
    ...DEFAULT_NEXMARK_CONFIG,
    maxEvents: EVENTS,
    baseTime: Date.UTC(2024, 0, 1),
    seed: 1,
  });
  const q16: Row[] = [];
  const q17: Row[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const e = gen.next();
    if (e.kind !== 2) continue;
    const f = e.fields;
    const price = f[2] as number;
    const r1 = price < 10000;
    const r2 = price >= 10000 && price < 1000000;
    const r3 = price >= 1000000;
    const d = day(e.dateTime);
    if (which !== 'q17')
      q16.push([f[3], d, minute(e.dateTime), BigInt(f[1] as number), BigInt(f[0] as number), r1, r2, r3]);
    if (which !== 'q16') q17.push([BigInt(f[0] as number), d, BigInt(price), r1, r2, r3]);
  }
  return { q16, q17 };
}

function q16Calls(): AggCall[] {
  const B = [bigintType()];
  const counts = [
    call('COUNT', [], []),
    call('COUNT', [], [], 5),
    call('COUNT', [], [], 6),
    call('COUNT', [], [], 7),
  ];
  const distinct = (col: number): AggCall[] => [-1, 5, 6, 7].map((f) => call('COUNT', B, [col], f, true));
  // EDDY_AGG_BENCH_NODISTINCT=1: an ablation without the 8 DISTINCT calls.
  if (process.env.EDDY_AGG_BENCH_NODISTINCT === '1') return [call('MAX', [stringType()], [2]), ...counts];
  return [call('MAX', [stringType()], [2]), ...counts, ...distinct(3), ...distinct(4)];
}

function q17Calls(): AggCall[] {
  const B = [bigintType()];
  const counts = [
    call('COUNT', [], []),
    call('COUNT', [], [], 3),
    call('COUNT', [], [], 4),
    call('COUNT', [], [], 5),
  ];
  return [...counts, call('MIN', B, [2]), call('MAX', B, [2]), call('AVG', B, [2]), call('SUM', B, [2])];
}

/**
 * With EDDY_AGG_BENCH_CPU_PROFILE=<file>, a V8 CPU profile of the timed runs only (not the
 * generation nor the warm-up run) is written there.
 */
const profileFile = process.env.EDDY_AGG_BENCH_CPU_PROFILE;
const session = profileFile ? new inspector.Session() : null;
if (session !== null) {
  session.connect();
  session.post('Profiler.enable');
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * A checksum of emitted rows (kinds and values), to compare results across changes; cheap and
 * allocation-free, as it runs on the clock (strings by length and their last two characters).
 */
function digest(h: number, b: Batch): number {
  for (let r = 0; r < b.rows.length; r++) {
    const row = b.rows[r]!;
    h = (Math.imul(h, 31) + (b.kinds === null ? 0 : b.kinds[r]!)) | 0;
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      let x = 0;
      if (typeof v === 'bigint') x = Number(v);
      else if (typeof v === 'string')
        x = v.length * 65536 + v.charCodeAt(v.length - 1) * 256 + v.charCodeAt(v.length - 2);
      else if (typeof v === 'number') x = v;
      else if (v === true) x = 1;
      else if (v === null) x = -7;
      h = (Math.imul(h, 31) + (x | 0) + ((x / 4294967296) | 0)) | 0;
    }
  }
  return h;
}

function run(rows: Row[], keys: number[], calls: AggCall[]): { us: number; out: number; hash: number } {
  const op = new MiniBatchGroupAggregateOperator({
    keys,
    calls,
    generateUpdateBefore: true,
    insertOnly: true,
    intervalMs: 3_600_000,
    size: 50_000,
    now: () => 0,
    timer: false,
  });
  let out = 0;
  let hash = 17;
  // The checksum's own time is taken off the operator's (a blackhole sink only counts).
  let digestUs = 0;
  const ctx: OperatorContext = {
    output: {
      emit: (b: Batch) => {
        const t = cpu();
        out += b.rows.length;
        hash = digest(hash, b);
        digestUs += cpu() - t;
      },
      emitWatermark: () => undefined,
    },
    state: new InMemoryStateBackend(),
    metrics: new SimpleMetrics(),
    operatorId: 'agg',
    requestFinish: () => undefined,
  };
  op.open(ctx);
  const batches: Row[][] = [];
  for (let i = 0; i < rows.length; i += 1024) batches.push(rows.slice(i, i + 1024));
  const t0 = cpu();
  for (const b of batches) op.processBatch({ rows: b, kinds: null });
  op.finish();
  const us = cpu() - t0 - digestUs;
  op.close();
  return { us, out, hash };
}

let data = bids();
// EDDY_AGG_BENCH_CHANNELS=hot|cold: only the bids of the 4 hot channels, or of the others (q16).
const only = process.env.EDDY_AGG_BENCH_CHANNELS;
if (only !== undefined) {
  const cold = (r: Row): boolean => (r[0] as string).startsWith('channel-');
  data = { q16: data.q16.filter((r) => cold(r) === (only === 'cold')), q17: data.q17 };
}
const cases: [string, Row[], number[], () => AggCall[]][] = [
  ['q16', data.q16, [0, 1], q16Calls],
  ['q17', data.q17, [0, 1], q17Calls],
];
for (const [name, rows, keys, calls] of cases) {
  if (which !== undefined && which !== name) continue;
  run(rows, keys, calls()); // warm-up
  let best = Infinity;
  let res = { us: 0, out: 0, hash: 0 };
  session?.post('Profiler.start');
  for (let i = 0; i < RUNS; i++) {
    res = run(rows, keys, calls());
    best = Math.min(best, res.us);
  }
  session?.post('Profiler.stop', (err, r) => {
    if (err === null) writeFileSync(profileFile!, JSON.stringify(r.profile));
  });
  process.stdout.write(
    `agg bench ${name}: ${rows.length} rows, ${Math.round(rows.length / (best / 1e6))} rows/s (${(best / 1000).toFixed(0)} ms CPU, ${res.out} results, checksum ${res.hash})\n`,
  );
}
