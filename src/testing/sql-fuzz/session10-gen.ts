/**
 * Session-10 fuzz cases, each checked against an answer computed here (not by the engine):
 *
 * - retract: an outer GROUP BY over an updating inner GROUP BY (MAX / MIN per key, so the outer
 *   aggregation sees -U/+U pairs and groups that empty and refill) with the retracting
 *   aggregates FIRST_VALUE, LAST_VALUE, LISTAGG, COLLECT, ARRAY_AGG, JSON_ARRAYAGG,
 *   JSON_OBJECTAGG and COUNT / SUM / MIN / MAX, with DISTINCT and FILTER. The expected final rows
 *   replay the inner changelog through Flink's *WithRetract accumulators: values kept in arrival
 *   order, a retraction removes the first equal value, a group whose count drops to 0 is
 *   deleted and starts afresh (GroupAggFunction), DISTINCT passes a value on its first
 *   occurrence and retracts it on its last.
 * - window: TUMBLE / HOP / CUMULATE (with offsets, also negative or beyond the size) and
 *   SESSION (with or without PARTITION BY) over a file source with non-decreasing rowtimes,
 *   TIMESTAMP(3) or TIMESTAMP_LTZ(3) under a session zone (windows are assigned on the local
 *   wall clock), grouped by the window with GROUPING SETS / ROLLUP / CUBE; expected windows
 *   computed here.
 * - fold: expressions (casts between types, TRY_CAST, DECIMAL / BIGINT edges, string functions
 *   on surrogate pairs and empty strings, temporal functions in DST zones) over literals, which
 *   the planner folds, and over the columns of a one-row view holding the same values, which
 *   run per row: both must give the same values, or fail alike; a statement of TRY_CASTs only
 *   never fails once it is valid.
 */
import { errorLine } from './minibatch-gen.js';
import type { CaseOutcome } from './oracle.js';
import type { Rand } from './rand.js';
import { finalRowSets } from './topn-gen.js';

type Cell = string | null;

/** A case: its script, the files it reads and the check of its output. */
export interface Session10Case {
  readonly sql: string;
  readonly files: Readonly<Record<string, string>>;
  readonly check: (o: CaseOutcome) => string | undefined;
  readonly kind: string;
}

/** Draws one session-10 case. */
export function session10Case(r: Rand): Session10Case {
  const k = r.int(0, 2);
  if (k === 0) return retractCase(r);
  if (k === 1) return windowCase(r);
  return foldCase(r);
}

// ---------------------------------------------------------------------------------------------
// Retracting aggregates

interface Acc {
  add(v: number | null, key: number): void;
  retract(v: number | null, key: number): void;
  result(): Cell;
}

/** Removes the first element equal to v (ListView.remove / List.remove(Object)). */
function removeFirst<T>(xs: T[], v: T): void {
  const i = xs.indexOf(v);
  if (i >= 0) xs.splice(i, 1);
}

/** An accumulator over the non-null values in arrival order. */
function listAcc(respectNulls: boolean, out: (xs: (number | null)[]) => Cell): Acc {
  const xs: (number | null)[] = [];
  return {
    add: (v) => {
      if (v !== null || respectNulls) xs.push(v);
    },
    retract: (v) => {
      if (v !== null || respectNulls) removeFirst(xs, v);
    },
    result: () => out(xs),
  };
}

interface AggSpec {
  readonly sql: string;
  /** How an output cell is normalized before comparison (multisets, JSON objects). */
  readonly norm?: (c: Cell) => Cell;
  /**
   * The cell without its order, when the arrival order of values is not known (a mini-batch
   * folds the inner changelog): sorted parts, or a mask for FIRST_VALUE / LAST_VALUE.
   */
  readonly unordered?: (c: Cell) => Cell;
  readonly make: () => Acc;
}

const sortedParts = (c: Cell): Cell => {
  if (c === null || !c.startsWith('{') || !c.endsWith('}')) return c;
  const body = c.slice(1, -1);
  return `{${body === '' ? '' : body.split(', ').sort().join(', ')}}`;
};

const MASK = (): Cell => '*';

/** The cell's parts between `open` and `close`, split at `sep` and sorted. */
const sortedList =
  (sep: string, open = '', close = '') =>
  (c: Cell): Cell => {
    if (c === null || sep === '') return c === null ? c : '*';
    const body = c.slice(open.length, c.length - close.length);
    return body.split(sep).sort().join(sep);
  };

const sortedJsonObject = (c: Cell): Cell => {
  if (c === null) return c;
  try {
    const o = JSON.parse(c) as Record<string, unknown>;
    return JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
  } catch {
    return c;
  }
};

