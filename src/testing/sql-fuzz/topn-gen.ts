/**
 * Top-N over updating input: a GROUP BY query Q over a VALUES table (sometimes aggregated
 * twice, so rows are retracted and deleted) is run as is and under `ORDER BY … LIMIT n [OFFSET
 * m]`. Flink runs the second as a retracting Top-N (RetractableTopNFunction / UpdateFast); its
 * final rows must be rows m..m+n of Q's final rows under the same sort (ties broken by the
 * unique group key, so the answer is exact). Without ORDER BY (StreamExecLimit) the final rows
 * must be some min(n, |Q| - m) of Q's final rows.
 */
import { errorLine } from './minibatch-gen.js';
import type { CaseOutcome } from './oracle.js';
import type { Rand } from './rand.js';

/** A case: its script and the check of its output. */
export interface TopNCase {
  readonly sql: string;
  readonly check: (o: CaseOutcome) => string | undefined;
}

type Cell = string | null;

export interface Sort {
  /** Column index in Q's rows. */
  readonly col: number;
  readonly desc: boolean;
  readonly nullsFirst: boolean;
}

/** Final rows of each result set of a jsonl output (changelogs applied). */
export function finalRowSets(stdout: string): Cell[][][] {
  const sets: Map<string, number>[] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const v = JSON.parse(line) as { columns?: unknown; op?: string; row?: Cell[] };
    if (v.columns !== undefined) sets.push(new Map());
    else if (v.row && sets.length > 0) {
      const m = sets[sets.length - 1]!;
      const k = JSON.stringify(v.row);
      m.set(k, (m.get(k) ?? 0) + (v.op === '+I' || v.op === '+U' || v.op === undefined ? 1 : -1));
    }
  }
  return sets.map((m) => {
    const rows: Cell[][] = [];
    for (const [k, n] of m) for (let i = 0; i < n; i++) rows.push(JSON.parse(k) as Cell[]);
    return rows;
  });
}

function compareCells(a: Cell, b: Cell, numeric: boolean): number {
  if (a === b) return 0;
  if (numeric) return Number(a) - Number(b);
  return a! < b! ? -1 : a! > b! ? 1 : 0;
}

/** Draws one Top-N case. */
export function topNCase(r: Rand): TopNCase {
  const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
  const nRows = r.int(2, 14);
  const rows = Array.from({ length: nRows }, () => {
    const v = r.chance(0.2) ? 'CAST(NULL AS INT)' : String(r.int(-3, 9));
    return `('${r.pick(keys)}', ${v})`;
  });
  const t = `(VALUES ${rows.join(', ')}) AS t(k, v)`;
  const where = r.chance(0.3) ? ` WHERE v ${r.pick(['> 0', '<> 2', 'IS NOT NULL'])}` : '';
  // Columns of Q: 0 is the unique key (a string unless twice aggregated), the others numbers.
  let q: string;
  let numericKey: boolean;
  let nCols: number;
  if (r.chance(0.7)) {
    q = `SELECT k, COUNT(*) AS c, SUM(v) AS sv, MAX(v) AS mx, MIN(v) AS mn FROM ${t}${where} GROUP BY k`;
    numericKey = false;
    nCols = 5;
  } else {
    const inner = `SELECT k, COUNT(*) AS c FROM ${t}${where} GROUP BY k`;
    q = `SELECT c, COUNT(*) AS kc, MAX(k) AS mk FROM (${inner}) GROUP BY c`;
    numericKey = true;
    nCols = 2; // mk is a string: it is not sorted on
  }
  const names = numericKey ? ['c', 'kc', 'mk'] : ['k', 'c', 'sv', 'mx', 'mn'];
  const n = r.int(0, 4);
  const m = r.chance(0.3) ? r.int(1, 3) : 0;
  const ordered = r.chance(0.85);
  const sorts: Sort[] = [];
  if (ordered) {
    const first = r.int(1, nCols - 1);
    sorts.push({ col: first, desc: r.chance(0.5), nullsFirst: r.chance(0.5) });
    sorts.push({ col: 0, desc: r.chance(0.3), nullsFirst: false });
  }
  const orderBy = ordered
    ? ` ORDER BY ${sorts
        .map(
          (s, i) =>
            `${names[s.col]}${s.desc ? ' DESC' : ''}${i === 0 ? ` NULLS ${s.nullsFirst ? 'FIRST' : 'LAST'}` : ''}`,
        )
        .join(', ')}`
    : '';
  const limit = r.pick([
    ` LIMIT ${n}${m > 0 ? ` OFFSET ${m}` : ''}`,
    `${m > 0 ? ` OFFSET ${m} ROWS` : ''} FETCH FIRST ${n} ROWS ONLY`,
  ]);
  const miniBatch = r.chance(0.3)
    ? `SET 'table.exec.mini-batch.enabled' = 'true';\nSET 'table.exec.mini-batch.allow-latency' = '10 ms';\nSET 'table.exec.mini-batch.size' = '${r.pick(['1', '2', '5'])}';\n`
    : '';
  // Flink takes the UpdateFastStrategy for MAX DESC / MIN ASC over inserts, whatever the NULL
  // order: a NULL first going to a value then gets worse, and UpdatableTopNHelper's lenient
  // path keeps no rows it dropped before, so its final rows are not the sorted slice (Eddy
  // does the same). Those cases only have to run.
  const first = sorts[0];
  const lenient =
    !numericKey &&
    first !== undefined &&
    first.nullsFirst &&
    ((names[first.col] === 'mx' && first.desc) || (names[first.col] === 'mn' && !first.desc));
  const sql = `${miniBatch}${q};\nSELECT * FROM (${q})${orderBy}${limit};\n`;
  const secondLine = sql.split('\n').length - 1;
  return {
    sql,
    check: (o) => topNCheck(o, secondLine, { sorts, n, m, numericKey, runOnly: lenient }),
  };
}

