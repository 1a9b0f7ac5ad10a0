/**
 * ANALYZE / TRUNCATE / DELETE / UPDATE / STOP JOB / DESCRIBE JOB / CALL / REPLACE TABLE AS / COMPILE
 * [AND EXECUTE] PLAN / EXECUTE PLAN / EXPLAIN STATEMENT SET: they
 * parse to the expected node, print back to SQL that parses to the same tree, and malformed
 * forms fail where Flink's grammar fails.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStatement } from './index.js';
import { printStatement } from '../printer/index.js';
import { stripSpans } from '../test/ast-utils.js';

const STATEMENTS = [
  'ANALYZE TABLE t COMPUTE STATISTICS',
  'ANALYZE TABLE c.d.t PARTITION (p = 1, q) COMPUTE STATISTICS FOR COLUMNS a, b',
  'ANALYZE TABLE t COMPUTE STATISTICS FOR ALL COLUMNS',
  'TRUNCATE TABLE d.t',
  'DELETE FROM t',
  'DELETE FROM t AS x WHERE x.a > 1',
  "UPDATE t SET a = 1, b = 'x' WHERE c IS NULL",
  "STOP JOB 'abc'",
  "STOP JOB 'abc' WITH SAVEPOINT WITH DRAIN",
  "DESC JOB 'abc'",
  "CALL `system`.generate_user('yuxia', 18)",
  'CALL p()',
  "REPLACE TABLE t WITH ('connector' = 'blackhole') AS SELECT 1",
  "COMPILE PLAN '/tmp/p.json' FOR INSERT INTO t SELECT 1",
  "COMPILE PLAN 'p.json' IF NOT EXISTS FOR STATEMENT SET BEGIN INSERT INTO t SELECT 1; END",
  "COMPILE AND EXECUTE PLAN 'p.json' FOR INSERT INTO t SELECT 1",
  "EXECUTE PLAN 'p.json'",
  'EXPLAIN STATEMENT SET BEGIN INSERT INTO t SELECT 1; INSERT INTO u SELECT 2; END',
  "ADD JAR '/tmp/a.jar'",
  "REMOVE JAR 'a.jar'",
  'SHOW JARS',
];

test('admin statements print back to the same tree', () => {
  for (const sql of STATEMENTS) {
    const ast = parseStatement(sql);
    const printed = printStatement(ast);
    assert.deepEqual(stripSpans(parseStatement(printed)), stripSpans(ast), `${sql} -> ${printed}`);
  }
});

test('admin statements parse to their nodes', () => {
  const a = parseStatement('ANALYZE TABLE t COMPUTE STATISTICS FOR ALL COLUMNS');
  assert.equal(a.kind, 'AnalyzeTable');
  assert.equal(a.kind === 'AnalyzeTable' && a.columns, 'ALL');
  const s = parseStatement("STOP JOB 'j1' WITH SAVEPOINT");
  assert.deepEqual(s.kind === 'StopJob' && [s.jobId, s.withSavepoint, s.withDrain], ['j1', true, false]);
  const r = parseStatement('REPLACE TABLE t AS SELECT 1');
  assert.ok(r.kind === 'CreateTable' && r.replaceOnly === true && r.orReplace);
  const u = parseStatement('UPDATE t AS x SET a = 2');
  assert.ok(u.kind === 'UpdateTable' && u.alias?.value === 'x' && u.assignments.length === 1);
});

test('malformed admin statements fail where the grammar does', () => {
  assert.throws(() => parseStatement('REPLACE TABLE t (a INT)'), /expected AS/);
  assert.throws(() => parseStatement('ANALYZE TABLE t'), /expected COMPUTE/);
  assert.throws(() => parseStatement('STOP JOB abc'), /job id string/);
  assert.throws(() => parseStatement("STOP JOB 'a' WITH DRAIN"), /expected SAVEPOINT/);
  assert.throws(() => parseStatement('UPDATE t WHERE a = 1'), /expected SET/);
  assert.throws(() => parseStatement('TRUNCATE t'), /expected TABLE/);
  assert.throws(() => parseStatement("COMPILE PLAN 'p' FOR SELECT 1"), /expected INSERT or STATEMENT SET/);
  assert.throws(
    () => parseStatement("COMPILE AND EXECUTE PLAN 'p' IF NOT EXISTS FOR INSERT INTO t SELECT 1"),
    /expected FOR/,
  );
});
