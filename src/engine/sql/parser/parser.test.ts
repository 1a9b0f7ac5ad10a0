/**
 * The shapes of parsed trees: precedence, window TVFs, joins, DDL and statement details that a
 * print → parse round trip alone would not pin down.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Expr, Query, Select, Statement } from '../ast/index.js';
import { stripSpans } from '../test/ast-utils.js';
import { parseDataType, parseExpression, parseScript, parseStatement } from './index.js';

/** A compact prefix form of an expression, for asserting on precedence. */
function sexpr(e: Expr): string {
  switch (e.kind) {
    case 'Binary':
      return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'Unary':
      return `(${e.op} ${sexpr(e.operand)})`;
    case 'IsPredicate':
      return `(IS${e.negated ? ' NOT' : ''} ${e.test} ${sexpr(e.expr)})`;
    case 'Between':
      return `(BETWEEN ${sexpr(e.expr)} ${sexpr(e.low)} ${sexpr(e.high)})`;
    case 'Like':
      return `(${e.op} ${sexpr(e.expr)} ${sexpr(e.pattern)})`;
    case 'InList':
      return `(IN ${sexpr(e.expr)} ${e.list.map(sexpr).join(' ')})`;
    case 'ColumnRef':
      return e.names.map((n) => n.value).join('.');
    case 'NumericLiteral':
      return e.text;
    case 'IsDistinctFrom':
      return `(DISTINCT ${sexpr(e.left)} ${sexpr(e.right)})`;
    case 'ItemAccess':
      return `([] ${sexpr(e.expr)} ${sexpr(e.index)})`;
    case 'FieldAccess':
      return `(. ${sexpr(e.expr)} ${e.field.value})`;
    default:
      return e.kind;
  }
}

const selectOf = (s: Statement): Select => {
  assert.equal(s.kind, 'Query');
  const b = (s as Query).body;
  assert.equal(b.kind, 'Select');
  return b as Select;
};

test("operator precedence is Calcite's", () => {
  const cases: [string, string][] = [
    ['a OR b AND c', '(OR a (AND b c))'],
    ['NOT a = b', '(NOT (= a b))'],
    ['NOT a AND b', '(AND (NOT a) b)'],
    ['a = b IS NULL', '(IS NULL (= a b))'],
    ['a + b * c - d', '(- (+ a (* b c)) d)'],
    ['a || b || c', '(|| (|| a b) c)'],
    ['-a * b', '(* (- a) b)'],
    ['a BETWEEN 1 AND 2 AND c', '(AND (BETWEEN a 1 2) c)'],
    ['a + 1 LIKE b', '(LIKE (+ a 1) b)'],
    ['a = 1 OR b IN (1, 2)', '(OR (= a 1) (IN b 1 2))'],
    ['a IS NOT DISTINCT FROM b + 1', '(DISTINCT a (+ b 1))'],
    ['a < b = c', '(= (< a b) c)'],
    ['m[1].f', '(. ([] m 1) f)'],
    ['r.a.b', 'r.a.b'],
    // Calcite's SqlParserTest#testBetween: the lower bound runs up to BETWEEN's AND.
    ['a BETWEEN b OR c AND d', '(BETWEEN a (OR b c) d)'],
    ['a = x BETWEEN y = b AND z = c', '(= (= a (BETWEEN x (= y b) z)) c)'],
    ['a BETWEEN b AND c + 2 OR d AND e', '(OR (BETWEEN a b (+ c 2)) (AND d e))'],
    ['a BETWEEN b OR (c AND d) OR e AND f', '(BETWEEN a (OR (OR b (AND c d)) e) f)'],
  ];
  for (const [sql, want] of cases) assert.equal(sexpr(parseExpression(sql)), want, sql);
  // ... and without it: "BETWEEN operator has no terminating AND" after the lower bound.
  assert.throws(
    () => parseExpression('a BETWEEN b OR c'),
    /line 1, column 17: BETWEEN operator has no terminating AND/,
  );
});

test('window TVF with named arguments', () => {
  const s = selectOf(
    parseStatement(
      "SELECT * FROM TABLE(HOP(DATA => TABLE Bid, TIMECOL => DESCRIPTOR(bidtime), SLIDE => INTERVAL '5' MINUTES, SIZE => INTERVAL '10' MINUTE))",
    ),
  );
  const from = s.from!;
  assert.equal(from.kind, 'TableFunctionRef');
  if (from.kind !== 'TableFunctionRef') return;
  assert.equal(from.call.name[0]!.value, 'HOP');
  const args = from.call.args;
  assert.deepEqual(
    args.map((a) => (a.kind === 'NamedArgument' ? `${a.name.value}:${a.value.kind}` : a.kind)),
    ['DATA:TableArgument', 'TIMECOL:Descriptor', 'SLIDE:IntervalLiteral', 'SIZE:IntervalLiteral'],
  );
  const slide = args[2]!;
  assert.ok(slide.kind === 'NamedArgument' && slide.value.kind === 'IntervalLiteral');
  assert.deepEqual(slide.value.qualifier, { start: 'MINUTE' });
  assert.equal(slide.value.value, '5');
});

