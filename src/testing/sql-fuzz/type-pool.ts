/**
 * The SQL types the fuzz generator uses, each with literals (edge values first: extremes,
 * zero, empty, leap days, NaN-producing text) and the JSON a `filesystem` / `json` source
 * reads for it.
 */
import { formatType, parseType, type LogicalType } from '../../types/index.js';
import type { Rand } from './rand.js';

/** One type of the pool. */
export interface PoolType {
  /** The type as DDL writes it. */
  readonly sql: string;
  readonly type: LogicalType;
  /** Family for "an expression of a similar type": the kind, DECIMAL of any precision, … */
  readonly family: string;
  /** A literal expression of (about) this type. */
  literal(r: Rand): string;
  /** A JSON value the json format reads as this type. */
  json(r: Rand): unknown;
  /** The datagen connector generates it. */
  readonly datagen: boolean;
}

/** The family of a logical type (see PoolType.family). */
export function familyOf(t: LogicalType): string {
  switch (t.kind) {
    case 'CHAR':
    case 'VARCHAR':
      return 'STRING';
    case 'BINARY':
    case 'VARBINARY':
      return 'BYTES';
    case 'ARRAY':
      return `ARRAY<${familyOf(t.element)}>`;
    case 'MAP':
      return `MAP<${familyOf(t.key)},${familyOf(t.value)}>`;
    case 'MULTISET':
      return `MULTISET<${familyOf(t.element)}>`;
    case 'ROW':
      return 'ROW';
    default:
      return t.kind;
  }
}

const lits =
  (xs: readonly string[]) =>
  (r: Rand): string =>
    r.pick(xs);

function pt(sql: string, literal: (r: Rand) => string, json: (r: Rand) => unknown, datagen = true): PoolType {
  const type = parseType(sql);
  return { sql: formatType(type), type, family: familyOf(type), literal, json, datagen };
}

const STRINGS = [
  "''",
  "'abc'",
  "'a''b'",
  "'1'",
  "'-12.5'",
  "' 42 '",
  "'héllo wörld'",
  "'2020-02-29'",
  "'2020-01-01 12:34:56.789'",
  "'%_\\'",
  '\'{"a":[1,2,{"b":null}]}\'',
  "'[1,2]'",
  "'TRUE'",
  "'NaN'",
  "'Infinity'",
  "'9223372036854775808'",
  "'a,b;c'",
  "'http://u:p@h.com:80/p?q=1#f'",
  "U&'\\00e9\\+01F600'",
  "'$.a'",
  "'(a|b)*c'",
  "'\t\n'",
];