function aggSpec(r: Rand, hasNull: boolean): AggSpec {
  const str = (n: number | null): string => String(n);
  switch (r.int(0, 12)) {
    case 0:
      return { sql: 'COUNT(*)', make: () => countAcc(true) };
    case 1:
      return { sql: 'COUNT(v)', make: () => countAcc(false) };
    case 2:
      return {
        sql: 'SUM(v)',
        make: () =>
          listAcc(false, (xs) => (xs.length === 0 ? null : String(xs.reduce((a, b) => a! + b!, 0)))),
      };
    case 3:
    case 4: {
      const max = r.chance(0.5);
      return {
        sql: max ? 'MAX(v)' : 'MIN(v)',
        make: () =>
          listAcc(false, (xs) =>
            xs.length === 0 ? null : String((max ? Math.max : Math.min)(...(xs as number[]))),
          ),
      };
    }
    case 5:
      return {
        sql: 'FIRST_VALUE(v)',
        unordered: MASK,
        make: () => listAcc(false, (xs) => (xs.length ? str(xs[0]!) : null)),
      };
    case 6:
      return {
        sql: 'LAST_VALUE(v)',
        unordered: MASK,
        make: () => listAcc(false, (xs) => (xs.length ? str(xs[xs.length - 1]!) : null)),
      };
    case 7: {
      const sep = r.pick([undefined, '|', '', ';;']);
      return {
        sql: `LISTAGG(CAST(v AS STRING)${sep === undefined ? '' : `, '${sep}'`})`,
        unordered: sortedList(sep ?? ','),
        make: () => listAcc(false, (xs) => (xs.length ? xs.join(sep ?? ',') : null)),
      };
    }
    case 8:
      return {
        sql: 'COLLECT(v)',
        norm: sortedParts,
        make: () => {
          const m = new Map<number, number>();
          return {
            add: (v) => {
              if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
            },
            retract: (v) => {
              // CollectAggFunction counts down and drops the entry at 0.
              if (v === null) return;
              const n = (m.get(v) ?? 0) - 1;
              if (n === 0) m.delete(v);
              else m.set(v, n);
            },
            result: () => sortedParts(`{${[...m].map(([k, n]) => `${k}=${n}`).join(', ')}}`),
          };
        },
      };
    case 9:
      return {
        sql: 'ARRAY_AGG(v)',
        unordered: sortedList(', ', '[', ']'),
        make: () =>
          listAcc(true, (xs) =>
            xs.length ? `[${xs.map((x) => (x === null ? 'NULL' : x)).join(', ')}]` : null,
          ),
      };
    case 10:
      return {
        sql: 'JSON_ARRAYAGG(v)',
        unordered: sortedList(',', '[', ']'),
        make: () => listAcc(false, (xs) => `[${xs.join(',')}]`),
      };
    case 11:
      return {
        sql: 'JSON_OBJECTAGG(KEY CAST(k AS STRING) VALUE v)',
        norm: sortedJsonObject,
        make: () => {
          const m = new Map<number, number | null>();
          return {
            add: (v, key) => m.set(key, v),
            retract: (_v, key) => m.delete(key),
            result: () =>
              sortedJsonObject(JSON.stringify(Object.fromEntries([...m].map(([k, v]) => [String(k), v])))),
          };
        },
      };
    default: {
      // DISTINCT: the wrapped accumulator sees a value on its first occurrence, a retraction on its last.
      const inner = r.pick(
        hasNull
          ? (['COUNT', 'SUM', 'MAX', 'LISTAGG', 'COLLECT'] as const)
          : (['COUNT', 'SUM', 'MAX', 'LISTAGG', 'COLLECT', 'ARRAY_AGG'] as const),
      );
      const base: AggSpec =
        inner === 'COUNT'
          ? { sql: '', make: () => countAcc(false) }
          : inner === 'SUM'
            ? {
                sql: '',
                make: () =>
                  listAcc(false, (xs) => (xs.length === 0 ? null : String(xs.reduce((a, b) => a! + b!, 0)))),
              }
            : inner === 'MAX'
              ? {
                  sql: '',
                  make: () =>
                    listAcc(false, (xs) => (xs.length ? String(Math.max(...(xs as number[]))) : null)),
                }
              : inner === 'LISTAGG'
                ? { sql: '', make: () => listAcc(false, (xs) => (xs.length ? xs.join(',') : null)) }
                : inner === 'COLLECT'
                  ? {
                      sql: '',
                      norm: sortedParts,
                      make: () =>
                        listAcc(false, (xs) => sortedParts(`{${xs.map((x) => `${x}=1`).join(', ')}}`)),
                    }
                  : {
                      sql: '',
                      make: () => listAcc(true, (xs) => (xs.length ? `[${xs.join(', ')}]` : null)),
                    };
      const arg = inner === 'LISTAGG' ? 'CAST(v AS STRING)' : 'v';
      return {
        sql: `${inner}(DISTINCT ${arg})`,
        norm: base.norm,
        unordered:
          inner === 'LISTAGG'
            ? sortedList(',')
            : inner === 'ARRAY_AGG'
              ? sortedList(', ', '[', ']')
              : undefined,
        make: () => {
          const a = base.make();
          const seen = new Map<number, number>();
          return {
            add: (v, key) => {
              if (v === null) return;
              const n = (seen.get(v) ?? 0) + 1;
              seen.set(v, n);
              if (n === 1) a.add(v, key);
            },
            retract: (v, key) => {
              if (v === null) return;
              const n = (seen.get(v) ?? 0) - 1;
              if (n <= 0) {
                seen.delete(v);
                a.retract(v, key);
              } else seen.set(v, n);
            },
            result: () => a.result(),
          };
        },
      };
    }
  }
}

function countAcc(star: boolean): Acc {
  let n = 0;
  return {
    add: (v) => {
      if (star || v !== null) n++;
    },
    retract: (v) => {
      if (star || v !== null) n--;
    },
    result: () => String(n),
  };
}

interface Filter {
  readonly sql: string;
  readonly test: (v: number | null, key: number) => boolean;
}

function filterSpec(r: Rand): Filter | undefined {
  if (!r.chance(0.35)) return undefined;
  const c = r.int(-5, 15);
  return r.pick<Filter>([
    { sql: `v > ${c}`, test: (v) => v !== null && v > c },
    { sql: 'MOD(k, 2) = 0', test: (_v, k) => k % 2 === 0 },
    { sql: 'v IS NULL', test: (v) => v === null },
  ]);
}

