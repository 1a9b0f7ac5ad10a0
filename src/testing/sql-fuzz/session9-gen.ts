/**
 * Statements for the engine's session-9 constructs: STRUCTURED types (DDL, CAST, OBJECT_OF /
 * OBJECT_UPDATE, obj.attr, comparison, grouping), VARIANT through PARSE_JSON and CAST(v AS …),
 * JSON_VALUE / JSON_QUERY / JSON_EXISTS with lax / strict paths and wildcards, LIMIT over GROUP
 * BY results with and without OFFSET, ARRAY_SLICE / ARRAY_SORT / ARRAY_EXCEPT /
 * ARRAY_INTERSECT, TO_TIMESTAMP_LTZ / CONVERT_TZ / DATE_FORMAT with zones and formats, DECIMAL /
 * and % with zero (also in branches that must not run), CTAS with column lists, DESCRIBE of
 * commented columns, INSERT into persisted metadata columns, PRINTF / BTRIM / STARTSWITH.
 * Expressions are drawn from small grammars whose leaves mix literals and the columns of ROWS.
 */
import type { Rand } from './rand.js';

/** What the generator needs from the script being built. */
export interface Session9Scope {
  /** A fresh name with this prefix. */
  fresh(prefix: string): string;
  /** A GROUP BY query over the script's tables (an updating result). */
  groupQuery(): string;
}

/** c BOOLEAN, n INT, s STRING, d DECIMAL(10, 2), j STRING (JSON text), a ARRAY<INT>. */
export const ROWS9 = `(VALUES (TRUE, 1, 'A', CAST(1.50 AS DECIMAL(10, 2)), '{"a":1,"b":[1,2,{"c":null}],"d":"x"}', ARRAY[3, 1, 2]),
 (FALSE, 0, 'a', CAST(0 AS DECIMAL(10, 2)), '[1,"x",null,{"a":2}]', ARRAY[CAST(NULL AS INT), 1]),
 (CAST(NULL AS BOOLEAN), CAST(NULL AS INT), CAST(NULL AS STRING), CAST(NULL AS DECIMAL(10, 2)), CAST(NULL AS STRING), CAST(NULL AS ARRAY<INT>)),
 (TRUE, -3, '', CAST(-7.25 AS DECIMAL(10, 2)), '{"a":{"b":{"c":[true,false]}},"b":[]}', ARRAY[0]),
 (FALSE, 2, 'k', CAST(99999999.99 AS DECIMAL(10, 2)), 'not json', ARRAY[2, 2, 5])) AS v(c, n, s, d, j, a)`;

const CLASSES = ["'com.example.T1'", "'com.example.T2'", "'p.Empty'", "'not.existing.Clazz'"];
const BAD_CLASSES = ["''", "'1bad'", "'a..b'", "'a b'", 'CAST(NULL AS STRING)', 's'];

const STRUCT_TYPES = [
  "STRUCTURED<'com.example.T1', a INT, b STRING>",
  "STRUCTURED<'com.example.T1', a BIGINT, b STRING NOT NULL>",
  "STRUCTURED<'com.example.T2', a INT, b STRING>",
  "STRUCTURED<'p.Empty'>",
  "STRUCTURED<'x.N', n STRUCTURED<'com.example.T1', a INT, b STRING>, m ARRAY<INT>>",
  "STRUCTURED<'com.example.T1', a INT, b STRING> NOT NULL",
  "STRUCTURED<'com.example.T1', b STRING, a INT>",
  "STRUCTURED<'1bad', a INT>",
  "STRUCTURED<'com.example.T1', a INT, a STRING>",
];

const JSON_TEXTS = [
  'j',
  's',
  '\'{"a":1,"b":[1,2,{"c":null}],"d":"x"}\'',
  "'[]'",
  "'{}'",
  "'1'",
  "'null'",
  '\'"str"\'',
  '\'{"a":\'',
  "''",
  '\'{"a":1e400}\'',
  '\'{"a":1,"a":2}\'',
  "'[1, 2.50, -0, 1E2]'",
  '\'{"a":{"b":{"c":[true,false]}},"b":[]}\'',
  '\'{"b":[{"c":1},{"c":[2,3]},{"d":4}]}\'',
  '\'  {"a" : "\\u00e9"}  \'',
  'CAST(NULL AS STRING)',
];

