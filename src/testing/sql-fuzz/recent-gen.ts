/**
 * Statements for the engine's session-8 constructs: ALTER VIEW RENAME TO / AS and SHOW CREATE
 * VIEW, ROW_NUMBER / RANK / DENSE_RANK in a subquery or WITH query with and without an outer
 * filter, the empty literals '' and X'' in CASE / IF / ARRAY / COALESCE, EXTRACT of every unit
 * on every temporal type, ARRAY[] / MAP[] constructors and map keys of other types, and WHERE /
 * CASE WHEN conditions mixing NULL, AND / OR / NOT and IS [NOT] TRUE / FALSE / UNKNOWN.
 */
import type { Column } from './expr-gen.js';
import type { Rand } from './rand.js';

/** What the generator needs from the script being built. */
export interface RecentScope {
  readonly tables: readonly {
    readonly name: string;
    readonly columns: readonly Column[];
    readonly rowtime?: string;
  }[];
  /** A fresh name with this prefix. */
  fresh(prefix: string): string;
  /** A query over the tables. */
  query(): string;
}

const UNITS = [
  'MILLENNIUM',
  'CENTURY',
  'DECADE',
  'YEAR',
  'ISOYEAR',
  'QUARTER',
  'MONTH',
  'WEEK',
  'DAY',
  'DOW',
  'ISODOW',
  'DOY',
  'HOUR',
  'MINUTE',
  'SECOND',
  'MILLISECOND',
  'MICROSECOND',
  'NANOSECOND',
  'EPOCH',
];

const TEMPORALS = [
  "DATE '2020-02-29'",
  "DATE '0001-01-01'",
  "TIME '23:59:59.999'",
  "TIME '00:00:00'",
  "TIMESTAMP '2020-12-31 23:59:59.123456789'",
  "TIMESTAMP '1969-12-31 23:59:59.5'",
  "CAST(TIMESTAMP '2021-01-03 10:00:00' AS TIMESTAMP_LTZ(3))",
  'TO_TIMESTAMP_LTZ(0, 3)',
  "INTERVAL '3-7' YEAR TO MONTH",
  "INTERVAL '-1 02:03:04.567' DAY TO SECOND(3)",
  "INTERVAL '5' DAY",
  'CAST(NULL AS DATE)',
  'CAST(NULL AS TIMESTAMP(3))',
  'CURRENT_DATE',
  'LOCALTIME',
];

const EMPTIES = [
  "''",
  "X''",
  "CASE WHEN c THEN '' ELSE 'a' END",
  "CASE WHEN c THEN 'abc' WHEN NOT c THEN '' END",
  "IF(c, '', 'ab')",
  "IF(c, X'', X'01')",
  "ARRAY['', 'a']",
  "ARRAY[X'', X'0a0b']",
  "ARRAY['']",
  "COALESCE(CAST(NULL AS STRING), '')",
  "CHAR_LENGTH('')",
  "'' = CAST('' AS CHAR(3))",
  "'' || 'x'",
  "X'' || X'01'",
  "CONCAT('', CAST(NULL AS STRING))",
  "CAST('' AS INT)",
  "CAST(X'' AS STRING)",
  "MAP['', X'']",
  "UPPER('')",
  "'' LIKE ''",
  "POSITION('' IN 'abc')",
  "CASE WHEN c THEN X'' END",
];

const COLLECTIONS = [
  'ARRAY[]',
  'MAP[]',
  "MAP['a']",
  "MAP['a', 1, 'b']",
  "MAP['a', 1, 'b', 'x']",
  "MAP['a', 1, 'b', 2]['a']",
  "MAP[1, 'x'][CAST(1 AS BIGINT)]",
  "MAP[1, 'x']['1']",
  "MAP['k', 1][1]",
  'ARRAY[1, 2][0]',
  'ARRAY[1, 2][3]',
  "ARRAY[1, 'a']",
  'ARRAY[NULL]',
  'ARRAY[CAST(NULL AS INT)]',
  'CARDINALITY(MAP[1, 2, 3, 4])',
  "MAP[ARRAY[1], 'x']",
  'ARRAY[ARRAY[]]',
  'MAP[NULL, 1]',
  'ARRAY[1, NULL, 3][2]',
  "ELEMENT(ARRAY['a'])",
];

const CONDITIONS = [
  'c',
  'NOT c',
  'c IS TRUE',
  'c IS NOT TRUE',
  'c IS FALSE',
  'c IS NOT FALSE',
  'c IS UNKNOWN',
  'c IS NOT UNKNOWN',
  'NULL',
  'CAST(NULL AS BOOLEAN)',
  'NOT CAST(NULL AS BOOLEAN)',
  'TRUE',
  'FALSE',
  'n > 1',
  'n IS NULL',
  "LOWER(s) = 'a'",
  "LOWER(s) <> 'k'",
  "s = ''",
  'n = 1 / 0',
];