test('SESSION with PARTITION BY in the table argument', () => {
  const s = selectOf(
    parseStatement(
      "SELECT * FROM TABLE(SESSION(TABLE Bid PARTITION BY (item, seller), DESCRIPTOR(ts), INTERVAL '5' MINUTE))",
    ),
  );
  assert.ok(s.from?.kind === 'TableFunctionRef');
  const arg = s.from.call.args[0]!;
  assert.ok(arg.kind === 'TableArgument');
  assert.deepEqual(
    arg.partitionBy.map((e) => sexpr(e)),
    ['item', 'seller'],
  );
  assert.equal(s.from.call.args.length, 3);
});

test('temporal join, hints, aliases and join kinds', () => {
  const s = selectOf(
    parseStatement(
      "SELECT * FROM Orders /*+ OPTIONS('k' = 'v') */ AS o LEFT JOIN Rates FOR SYSTEM_TIME AS OF o.ts AS r ON o.c = r.c",
    ),
  );
  const j = s.from!;
  assert.ok(j.kind === 'Join');
  assert.equal(j.type, 'LEFT');
  assert.ok(j.left.kind === 'TableName' && j.right.kind === 'TableName');
  assert.equal(j.left.alias?.value, 'o');
  assert.deepEqual(j.left.hints[0]!.kvOptions, [{ key: 'k', value: 'v' }]);
  assert.equal(j.right.alias?.value, 'r');
  assert.equal(sexpr(j.right.systemTime!), 'o.ts');
});

test('GROUP BY grouping sets, rollup and cube', () => {
  const s = selectOf(
    parseStatement('SELECT 1 FROM t GROUP BY GROUPING SETS ((a, b), a, ()), ROLLUP(a, b), CUBE(c)'),
  );
  assert.deepEqual(
    s.groupBy!.map((g) => g.kind),
    ['GroupingSets', 'Rollup', 'Cube'],
  );
  const gs = s.groupBy![0]!;
  assert.ok(gs.kind === 'GroupingSets');
  assert.deepEqual(
    gs.sets.map((x) => x.kind),
    ['RowConstructor', 'ColumnRef', 'EmptyGroupingSet'],
  );
});

test('set operations: INTERSECT binds tighter; ORDER BY / LIMIT belong to the whole query', () => {
  const q = parseStatement('SELECT 1 UNION ALL SELECT 2 INTERSECT SELECT 3 ORDER BY 1 LIMIT 2') as Query;
  assert.ok(q.body.kind === 'SetOperation');
  assert.equal(q.body.op, 'UNION');
  assert.equal(q.body.quantifier, 'ALL');
  assert.ok(q.body.right.kind === 'SetOperation' && q.body.right.op === 'INTERSECT');
  assert.equal(q.orderBy.length, 1);
  assert.equal(q.limitStyle, 'LIMIT');
});

test('data types: canonical names, spellings, defaults left unset', () => {
  const t = parseDataType('TIMESTAMP(3) WITH LOCAL TIME ZONE NOT NULL');
  assert.deepEqual(stripSpans(t), {
    kind: 'PrimitiveType',
    name: 'TIMESTAMP_LTZ',
    spelling: 'TIMESTAMP WITH LOCAL TIME ZONE',
    precision: 3,
    nullable: false,
  });
  assert.equal((parseDataType('INTEGER') as { name: string }).name, 'INT');
  assert.equal((parseDataType('STRING') as { name: string }).name, 'STRING');
  const row = parseDataType("ROW<a INT NOT NULL 'doc', b ARRAY<MAP<STRING, BYTES>>>");
  assert.ok(row.kind === 'RowType');
  assert.equal(row.fields[0]!.description, 'doc');
  assert.equal(row.fields[0]!.type.nullable, false);
  assert.equal(row.fields[1]!.type.kind, 'ArrayType');
  const iv = parseDataType('INTERVAL DAY(2) TO SECOND(3)');
  assert.ok(iv.kind === 'IntervalType');
  assert.deepEqual(iv.qualifier, { start: 'DAY', startPrecision: 2, end: 'SECOND', fractionalPrecision: 3 });
});