/** An outer GROUP BY over an updating inner GROUP BY, with retracting aggregates. */
export function retractCase(r: Rand): Session10Case {
  // Equal values may repeat (SUM, COUNT): a retraction removes the first equal value, as
  // ListView#remove and FirstValueWithRetractAggFunction's earliest order do.
  const nRows = r.int(2, 12);
  const rows: { k: number; x: number | null }[] = [];
  for (let i = 0; i < nRows; i++) rows.push({ k: r.int(1, 4), x: r.chance(0.12) ? null : r.int(-10, 29) });
  const innerAgg = r.pick(['MAX', 'MIN', 'SUM', 'COUNT'] as const);
  // HAVING turns some updates into inserts and deletes of the inner row.
  const having = r.chance(0.3) ? r.int(-5, 20) : undefined;
  const visible = (v: number | null): boolean => having === undefined || (v !== null && v > having);
  const mod = r.int(1, 3);
  const grouped = r.chance(0.75);
  const hasNull = innerAgg !== 'COUNT' && rows.some((x) => x.x === null);
  const specs = Array.from({ length: r.int(1, 4) }, () => {
    const agg = aggSpec(r, hasNull);
    // Calcite's grammar takes no FILTER after JSON_ARRAYAGG / JSON_OBJECTAGG (a syntax of their own).
    return { agg, filter: agg.sql.startsWith('JSON_') ? undefined : filterSpec(r) };
  });

  // The inner changelog (GroupAggFunction: nothing is emitted when the result is unchanged).
  const inner = new Map<number, number | null>();
  const events: { op: 'add' | 'retract'; k: number; v: number | null }[] = [];
  const step = (old: number | null, x: number | null): number | null => {
    if (innerAgg === 'COUNT') return (old ?? 0) + (x === null ? 0 : 1);
    if (x === null) return old;
    if (old === null) return x;
    return innerAgg === 'SUM' ? old + x : innerAgg === 'MAX' ? Math.max(old, x) : Math.min(old, x);
  };
  for (const { k, x } of rows) {
    if (!inner.has(k)) {
      const v = step(null, x);
      inner.set(k, v);
      if (visible(v)) events.push({ op: 'add', k, v });
      continue;
    }
    const old = inner.get(k)!;
    const next = step(old, x);
    if (next === old) continue;
    inner.set(k, next);
    if (visible(old)) events.push({ op: 'retract', k, v: old });
    if (visible(next)) events.push({ op: 'add', k, v: next });
  }
  // The outer aggregation, replayed.
  const groups = new Map<number, { count: number; accs: Acc[] }>();
  for (const e of events) {
    const g = grouped ? e.k % mod : 0;
    let st = groups.get(g);
    if (!st) {
      st = { count: 0, accs: specs.map((s) => s.agg.make()) };
      groups.set(g, st);
    }
    st.count += e.op === 'add' ? 1 : -1;
    for (const [i, s] of specs.entries()) {
      if (s.filter && !s.filter.test(e.v, e.k)) continue;
      if (e.op === 'add') st.accs[i]!.add(e.v, e.k);
      else st.accs[i]!.retract(e.v, e.k);
    }
    if (st.count === 0) groups.delete(g); // deleted, its state cleared
  }
  const expected = [...groups].map(([g, st]) => [
    ...(grouped ? [String(g)] : []),
    ...st.accs.map((a) => a.result()),
  ]);

  const values = rows.map(({ k, x }) => `(${k}, ${x === null ? 'CAST(NULL AS INT)' : x})`).join(', ');
  const items = specs.map(
    (s, i) => `${s.agg.sql}${s.filter ? ` FILTER (WHERE ${s.filter.sql})` : ''} AS a${i}`,
  );
  const sub = `SELECT k, ${innerAgg}(x) AS v FROM t GROUP BY k${having === undefined ? '' : ` HAVING ${innerAgg}(x) > ${having}`}`;
  const q = grouped
    ? `SELECT MOD(k, ${mod}) AS g, ${items.join(', ')} FROM (${sub}) GROUP BY MOD(k, ${mod})`
    : `SELECT ${items.join(', ')} FROM (${sub})`;
  // Under a mini-batch the inner changelog is folded: the same final rows, another arrival order.
  const miniBatch = r.chance(0.3)
    ? `SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '10 ms';
SET 'table.exec.mini-batch.size' = '${r.pick(['1', '2', '3', '1000'])}';
`
    : '';
  const sql = `${miniBatch}CREATE TEMPORARY VIEW t AS SELECT * FROM (VALUES ${values}) AS v(k, x);
${q};
`;
  const norms = [
    ...(grouped ? [undefined] : []),
    ...specs.map((s) => {
      const { norm, unordered } = s.agg;
      if (miniBatch === '' || unordered === undefined) return norm;
      return (c: Cell): Cell => unordered(norm ? norm(c) : c);
    }),
  ];
  return {
    sql,
    files: {},
    kind: 'retract',
    check: (o) => {
      // A global aggregation over an empty input ends with one row of initial values (not modelled).
      if (!grouped && events.length === 0) return undefined;
      return compareFinal(o, 'retract', expected, norms);
    },
  };
}