const PATHS = [
  '$',
  '$.a',
  '$.b',
  '$.b[*]',
  '$.b[0]',
  '$.b[1]',
  '$.b[9]',
  '$.b[*].c',
  '$.*',
  '$.a.b',
  '$.a.b.c[*]',
  '$[*]',
  '$[0]',
  '$.missing',
  '$.missing[*]',
  '$.missing.x[*]',
  '$.d',
  '$["a"]',
  "$['d']",
  '$..c',
  '$.b[-1]',
  '$.b[0,1]',
  '$.b[0:2]',
  '$.b[last]',
  '$.b[*].*',
  'x',
  '$.',
  '',
  '$a',
];

const ARRAYS = [
  'a',
  'ARRAY[1, 2, NULL, 2]',
  'ARRAY[3, 1, 2]',
  "ARRAY['b', 'a', CAST(NULL AS STRING), 'a']",
  'CAST(NULL AS ARRAY<INT>)',
  'ARRAY[1.5, 2]',
  'ARRAY[CAST(1 AS BIGINT), 5]',
  'ARRAY[ARRAY[1], ARRAY[0], ARRAY[CAST(NULL AS INT)]]',
  "ARRAY[MAP['a', 1], MAP['b', 2]]",
  "ARRAY[ROW(1, 'a'), ROW(0, 'b')]",
  'ARRAY[TRUE, FALSE, CAST(NULL AS BOOLEAN)]',
  "ARRAY[DATE '2020-01-02', DATE '2019-12-31']",
  'ARRAY[CAST(1.10 AS DECIMAL(5, 2)), CAST(1.1 AS DECIMAL(4, 1))]',
  "ARRAY[CAST(0.0 AS DOUBLE), CAST(-0.0 AS DOUBLE), CAST('NaN' AS DOUBLE)]",
  "ARRAY[X'01', X'']",
  "ARRAY[OBJECT_OF('com.example.T1', 'a', 1, 'b', 'x')]",
  "ARRAY[PARSE_JSON('1')]",
  'ARRAY[n, n + 1]',
];

const INDEXES = [
  '0',
  '1',
  '2',
  '-1',
  '-5',
  '10',
  'n',
  'CAST(NULL AS INT)',
  '2147483647',
  '-2147483648',
  '1.5',
  "'1'",
  'NULL',
];

const ZONES = [
  "'UTC'",
  "'Asia/Shanghai'",
  "'asia/shanghai'",
  "'PST'",
  "'EST'",
  "'GMT+8'",
  "'GMT+08:00'",
  "'GMT-25'",
  "'+08:00'",
  "'UTC+8'",
  "'Z'",
  "''",
  "'Nowhere/Land'",
  "'America/Los_Angeles'",
  "'UT'",
  "'UTC+18:00'",
  "'+25:00'",
  'CAST(NULL AS STRING)',
  's',
];

const FORMATS = [
  "'yyyy-MM-dd HH:mm:ss'",
  "'yyyy-MM-dd HH:mm:ss.SSS'",
  "'yyyy-MM-dd HH:mm:ss.SSSSSSSSS'",
  "'yyyyMMdd'",
  "'yyyy-MM-dd''T''HH:mm:ssXXX'",
  "''",
  "'qq'",
  "'S'",
  "'SSSSSSSSSSSS'",
  "'yyyy-MM-dd HH:mm:ss.SS'",
  "'EEE, d MMM yyyy'",
  'CAST(NULL AS STRING)',
];

const TIME_TEXTS = [
  "'2020-03-08 02:30:00'",
  "'1970-01-01 00:00:00'",
  "'2020-01-01 12:00:00.123456789'",
  "'20200101'",
  "'2020-01-01T12:00:00+08:00'",
  "'2020-02-30 00:00:00'",
  "'garbage'",
  "''",
  "'9999-12-31 23:59:59.999'",
  "'2020-01-01'",
  's',
  'CAST(NULL AS STRING)',
];

const NUMBERS = [
  '0',
  '-1',
  '1000000000000000000',
  '9223372036854775807',
  '1.5',
  'CAST(NULL AS BIGINT)',
  'n',
  'd',
  'CAST(1.5 AS DOUBLE)',
  "CAST('NaN' AS DOUBLE)",
];

