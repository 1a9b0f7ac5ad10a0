/**
 * Session window aggregation against a naive reference: per key, the rows accepted and not yet
 * fired, sorted by time and split where two neighbours are more than the gap apart (windows
 * [ts, ts + gap) that touch merge, as Flink's TimeWindow.intersects has it). A row is late when
 * its window touches none of its key's open sessions and ends at or before the watermark
 * (window_end exclusive: it fires when the watermark reaches end - 1). Random event orders,
 * watermarks (some not advancing), NULLs and FILTERs; every accumulation mode of the operator
 * (counts only, mergeable accumulators, rows kept for a function that cannot merge).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bigintType, intType } from '../../../types/index.js';
import type { Batch, Row } from '../batch.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { SimpleMetrics, type OperatorContext } from '../operator.js';
import { MILLIS_CODEC } from '../plan/build.js';
import { InMemoryStateBackend } from '../state/keyed-state.js';
import type { AggCall, AggregateImpl } from './aggregate-api.js';
import { appendOnlyAggregate } from './append-only-aggregates.js';
import { SessionWindowAggregateOperator } from './session-window-aggregate.js';

// Input rows: [k1, k2, ts, x (INT, nullable), flag (BOOLEAN)].
const TS = 2;
const X = 3;
const FLAG = 4;

/** A call of a built-in aggregate as build.ts makes it for an insert-only input. */
function call(fn: string, args: number[], opts: { filter?: number; distinct?: boolean } = {}): AggCall {
  const argTypes = args.map(() => intType());
  const def = BUILTIN_FUNCTIONS.aggregate(fn)!;
  const impl =
    appendOnlyAggregate(fn, argTypes, BUILTIN_FUNCTIONS, 'UTC') ??
    def.create(argTypes, def.inferType(argTypes), { needsRetraction: false });
  return { impl, args, distinct: opts.distinct ?? false, filter: opts.filter ?? -1 };
}
const countStar = call('COUNT', []);
const countX = call('COUNT', [X]);
const countFiltered = call('COUNT', [], { filter: FLAG });
const sumX = call('SUM', [X]);
const maxX = call('MAX', [X]);
/** COUNT as the general library has it (it can retract; still a count, still mergeable). */
const countGeneral: AggCall = {
  impl: BUILTIN_FUNCTIONS.aggregate('COUNT')!.create([], bigintType(false), { needsRetraction: true }),
  args: [],
  distinct: false,
  filter: -1,
};
const countDistinctX = call('COUNT', [X], { distinct: true });
/** MAX(x) without a merge function: the operator must keep rows. */
const maxNoMerge: AggCall = {
  impl: {
    supportsRetract: false,
    create: () => null,
    accumulate: (acc, args) =>
      args[0] === null ? acc : acc === null ? args[0] : Math.max(acc as number, args[0] as number),
    retract: () => {
      throw new Error('no retract');
    },
    getValue: (acc) => acc,
  } satisfies AggregateImpl,
  args: [X],
  distinct: false,
  filter: -1,
};

/** One configuration per accumulation mode, with its reference function over a session's rows. */
const MODES: { name: string; calls: AggCall[]; ref: (rows: Row[]) => unknown[] }[] = [
  {
    name: 'counts',
    calls: [countStar, countX, countFiltered, countGeneral],
    ref: (rs) => [
      BigInt(rs.length),
      BigInt(nonNull(rs).length),
      BigInt(rs.filter((r) => r[FLAG] === true).length),
      BigInt(rs.length),
    ],
  },
  {
    name: 'merge',
    calls: [sumX, countStar, maxX],
    ref: (rs) => {
      const xs = nonNull(rs);
      return [
        xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0),
        BigInt(rs.length),
        xs.length === 0 ? null : Math.max(...xs),
      ];
    },
  },
  {
    name: 'rows',
    calls: [maxNoMerge, countFiltered, countDistinctX],
    ref: (rs) => {
      const xs = nonNull(rs);
      return [
        xs.length === 0 ? null : Math.max(...xs),
        BigInt(rs.filter((r) => r[FLAG] === true).length),
        BigInt(new Set(xs).size),
      ];
    },
  },
];

const nonNull = (rs: Row[]): number[] => rs.map((r) => r[X]).filter((x): x is number => x !== null);

type Step = { rows: Row[] } | { watermark: number };

/** The reference: what each advancing watermark emits (sorted), and the late-row count. */
function reference(
  steps: Step[],
  gap: number,
  keyCols: number[],
  agg: (rows: Row[]) => unknown[],
): { fired: string[][]; late: number } {
  const open = new Map<string, Row[]>();
  const keyOf = (r: Row): string => keyCols.map((c) => String(r[c])).join('|');
  /** A key's open sessions: its rows sorted by time, split where neighbours are > gap apart. */
  const sessions = (rows: Row[]): Row[][] => {
    const sorted = [...rows].sort((a, b) => (a[TS] as number) - (b[TS] as number));
    const out: Row[][] = [];
    for (const r of sorted) {
      const cur = out[out.length - 1];
      if (cur !== undefined && (r[TS] as number) - (cur[cur.length - 1]![TS] as number) <= gap) cur.push(r);
      else out.push([r]);
    }
    return out;
  };
  let wm = -Infinity;
  let late = 0;
  const fired: string[][] = [];
  for (const step of steps) {
    if ('rows' in step) {
      for (const r of step.rows) {
        const ts = r[TS] as number;
        const rows = open.get(keyOf(r)) ?? [];
        const touches = sessions(rows).some((s) => {
          const start = s[0]![TS] as number;
          const end = (s[s.length - 1]![TS] as number) + gap;
          return start <= ts + gap && end >= ts;
        });
        if (!touches && ts + gap - 1 <= wm) {
          late++;
          continue;
        }
        rows.push(r);
        open.set(keyOf(r), rows);
      }
      continue;
    }
    if (step.watermark <= wm) continue;
    wm = step.watermark;
    const out: string[] = [];
    for (const [k, rows] of open) {
      const keep: Row[] = [];
      for (const s of sessions(rows)) {
        const start = s[0]![TS] as number;
        const end = (s[s.length - 1]![TS] as number) + gap;
        if (end - 1 <= wm) {
          const key = keyCols.map((c) => s[0]![c]);
          out.push(JSON.stringify([...key, ...agg(s), start, end, end - 1], big));
        } else keep.push(...s);
      }
      if (keep.length === 0) open.delete(k);
      else open.set(k, keep);
    }
    fired.push(out.sort());
  }
  return { fired, late };
}