/** Compares the final rows of the last result set with `expected` (as multisets). */
function compareFinal(
  o: CaseOutcome,
  what: string,
  expected: Cell[][],
  norms: readonly (((c: Cell) => Cell) | undefined)[],
): string | undefined {
  if (o.exitCode !== 0)
    return `${what}: the query failed: ${o.stderr.trim().slice(0, 300)} (expected ${expected.length} rows)`;
  let sets: Cell[][][];
  try {
    sets = finalRowSets(o.stdout);
  } catch {
    return undefined; // the main oracle reports non-JSON output
  }
  const got = sets[sets.length - 1];
  if (!got) return `${what}: no result set`;
  const key = (row: Cell[]): string => JSON.stringify(row.map((c, i) => norms[i]?.(c) ?? c));
  const a = got.map(key).sort();
  const b = expected.map(key).sort();
  if (a.join('\n') !== b.join('\n'))
    return `${what}: final rows differ:\n--- got:\n${a.join('\n').slice(0, 900)}\n--- expected:\n${b.join('\n').slice(0, 900)}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Window TVFs

const MIN = 60_000;

/** Zones and a base instant away from their DST changes. */
const ZONES: readonly [string, number][] = [
  ['UTC', 0],
  ['Asia/Shanghai', 8 * 60],
  ['Asia/Kolkata', 5 * 60 + 30],
  ['Asia/Kathmandu', 5 * 60 + 45],
  ['America/Los_Angeles', -7 * 60], // July: PDT
  ['Australia/Adelaide', 9 * 60 + 30], // July: ACST
  ['America/St_Johns', -150], // July: NDT, -2:30
];

/**
 * DST changes the rows may cross (zone, an instant shortly before the change): windows are then
 * assigned on the wall clock of each row's instant, so the repeated hour of a fall-back shares
 * its windows (Flink's timers wait for the later instant: TimeWindowUtil#toEpochMillsForTimer).
 */
const DST_ZONES: readonly [string, number][] = [
  ['America/Los_Angeles', Date.UTC(2024, 10, 3, 7, 20)], // fall back 02:00 PDT -> 01:00 PST
  ['America/Los_Angeles', Date.UTC(2024, 2, 10, 9, 20)], // spring forward 02:00 PST -> 03:00 PDT
  ['Europe/Berlin', Date.UTC(2024, 9, 27, 0, 20)], // fall back 03:00 CEST -> 02:00 CET
  ['Australia/Lord_Howe', Date.UTC(2024, 3, 6, 14, 20)], // fall back by half an hour
];

/** The zone's offset at an instant, in millis (from the platform's tz database). */
function offsetAt(zone: string, utc: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utc));
  const f = (type: string): number => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(f('year'), f('month') - 1, f('day'), f('hour'), f('minute'), f('second'));
  return wall - (utc - floorMod(utc, 1000));
}

const floorMod = (a: number, b: number): number => ((a % b) + b) % b;

function fmtTs(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

/** An interval literal of `m` minutes (seconds when not whole). */
function interval(ms: number): string {
  if (ms % MIN === 0) {
    const m = ms / MIN;
    return m % 60 === 0 && m !== 0 ? `INTERVAL '${m / 60}' HOUR` : `INTERVAL '${m}' MINUTE`;
  }
  return `INTERVAL '${ms / 1000}' SECOND`;
}

/** TUMBLE / HOP / CUMULATE / SESSION aggregations with expected windows. */
export function windowCase(r: Rand): Session10Case {
  const ltz = r.chance(0.5);
  const dst = ltz && r.chance(0.4) ? r.pick(DST_ZONES) : undefined;
  const [zone, offMin] = dst ? [dst[0], 0] : ltz ? r.pick(ZONES) : ZONES[0]!;
  // 2024-07-02T10:00:00Z plus a few minutes, so local wall clocks sit off the hour in some zones.
  let t = (dst ? dst[1] : Date.UTC(2024, 6, 2, 10, 0, 0)) + r.int(0, 120) * 1000 * 17;
  const n = r.int(1, 12);
  const rows: { k: string | null; x: number | null; utc: number }[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({ k: r.pick(['a', 'b', null]), x: r.chance(0.1) ? null : r.int(-5, 20), utc: t });
    t += r.pick([0, 1, 999, 30_000, 59_999, 60_000, 170_000, 600_000, 1_800_000]);
  }
  // Windows are assigned on the local wall clock (TimeWindowUtil with the shift zone).
  const local = (utc: number): number => (dst ? utc + offsetAt(zone, utc) : ltz ? utc + offMin * MIN : utc);
  // Session windows across a DST change are left out: their late-row rule on a wall clock that
  // goes back is not modelled here.
  const kind = r.pick(
    dst ? (['TUMBLE', 'HOP', 'CUMULATE'] as const) : (['TUMBLE', 'HOP', 'CUMULATE', 'SESSION'] as const),
  );
  const sizes = [1, 2, 5, 10, 15, 30, 60, 120].map((m) => m * MIN);
  let tvf: string;
  let assign: (ts: number) => [number, number][];
  let off = r.chance(0.4) ? r.pick([1, 2, 5, -2, -16, 45, 30].map((m) => m * MIN)) : 0;
  // TUMBLE refuses abs(offset) >= size (SliceAssigners.TumblingSliceAssigner); HOP and CUMULATE take any.
  const offArg = (): string =>
    off !== 0 ? `, ${interval(off)}` : r.chance(0.1) ? `, INTERVAL '0' MINUTE` : '';
  let sessionBy = false;
  let sessionGap = 0;
  if (kind === 'TUMBLE') {
    const size = r.pick(sizes);
    if (Math.abs(off) >= size) off = 0;
    tvf = `TUMBLE(TABLE t, DESCRIPTOR(ts), ${interval(size)}${offArg()})`;
    assign = (ts) => {
      const s = ts - floorMod(ts - off, size);
      return [[s, s + size]];
    };
  } else if (kind === 'HOP') {
    const slide = r.pick(sizes.slice(0, 5));
    const size = slide * r.int(1, 4);
    tvf = `HOP(TABLE t, DESCRIPTOR(ts), ${interval(slide)}, ${interval(size)}${offArg()})`;
    assign = (ts) => {
      const last = ts - floorMod(ts - off, slide);
      const out: [number, number][] = [];
      for (let s = last; s > ts - size; s -= slide) out.push([s, s + size]);
      return out;
    };
  } else if (kind === 'CUMULATE') {
    const step = r.pick(sizes.slice(0, 5));
    const size = step * r.int(1, 4);
    tvf = `CUMULATE(TABLE t, DESCRIPTOR(ts), ${interval(step)}, ${interval(size)}${offArg()})`;
    assign = (ts) => {
      const s = ts - floorMod(ts - off, size);
      const out: [number, number][] = [];
      for (let e = s + step; e <= s + size; e += step) if (e > ts) out.push([s, e]);
      return out;
    };
  } else {
    sessionGap = r.pick([1, 2, 5, 10]) * MIN + (r.chance(0.2) ? 500 : 0);
    sessionBy = r.chance(0.5);
    tvf = `SESSION(TABLE t${sessionBy ? ' PARTITION BY k' : ''}, DESCRIPTOR(ts), ${interval(sessionGap)})`;
    assign = () => [];
  }
  // Session windows group by window_start, window_end and their partition keys only (Flink refuses more).
  const grouping =
    kind === 'SESSION'
      ? sessionBy
        ? 'k'
        : 'none'
      : r.pick(['none', 'k', 'sets', 'rollup', 'cube'] as const);
  const groupBy =
    grouping === 'none'
      ? ''
      : grouping === 'k'
        ? ', k'
        : grouping === 'sets'
          ? ', GROUPING SETS ((k), ())'
          : grouping === 'rollup'
            ? ', ROLLUP (k)'
            : ', CUBE (k)';
  const keySets: boolean[] = grouping === 'none' ? [false] : grouping === 'k' ? [true] : [true, false];

  // Each row's windows (local millis).
  const assigned: { row: (typeof rows)[number]; w: [number, number] }[] = [];
  if (kind === 'SESSION') {
    const parts = new Map<string, typeof rows>();
    for (const row of rows) {
      const p = sessionBy ? JSON.stringify(row.k) : '';
      parts.set(p, [...(parts.get(p) ?? []), row]);
    }
    for (const part of parts.values()) {
      let cur: typeof rows = [];
      const flush = (): void => {
        if (cur.length === 0) return;
        const s = local(cur[0]!.utc);
        const e = local(cur[cur.length - 1]!.utc) + sessionGap;
        for (const row of cur) assigned.push({ row, w: [s, e] });
        cur = [];
      };
      for (const row of part) {
        // Windows that touch merge (TimeWindow#intersects: start <= other.end && end >= other.start).
        if (cur.length > 0 && local(row.utc) > local(cur[cur.length - 1]!.utc) + sessionGap) flush();
        cur.push(row);
      }
      flush();
    }
  } else {
    for (const row of rows) for (const w of assign(local(row.utc))) assigned.push({ row, w });
  }
  type WRow = (typeof rows)[number];
  // Further aggregates over each window's rows in arrival order; order-sensitive ones only over
  // windows whose rows arrive in one piece (TUMBLE, SESSION), not over shared slices.
  const extraAggs: [string, (rs: WRow[]) => Cell][] = [
    ['COUNT(DISTINCT x)', (rs) => String(new Set(rs.flatMap((q) => (q.x === null ? [] : [q.x]))).size)],
    [
      'SUM(x) FILTER (WHERE x > 3)',
      (rs) => {
        const xs = rs.flatMap((q) => (q.x !== null && q.x > 3 ? [q.x] : []));
        return xs.length ? String(xs.reduce((a, b) => a + b, 0)) : null;
      },
    ],
    [
      "MIN(x) FILTER (WHERE k = 'a')",
      (rs) => {
        const xs = rs.flatMap((q) => (q.x !== null && q.k === 'a' ? [q.x] : []));
        return xs.length ? String(Math.min(...xs)) : null;
      },
    ],
    [
      'COUNT(DISTINCT k) FILTER (WHERE x IS NOT NULL)',
      (rs) => String(new Set(rs.flatMap((q) => (q.x !== null && q.k !== null ? [q.k] : []))).size),
    ],
  ];
  if (kind === 'TUMBLE' || kind === 'SESSION') {
    const nn = (rs: WRow[]): number[] => rs.flatMap((q) => (q.x === null ? [] : [q.x]));
    extraAggs.push(
      ['FIRST_VALUE(x)', (rs) => (nn(rs).length ? String(nn(rs)[0]) : null)],
      ['LAST_VALUE(x)', (rs) => (nn(rs).length ? String(nn(rs).at(-1)) : null)],
      [
        "LISTAGG(k, '/')",
        (rs) => {
          const ks = rs.flatMap((q) => (q.k === null ? [] : [q.k]));
          return ks.length ? ks.join('/') : null;
        },
      ],
      ['ARRAY_AGG(x)', (rs) => `[${rs.map((q) => (q.x === null ? 'NULL' : String(q.x))).join(', ')}]`],
    );
  }
  const extras = Array.from({ length: r.int(0, 3) }, () => r.pick(extraAggs));
  const groups = new Map<string, { cells: Cell[]; count: number; xs: number[]; rows: WRow[] }>();
  for (const { row, w } of assigned) {
    for (const withK of keySets) {
      const cells: Cell[] = [fmtTs(w[0]), fmtTs(w[1])];
      if (grouping !== 'none') cells.push(withK ? row.k : null);
      const gk = JSON.stringify([cells, withK]);
      let g = groups.get(gk);
      if (!g) groups.set(gk, (g = { cells, count: 0, xs: [], rows: [] }));
      g.count++;
      g.rows.push(row);
      if (row.x !== null) g.xs.push(row.x);
    }
  }
  const expected = [...groups.values()].map((g) => [
    ...g.cells,
    String(g.count),
    g.xs.length ? String(g.xs.reduce((a, b) => a + b, 0)) : null,
    g.xs.length ? String(Math.max(...g.xs)) : null,
    ...extras.map(([, f]) => f(g.rows)),
  ]);

  const lines = rows.map((row) =>
    JSON.stringify({ k: row.k, x: row.x, ...(ltz ? { ms: row.utc } : { ts: fmtTs(row.utc) }) }),
  );
  const cols = ltz
    ? 'k STRING, x INT, ms BIGINT, ts AS TO_TIMESTAMP_LTZ(ms, 3)'
    : 'k STRING, x INT, ts TIMESTAMP(3)';
  // A mini-batch lets the planner split the window aggregation into local and global phases.
  const miniBatch = r.chance(0.3)
    ? `SET 'table.exec.mini-batch.enabled' = 'true';\nSET 'table.exec.mini-batch.allow-latency' = '10 ms';\nSET 'table.exec.mini-batch.size' = '${r.pick(['1', '3', '1000'])}';\n`
    : '';
  const sql = `${miniBatch}${ltz ? `SET 'table.local-time-zone' = '${zone}';\n` : ''}CREATE TABLE t (${cols}, WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '\${tmpdir}/w.jsonl', 'format' = 'json');
SELECT window_start, window_end${grouping === 'none' ? '' : ', k'}, COUNT(*) AS c, SUM(x) AS s, MAX(x) AS m${extras.map(([e], i) => `, ${e} AS e${i}`).join('')} FROM TABLE(${tvf}) GROUP BY window_start, window_end${groupBy};
`;
  return {
    sql,
    files: { 'w.jsonl': `${lines.join('\n')}\n` },
    kind: 'window',
    check: (o) => compareFinal(o, 'window', expected, []),
  };
}

// ---------------------------------------------------------------------------------------------
// Folding vs running

interface Hole {
  readonly type: string;
  readonly lit: string;
}

const STRINGS = [
  "''",
  "' '",
  "'a'",
  "'abc'",
  "'\u00e9t\u00e9'",
  "'\ud83d\ude00'",
  "'a\ud83d\ude00b'",
  "'\ud83d\ude00\ud83d\ude01\ud83d\ude02'",
  "'\u00df'",
  "'\u0130'",
  "'\u212a'",
  "'ǅ'",
  "'  x  '",
  "'12'",
  "'-0.5'",
  "'1e3'",
  "'2024-03-10 02:30:00'",
  "'2024-11-03 01:30:00'",
  "'true'",
  "'NaN'",
  "'9223372036854775808'",
];

const HOLES: Record<string, readonly string[]> = {
  STRING: STRINGS,
  INT: ['0', '1', '-1', '2147483647', '-2147483648', '3', '7'],
  BIGINT: ['0', '-1', '9223372036854775807', '-9223372036854775808', '4294967296'],
  'DECIMAL(38, 0)': ['99999999999999999999999999999999999999', '-1', '0', '12345678901234567890'],
  'DECIMAL(10, 2)': ['99999999.99', '-0.01', '0', '1.50', '-7.25'],
  'DECIMAL(5, 5)': ['0.99999', '-0.00001', '0'],
  DOUBLE: ['0.1', '-0.0', '1.7976931348623157E308', '4.9E-324', '1E16', '-2.5'],
  FLOAT: ['1.1', '-3.4028235E38', '0.5'],
  TINYINT: ['127', '-128', '0'],
  SMALLINT: ['32767', '-32768', '5'],
  BOOLEAN: ['TRUE', 'FALSE'],
  'TIMESTAMP(3)': [
    "TIMESTAMP '2024-03-10 02:30:00.123'",
    "TIMESTAMP '2024-11-03 01:30:00'",
    "TIMESTAMP '1970-01-01 00:00:00'",
    "TIMESTAMP '1969-12-31 23:59:59.999'",
    "TIMESTAMP '9999-12-31 23:59:59.999'",
  ],
  DATE: ["DATE '2024-02-29'", "DATE '1970-01-01'", "DATE '0001-01-01'", "DATE '2024-03-10'"],
  'TIME(0)': ["TIME '00:00:00'", "TIME '23:59:59'", "TIME '02:30:00'"],
  'TIMESTAMP_LTZ(3)': [
    'TO_TIMESTAMP_LTZ(1710066600000, 3)',
    'TO_TIMESTAMP_LTZ(1730622600000, 3)',
    'TO_TIMESTAMP_LTZ(0, 3)',
  ],
};

const CAST_TARGETS = [
  'STRING',
  'VARCHAR(2)',
  'CHAR(3)',
  'BOOLEAN',
  'TINYINT',
  'SMALLINT',
  'INT',
  'BIGINT',
  'DECIMAL(5, 2)',
  'DECIMAL(38, 10)',
  'DECIMAL(1, 0)',
  'FLOAT',
  'DOUBLE',
  'DATE',
  'TIME(0)',
  'TIMESTAMP(3)',
  'TIMESTAMP(0)',
  'TIMESTAMP_LTZ(3)',
  'BYTES',
  'BINARY(2)',
];

/** A template: SQL with holes `$0`, `$1` … of the given types. */
type Template = readonly [string, ...string[]];

const TEMPLATES: readonly Template[] = [
  // strings on surrogate pairs and empty strings
  ['CHAR_LENGTH($0)', 'STRING'],
  ['UPPER($0)', 'STRING'],
  ['LOWER($0)', 'STRING'],
  ['INITCAP($0)', 'STRING'],
  ['REVERSE($0)', 'STRING'],
  ['SUBSTRING($0, $1)', 'STRING', 'INT'],
  ['SUBSTRING($0, $1, $2)', 'STRING', 'INT', 'INT'],
  ['SUBSTR($0, $1, $2)', 'STRING', 'INT', 'INT'],
  ['LEFT($0, $1)', 'STRING', 'INT'],
  ['RIGHT($0, $1)', 'STRING', 'INT'],
  ['LPAD($0, $1, $2)', 'STRING', 'INT', 'STRING'],
  ['RPAD($0, $1, $2)', 'STRING', 'INT', 'STRING'],
  ['REPEAT($0, $1)', 'STRING', 'INT'],
  ['POSITION($0 IN $1)', 'STRING', 'STRING'],
  ['LOCATE($0, $1, $2)', 'STRING', 'STRING', 'INT'],
  ['INSTR($0, $1)', 'STRING', 'STRING'],
  ['OVERLAY($0 PLACING $1 FROM $2 FOR $3)', 'STRING', 'STRING', 'INT', 'INT'],
  ['REPLACE($0, $1, $2)', 'STRING', 'STRING', 'STRING'],
  ['TRIM($0)', 'STRING'],
  ['BTRIM($0, $1)', 'STRING', 'STRING'],
  ['ASCII($0)', 'STRING'],
  ['CONCAT_WS($0, $1, $2)', 'STRING', 'STRING', 'STRING'],
  ['SPLIT_INDEX($0, $1, $2)', 'STRING', 'STRING', 'INT'],
  ['TRANSLATE($0, $1, $2)', 'STRING', 'STRING', 'STRING'],
  ['ELT($0, $1, $2)', 'INT', 'STRING', 'STRING'],
  ['STARTSWITH($0, $1)', 'STRING', 'STRING'],
  ['ENDSWITH($0, $1)', 'STRING', 'STRING'],
  ['$0 LIKE $1', 'STRING', 'STRING'],
  ['$0 < $1', 'STRING', 'STRING'],
  ['REGEXP_REPLACE($0, $1, $2)', 'STRING', 'STRING', 'STRING'],
  ['REGEXP_EXTRACT($0, $1)', 'STRING', 'STRING'],
  ['TO_BASE64($0)', 'STRING'],
  ["ENCODE($0, 'UTF-8')", 'STRING'],
  ['MD5($0)', 'STRING'],
  ['URL_ENCODE($0)', 'STRING'],
  ['HEX($0)', 'STRING'],
  ["PRINTF('%s|%5s|%-3s', $0, $1, $2)", 'STRING', 'STRING', 'STRING'],
  ['STR_TO_MAP($0)', 'STRING'],
  // DECIMAL / BIGINT edges
  ['$0 + $1', 'BIGINT', 'BIGINT'],
  ['$0 - $1', 'BIGINT', 'BIGINT'],
  ['$0 * $1', 'BIGINT', 'INT'],
  ['$0 / $1', 'BIGINT', 'BIGINT'],
  ['MOD($0, $1)', 'BIGINT', 'BIGINT'],
  ['ABS($0)', 'BIGINT'],
  ['-$0', 'INT'],
  ['$0 + $1', 'INT', 'INT'],
  ['$0 * $1', 'TINYINT', 'SMALLINT'],
  ['$0 + $1', 'DECIMAL(38, 0)', 'DECIMAL(38, 0)'],
  ['$0 * $1', 'DECIMAL(38, 0)', 'DECIMAL(10, 2)'],
  ['$0 / $1', 'DECIMAL(10, 2)', 'DECIMAL(5, 5)'],
  ['$0 / $1', 'DECIMAL(38, 0)', 'DECIMAL(10, 2)'],
  ['MOD($0, $1)', 'DECIMAL(10, 2)', 'DECIMAL(5, 5)'],
  ['$0 + $1', 'DECIMAL(10, 2)', 'DOUBLE'],
  ['$0 * $1', 'DECIMAL(10, 2)', 'BIGINT'],
  ['ROUND($0, $1)', 'DECIMAL(10, 2)', 'INT'],
  ['TRUNCATE($0, $1)', 'DECIMAL(38, 0)', 'INT'],
  ['FLOOR($0)', 'DECIMAL(10, 2)'],
  ['CEIL($0)', 'DECIMAL(5, 5)'],
  ['SIGN($0)', 'DECIMAL(10, 2)'],
  ['POWER($0, $1)', 'DECIMAL(10, 2)', 'INT'],
  ['$0 / $1', 'DOUBLE', 'DOUBLE'],
  ['$0 = $1', 'DECIMAL(10, 2)', 'DOUBLE'],
  ['$0 < $1', 'BIGINT', 'DECIMAL(38, 0)'],
  ['$0 + $1', 'FLOAT', 'DOUBLE'],
  ['BIN($0)', 'BIGINT'],
  ['HEX($0)', 'BIGINT'],
  // temporal functions in DST zones
  ['CAST($0 AS TIMESTAMP_LTZ(3))', 'TIMESTAMP(3)'],
  ['CAST($0 AS TIMESTAMP(3))', 'TIMESTAMP_LTZ(3)'],
  ['CAST($0 AS STRING)', 'TIMESTAMP_LTZ(3)'],
  ['CAST($0 AS DATE)', 'TIMESTAMP_LTZ(3)'],
  ['CAST($0 AS TIMESTAMP_LTZ(3))', 'DATE'],
  ['UNIX_TIMESTAMP($0)', 'STRING'],
  ["UNIX_TIMESTAMP($0, 'yyyy-MM-dd HH:mm:ss')", 'STRING'],
  ['TO_TIMESTAMP($0)', 'STRING'],
  ['TO_TIMESTAMP_LTZ($0, 3)', 'BIGINT'],
  ['TO_TIMESTAMP_LTZ($0)', 'STRING'],
  ['FROM_UNIXTIME($0)', 'INT'],
  ["DATE_FORMAT($0, 'yyyy-MM-dd HH:mm:ss.SSS z')", 'TIMESTAMP_LTZ(3)'],
  ["DATE_FORMAT($0, 'EEE HH:mm')", 'TIMESTAMP(3)'],
  ["CONVERT_TZ($0, 'America/Los_Angeles', 'UTC')", 'STRING'],
  ["CONVERT_TZ($0, 'UTC', 'Europe/Berlin')", 'STRING'],
  ['TIMESTAMPADD(HOUR, $1, $0)', 'TIMESTAMP_LTZ(3)', 'INT'],
  ['TIMESTAMPADD(DAY, $1, $0)', 'TIMESTAMP(3)', 'INT'],
  ['TIMESTAMPADD(MONTH, $1, $0)', 'DATE', 'INT'],
  ['TIMESTAMPDIFF(HOUR, $0, $1)', 'TIMESTAMP_LTZ(3)', 'TIMESTAMP_LTZ(3)'],
  ['TIMESTAMPDIFF(MONTH, $0, $1)', 'TIMESTAMP(3)', 'TIMESTAMP(3)'],
  ["$0 + INTERVAL '1' DAY", 'TIMESTAMP_LTZ(3)'],
  ["$0 - INTERVAL '1' MONTH", 'DATE'],
  ['EXTRACT(HOUR FROM $0)', 'TIMESTAMP_LTZ(3)'],
  ['EXTRACT(DOW FROM $0)', 'DATE'],
  ['FLOOR($0 TO HOUR)', 'TIMESTAMP_LTZ(3)'],
  ['CEIL($0 TO DAY)', 'TIMESTAMP(3)'],
  ['DAYOFWEEK($0)', 'DATE'],
  ['WEEK($0)', 'DATE'],
  ['QUARTER($0)', 'TIMESTAMP(3)'],
  ['$0 = $1', 'TIMESTAMP_LTZ(3)', 'TIMESTAMP_LTZ(3)'],
  ['$0 < CAST($1 AS TIMESTAMP_LTZ(3))', 'TIMESTAMP_LTZ(3)', 'TIMESTAMP(3)'],
];

/** Any type of HOLES. */
const HOLE_TYPES = Object.keys(HOLES);

/** One expression: a template, or a cast of a hole to another type. */
function foldExpr(r: Rand, holes: Hole[], depth = 0): string {
  const hole = (type: string): string => {
    // Reuse a hole of the same type sometimes (the same value twice).
    const same = holes.findIndex((h) => h.type === type);
    if (same >= 0 && r.chance(0.3)) return `$${same}`;
    const v = r.chance(0.06) ? 'NULL' : r.pick(HOLES[type]!);
    holes.push({ type, lit: v === 'NULL' ? `CAST(NULL AS ${type})` : `CAST(${v} AS ${type})` });
    return `$${holes.length - 1}`;
  };
  const k = r.int(0, 9);
  if (k <= 2) {
    const from = r.pick(HOLE_TYPES);
    return `${k === 0 ? 'CAST' : 'TRY_CAST'}(${hole(from)} AS ${r.pick(CAST_TARGETS)})`;
  }
  const [tpl, ...types] = r.pick(TEMPLATES);
  const names = types.map((t) => hole(t));
  // Now and then a hole takes another expression (as text or a number), so calls nest.
  if (depth < 2 && r.chance(0.25)) {
    const i = r.int(0, names.length - 1);
    const t = types[i]!;
    if (t === 'STRING' || t === 'INT' || t === 'BIGINT' || t.startsWith('DECIMAL'))
      names[i] = `TRY_CAST((${foldExpr(r, holes, depth + 1)}) AS ${t})`;
  }
  return tpl.replace(/\$(\d)/g, (_m, i: string) => names[Number(i)]!);
}

/** Literals (folded at planning) vs the columns of a one-row view (run per row). */
export function foldCase(r: Rand): Session10Case {
  const holes: Hole[] = [];
  const exprs = Array.from({ length: r.int(1, 4) }, () => foldExpr(r, holes));
  const zone = r.pick(['UTC', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe']);
  const fill = (e: string, f: (i: number) => string): string =>
    e.replace(/\$(\d+)/g, (_m, i: string) => f(Number(i)));
  const lits = exprs.map((e, i) => `${fill(e, (j) => holes[j]!.lit)} AS e${i}`);
  const cols = exprs.map((e, i) => `${fill(e, (j) => `h${j}`)} AS e${i}`);
  const view = `CREATE TEMPORARY VIEW v AS SELECT * FROM (VALUES (${holes.map((h) => h.lit).join(', ') || '0'})) AS t(${holes.map((_h, j) => `h${j}`).join(', ') || 'h0'})`;
  const first = r.chance(0.5);
  const a = `SELECT ${(first ? lits : cols).join(', ')}${first ? '' : ' FROM v'}`;
  const b = `SELECT ${(first ? cols : lits).join(', ')}${first ? ' FROM v' : ''}`;
  const tryOnly = exprs.every((e) => /^TRY_CAST\(\$\d+ AS [A-Z_]+(?:\(\d+(?:, \d+)?\))?\)$/.test(e));
  const sql = `SET 'table.local-time-zone' = '${zone}';
${view};
${a};
${b};
`;
  const lineB = 4;
  return {
    sql,
    files: {},
    kind: 'fold',
    check: (o) => foldCheck(o, lineB, tryOnly),
  };
}

function foldCheck(o: CaseOutcome, lineB: number, tryOnly: boolean): string | undefined {
  const runtimeFailure = o.errors.some((e) => e.code !== 'EDDY_SQL_PARSE' && e.code !== 'EDDY_SQL_VALIDATE');
  if (tryOnly && runtimeFailure)
    return `fold: a statement of TRY_CASTs failed: ${o.stderr.trim().slice(0, 300)}`;
  if (o.exitCode !== 0) {
    // The first form failed: nothing to compare. The second failed alone: a disagreement.
    return errorLine(o.stderr) === lineB
      ? `fold: literals and columns disagree: one form ran, the other failed: ${o.stderr.trim().slice(0, 300)}`
      : undefined;
  }
  let sets: Cell[][][];
  try {
    sets = finalRowSets(o.stdout);
  } catch {
    return undefined;
  }
  if (sets.length !== 2) return `fold: ${sets.length} result sets, expected 2`;
  const [x, y] = [JSON.stringify(sets[0]), JSON.stringify(sets[1])];
  if (x !== y)
    return `fold: literals and columns disagree:\n--- first: ${x.slice(0, 500)}\n--- second: ${y.slice(0, 500)}`;
  return undefined;
}