const DECIMALS = [
  'd',
  'CAST(1.5 AS DECIMAL(10, 2))',
  'CAST(0 AS DECIMAL(10, 2))',
  'CAST(0.00 AS DECIMAL(3, 2))',
  'CAST(99999999999999999999999999999999999999 AS DECIMAL(38, 0))',
  'CAST(0.1 AS DECIMAL(38, 37))',
  'CAST(NULL AS DECIMAL(5, 1))',
  'n',
  '0',
  '0.0',
  'CAST(0 AS DOUBLE)',
  'CAST(0 AS TINYINT)',
  '1',
];

/** Small expression grammars, each a function of the Rand and a depth. */
class Exprs {
  constructor(private readonly r: Rand) {}

  str(depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.5)) return r.pick(["'x'", "''", 's', 'CAST(NULL AS STRING)', "'Bob'"]);
    return r.pick([
      `BTRIM(${this.str(depth - 1)}${r.chance(0.5) ? `, ${this.str(depth - 1)}` : ''})`,
      `PRINTF(${r.pick(["'%s-%d'", "'%05.2f'", "'%x'", "'%s'", "'%'", "'%2$s'", 's'])}, ${this.any(depth - 1)}${r.chance(0.5) ? `, ${this.any(depth - 1)}` : ''})`,
      `CAST(${this.obj(depth - 1)} AS STRING)`,
      `CAST(${this.variant(depth - 1)} AS STRING)`,
      `JSON_VALUE(${this.json()}, ${this.path()}${this.jsonValueTail()})`,
      `JSON_QUERY(${this.json()}, ${this.path()}${this.jsonQueryTail()})`,
      `JSON_STRING(${this.any(depth - 1)})`,
      `DATE_FORMAT(${r.pick([...TIME_TEXTS, 'TO_TIMESTAMP_LTZ(0, 3)', "DATE '2020-01-01'"])}, ${r.pick(FORMATS)})`,
      `CONVERT_TZ(${r.pick(TIME_TEXTS)}, ${r.pick(ZONES)}, ${r.pick(ZONES)})`,
      `${this.obj(depth - 1)}.b`,
      `REGEXP_EXTRACT(${this.str(depth - 1)}, ${r.pick(["'(a)(b)?'", "'a++'", "'(?>a|ab)c'", "'\\Qa.b\\E'", "'[[:alpha:]]+'"])}${r.chance(0.5) ? `, ${r.pick(['0', '1', '2', '3'])}` : ''})`,
    ]);
  }

  bool(depth: number): string {
    const r = this.r;
    return r.pick([
      `JSON_EXISTS(${this.json()}, ${this.path()}${r.pick(['', ' TRUE ON ERROR', ' FALSE ON ERROR', ' UNKNOWN ON ERROR', ' ERROR ON ERROR'])})`,
      `STARTSWITH(${this.str(depth - 1)}, ${this.str(depth - 1)})`,
      `ENDSWITH(${r.pick(["X'0102'", 's', "'ab'"])}, ${r.pick(["X'02'", "''", "'b'"])})`,
      `${this.obj(depth - 1)} = ${this.obj(depth - 1)}`,
      `${this.obj(depth - 1)} <> ${this.obj(depth - 1)}`,
      `${this.obj(depth - 1)} IS NULL`,
      `${this.variant(depth - 1)} IS NOT NULL`,
      `${this.variant(depth - 1)} = ${this.variant(depth - 1)}`,
      `${this.json()} IS JSON ${r.pick(['', 'VALUE', 'SCALAR', 'ARRAY', 'OBJECT'])}`,
      `${this.dec(depth - 1)} > 0`,
    ]);
  }

  int(depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.4)) return r.pick(INDEXES);
    return r.pick([
      `CARDINALITY(${this.arr(depth - 1)})`,
      `${this.obj(depth - 1)}.a`,
      `JSON_VALUE(${this.json()}, ${this.path()} RETURNING INT${this.jsonValueTail()})`,
      `${this.arr(depth - 1)}[${r.pick(INDEXES)}]`,
      `n % ${r.pick(['0', 'n', '2'])}`,
      `MOD(n, ${r.pick(['0', 'n', 'CAST(0 AS DECIMAL(2, 0))'])})`,
    ]);
  }

  dec(depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.3)) return r.pick(DECIMALS);
    const a = this.dec(depth - 1);
    const b = this.dec(depth - 1);
    return r.pick([
      `${a} / ${b}`,
      `${a} % ${b}`,
      `MOD(${a}, ${b})`,
      `CASE WHEN ${b} <> 0 THEN ${a} / ${b} END`,
      `IF(${b} = 0, NULL, ${a} % ${b})`,
      `COALESCE(${a} / NULLIF(${b}, 0), -1)`,
      `TRY_CAST(${a} / ${b} AS STRING)`,
      `CAST(${a} AS DECIMAL(${r.pick(['3, 1', '38, 10', '10, 2', '1, 0'])}))`,
    ]);
  }

  arr(depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.4)) return r.pick(ARRAYS);
    const a = this.arr(depth - 1);
    return r.pick([
      `ARRAY_SLICE(${a}, ${this.int(depth - 1)}${r.chance(0.7) ? `, ${this.int(depth - 1)}` : ''})`,
      `ARRAY_SORT(${a}${r.chance(0.6) ? `, ${r.pick(['TRUE', 'FALSE', 'CAST(NULL AS BOOLEAN)', 'c'])}${r.chance(0.5) ? `, ${r.pick(['TRUE', 'FALSE', 'c'])}` : ''}` : ''})`,
      `ARRAY_EXCEPT(${a}, ${this.arr(depth - 1)})`,
      `ARRAY_INTERSECT(${a}, ${this.arr(depth - 1)})`,
      `ARRAY_DISTINCT(${a})`,
      `ARRAY_CONCAT(${a}, ${this.arr(depth - 1)})`,
      `JSON_QUERY(${this.json()}, ${this.path()} RETURNING ARRAY<STRING>${this.jsonQueryTail()})`,
    ]);
  }

  obj(depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.3))
      return r.pick([
        "OBJECT_OF('com.example.T1', 'a', n, 'b', s)",
        "OBJECT_OF('com.example.T1', 'a', 1, 'b', 'x')",
        "OBJECT_OF('com.example.T2', 'a', n, 'b', s)",
        "OBJECT_OF('p.Empty')",
        "CAST((n, s) AS STRUCTURED<'com.example.T1', a INT, b STRING>)",
        "CAST(NULL AS STRUCTURED<'com.example.T1', a INT, b STRING>)",
      ]);
    const cls = r.chance(0.9) ? r.pick(CLASSES) : r.pick(BAD_CLASSES);
    const keys = r.pick([
      ["'a'", "'b'"],
      ["'b'", "'a'"],
      ["'a'"],
      ["'a'", "'a'"],
      [],
      ["'a'", 'CAST(NULL AS STRING)'],
      ["'a'", 's'],
    ]);
    const args = keys.map((k) => `, ${k}, ${this.any(depth - 1)}`).join('');
    return r.pick([
      `OBJECT_OF(${cls}${args}${r.chance(0.05) ? ', 1' : ''})`,
      `OBJECT_UPDATE(${this.obj(depth - 1)}${args || ", 'zz', 1"})`,
      `CAST(${r.pick(['(n, s)', 'ROW(1, 2)', '(s, n)', 'ROW(n)', "(CAST(NULL AS INT), 'q')"])} AS ${r.pick(STRUCT_TYPES)})`,
      `CAST(${this.obj(depth - 1)} AS ${r.pick([...STRUCT_TYPES, 'ROW<x BIGINT, y STRING>', 'ROW<x INT>', 'STRING', 'VARCHAR(4)', 'INT'])})`,
      `COALESCE(${this.obj(depth - 1)}, ${this.obj(depth - 1)})`,
      `CASE WHEN c THEN ${this.obj(depth - 1)} ELSE ${this.obj(depth - 1)} END`,
      `${this.obj(depth - 1)}.n`,
    ]);
  }

  variant(depth: number): string {
    const r = this.r;
    if (depth <= 0 || r.chance(0.4))
      return `${r.pick(['PARSE_JSON', 'TRY_PARSE_JSON'])}(${this.json()}${r.chance(0.1) ? ', TRUE' : ''})`;
    const v = this.variant(depth - 1);
    return r.pick([
      `${v}['a']`,
      `${v}[1]`,
      `${v}['b'][${r.pick(['1', '0', '-1', "'x'"])}]`,
      `COALESCE(${v}, PARSE_JSON('0'))`,
      `CASE WHEN c THEN ${v} END`,
      `CAST(${v} AS ${r.pick(['STRING', 'VARCHAR(3)', 'INT', 'VARIANT', 'ARRAY<INT>', 'BOOLEAN'])})`,
    ]);
  }

  any(depth: number): string {
    const r = this.r;
    if (depth < 0) return r.pick(["'x'", '1', 'n', 's', 'NULL']);
    switch (r.int(0, 10)) {
      case 0:
        return this.str(depth);
      case 1:
        return this.bool(depth);
      case 2:
        return this.int(depth);
      case 3:
        return this.dec(depth);
      case 4:
        return this.arr(depth);
      case 5:
      case 6:
        return this.obj(depth);
      case 7:
        return this.variant(depth);
      case 8:
        return this.ltz();
      default:
        return r.pick(["'x'", '1', 'n', 's', 'd', 'a', 'c', 'NULL', "DATE '2020-01-01'", "MAP['k', 1]"]);
    }
  }

  ltz(): string {
    const r = this.r;
    return r.pick([
      `TO_TIMESTAMP_LTZ(${r.pick(NUMBERS)}${r.chance(0.7) ? `, ${r.pick(['0', '3', '6', '9', '10', '-1', '2', 'n'])}` : ''})`,
      `TO_TIMESTAMP_LTZ(${r.pick(TIME_TEXTS)})`,
      `TO_TIMESTAMP_LTZ(${r.pick(TIME_TEXTS)}, ${r.pick(FORMATS)})`,
      `TO_TIMESTAMP_LTZ(${r.pick(TIME_TEXTS)}, ${r.pick(FORMATS)}, ${r.pick(ZONES)})`,
      `TO_TIMESTAMP(${r.pick(TIME_TEXTS)}${r.chance(0.5) ? `, ${r.pick(FORMATS)}` : ''})`,
    ]);
  }

  json(): string {
    return this.r.pick(JSON_TEXTS);
  }

  path(): string {
    const r = this.r;
    const mode = r.pick(['', 'lax ', 'strict ', 'LAX ', 'lax  ']);
    return r.chance(0.05) ? 's' : `'${mode}${r.pick(PATHS)}'`;
  }

  jsonValueTail(): string {
    const r = this.r;
    const beh = (): string => r.pick(['NULL', 'ERROR', "DEFAULT 'dflt'", 'DEFAULT 7', 'DEFAULT n']);
    return [
      r.chance(0.3)
        ? ` RETURNING ${r.pick(['INT', 'DOUBLE', 'BOOLEAN', 'STRING', 'DECIMAL(5, 2)', 'DATE', 'BIGINT'])}`
        : '',
      r.chance(0.3) ? ` ${beh()} ON EMPTY` : '',
      r.chance(0.3) ? ` ${beh()} ON ERROR` : '',
    ].join('');
  }

  jsonQueryTail(): string {
    const r = this.r;
    const beh = (): string => r.pick(['NULL', 'ERROR', 'EMPTY ARRAY', 'EMPTY OBJECT']);
    return [
      r.chance(0.4)
        ? ` ${r.pick(['WITHOUT', 'WITH', 'WITH CONDITIONAL', 'WITH UNCONDITIONAL', 'WITHOUT ARRAY'])} ${r.pick(['ARRAY WRAPPER', 'WRAPPER'])}`
        : '',
      r.chance(0.3) ? ` ${beh()} ON EMPTY` : '',
      r.chance(0.3) ? ` ${beh()} ON ERROR` : '',
    ].join('');
  }
}