const big = (_: string, v: unknown): unknown => (typeof v === 'bigint' ? `${v}n` : v);

function runOperator(
  steps: Step[],
  gap: number,
  keyCols: number[],
  calls: AggCall[],
): { fired: string[][]; late: number } {
  const op = new SessionWindowAggregateOperator({
    gap,
    timeIndex: TS,
    keys: keyCols,
    calls,
    time: MILLIS_CODEC,
    bounds: MILLIS_CODEC,
  });
  const metrics = new SimpleMetrics();
  let pending: string[] = [];
  const fired: string[][] = [];
  op.open({
    output: {
      emit: (b: Batch) => {
        for (const r of b.rows) pending.push(JSON.stringify(r, big));
      },
      emitWatermark: () => {
        fired.push(pending.sort());
        pending = [];
      },
    },
    state: new InMemoryStateBackend(),
    metrics,
    operatorId: 'session',
    requestFinish: () => undefined,
  } satisfies OperatorContext);
  for (const s of steps) {
    if ('rows' in s) op.processBatch({ rows: s.rows, kinds: null });
    else op.onWatermark(s.watermark);
  }
  assert.deepEqual(pending, [], 'rows are emitted only with a watermark');
  return { fired, late: metrics.get('numLateRecordsDropped') ?? 0 };
}

const rowArb = fc.tuple(
  fc.constantFrom('a', 'b', 'c'),
  fc.constantFrom(1n, 2n),
  fc.integer({ min: 0, max: 120 }),
  fc.option(fc.integer({ min: -5, max: 9 }), { nil: null, freq: 4 }),
  fc.boolean(),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(rowArb, { minLength: 1, maxLength: 6 }).map((rows) => ({ rows: rows as Row[] })),
  },
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 130 }).map((watermark) => ({ watermark })) },
);

test('session windows agree with a sort-and-split reference (property, every accumulation mode)', () => {
  const seed = Date.now() % 100000;
  console.log(`fast-check seed ${seed}`);
  fc.assert(
    fc.property(
      fc.array(stepArb, { maxLength: 25 }),
      fc.integer({ min: 1, max: 25 }),
      fc.constantFrom<number[]>([0], [1], [0, 1]),
      fc.integer({ min: 0, max: MODES.length - 1 }),
      (body, gap, keyCols, m) => {
        // Watermarks rise over the run as a source's would (a lower one is ignored), and the
        // input ends with the final watermark.
        const steps: Step[] = [...body, { watermark: Number.MAX_SAFE_INTEGER }];
        const mode = MODES[m]!;
        const want = reference(steps, gap, keyCols, mode.ref);
        const got = runOperator(steps, gap, keyCols, mode.calls);
        assert.deepEqual(got.fired, want.fired, `mode ${mode.name}`);
        assert.equal(got.late, want.late, `late rows, mode ${mode.name}`);
      },
    ),
    { seed, numRuns: 600 },
  );
});

test('a session reopened after it fired, late rows counted, keys released', () => {
  const op = new SessionWindowAggregateOperator({
    gap: 10,
    timeIndex: 0,
    keys: [1],
    calls: [countStar],
    time: MILLIS_CODEC,
    bounds: MILLIS_CODEC,
  });
  const out: Row[] = [];
  const metrics = new SimpleMetrics();
  const state = new InMemoryStateBackend();
  op.open({
    output: { emit: (b) => out.push(...b.rows), emitWatermark: () => undefined },
    state,
    metrics,
    operatorId: 's',
    requestFinish: () => undefined,
  });
  op.processBatch({
    rows: [
      [100, 7n],
      [105, 7n],
      [130, 7n],
    ],
    kinds: null,
  });
  op.onWatermark(114); // [100, 115) fires once the watermark reaches end - 1 = 114
  assert.deepEqual(out, [[7n, 2n, 100, 115, 114]]);
  // 104's window [104, 114) touches nothing open and ends before the watermark: late.
  // 112's window [112, 122) is not late: a new session, although [100, 115) covered it.
  op.processBatch({
    rows: [
      [104, 7n],
      [112, 7n],
    ],
    kinds: null,
  });
  assert.equal(metrics.get('numLateRecordsDropped'), 1);
  // 121 bridges [112, 122) and [130, 140) into one session.
  op.processBatch({ rows: [[121, 7n]], kinds: null });
  op.onWatermark(Number.MAX_SAFE_INTEGER);
  assert.deepEqual(out.slice(1), [[7n, 3n, 112, 140, 139]]);
  assert.equal(state.keyCount(), 0);
});
