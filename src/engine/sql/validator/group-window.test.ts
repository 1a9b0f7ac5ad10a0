import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SqlError } from '../../../common/errors.js';
import { formatValue, type LogicalType, type SqlValue } from '../../../types/index.js';
import { createSession, type Session } from '../session/session.js';

const dir = mkdtempSync(join(tmpdir(), 'eddy-group-window-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const BASE = Date.UTC(2020, 3, 15, 8, 0, 0);
const iso = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

interface Bid {
  readonly ts: number;
  readonly k: string;
  readonly v: number;
}

let files = 0;
/** A session with table `bid (ts, k, v)` over `rows`; the watermark lags an hour (no row is late). */
async function session(rows: readonly Bid[], extra = ''): Promise<Session> {
  const file = join(dir, `bid-${files++}.json`);
  writeFileSync(file, rows.map((r) => JSON.stringify({ ts: iso(r.ts), k: r.k, v: r.v })).join('\n') + '\n');
  const s = createSession();
  await s.execute(
    `CREATE TABLE bid (ts TIMESTAMP(3), k STRING, v INT${extra}, WATERMARK FOR ts AS ts - INTERVAL '1' HOUR) WITH ('connector' = 'filesystem', 'path' = '${file}', 'format' = 'json')`,
  );
  return s;
}

/** The query's rows as `v1, v2, …` lines (values as Flink prints them); every change must be +I. */
async function rows(s: Session, sql: string): Promise<string[]> {
  const r = await s.execute(sql);
  assert.ok(r.kind === 'query');
  const types: LogicalType[] = r.columns.map((c) => c.logicalType);
  const out: string[] = [];
  for await (const batch of r.batches()) {
    for (const c of batch) {
      assert.equal(c.op, '+I', 'a group window aggregation is insert-only');
      out.push(c.row.map((v, i) => formatValue(types[i]!, v as SqlValue) ?? 'NULL').join(', '));
    }
  }
  return out.sort();
}

async function columns(s: Session, sql: string): Promise<string[]> {
  const r = await s.execute(sql);
  assert.ok(r.kind === 'query');
  r.cancel();
  return r.columns.map((c) => `${c.name} ${c.type}`);
}

async function error(s: Session, sql: string): Promise<{ message: string; at: string }> {
  try {
    const r = await s.execute(sql);
    if (r.kind === 'query' || r.kind === 'job') r.cancel();
  } catch (err) {
    assert.ok(err instanceof SqlError, `expected SqlError, got ${String(err)}`);
    const span = err.diagnostics.find((d) => d.span)?.span;
    return { message: err.message, at: span ? `${span.start.line}:${span.start.column}` : '' };
  }
  assert.fail(`no error for ${sql}`);
}

type Window =
  | { kind: 'TUMBLE'; size: number }
  | { kind: 'HOP'; slide: number; size: number }
  | { kind: 'SESSION'; gap: number };

const sec = (ms: number): string => `INTERVAL '${(ms / 1000).toFixed(3)}' SECOND`;
const windowArgs = (w: Window): string =>
  w.kind === 'TUMBLE' ? sec(w.size) : w.kind === 'HOP' ? `${sec(w.slide)}, ${sec(w.size)}` : sec(w.gap);

/**
 * The reference: per key and window, COUNT(*) and SUM(v) of the rows with v > `min`, windows
 * assigned as Flink's TumblingWindowAssigner / SlidingWindowAssigner / merged sessions do.
 */
function reference(bids: readonly Bid[], w: Window, min: number): string[] {
  const groups = new Map<string, { k: string; start: number; end: number; n: number; sum: number }>();
  const add = (b: Bid, start: number, end: number): void => {
    const key = `${b.k}|${start}|${end}`;
    const g = groups.get(key) ?? { k: b.k, start, end, n: 0, sum: 0 };
    g.n++;
    g.sum += b.v;
    groups.set(key, g);
  };
  const kept = bids.filter((b) => b.v > min);
  if (w.kind === 'TUMBLE') {
    for (const b of kept) {
      const start = b.ts - (((b.ts % w.size) + w.size) % w.size);
      add(b, start, start + w.size);
    }
  } else if (w.kind === 'HOP') {
    for (const b of kept) {
      const last = b.ts - (((b.ts % w.slide) + w.slide) % w.slide);
      for (let s = last; s > b.ts - w.size; s -= w.slide) add(b, s, s + w.size);
    }
  } else {
    for (const k of new Set(kept.map((b) => b.k))) {
      const ts = kept.filter((b) => b.k === k).sort((a, b) => a.ts - b.ts);
      let i = 0;
      while (i < ts.length) {
        let j = i;
        let end = ts[i]!.ts + w.gap;
        // Flink's TimeWindow.intersects is inclusive: [0, 2) and [2, 4) touch, so they merge.
        while (j + 1 < ts.length && ts[j + 1]!.ts <= end) end = Math.max(end, ts[++j]!.ts + w.gap);
        for (let x = i; x <= j; x++) add(ts[x]!, ts[i]!.ts, end);
        i = j + 1;
      }
    }
  }
  return [...groups.values()]
    .map((g) => `${g.k}, ${iso(g.start)}, ${iso(g.end)}, ${iso(g.end - 1)}, ${g.n}, ${g.sum}`)
    .sort();
}

const bidArb = fc.record({
  ts: fc.integer({ min: 0, max: 60_000 }).map((x) => BASE + x),
  k: fc.constantFrom('a', 'b', 'c'),
  v: fc.integer({ min: -5, max: 20 }),
});
const windowArb: fc.Arbitrary<Window> = fc.oneof(
  fc.integer({ min: 1, max: 20_000 }).map((size): Window => ({ kind: 'TUMBLE', size })),
  // Any slide and size: a group window HOP need not have a size that is a multiple of its slide.
  fc
    .tuple(fc.integer({ min: 500, max: 10_000 }), fc.integer({ min: 500, max: 20_000 }))
    .map(([slide, size]): Window => ({ kind: 'HOP', slide, size })),
  fc.integer({ min: 1, max: 10_000 }).map((gap): Window => ({ kind: 'SESSION', gap })),
);

test('group windows give the windows, keys and aggregates of a reference assigner (property)', async () => {
  const seed = Number(process.env.FC_SEED ?? Date.now() % 1_000_000);
  console.log(`group-window property seed: ${seed}`);
  await fc.assert(
    fc.asyncProperty(
      fc.array(bidArb, { minLength: 1, maxLength: 40 }),
      windowArb,
      fc.integer({ min: -5, max: 10 }),
      async (bids, w, min) => {
        const s = await session(bids);
        const fn = w.kind;
        const a = windowArgs(w);
        const got = await rows(
          s,
          `SELECT b.k, ${fn}_START(ts, ${a}), ${fn}_END(b.ts, ${a}), ${fn}_ROWTIME(ts, ${a}), COUNT(*), SUM(v) ` +
            `FROM bid AS b WHERE v > ${min} GROUP BY ${fn}(b.ts, ${a}), b.k`,
        );
        assert.deepEqual(got, reference(bids, w, min));
      },
    ),
    { seed, numRuns: 40 },
  );
});

test('column names and types: EXPR$n for unaliased auxiliary calls, rowtime attribute for *_ROWTIME', async () => {
  const s = await session([]);
  assert.deepEqual(
    await columns(
      s,
      "SELECT k, TUMBLE_START(ts, INTERVAL '1' MINUTE), TUMBLE_END(ts, INTERVAL '1' MINUTE) AS e, TUMBLE_ROWTIME(ts, INTERVAL '1' MINUTE), COUNT(*) FROM bid GROUP BY k, TUMBLE(ts, INTERVAL '1' MINUTE)",
    ),
    [
      'k STRING',
      'EXPR$1 TIMESTAMP(3) NOT NULL',
      'e TIMESTAMP(3) NOT NULL',
      'EXPR$3 TIMESTAMP(3) NOT NULL *ROWTIME*',
      'EXPR$4 BIGINT NOT NULL',
    ],
  );
  // An expression over an auxiliary call is named like any expression.
  assert.deepEqual(
    await columns(
      s,
      "SELECT CAST(SESSION_END(ts, INTERVAL '1' MINUTE) AS STRING), SESSION_START(ts, INTERVAL '1' MINUTE) AS s FROM bid GROUP BY SESSION(ts, INTERVAL '1' MINUTE)",
    ),
    ['EXPR$0 STRING NOT NULL', 's TIMESTAMP(3) NOT NULL'],
  );
});

test('a TIMESTAMP_LTZ time attribute: *_START/_END are TIMESTAMP(3), *_ROWTIME a TIMESTAMP_LTZ(3) rowtime', async () => {
  const s = createSession();
  await s.execute(
    "CREATE TABLE e (ms BIGINT, ts AS TO_TIMESTAMP_LTZ(ms, 3), WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen', 'number-of-rows' = '1')",
  );
  assert.deepEqual(
    await columns(
      s,
      "SELECT HOP_START(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE) AS s, HOP_END(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE) AS e, HOP_ROWTIME(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE) AS r FROM e GROUP BY HOP(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE)",
    ),
    ['s TIMESTAMP(3) NOT NULL', 'e TIMESTAMP(3) NOT NULL', 'r TIMESTAMP_LTZ(3) NOT NULL *ROWTIME*'],
  );
});

test('a source column named window_start stays the source column; the window columns are renamed', async () => {
  const s = await session(
    [
      { ts: BASE + 1000, k: 'a', v: 1 },
      { ts: BASE + 2000, k: 'a', v: 2 },
    ],
    ', window_start AS UPPER(k)',
  );
  assert.deepEqual(
    await rows(
      s,
      "SELECT window_start, TUMBLE_START(ts, INTERVAL '1' MINUTE) AS ws, SUM(v) FROM bid GROUP BY window_start, TUMBLE(ts, INTERVAL '1' MINUTE)",
    ),
    ['A, 2020-04-15 08:00:00.000, 3'],
  );
});

test('WHERE filters before windowing: a filtered-out row opens no session', async () => {
  const s = await session([
    { ts: BASE, k: 'a', v: 1 },
    { ts: BASE + 4000, k: 'a', v: -1 },
    { ts: BASE + 8000, k: 'a', v: 1 },
  ]);
  // With the middle row the three rows make one session (gap 5 s); without it, two.
  assert.deepEqual(
    await rows(
      s,
      "SELECT SESSION_START(ts, INTERVAL '5' SECOND), COUNT(*) FROM bid WHERE v > 0 GROUP BY SESSION(ts, INTERVAL '5' SECOND)",
    ),
    ['2020-04-15 08:00:00.000, 1', '2020-04-15 08:00:08.000, 1'],
  );
});

test('sessions that only touch merge, in either arrival order (TimeWindow.intersects is inclusive)', async () => {
  for (const order of [
    [0, 5000],
    [5000, 0],
  ]) {
    const s = await session(order.map((d) => ({ ts: BASE + d, k: 'a', v: 1 })));
    assert.deepEqual(
      await rows(
        s,
        "SELECT SESSION_START(ts, INTERVAL '5' SECOND), SESSION_END(ts, INTERVAL '5' SECOND), COUNT(*) FROM bid GROUP BY SESSION(ts, INTERVAL '5' SECOND)",
      ),
      ['2020-04-15 08:00:00.000, 2020-04-15 08:00:10.000, 2'],
    );
  }
});

test('cascading: *_ROWTIME of an inner group window is the time attribute of an outer one', async () => {
  const s = await session([
    { ts: BASE + 500, k: 'a', v: 1 },
    { ts: BASE + 1500, k: 'b', v: 2 },
    { ts: BASE + 2500, k: 'a', v: 3 },
  ]);
  assert.deepEqual(
    await rows(
      s,
      "SELECT TUMBLE_START(rt, INTERVAL '2' SECOND), SUM(c) FROM (SELECT k, COUNT(*) AS c, TUMBLE_ROWTIME(ts, INTERVAL '1' SECOND) AS rt FROM bid GROUP BY k, TUMBLE(ts, INTERVAL '1' SECOND)) GROUP BY TUMBLE(rt, INTERVAL '2' SECOND)",
    ),
    ['2020-04-15 08:00:00.000, 2', '2020-04-15 08:00:02.000, 1'],
  );
});

test('errors name the call and its position', async () => {
  const s = await session([]);
  const cases: [string, RegExp, string][] = [
    [
      "SELECT COUNT(*) FROM bid GROUP BY k HAVING TUMBLE_END(ts, INTERVAL '1' MINUTE) > TIMESTAMP '2020-01-01 00:00:00'",
      /Call to auxiliary group function 'TUMBLE_END' must have matching call to group function '\$TUMBLE' in GROUP BY clause/,
      '1:44',
    ],
    [
      "SELECT SESSION_START(ts, INTERVAL '2' MINUTE) FROM bid GROUP BY SESSION(ts, INTERVAL '1' MINUTE)",
      /matching call to group function '\$SESSION'/,
      '1:8',
    ],
    [
      // Calcite compares the arguments as written: the same length spelt differently does not match.
      "SELECT TUMBLE_START(ts, INTERVAL '60' SECOND) FROM bid GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE)",
      /matching call to group function '\$TUMBLE'/,
      '1:8',
    ],
    [
      "SELECT COUNT(*) FROM bid GROUP BY SESSION(ts, INTERVAL '1' MINUTE),\n  TUMBLE(ts, INTERVAL '1' MINUTE)",
      /Only a single window group function may be used in GROUP BY/,
      '2:3',
    ],
    [
      "SELECT COUNT(*) FROM bid GROUP BY HOP(ts, INTERVAL '1' MINUTE)",
      /Invalid number of arguments to function '\$HOP'. Was expecting 3 arguments/,
      '1:35',
    ],
    [
      "SELECT COUNT(*) FROM bid GROUP BY SESSION(ts, INTERVAL '1' MINUTE, TIME '10:00:00')",
      /SESSION window with alignment is not supported yet\./,
      '1:68',
    ],
    [
      "SELECT COUNT(*) FROM bid GROUP BY CUBE(k), TUMBLE(ts, INTERVAL '1' MINUTE)",
      /GROUPING SETS, ROLLUP and CUBE are not supported with a group window function/,
      '1:35',
    ],
    [
      "SELECT COUNT(*) FROM bid GROUP BY TUMBLE(ts, INTERVAL '0' SECOND)",
      /The interval of the group window TUMBLE must be positive/,
      '1:46',
    ],
    ["SELECT * FROM bid GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE)", /is not being grouped/, ''],
    [
      "SELECT COUNT(*) FROM bid WHERE TUMBLE_START(ts, INTERVAL '1' MINUTE) IS NOT NULL GROUP BY TUMBLE(ts, INTERVAL '1' MINUTE)",
      /Group function 'TUMBLE_START' can only appear in GROUP BY clause/,
      '1:32',
    ],
    [
      "SELECT COUNT(*) FROM bid WHERE HOP(ts, INTERVAL '1' MINUTE, INTERVAL '2' MINUTE) IS NULL",
      /Group function '\$HOP' can only appear in GROUP BY clause/,
      '1:32',
    ],
  ];
  for (const [sql, message, at] of cases) {
    const e = await error(s, sql);
    assert.match(e.message, message, sql);
    if (at !== '') assert.equal(e.at, at, sql);
  }
});
