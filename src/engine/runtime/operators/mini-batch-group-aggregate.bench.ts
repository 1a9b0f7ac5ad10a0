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
 *
 * EDDY_AGG_BENCH_STEADY=1 times only the second half of the rows, the first half having built the
 * state (groups, seen table and its growths) untimed: what the Nexmark bench's median round
 * sees (its rounds come after a warm-up, and the one round holding a growth hardly moves the
 * median), where the default (from empty) counts every growth. EDDY_AGG_BENCH_AB=<dist directory
 * of another build> runs that build's operator on the same rows too, alternating with this
 * build's, and prints both builds' min and median and how many runs each won: on this shared VM
 * runs minutes apart differ by more than most changes, runs side by side much less.
 */
import { writeFileSync } from 'node:fs';
import * as inspector from 'node:inspector';
import { DEFAULT_NEXMARK_CONFIG, NexmarkGenerator } from '../../../connectors/nexmark/generator.js';
import type { Batch, Row } from '../batch.js';
import * as path from 'node:path';
import * as types from '../../../types/index.js';
import * as registry from '../functions/registry.js';
import * as operator from '../operator.js';
import type { OperatorContext } from '../operator.js';
import * as keyedState from '../state/keyed-state.js';
import type { AggCall } from './aggregate-api.js';
import * as appendOnly from './append-only-aggregates.js';
import * as miniBatch from './mini-batch-group-aggregate.js';

const which = process.argv[2];
const EVENTS = Number(process.env.EDDY_AGG_BENCH_EVENTS ?? 2_000_000);
const RUNS = Number(process.env.EDDY_AGG_BENCH_RUNS ?? 3);
const STEADY = process.env.EDDY_AGG_BENCH_STEADY === '1';
const AB = process.env.EDDY_AGG_BENCH_AB;

/** The modules a run takes from one build (this one, or the EDDY_AGG_BENCH_AB one). */
interface Build {
  readonly name: string;
  readonly types: typeof types;
  readonly registry: typeof registry;
  readonly operator: typeof operator;
  readonly keyedState: typeof keyedState;
  readonly appendOnly: typeof appendOnly;
  readonly miniBatch: typeof miniBatch;
}

const THIS_BUILD: Build = {
  name: 'this build',
  types,
  registry,
  operator,
  keyedState,
  appendOnly,
  miniBatch,
};

/** Another build's modules, from its dist directory (the same layout as this one's). */
async function otherBuild(dist: string): Promise<Build> {
  const at = (p: string): Promise<unknown> => import(path.resolve(dist, p));
  return {
    name: dist,
    types: (await at('types/index.js')) as typeof types,
    registry: (await at('engine/runtime/functions/registry.js')) as typeof registry,
    operator: (await at('engine/runtime/operator.js')) as typeof operator,
    keyedState: (await at('engine/runtime/state/keyed-state.js')) as typeof keyedState,
    appendOnly: (await at('engine/runtime/operators/append-only-aggregates.js')) as typeof appendOnly,
    miniBatch: (await at('engine/runtime/operators/mini-batch-group-aggregate.js')) as typeof miniBatch,
  };
}

