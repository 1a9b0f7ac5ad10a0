import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlError } from '../../../common/errors.js';
import { javaHashMapOrder, javaStringHash } from '../../../types/format-value.js';
import { parseStatement } from '../parser/index.js';
import { printStatement } from '../printer/index.js';
import { javaSplitLength } from './java-map-order.js';
import type { StatementResult } from './results.js';
import { createSession, type Session } from './session.js';

async function rows(s: Session, sql: string): Promise<unknown[][]> {
  const r: StatementResult = await s.execute(sql);
  assert.equal(r.kind, 'table', sql);
  return r.kind === 'table' ? r.rows.map((x) => [...x]) : [];
}

async function fails(s: Session, sql: string, message: RegExp): Promise<void> {
  await assert.rejects(s.execute(sql), (e: unknown) => {
    assert.ok(e instanceof SqlError, `${sql}: ${String(e)}`);
    assert.match(e.message, message);
    assert.ok(e.diagnostics[0]?.span !== undefined, 'the error has a position');
    return true;
  });
}

test('catalog statements parse and print back', () => {
  for (const sql of [
    "CREATE CATALOG IF NOT EXISTS c COMMENT 'x' WITH ('type' = 'generic_in_memory')",
    "ALTER CATALOG c RESET ('a', 'b')",
    'DROP DATABASE IF EXISTS c.d CASCADE',
    "CREATE TEMPORARY SYSTEM FUNCTION f AS 'a.B' LANGUAGE PYTHON",
    "CREATE FUNCTION c.d.f AS 'a.B' USING JAR 'x.jar'",
    'ALTER VIEW v RENAME TO w',
    'USE MODULES core',
    "SHOW PARTITIONS t PARTITION (a = '1')",
    'DESCRIBE CATALOG EXTENDED c',
  ])
    assert.equal(printStatement(parseStatement(sql)), sql);
  assert.throws(() => parseStatement("CREATE SYSTEM FUNCTION f AS 'a'"), /only be registered as temporary/);
  assert.throws(() => parseStatement('CREATE DATABASE a.b.c'), /at most two parts/);
});

test('CREATE / USE / DROP CATALOG and DATABASE', async () => {
  const s = createSession();
  await s.execute(
    "CREATE CATALOG c1 COMMENT 'cc' WITH ('type' = 'generic_in_memory', 'default-database' = 'd0')",
  );
  assert.deepEqual(await rows(s, 'SHOW CATALOGS'), [['c1'], ['default_catalog']]);
  await s.execute('CREATE DATABASE c1.d1');
  assert.deepEqual(await rows(s, 'SHOW DATABASES FROM c1'), [['d0'], ['d1']]);
  await s.execute('USE CATALOG c1');
  assert.deepEqual(await rows(s, 'SHOW CURRENT DATABASE'), [['d0']]);
  await fails(s, 'DROP CATALOG c1', /Cannot drop a catalog which is currently in use/);
  await s.execute("CREATE TABLE d1.t (a INT) WITH ('connector' = 'datagen')");
  await fails(s, 'DROP DATABASE d1', /Database d1 in catalog c1 is not empty/);
  await s.execute('DROP DATABASE d1 CASCADE');
  assert.deepEqual(await rows(s, 'SHOW DATABASES'), [['d0']]);
  assert.deepEqual(await rows(s, 'SHOW CREATE CATALOG c1'), [
    [
      "CREATE CATALOG `c1`\nCOMMENT 'cc'\nWITH (\n  'default-database' = 'd0',\n  'type' = 'generic_in_memory'\n)\n",
    ],
  ]);
  assert.deepEqual(await rows(s, 'DESCRIBE CATALOG EXTENDED c1'), [
    ['name', 'c1'],
    ['type', 'generic_in_memory'],
    ['comment', 'cc'],
    ['option:default-database', 'd0'],
  ]);
  await s.execute('USE CATALOG default_catalog');
  await s.execute('DROP CATALOG c1');
  assert.deepEqual(await rows(s, 'SHOW CATALOGS'), [['default_catalog']]);
  await fails(
    s,
    "CREATE CATALOG h WITH ('type' = 'hive')",
    /Could not find any factory for identifier 'hive'/,
  );
  await fails(s, 'SHOW CREATE CATALOG default_catalog', /Cannot obtain metadata information/);
  // A catalog created in one session is not seen by another one sharing nothing.
  assert.deepEqual(await rows(createSession(), 'SHOW CATALOGS'), [['default_catalog']]);
});

test('functions are stored, listed and refused at use', async () => {
  const s = createSession();
  await s.execute("CREATE FUNCTION MyUpper AS 'com.example.Upper'");
  await s.execute("CREATE TEMPORARY SYSTEM FUNCTION initcap AS 'com.example.InitCap'");
  assert.deepEqual(await rows(s, 'SHOW USER FUNCTIONS'), [['initcap'], ['myupper']]);
  assert.ok((await rows(s, 'SHOW FUNCTIONS')).some((r) => r[0] === 'myupper'));
  await fails(
    s,
    "SELECT myUpper('a')",
    /Cannot instantiate user-defined function 'default_catalog.default_database.myupper'/,
  );
  // A temporary system function shadows the built-in of its name.
  await fails(s, "SELECT INITCAP('a')", /Cannot instantiate user-defined function 'initcap'/);
  await s.execute('DROP TEMPORARY SYSTEM FUNCTION initcap');
  await s.execute('DROP FUNCTION myupper');
  assert.deepEqual(await rows(s, 'SHOW USER FUNCTIONS'), []);
  await fails(
    s,
    'DROP FUNCTION nope',
    /Function default_database.nope does not exist in Catalog default_catalog/,
  );
});

test('modules, ALTER VIEW and SHOW JOBS', async () => {
  const s = createSession();
  assert.deepEqual(await rows(s, 'SHOW FULL MODULES'), [['core', true]]);
  await fails(s, 'LOAD MODULE core', /A module with name 'core' already exists/);
  await fails(s, 'USE MODULES core, core', /appears more than once/);
  await s.execute('CREATE VIEW v AS SELECT 1 AS a');
  await s.execute("ALTER VIEW v AS SELECT 'x' AS b");
  await s.execute('ALTER VIEW v RENAME TO w');
  assert.deepEqual(await rows(s, 'SHOW VIEWS'), [['w']]);
  const desc = await rows(s, 'DESCRIBE w');
  assert.deepEqual(desc[0]!.slice(0, 3), ['b', 'CHAR(1)', false]);
  await fails(s, 'ALTER VIEW v RENAME TO z', /doesn't exist or is a temporary view/);
  assert.deepEqual(await rows(s, 'SHOW JOBS'), []);
});

test('java.util.HashMap iteration order', () => {
  assert.equal(javaStringHash('hello'), 99162322);
  assert.equal(javaStringHash('three'), 110339486);
  const keys = (entries: string[], cap?: number): unknown[] => [
    ...javaHashMapOrder(new Map(entries.map((k) => [k, k])), cap).keys(),
  ];
  assert.deepEqual(keys(['one', 'two', 'three'], 3), ['two', 'three', 'one']);
  // Capacity 2 grows to 4 after the second put: a = bucket 1, x = bucket 0.
  assert.deepEqual(keys(['a', 'x'], 2), ['x', 'a']);
  // The default capacity 16: "Aa" and "BB" collide (2112) and keep insertion order.
  assert.deepEqual(keys(['BB', 'Aa', 'c']), ['BB', 'Aa', 'c']);
  assert.equal(javaSplitLength('a,b,,', ','), 2);
  assert.equal(javaSplitLength('a;b', ';'), 2);
});