/** A few values of c BOOLEAN, n INT, s STRING (NULLs included). */
const ROWS =
  "(VALUES (TRUE, 1, 'A'), (FALSE, 2, 'a'), (CAST(NULL AS BOOLEAN), CAST(NULL AS INT), CAST(NULL AS STRING)), (TRUE, 0, ''), (CAST(NULL AS BOOLEAN), 3, 'K')) AS v(c, n, s)";

function cond(r: Rand, depth: number): string {
  if (depth <= 0 || r.chance(0.3)) return r.pick(CONDITIONS);
  const a = cond(r, depth - 1);
  const b = cond(r, depth - 1);
  return r.pick([
    `(${a} AND ${b})`,
    `(${a} OR ${b})`,
    `NOT (${a})`,
    `(${a}) IS ${r.pick(['', 'NOT '])}${r.pick(['TRUE', 'FALSE', 'UNKNOWN'])}`,
    `(${a} AND ${b} OR NOT ${b})`,
  ]);
}

/** One to four statements using the recent constructs. */
export function recentStatements(r: Rand, s: RecentScope): string[] {
  const t = r.pick(s.tables);
  switch (r.int(0, 5)) {
    case 0: {
      const v = s.fresh('v');
      const w = s.fresh('v');
      const out = [`CREATE ${r.pick(['', 'TEMPORARY '])}VIEW ${v} AS ${s.query()}`];
      out.push(
        r.pick([
          `ALTER VIEW ${v} RENAME TO ${r.pick([w, t.name, `default_catalog.default_database.${w}`, `nope.x.${w}`])}`,
          `ALTER VIEW ${r.pick([v, t.name, 'nope'])} AS ${s.query()}`,
          `ALTER VIEW ${v} SET ('k' = 'v')`,
          `SHOW CREATE VIEW ${v}`,
          `SHOW CREATE VIEW ${t.name}`,
        ]),
      );
      out.push(
        r.pick([`SHOW CREATE VIEW ${r.pick([v, w])}`, `SELECT * FROM ${r.pick([v, w])}`, 'SHOW VIEWS']),
      );
      return out;
    }
    case 1: {
      const key = t.columns.length > 0 ? r.pick(t.columns).ref : 'c0';
      const ord = r.pick([t.rowtime, key, ...t.columns.map((c) => c.ref)].filter((x) => x !== undefined));
      const fn = r.pick(['ROW_NUMBER()', 'RANK()', 'DENSE_RANK()']);
      const part = r.chance(0.8) ? `PARTITION BY ${key} ` : '';
      const inner = `SELECT *, ${fn} OVER (${part}ORDER BY ${ord}${r.pick(['', ' DESC'])}) AS rn FROM ${t.name}`;
      const filter = r.pick([
        '',
        ' WHERE rn <= 2',
        ' WHERE rn = 1',
        ' WHERE rn > 1',
        ` WHERE rn <= 2 AND ${key} IS NOT NULL`,
        ' WHERE rn < 3 OR rn IS NULL',
      ]);
      return [
        r.pick([
          `SELECT * FROM (${inner})${filter}`,
          `WITH r AS (${inner}) SELECT * FROM r${filter}`,
          `SELECT ${key}, rn FROM (${inner})${filter}`,
          `SELECT COUNT(*) FROM (${inner})${filter}`,
          inner,
        ]),
      ];
    }
    case 2: {
      const items = Array.from({ length: r.int(1, 4) }, (_, i) => `${r.pick(EMPTIES)} AS e${i}`);
      return [`SELECT ${items.join(', ')} FROM ${ROWS}`];
    }
    case 3: {
      const temporal = r.chance(0.8) ? r.pick(TEMPORALS) : r.pick(t.columns.map((c) => c.ref).concat(['c0']));
      const items = Array.from({ length: r.int(1, 4) }, () => `EXTRACT(${r.pick(UNITS)} FROM ${temporal})`);
      return [`SELECT ${items.join(', ')}${r.chance(0.3) ? ` FROM ${t.name}` : ''}`];
    }
    case 4: {
      const items = Array.from({ length: r.int(1, 3) }, (_, i) => `${r.pick(COLLECTIONS)} AS m${i}`);
      return [`SELECT ${items.join(', ')}`];
    }
    default: {
      const c1 = cond(r, r.int(1, 3));
      const c2 = cond(r, r.int(0, 2));
      return [
        r.pick([
          `SELECT c, n, s FROM ${ROWS} WHERE ${c1}`,
          `SELECT c, n, CASE WHEN ${c1} THEN 'x' WHEN ${c2} THEN 'y' ELSE 'z' END AS k FROM ${ROWS}`,
          `SELECT n, ${c1} AS b FROM ${ROWS} WHERE ${c2}`,
          `SELECT COUNT(*) FILTER (WHERE ${c1}), SUM(CASE WHEN ${c2} THEN n END) FROM ${ROWS}`,
        ]),
      ];
    }
  }
}
