/**
 * Three-valued-logic cases: one VALUES table and one boolean predicate P (AND / OR / NOT,
 * IS [NOT] TRUE / FALSE / UNKNOWN, NULLs, comparisons, LOWER(s) = 'lit', CASE / IF / COALESCE
 * of booleans), asked in every form the engine compiles differently: P as a value (projection),
 * P as a condition (WHERE P, WHERE NOT P, WHERE P IS UNKNOWN, CASE WHEN P). The check compares
 * them with each other and, when every leaf of P is one this file can evaluate, with SQL's
 * three-valued logic computed here (a reference independent of the engine).
 */
import { errorLine } from './minibatch-gen.js';
import type { CaseOutcome } from './oracle.js';
import type { Rand } from './rand.js';

/** SQL's three truth values; null is UNKNOWN. */
type Tv = boolean | null;

export interface Row {
  readonly id: number;
  readonly b0: Tv;
  readonly b1: Tv;
  readonly i0: number | null;
  readonly s0: string | null;
}

/** A predicate: its SQL and, when known, its value on a row. */
export interface Pred {
  readonly sql: string;
  readonly ev?: (row: Row) => Tv;
}

const not = (a: Tv): Tv => (a === null ? null : !a);
const and = (a: Tv, b: Tv): Tv =>
  a === false || b === false ? false : a === null || b === null ? null : true;
const or = (a: Tv, b: Tv): Tv => (a === true || b === true ? true : a === null || b === null ? null : false);
const cmp = (a: number | string | null, b: number | string | null, f: (x: number) => boolean): Tv =>
  a === null || b === null ? null : f(a < b ? -1 : a > b ? 1 : 0);

const STRINGS = [null, 'a', 'A', 'b', 'K', 'k', '\u212a', '', 'ab'] as const;
const INTS = [null, -1, 0, 1, 2] as const;

function lit(v: Tv): string {
  return v === null ? 'CAST(NULL AS BOOLEAN)' : v ? 'TRUE' : 'FALSE';
}

function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** Lower case as Java's String.toLowerCase (ROOT) for the strings used here. */
function lower(s: string): string {
  return s.toLowerCase();
}

/** A case: its script and the check of its output. */
export interface LogicCase {
  readonly sql: string;
  readonly check: (o: CaseOutcome) => string | undefined;
}

/** Generates one three-valued-logic case. */
export function logicCase(r: Rand): LogicCase {
  const tvs: Tv[] = [true, false, null];
  const rows: Row[] = Array.from({ length: r.int(1, 10) }, (_, id) => ({
    id,
    b0: r.pick(tvs),
    b1: r.pick(tvs),
    i0: r.pick(INTS),
    s0: r.pick(STRINGS),
  }));
  const values = rows
    .map(
      (x) =>
        `(${x.id}, ${lit(x.b0)}, ${lit(x.b1)}, ${x.i0 === null ? 'CAST(NULL AS INT)' : x.i0}, ${x.s0 === null ? 'CAST(NULL AS STRING)' : sqlString(x.s0)})`,
    )
    .join(', ');
  const p = pred(r, r.int(1, 4));
  const cols = 'id, b0, b1, i0, s0';
  const sql = `CREATE TEMPORARY VIEW t0 AS SELECT * FROM (VALUES ${values}) AS v(${cols});
SELECT id, ${p.sql} AS v FROM t0;
SELECT id FROM t0 WHERE ${p.sql};
SELECT id FROM t0 WHERE NOT (${p.sql});
SELECT id FROM t0 WHERE (${p.sql}) IS UNKNOWN;
SELECT id, CASE WHEN ${p.sql} THEN 'T' WHEN NOT (${p.sql}) THEN 'F' ELSE 'U' END AS v FROM t0;
SELECT id FROM t0 WHERE (${p.sql}) IS NOT TRUE OR id < 0;
`;
  return { sql, check: (o) => logicCheck(o, rows, p) };
}

