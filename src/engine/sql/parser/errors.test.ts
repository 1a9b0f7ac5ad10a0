/**
 * Parse errors: fields (line, column, expected, found, highlight, hint), message layout,
 * recovery at statement boundaries and maxErrors.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqlError } from '../../../common/errors.js';
import {
  parseDataType,
  parseExpression,
  parseScript,
  parseStatement,
  type ParseDiagnostic,
} from './index.js';

function errorOf(sql: string): ParseDiagnostic {
  try {
    parseStatement(sql);
  } catch (err) {
    assert.ok(err instanceof SqlError, `expected SqlError, got ${String(err)}`);
    assert.equal(err.code, 'EDDY_SQL_PARSE');
    assert.equal(err.diagnostics.length, 1);
    return err.diagnostics[0] as ParseDiagnostic;
  }
  assert.fail(`expected a parse error for: ${sql}`);
}

test('a reserved word as a column name gets a hint to quote it', () => {
  const d = errorOf('SELECT value FROM t');
  assert.equal(d.line, 1);
  assert.equal(d.column, 8);
  assert.equal(d.highlight, 'value');
  assert.deepEqual(d.expected, ['an expression']);
  assert.equal(d.found, "reserved keyword 'value'");
  assert.match(d.hint!, /`value`/);
  assert.equal(d.startContext, 'SELECT ');
  assert.equal(d.endContext, ' FROM t');
  assert.match(d.message, /^line 1, column 8: expected an expression but found reserved keyword 'value'/);
  assert.match(d.message, /\n {2}1 \| SELECT value FROM t\n {2} {2}\| {8}\^{5}/);
});

test('reserved words in DDL names: timestamp, user', () => {
  const d = errorOf('CREATE TABLE t (id INT, timestamp TIMESTAMP(3))');
  assert.equal(d.column, 25);
  assert.deepEqual(d.expected, ['a column name']);
  assert.match(d.hint!, /`timestamp`/);
  const u = errorOf('SELECT a AS user FROM t');
  assert.equal(u.column, 13);
  assert.match(u.hint!, /`user`/);
});

test('structural keywords do not get a quoting hint; positions on later lines', () => {
  const d = errorOf('SELECT a,\n  FROM t');
  assert.equal(d.line, 2);
  assert.equal(d.column, 3);
  assert.equal(d.found, "reserved keyword 'FROM'");
  assert.equal(d.hint, undefined);
});

test('end of input and unexpected tokens name what was expected', () => {
  const e = errorOf('SELECT a FROM t WHERE');
  assert.equal(e.found, 'end of input');
  // Flink (JavaCC) puts <EOF> at the last character: "SELECT 1 FROM" fails at column 13.
  assert.equal(e.column, 21);
  const p = errorOf('SELECT f(a FROM t');
  assert.deepEqual(p.expected, ["')'"]);
  assert.equal(p.found, "reserved keyword 'FROM'");
  const j = errorOf('SELECT * FROM a JOIN b WHERE x');
  assert.deepEqual(j.expected, ['ON', 'USING']);
  const c = errorOf('SELECT CAST(a AS) FROM t');
  assert.deepEqual(c.expected, ['a data type']);
  assert.equal(c.found, "')'");
  const t = errorOf('SELECT 1 2');
  assert.equal(t.found, 'number 2');
  const k = errorOf('CREATE TABLE t (a INT,)');
  assert.deepEqual(k.expected, ['a column name']);
  const s = errorOf("SET 'a' 'b'");
  assert.deepEqual(s.expected, ["'='"]);
  const w = errorOf('SELEC a FROM t');
  assert.equal(w.found, "'SELEC'");
  assert.equal(w.column, 1);
});

test('lexical errors: unterminated string, quoted identifier, comment, stray character', () => {
  const s = errorOf("SELECT 'abc");
  assert.match(s.description, /unterminated string literal/);
  assert.equal(s.column, 8);
  assert.match(errorOf('SELECT `abc').description, /unterminated quoted identifier/);
  assert.match(errorOf('SELECT 1 /* x').description, /unterminated comment/);
  const h = errorOf('SELECT a # b');
  assert.match(h.description, /unexpected character '#'/);
  assert.equal(h.column, 10);
  assert.match(errorOf("SELECT X'ABG'").description, /invalid binary literal X'ABG': expected hex digits/);
  assert.match(errorOf("SELECT U&'\\00G1'").description, /Unicode escape/);
});

test('unsupported and invalid forms give precise messages', () => {
  const d = errorOf('CREATE TABLE t (ts TIMESTAMP(3) WITH TIME ZONE)');
  assert.match(d.description, /TIMESTAMP WITH TIME ZONE is not supported/);
  assert.match(d.hint!, /TIMESTAMP_LTZ/);
  assert.match(errorOf("SELECT MAP['a']").description, /even number of elements/);
  assert.deepEqual(errorOf("SELECT INTERVAL '1' FORTNIGHT").expected, [
    'an interval unit (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, …)',
  ]);
  assert.throws(() => parseExpression('a +'), SqlError);
  assert.throws(() => parseDataType('ARRAY<INT'), SqlError);
});

test('parseScript collects errors, recovers at ;, and reports script positions', () => {
  const script = [
    'SELECT 1;',
    'SELECT value FROM t;',
    '',
    'CREATE TABLE x (a INT);',
    'SELECT FROM;',
    'SHOW TABLES;',
  ].join('\n');
  const r = parseScript(script);
  assert.deepEqual(
    r.statements.map((s) => s.statement.kind),
    ['Query', 'CreateTable', 'ShowObjects'],
  );
  assert.deepEqual(
    r.diagnostics.map((d) => [d.line, d.column]),
    [
      [2, 8],
      [5, 8],
    ],
  );
  assert.equal(r.statements[1]!.span.start.line, 4);
  assert.equal(r.statements[1]!.text, 'CREATE TABLE x (a INT)');
  const capped = parseScript('SELECT ,;SELECT ,;SELECT ,;SELECT 1', { maxErrors: 2 });
  assert.equal(capped.diagnostics.length, 2);
});

test('recovery skips a broken statement set as a whole', () => {
  const r = parseScript(
    'EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT value FROM t; INSERT INTO b SELECT 1; END;\nSELECT 2;',
  );
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(
    r.statements.map((s) => s.statement.kind),
    ['Query'],
  );
});

test('identifiers keep their case; keywords are case-insensitive', () => {
  const s = parseStatement('select Abc, `Def` from MyTable');
  assert.equal(s.kind, 'Query');
  const body = s.kind === 'Query' && s.body.kind === 'Select' ? s.body : assert.fail('not a select');
  const names = body.items.map((i) => (i.expr.kind === 'ColumnRef' ? i.expr.names[0]!.value : ''));
  assert.deepEqual(names, ['Abc', 'Def']);
  assert.deepEqual(body.from?.kind === 'TableName' ? body.from.name[0]!.value : '', 'MyTable');
});

test('spans: line, column and offset of nodes', () => {
  const s = parseStatement('SELECT a,\n  b + 1 AS c\nFROM t');
  const body = s.kind === 'Query' && s.body.kind === 'Select' ? s.body : assert.fail('not a select');
  const item = body.items[1]!;
  assert.deepEqual(item.span.start, { line: 2, column: 3, offset: 12 });
  assert.deepEqual(item.expr.span.end, { line: 2, column: 8, offset: 17 });
  assert.deepEqual(body.from!.span.start, { line: 3, column: 6, offset: 28 });
});

test("constraints and watermarks: Flink's messages", () => {
  const d = errorOf('CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED, PRIMARY KEY (a) NOT ENFORCED)');
  assert.equal(d.description, 'Duplicate primary key definition');
  assert.equal(d.column, 49);
  const w = errorOf('CREATE TABLE t (a TIMESTAMP(3),\n WATERMARK FOR a AS a,\n WATERMARK FOR a AS a)');
  assert.equal(w.description, 'Multiple WATERMARK declarations are not supported yet.');
  assert.deepEqual([w.line, w.column], [3, 2]);
  const aw = errorOf('ALTER TABLE t ADD (WATERMARK FOR a AS a, WATERMARK FOR b AS b)');
  assert.equal(aw.description, 'Multiple WATERMARK declarations are not supported yet.');
  assert.equal(
    errorOf('CREATE TABLE t (a INT, UNIQUE (a))').description,
    'UNIQUE constraint is not supported yet',
  );
  const s = parseStatement('CREATE TABLE t (a INT, PRIMARY KEY (a))');
  assert.equal(s.kind === 'CreateTable' && s.primaryKey?.enforced, true);
});

test('a reserved word after a dot is named, with the quoting hint', () => {
  const d = errorOf('SELECT t.value FROM t');
  assert.equal(d.column, 10);
  assert.deepEqual(d.expected, ['a column or field name']);
  assert.match(d.hint!, /`value`/);
  const n = errorOf('SELECT * FROM db.table');
  assert.equal(n.column, 18);
  assert.match(n.hint!, /`table`/);
  assert.equal(parseStatement('SELECT t.`value` FROM db.`table`').kind, 'Query');
});

test('a misspelled keyword gets a "did you mean" hint', () => {
  assert.equal(errorOf('SELEC a FROM t').hint, 'did you mean SELECT?');
  assert.equal(errorOf('SELECT * FORM t').hint, 'did you mean FROM?');
  assert.equal(
    errorOf('SELECT a FROM t GROPU BY a').hint,
    "'GROPU' was read as an alias; did you mean GROUP?",
  );
  assert.equal(
    errorOf('SELECT a FROM t WHRE a = 1').hint,
    "'WHRE' was read as an alias; did you mean WHERE?",
  );
  assert.equal(errorOf('CREATE TABEL t (a INT)').hint, 'did you mean TABLE?');
  assert.equal(errorOf('SELECT a FROM t WHERE a = 1 ODER BY a').hint, 'did you mean ORDER?');
});

test("Calcite's words are in the message; a statement's closing ';' is its end of input", () => {
  const d = errorOf('SELECT a FROM t likes x');
  assert.match(d.description, /\(Encountered "x" at line 1, column 23\)$/);
  // Flink is handed the statement without its ';': <EOF> at the character before it.
  const e = errorOf('SELECT 1 +;');
  assert.equal(e.column, 10);
  assert.equal(e.found, 'end of input');
  assert.match(e.description, /Encountered "<EOF>" at line 1, column 10/);
  const f = errorOf('SELECT 1 +');
  assert.equal(f.column, 10);
  assert.match(f.description, /Encountered "<EOF>" at line 1, column 10/);
});