function call(
  b: Build,
  fn: string,
  t: types.LogicalType[],
  args: number[],
  filter = -1,
  distinct = false,
): AggCall {
  const fns = b.registry.BUILTIN_FUNCTIONS;
  const def = fns.aggregate(fn)!;
  const impl =
    b.appendOnly.appendOnlyAggregate(fn, t, fns, 'UTC') ??
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

function q16Calls(b: Build): AggCall[] {
  const B = [b.types.bigintType()];
  const counts = [
    call(b, 'COUNT', [], []),
    call(b, 'COUNT', [], [], 5),
    call(b, 'COUNT', [], [], 6),
    call(b, 'COUNT', [], [], 7),
  ];
  const distinct = (col: number): AggCall[] => [-1, 5, 6, 7].map((f) => call(b, 'COUNT', B, [col], f, true));
  const max = call(b, 'MAX', [b.types.stringType()], [2]);
  // EDDY_AGG_BENCH_NODISTINCT=1: an ablation without the 8 DISTINCT calls.
  if (process.env.EDDY_AGG_BENCH_NODISTINCT === '1') return [max, ...counts];
  return [max, ...counts, ...distinct(3), ...distinct(4)];
}

function q17Calls(b: Build): AggCall[] {
  const B = [b.types.bigintType()];
  const counts = [
    call(b, 'COUNT', [], []),
    call(b, 'COUNT', [], [], 3),
    call(b, 'COUNT', [], [], 4),
    call(b, 'COUNT', [], [], 5),
  ];
  return [
    ...counts,
    call(b, 'MIN', B, [2]),
    call(b, 'MAX', B, [2]),
    call(b, 'AVG', B, [2]),
    call(b, 'SUM', B, [2]),
  ];
}

/**
 * With EDDY_AGG_BENCH_CPU_PROFILE=<file>, a V8 CPU profile of each timed run's timed part (not
 * the generation, the warm-up run nor a steady run's untimed first half) is written to
 * <file>-<run>.cpuprofile (<run>: the run's number, and with EDDY_AGG_BENCH_AB the build's, 0 for
 * this one).
 */
const profileFile = process.env.EDDY_AGG_BENCH_CPU_PROFILE?.replace(/\.cpuprofile$/, '');
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

function run(
  b: Build,
  batches: Row[][],
  keys: number[],
  calls: AggCall[],
  profileAs?: string,
): { us: number; out: number; hash: number } {
  const op = new b.miniBatch.MiniBatchGroupAggregateOperator({
    keys,
    calls,
    // EDDY_AGG_BENCH_UPDATE_BEFORE=0: no -U, as under Nexmark's blackhole sink (an upsert sink).
    generateUpdateBefore: process.env.EDDY_AGG_BENCH_UPDATE_BEFORE !== '0',
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
    state: new b.keyedState.InMemoryStateBackend(),
    metrics: new b.operator.SimpleMetrics(),
    operatorId: 'agg',
    requestFinish: () => undefined,
  };
  op.open(ctx);
  // Steady: the first half builds the state untimed (its output still counts in the checksum).
  const timedFrom = STEADY ? batches.length >> 1 : 0;
  for (let i = 0; i < timedFrom; i++) op.processBatch({ rows: batches[i]!, kinds: null });
  digestUs = 0;
  const profile = session !== null && profileAs !== undefined;
  if (profile) session.post('Profiler.start');
  const t0 = cpu();
  for (let i = timedFrom; i < batches.length; i++) op.processBatch({ rows: batches[i]!, kinds: null });
  op.finish();
  const us = cpu() - t0 - digestUs;
  if (profile) {
    session.post('Profiler.stop', (err, r) => {
      if (err === null) writeFileSync(`${profileFile}-${profileAs}.cpuprofile`, JSON.stringify(r.profile));
    });
  }
  op.close();
  return { us, out, hash };
}

/** Rows fed per processBatch: the driver's batch size. */
function batchesOf(rows: Row[]): Row[][] {
  const batches: Row[][] = [];
  for (let i = 0; i < rows.length; i += 1024) batches.push(rows.slice(i, i + 1024));
  return batches;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

let data = bids();
// EDDY_AGG_BENCH_CHANNELS=hot|cold: only the bids of the 4 hot channels, or of the others (q16).
const only = process.env.EDDY_AGG_BENCH_CHANNELS;
if (only !== undefined) {
  const cold = (r: Row): boolean => (r[0] as string).startsWith('channel-');
  data = { q16: data.q16.filter((r) => cold(r) === (only === 'cold')), q17: data.q17 };
}
const cases: [string, Row[], number[], (b: Build) => AggCall[]][] = [
  ['q16', data.q16, [0, 1], q16Calls],
  ['q17', data.q17, [0, 1], q17Calls],
];
const builds = AB === undefined ? [THIS_BUILD] : [THIS_BUILD, await otherBuild(AB)];
for (const [name, rows, keys, calls] of cases) {
  if (which !== undefined && which !== name) continue;
  const batches = batchesOf(rows);
  const timedRows = STEADY ? rows.length - (batches.length >> 1) * 1024 : rows.length;
  for (const b of builds) run(b, batches, keys, calls(b)); // warm-up
  const us: number[][] = builds.map(() => []);
  const last = builds.map(() => ({ us: 0, out: 0, hash: 0 }));
  for (let i = 0; i < RUNS; i++) {
    // Alternate which build goes first, so neither always follows the other's garbage.
    for (let k = 0; k < builds.length; k++) {
      const j = (k + i) % builds.length;
      last[j] = run(
        builds[j]!,
        batches,
        keys,
        calls(builds[j]!),
        `${name}-${i}${builds.length > 1 ? `-${j}` : ''}`,
      );
      us[j]!.push(last[j]!.us);
    }
  }
  builds.forEach((b, k) => {
    const best = Math.min(...us[k]!);
    const won = us[k]!.filter((u, i) => builds.every((_, j) => j === k || u < us[j]![i]!)).length;
    const ab =
      builds.length > 1
        ? ` [${b.name}: median ${(median(us[k]!) / 1000).toFixed(0)} ms, faster in ${won} of ${RUNS} runs]`
        : '';
    process.stdout.write(
      `agg bench ${name}${STEADY ? ' (steady: second half timed)' : ''}: ${timedRows} rows, ${Math.round(timedRows / (best / 1e6))} rows/s (${(best / 1000).toFixed(0)} ms CPU, ${last[k]!.out} results, checksum ${last[k]!.hash})${ab}\n`,
    );
  });
}