function leaf(r: Rand): Pred {
  switch (r.int(0, 14)) {
    case 14:
      // Raises a division by zero on i0 = 0: every form must raise it alike (or not at all).
      return { sql: `i0 / i0 ${r.pick(['>', '<', '='])} 1` };
    case 0:
      return { sql: 'b0', ev: (x) => x.b0 };
    case 1:
      return { sql: 'b1', ev: (x) => x.b1 };
    case 2: {
      const v = r.pick<Tv>([true, false, null]);
      return { sql: lit(v), ev: () => v };
    }
    case 3: {
      const n = r.int(-1, 2);
      const [op, f] = r.pick<[string, (c: number) => boolean]>([
        ['=', (c) => c === 0],
        ['<>', (c) => c !== 0],
        ['<', (c) => c < 0],
        ['>=', (c) => c >= 0],
      ]);
      return { sql: `i0 ${op} ${n}`, ev: (x) => cmp(x.i0, n, f) };
    }
    case 4: {
      const s = r.pick(STRINGS.filter((v) => v !== null));
      return { sql: `s0 = ${sqlString(s)}`, ev: (x) => cmp(x.s0, s, (c) => c === 0) };
    }
    case 5:
    case 6: {
      // The inline LOWER(x) = 'lit' code path (and its grouped form when repeated).
      const s = r.pick(['a', 'k', 'b', 'ab', '']);
      const neg = r.chance(0.3);
      return {
        sql: `LOWER(s0) ${neg ? '<>' : '='} ${sqlString(s)}`,
        ev: (x) => (x.s0 === null ? null : (lower(x.s0) === s) !== neg),
      };
    }
    case 7: {
      const [c, neg] = [r.pick(['b0', 'i0', 's0'] as const), r.chance(0.5)];
      return { sql: `${c} IS ${neg ? 'NOT ' : ''}NULL`, ev: (x) => (x[c] === null) === !neg };
    }
    case 8:
      return {
        sql: 'i0 IN (1, 2)',
        ev: (x) => (x.i0 === null ? null : x.i0 === 1 || x.i0 === 2),
      };
    case 9:
      return {
        sql: 'i0 NOT IN (0, CAST(NULL AS INT))',
        ev: (x) => (x.i0 === null ? null : x.i0 === 0 ? false : null),
      };
    case 10:
      return {
        sql: 'i0 BETWEEN 0 AND 1',
        ev: (x) => (x.i0 === null ? null : x.i0 >= 0 && x.i0 <= 1),
      };
    case 11:
      return { sql: 'b0 IS DISTINCT FROM b1', ev: (x) => x.b0 !== x.b1 };
    case 12:
      return {
        sql: `s0 LIKE 'a%'`,
        ev: (x) => (x.s0 === null ? null : x.s0.startsWith('a')),
      };
    default:
      return { sql: 'NULL', ev: () => null };
  }
}

function pred(r: Rand, depth: number): Pred {
  if (depth <= 0 || r.chance(0.2)) return leaf(r);
  const a = pred(r, depth - 1);
  const b = pred(r, depth - 1);
  const both = (f: (x: Tv, y: Tv) => Tv): ((row: Row) => Tv) | undefined =>
    a.ev && b.ev ? (row) => f(a.ev!(row), b.ev!(row)) : undefined;
  switch (r.int(0, 11)) {
    case 0:
    case 1:
      return { sql: `(${a.sql} AND ${b.sql})`, ev: both(and) };
    case 2:
    case 3:
      return { sql: `(${a.sql} OR ${b.sql})`, ev: both(or) };
    case 4:
      return { sql: `NOT (${a.sql})`, ev: a.ev && ((row) => not(a.ev!(row))) };
    case 5: {
      const [k, f] = r.pick<[string, (v: Tv) => boolean]>([
        ['TRUE', (v) => v === true],
        ['NOT TRUE', (v) => v !== true],
        ['FALSE', (v) => v === false],
        ['NOT FALSE', (v) => v !== false],
        ['UNKNOWN', (v) => v === null],
        ['NOT UNKNOWN', (v) => v !== null],
      ]);
      return { sql: `(${a.sql}) IS ${k}`, ev: a.ev && ((row) => f(a.ev!(row))) };
    }
    case 6: {
      const c = pred(r, depth - 1);
      const ev =
        a.ev && b.ev && c.ev ? (row: Row) => (a.ev!(row) === true ? b.ev!(row) : c.ev!(row)) : undefined;
      return r.chance(0.5)
        ? { sql: `CASE WHEN ${a.sql} THEN ${b.sql} ELSE ${c.sql} END`, ev }
        : { sql: `IF(${a.sql}, ${b.sql}, ${c.sql})`, ev };
    }
    case 7:
      return {
        sql: `COALESCE(${a.sql}, ${b.sql})`,
        ev: both((x, y) => (x === null ? y : x)),
      };
    case 8: {
      const eq = r.chance(0.5);
      return {
        sql: `(${a.sql}) ${eq ? '=' : '<>'} (${b.sql})`,
        ev: both((x, y) => (x === null || y === null ? null : (x === y) === eq)),
      };
    }
    case 9: {
      const c = pred(r, depth - 1);
      const ev =
        a.ev && b.ev && c.ev ? (row: Row) => and(and(a.ev!(row), b.ev!(row)), c.ev!(row)) : undefined;
      return { sql: `(${a.sql} AND ${b.sql} AND ${c.sql})`, ev };
    }
    case 10: {
      const c = pred(r, depth - 1);
      const ev = a.ev && b.ev && c.ev ? (row: Row) => or(or(a.ev!(row), b.ev!(row)), c.ev!(row)) : undefined;
      return { sql: `(${a.sql} OR ${b.sql} OR ${c.sql})`, ev };
    }
    default: {
      const neg = r.chance(0.5);
      return {
        sql: `(${a.sql}) IS ${neg ? 'NOT ' : ''}DISTINCT FROM (${b.sql})`,
        ev: both((x, y) => (x !== y) !== neg),
      };
    }
  }
}