function limitTail(r: Rand): string {
  return r.pick([
    ' LIMIT 2',
    ' LIMIT 1',
    ' LIMIT 0',
    ' LIMIT 2 OFFSET 1',
    ' LIMIT 1 OFFSET 3',
    ' OFFSET 1 ROWS',
    ' OFFSET 2 ROWS FETCH NEXT 1 ROWS ONLY',
    ' FETCH FIRST 3 ROWS ONLY',
    ' LIMIT 100',
  ]);
}

/** One to four statements using the session-9 constructs. */
export function session9Statements(r: Rand, scope: Session9Scope): string[] {
  const e = new Exprs(r);
  const depth = r.int(1, 3);
  switch (r.int(0, 9)) {
    case 0:
    case 1: {
      const items = Array.from({ length: r.int(1, 4) }, (_, i) => `${e.any(depth)} AS e${i}`);
      const where = r.chance(0.3) ? ` WHERE ${e.bool(depth)}` : '';
      return [`SELECT ${items.join(', ')} FROM ${ROWS9}${where}`];
    }
    case 2: {
      // Grouping, DISTINCT and ordering by STRUCTURED / VARIANT / results of the new functions.
      const key = r.pick([e.obj(depth), e.str(depth), e.variant(depth), e.arr(depth), `${e.obj(depth)}.a`]);
      return [
        r.pick([
          `SELECT k, COUNT(*) AS cnt FROM (SELECT ${key} AS k FROM ${ROWS9}) GROUP BY k`,
          `SELECT DISTINCT ${key} AS k FROM ${ROWS9}`,
          `SELECT COUNT(DISTINCT ${key}) AS k FROM ${ROWS9}`,
          `SELECT ${key} AS k FROM ${ROWS9} ORDER BY k`,
          `SELECT MAX(${key}) AS k FROM ${ROWS9}`,
          `SELECT k FROM (SELECT ${key} AS k FROM ${ROWS9}) GROUP BY k${limitTail(r)}`,
          `SELECT ${key} AS k FROM ${ROWS9} UNION SELECT ${key} FROM ${ROWS9}`,
        ]),
      ];
    }
    case 3: {
      // A view of objects, then queries reading its attributes.
      const v = scope.fresh('ov');
      return [
        `CREATE TEMPORARY VIEW ${v} AS SELECT ${e.obj(depth)} AS o, n, s FROM ${ROWS9}`,
        r.pick([
          `SELECT o.a, COUNT(*) AS cnt FROM ${v} GROUP BY o.a`,
          `SELECT o, o.b FROM ${v} WHERE o.a > 0`,
          `SELECT ${v}.o.a AS x FROM ${v}`,
          `SELECT o FROM ${v} GROUP BY o`,
          `SELECT OBJECT_UPDATE(o, 'a', n + 1) AS u FROM ${v}`,
          `DESCRIBE ${v}`,
          `SELECT TYPEOF(o) AS t FROM ${v}`,
          `SELECT JSON_OBJECT('o' VALUE o) AS j FROM ${v}`,
          `SELECT * FROM ${v} a JOIN ${v} b ON a.o = b.o`,
        ]),
      ];
    }
    case 4: {
      // STRUCTURED / VARIANT columns in DDL and sinks.
      const tname = scope.fresh('st');
      const ty = r.pick([
        ...STRUCT_TYPES,
        'VARIANT',
        'ARRAY<VARIANT>',
        `MAP<STRING, ${r.pick(STRUCT_TYPES)}>`,
      ]);
      const conn = r.pick([
        "'connector' = 'blackhole'",
        "'connector' = 'print'",
        `'connector' = 'filesystem', 'path' = '\${tmpdir}/${tname}', 'format' = 'json'`,
        `'connector' = 'filesystem', 'path' = '\${tmpdir}/${tname}', 'format' = 'csv'`,
        "'connector' = 'datagen', 'number-of-rows' = '2'",
      ]);
      return [
        `CREATE TABLE ${tname} (id INT, x ${ty}${r.chance(0.3) ? " COMMENT 'a comment'" : ''}) WITH (${conn})`,
        r.pick([
          `INSERT INTO ${tname} SELECT n, ${e.any(depth)} FROM ${ROWS9}`,
          `INSERT INTO ${tname} SELECT n, ${e.obj(depth)} FROM ${ROWS9}`,
          `DESCRIBE ${tname}`,
          `SHOW CREATE TABLE ${tname}`,
          `SELECT * FROM ${tname}`,
        ]),
      ];
    }
    case 5: {
      // LIMIT / OFFSET over an updating (GROUP BY) result.
      const q = scope.groupQuery();
      const order = r.chance(0.5) ? ` ORDER BY ${r.pick(['1', '1 DESC', '2', '2 DESC, 1'])}` : '';
      const miniBatch = r.chance(0.3) ? ["SET 'table.exec.mini-batch.enabled' = 'true'"] : [];
      return [
        ...miniBatch,
        r.pick([
          `SELECT * FROM (${q})${order}${limitTail(r)}`,
          `EXPLAIN SELECT * FROM (${q})${order}${limitTail(r)}`,
          `SELECT COUNT(*) FROM (SELECT * FROM (${q})${order}${limitTail(r)})`,
          `SELECT * FROM (SELECT * FROM (${q})${limitTail(r)}) UNION ALL SELECT * FROM (${q})`,
        ]),
      ];
    }
    case 6: {
      // CTAS with a column list.
      const tname = scope.fresh('ct');
      const cols = r.pick([
        '(n, s)',
        '(s, n)',
        '(c, n, s, d)',
        '(z INT, n BIGINT)',
        '(n STRING)',
        '(z INT NOT NULL)',
        '(s, s)',
        '(nope)',
        '(n, PRIMARY KEY (n) NOT ENFORCED)',
        '(k INT, n)',
        "(n COMMENT 'c', s)",
        '(z AS n + 1, n)',
      ]);
      const q = r.pick([
        `SELECT n, s, c, d FROM ${ROWS9}`,
        `SELECT n, COUNT(*) AS s FROM ${ROWS9} GROUP BY n`,
        `SELECT ${e.any(depth)} AS n, s FROM ${ROWS9}`,
      ]);
      return [
        `CREATE TABLE ${tname} ${cols} WITH (${r.pick([`'connector' = 'filesystem', 'path' = '\${tmpdir}/${tname}', 'format' = 'json'`, "'connector' = 'blackhole'"])}) AS ${q}`,
        r.pick([`DESCRIBE ${tname}`, `SELECT * FROM ${tname}`, `SHOW CREATE TABLE ${tname}`]),
      ];
    }
    case 7: {
      // Persisted and virtual metadata columns written by INSERT.
      const tname = scope.fresh('mt');
      const meta = r.pick([
        "ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp'",
        "ts TIMESTAMP_LTZ(3) METADATA FROM 'timestamp' VIRTUAL",
        "h MAP<STRING, BYTES> METADATA FROM 'headers'",
        "p INT METADATA FROM 'partition'",
        'ts TIMESTAMP_LTZ(3) METADATA',
      ]);
      return [
        `CREATE TABLE ${tname} (id INT, ${meta}, v STRING) WITH (${r.pick(["'connector' = 'blackhole'", `'connector' = 'filesystem', 'path' = '\${tmpdir}/${tname}', 'format' = 'json'`])})`,
        r.pick([
          `INSERT INTO ${tname} VALUES (1, ${r.pick(['NULL', "'x'", "TIMESTAMP '2020-01-01 00:00:00'", "MAP['k', X'01']"])}, 'v')`,
          `INSERT INTO ${tname} SELECT n, s FROM ${ROWS9}`,
          `INSERT INTO ${tname} (id, v) SELECT n, s FROM ${ROWS9}`,
          `DESCRIBE ${tname}`,
        ]),
      ];
    }
    default: {
      // Time functions under session zones.
      const zone = r.pick(["'UTC'", "'Asia/Shanghai'", "'America/Los_Angeles'", "'+08:00'", "'GMT-3'"]);
      const items = Array.from({ length: r.int(1, 3) }, (_, i) =>
        r.pick([`${e.ltz()} AS t${i}`, `CAST(${e.ltz()} AS STRING) AS t${i}`, `${e.str(1)} AS t${i}`]),
      );
      return [`SET 'sql.local-time-zone' = ${zone}`, `SELECT ${items.join(', ')} FROM ${ROWS9}`];
    }
  }
}

/** A GROUP BY over ROWS9 keyed by a session-9 expression (objects, variants, JSON, arrays). */
export function session9GroupQuery(r: Rand): string {
  const e = new Exprs(r);
  const d = r.int(1, 2);
  const key = r.pick([e.obj(d), e.str(d), e.variant(d), e.arr(d), e.int(d), e.dec(d)]);
  const agg = r.pick(['COUNT(*)', 'SUM(n)', 'MAX(s)', 'MIN(d)', 'COUNT(DISTINCT s)', `MAX(${e.int(1)})`]);
  return `SELECT k, ${agg} AS a FROM (SELECT ${key} AS k, n, s, d FROM ${ROWS9}) GROUP BY k`;
}