test('CREATE TABLE: columns, watermark, key, distribution, options, LIKE', () => {
  const s = parseStatement(
    "CREATE TABLE t (id INT, ts TIMESTAMP(3), c AS id * 2, p INT METADATA FROM 'partition' VIRTUAL, " +
      "WATERMARK FOR ts AS ts - INTERVAL '5' SECOND, PRIMARY KEY (id) NOT ENFORCED) " +
      "DISTRIBUTED BY HASH(id) INTO 4 BUCKETS WITH ('connector' = 'datagen') LIKE src (EXCLUDING OPTIONS)",
  );
  assert.ok(s.kind === 'CreateTable');
  assert.deepEqual(
    s.columns.map((c) => c.kind),
    ['PhysicalColumn', 'PhysicalColumn', 'ComputedColumn', 'MetadataColumn'],
  );
  const meta = s.columns[3]!;
  assert.ok(meta.kind === 'MetadataColumn' && meta.from === 'partition' && meta.virtual);
  assert.equal(s.watermark!.column[0]!.value, 'ts');
  assert.deepEqual(
    s.primaryKey!.columns.map((c) => c.value),
    ['id'],
  );
  assert.equal(s.primaryKey!.enforced, false);
  assert.deepEqual(stripSpans(s.distribution), {
    kind: 'Distribution',
    algorithm: 'HASH',
    columns: [{ kind: 'Identifier', value: 'id', quoted: false }],
    buckets: 4,
  });
  assert.deepEqual(
    s.options.map((o) => [o.key, o.value]),
    [['connector', 'datagen']],
  );
  assert.deepEqual(s.like!.options, [{ mode: 'EXCLUDING', feature: 'OPTIONS' }]);
});

test('statement kinds', () => {
  const kinds = parseScript(
    [
      'INSERT INTO t SELECT 1',
      'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END',
      'CREATE VIEW v AS SELECT 1',
      "ALTER TABLE t SET ('a' = 'b')",
      'DROP VIEW IF EXISTS v',
      'SHOW TABLES',
      'SHOW CURRENT DATABASE',
      'SHOW CREATE TABLE t',
      'DESC EXTENDED t',
      'EXPLAIN CHANGELOG_MODE SELECT 1',
      "SET 'a' = 'b'",
      'RESET',
      'USE CATALOG c',
      'USE c.d',
    ].join(';\n'),
  ).statements.map((s) => s.statement.kind);
  assert.deepEqual(kinds, [
    'Insert',
    'StatementSet',
    'CreateView',
    'AlterTable',
    'DropObject',
    'ShowObjects',
    'ShowCurrent',
    'ShowCreate',
    'Describe',
    'Explain',
    'Set',
    'Reset',
    'UseCatalog',
    'UseDatabase',
  ]);
});

test('special function syntax', () => {
  assert.equal(parseExpression('EXTRACT(HOUR FROM ts)').kind, 'Extract');
  assert.equal(parseExpression("TRIM(LEADING 'x' FROM s)").kind, 'Trim');
  assert.equal(parseExpression('SUBSTRING(s FROM 1 FOR 2)').kind, 'Substring');
  assert.equal(parseExpression('SUBSTRING(s, 1, 2)').kind, 'FunctionCall');
  assert.equal(parseExpression('FLOOR(ts TO HOUR)').kind, 'FloorCeil');
  assert.equal(parseExpression('FLOOR(x)').kind, 'FunctionCall');
  const jv = parseExpression("JSON_VALUE(j, '$.a' RETURNING INT DEFAULT 1 ON EMPTY ERROR ON ERROR)");
  assert.ok(jv.kind === 'JsonValue');
  assert.equal(jv.onEmpty?.type, 'DEFAULT');
  assert.equal(jv.onError?.type, 'ERROR');
  const ct = parseExpression('CURRENT_TIMESTAMP');
  assert.ok(ct.kind === 'FunctionCall' && ct.bare);
  const agg = parseExpression('COUNT(DISTINCT a) FILTER (WHERE b > 1) OVER w');
  assert.ok(agg.kind === 'FunctionCall');
  assert.equal(agg.quantifier, 'DISTINCT');
  assert.equal(agg.filter?.kind, 'Binary');
  assert.equal(agg.over?.kind, 'Identifier');
  const ta = parseExpression('TIMESTAMPADD(HOUR, 1, ts)');
  assert.ok(ta.kind === 'FunctionCall' && ta.args[0]!.kind === 'TimeUnitArg');
});

test('INTERVAL with a number, a name or a parenthesized value is that value times one unit (Calcite)', () => {
  const cases: [string, string][] = [
    ['d - INTERVAL 1 DAY', '(- d (* 1 IntervalLiteral))'],
    ['ts + INTERVAL n HOUR', '(+ ts (* n IntervalLiteral))'],
    ['INTERVAL -(a + b) MINUTE', '(* (- (+ a b)) IntervalLiteral)'],
    ["INTERVAL '1' DAY", 'IntervalLiteral'],
  ];
  for (const [sql, want] of cases) assert.equal(sexpr(parseExpression(sql)), want, sql);
  assert.throws(() => parseExpression('INTERVAL 1 DAY TO HOUR'), /single unit/);
});