/** The result sets of a jsonl output, rows as arrays of strings / nulls. */
function resultSets(stdout: string): (string | null)[][][] {
  const sets: (string | null)[][][] = [];
  for (const line of stdout.split('\n')) {
    if (line === '') continue;
    const v = JSON.parse(line) as { columns?: unknown; op?: string; row?: (string | null)[] };
    if (v.columns !== undefined) sets.push([]);
    else if (v.row && sets.length > 0) {
      if (v.op !== '+I') throw new Error(`a changelog op ${v.op} from a filter on VALUES`);
      sets[sets.length - 1]!.push(v.row);
    }
  }
  return sets;
}

const ids = (rows: readonly (string | null)[][]): string =>
  rows
    .map((x) => Number(x[0]))
    .sort((a, b) => a - b)
    .join(',');

/** Compares the six result sets of a logic case with each other and with `p.ev`. */
export function logicCheck(o: CaseOutcome, rows: readonly Row[], p: Pred): string | undefined {
  let sets: (string | null)[][][];
  try {
    sets = resultSets(o.stdout);
  } catch (e) {
    return `logic: ${(e as Error).message}`;
  }
  // The value form failing (an error of an operand) may end the script; later forms must not
  // fail where it did not.
  if (o.exitCode !== 0) {
    const line = errorLine(o.stderr);
    if (line === undefined || line <= 2) return undefined;
    return `logic: P as a value ran but a condition form failed: ${o.stderr.trim().slice(0, 300)}`;
  }
  if (sets.length !== 6) return `logic: ${sets.length} result sets, expected 6`;
  const tv = (s: string | null): Tv => (s === null ? null : s === 'TRUE');
  const value = new Map(sets[0]!.map((x) => [Number(x[0]), tv(x[1] ?? null)]));
  if (p.ev) {
    for (const row of rows) {
      const want = p.ev(row);
      if (value.get(row.id) !== want)
        return `logic: P as a value is ${String(value.get(row.id))} on row ${row.id}, three-valued logic says ${String(want)}`;
    }
  }
  const where = (f: (v: Tv) => boolean): string =>
    ids(sets[0]!.filter((x) => f(tv(x[1] ?? null))).map((x) => [x[0]!]));
  const forms: [string, number, (v: Tv) => boolean][] = [
    ['WHERE P', 2 - 1, (v) => v === true],
    ['WHERE NOT P', 3 - 1, (v) => v === false],
    ['WHERE P IS UNKNOWN', 4 - 1, (v) => v === null],
    ['WHERE P IS NOT TRUE OR id < 0', 6 - 1, (v) => v !== true],
  ];
  for (const [name, i, f] of forms) {
    const got = ids(sets[i]!);
    const want = where(f);
    if (got !== want) return `logic: ${name} gives rows [${got}], P as a value says [${want}]`;
  }
  for (const x of sets[4]!) {
    const v = value.get(Number(x[0]));
    const want = v === true ? 'T' : v === false ? 'F' : 'U';
    if (x[1] !== want) return `logic: CASE WHEN P gives ${x[1]} on row ${x[0]}, P as a value says ${want}`;
  }
  return undefined;
}