/** The pool: scalar types, then constructed ones. */
export const TYPE_POOL: readonly PoolType[] = [
  pt('BOOLEAN', lits(['TRUE', 'FALSE', 'NULL IS NULL']), (r) => r.pick([true, false])),
  pt(
    'TINYINT',
    lits(['CAST(0 AS TINYINT)', 'CAST(127 AS TINYINT)', 'CAST(-128 AS TINYINT)', 'CAST(-1 AS TINYINT)']),
    (r) => r.pick([0, 127, -128, 5]),
  ),
  pt('SMALLINT', lits(['CAST(0 AS SMALLINT)', 'CAST(32767 AS SMALLINT)', 'CAST(-32768 AS SMALLINT)']), (r) =>
    r.pick([0, 32767, -32768, 7]),
  ),
  pt('INT', lits(['0', '1', '-1', '2147483647', '-2147483648', '42', '7']), (r) =>
    r.pick([0, 1, -1, 2147483647, -2147483648, 42]),
  ),
  pt(
    'BIGINT',
    lits([
      'CAST(0 AS BIGINT)',
      '9223372036854775807',
      '-9223372036854775807',
      '10000000000',
      'CAST(-1 AS BIGINT)',
    ]),
    (r) => r.pick([0, 9007199254740992, -1, 10000000000]),
  ),
  pt(
    'FLOAT',
    lits(['CAST(1.5 AS FLOAT)', 'CAST(3.4E38 AS FLOAT)', 'CAST(-0.0 AS FLOAT)', "CAST('NaN' AS FLOAT)"]),
    (r) => r.pick([1.5, 3.4e38, 0, -2.25]),
  ),
  pt(
    'DOUBLE',
    lits(['1.0E0', '1.7976931348623157E308', '-0.0E0', '4.9E-324', "CAST('Infinity' AS DOUBLE)", '0.1E0']),
    (r) => r.pick([1, 1.7976931348623157e308, -0.5, 0.1]),
  ),
  pt('DECIMAL(10, 2)', lits(['0.00', '12345678.99', '-99999999.99', '0.01', '1.5']), (r) =>
    r.pick([0, 12345678.99, -99999999.99, 0.01]),
  ),
  pt(
    'DECIMAL(38, 18)',
    lits(['99999999999999999999.999999999999999999', 'CAST(0 AS DECIMAL(38, 18))', '-0.000000000000000001']),
    (r) => r.pick([0, 1.5, -1e19]),
  ),
  pt('CHAR(3)', lits(["CAST('ab' AS CHAR(3))", "CAST('' AS CHAR(3))", "CAST('xyz' AS CHAR(3))"]), (r) =>
    r.pick(['ab', '', 'xyz']),
  ),
  pt('STRING', lits(STRINGS), (r) => r.pick(['', 'abc', '42', 'héllo', '{"a":1}', '2020-01-01', ' x '])),
  pt('BINARY(2)', lits(["X'0aff'", "X'0000'"]), (r) => r.pick(['Cv8=', 'AAA='])),
  pt('BYTES', lits(["X''", "X'00'", "X'48656c6c6f'", "CAST('abc' AS BYTES)"]), (r) =>
    r.pick(['', 'AA==', 'SGVsbG8=']),
  ),
  pt(
    'DATE',
    lits([
      "DATE '2020-02-29'",
      "DATE '1970-01-01'",
      "DATE '9999-12-31'",
      "DATE '0001-01-01'",
      "DATE '1969-12-31'",
    ]),
    (r) => r.pick(['2020-02-29', '1970-01-01', '9999-12-31', '1900-03-01']),
  ),
  pt('TIME(0)', lits(["TIME '23:59:59'", "TIME '00:00:00'", "TIME '12:34:56'"]), (r) =>
    r.pick(['23:59:59', '00:00:00', '12:00:01']),
  ),
  pt(
    'TIMESTAMP(3)',
    lits([
      "TIMESTAMP '2020-01-01 12:34:56.789'",
      "TIMESTAMP '1970-01-01 00:00:00'",
      "TIMESTAMP '9999-12-31 23:59:59.999'",
      "TIMESTAMP '1969-12-31 23:59:59.999'",
    ]),
    (r) => r.pick(['2020-01-01 12:34:56.789', '1970-01-01 00:00:00', '2020-02-29 23:59:59.999']),
  ),
  pt(
    'TIMESTAMP(9)',
    lits(["TIMESTAMP '2020-01-01 00:00:00.123456789'", "TIMESTAMP '2000-01-01 00:00:00.000000001'"]),
    (r) => r.pick(['2020-01-01 00:00:00.123456789', '2000-01-01 00:00:00']),
  ),
  pt(
    'TIMESTAMP_LTZ(3)',
    lits([
      'TO_TIMESTAMP_LTZ(0, 3)',
      'TO_TIMESTAMP_LTZ(1577836800123, 3)',
      "CAST(TIMESTAMP '2021-03-28 02:30:00' AS TIMESTAMP_LTZ(3))",
    ]),
    (r) => r.pick(['2020-01-01 00:00:00.000Z', '1970-01-01 00:00:00Z']),
  ),
  pt(
    'INTERVAL DAY(2) TO SECOND(3)',
    lits([
      "INTERVAL '1' DAY",
      "INTERVAL '1 02:03:04.5' DAY TO SECOND",
      "INTERVAL '90' MINUTE",
      "INTERVAL '-1' SECOND",
      "INTERVAL '99' DAY",
    ]),
    (r) => r.pick([1000, 86400000]),
    false,
  ),
  pt(
    'INTERVAL YEAR(2) TO MONTH',
    lits(["INTERVAL '1-2' YEAR TO MONTH", "INTERVAL '3' MONTH", "INTERVAL '99' YEAR", "INTERVAL '-1' MONTH"]),
    (r) => r.pick([1, 14]),
    false,
  ),
  pt(
    'ARRAY<INT>',
    lits(['ARRAY[1, 2, 3]', 'ARRAY[1, NULL]', 'ARRAY[2147483647]', 'ARRAY[CAST(NULL AS INT)]']),
    (r) => r.pick([[1, 2], [], [null, 3]]),
  ),
  pt('ARRAY<STRING>', lits(["ARRAY['a', 'b']", "ARRAY['', NULL]", "ARRAY['x']"]), (r) =>
    r.pick([['a', 'b'], [], ['']]),
  ),
  pt('MAP<STRING, INT>', lits(["MAP['a', 1, 'b', 2]", "MAP['', CAST(NULL AS INT)]", "MAP['k', 0]"]), (r) =>
    r.pick([{ a: 1 }, {}, { b: null }]),
  ),
  pt(
    'ROW<a INT, b STRING>',
    lits(["CAST(ROW(1, 'x') AS ROW<a INT, b STRING>)", "CAST(ROW(NULL, '') AS ROW<a INT, b STRING>)"]),
    (r) =>
      r.pick([
        { a: 1, b: 'x' },
        { a: null, b: '' },
      ]),
  ),
  pt('MULTISET<STRING>', lits(['CAST(NULL AS MULTISET<STRING>)']), () => null, false),
];

/** Pool types by family. */
export const BY_FAMILY: ReadonlyMap<string, readonly PoolType[]> = (() => {
  const m = new Map<string, PoolType[]>();
  for (const p of TYPE_POOL) {
    const l = m.get(p.family) ?? [];
    l.push(p);
    m.set(p.family, l);
  }
  return m;
})();