/** Compares the LIMIT result set with the first, sorted and sliced; `secondLine` is its script line. */
export function topNCheck(
  o: CaseOutcome,
  secondLine: number,
  p: { sorts: Sort[]; n: number; m: number; numericKey: boolean; runOnly?: boolean },
): string | undefined {
  if (o.exitCode !== 0) {
    return errorLine(o.stderr) === secondLine
      ? `top-n: the query ran without LIMIT but failed with it: ${o.stderr.trim().slice(0, 300)}`
      : undefined;
  }
  if (p.runOnly) return undefined;
  let sets: Cell[][][];
  try {
    sets = finalRowSets(o.stdout);
  } catch {
    return undefined; // the main oracle reports non-JSON output
  }
  if (sets.length !== 2) return `top-n: ${sets.length} result sets, expected 2`;
  const [all, top] = sets as [Cell[][], Cell[][]];
  const text = (rows: Cell[][]): string =>
    rows
      .map((x) => JSON.stringify(x))
      .sort()
      .join('\n');
  const want = Math.max(0, Math.min(p.n, all.length - p.m));
  if (p.sorts.length === 0) {
    const pool = new Map<string, number>();
    for (const x of all) pool.set(JSON.stringify(x), (pool.get(JSON.stringify(x)) ?? 0) + 1);
    for (const x of top) {
      const k = JSON.stringify(x);
      if (!pool.get(k)) return `top-n: LIMIT row ${k} is not a final row of the query:\n${text(all)}`;
      pool.set(k, pool.get(k)! - 1);
    }
    if (top.length !== want)
      return `top-n: LIMIT gave ${top.length} final rows, expected ${want} of:\n${text(all)}`;
    return undefined;
  }
  const sorted = [...all].sort((a, b) => {
    for (const s of p.sorts) {
      const x = a[s.col] ?? null;
      const y = b[s.col] ?? null;
      if (x === y) continue;
      if (x === null || y === null) return (x === null) === s.nullsFirst ? -1 : 1;
      const c = compareCells(x, y, s.col !== 0 || p.numericKey);
      if (c !== 0) return s.desc ? -c : c;
    }
    return 0;
  });
  const expected = sorted.slice(p.m, p.m + p.n);
  if (text(expected) !== text(top))
    return `top-n: final rows differ from the sorted final table:\n--- expected:\n${text(expected)}\n--- got:\n${text(top)}`;
  return undefined;
}
