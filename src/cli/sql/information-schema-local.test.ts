/**
 * INFORMATION_SCHEMA in `eddy sql`'s local mode (no Kafka): the in-memory `default_catalog`
 * and `examples` have it too; tables, views, computed and metadata columns are described as
 * Confluent's views describe them; the schema is read-only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSqlScript } from './run-script.js';

async function sql(text: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSqlScript({
    text,
    output: 'jsonl',
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    signal: AbortSignal.timeout(20_000),
  });
  return { code, out, err };
}

function resultSets(out: string): unknown[][][] {
  const sets: unknown[][][] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('{"columns"')) sets.push([]);
    else if (line.startsWith('{"op"'))
      sets[sets.length - 1]!.push((JSON.parse(line) as { row: unknown[] }).row);
  }
  return sets;
}

test('local catalogs describe their tables, views and columns', async () => {
  const r = await sql(
    [
      "CREATE TABLE g (a INT NOT NULL, b AS a * 2, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) COMMENT 'gen' WITH ('connector' = 'datagen', 'number-of-rows' = '1');",
      'CREATE VIEW v AS SELECT a FROM g;',
      'SELECT TABLE_CATALOG, TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, IS_DISTRIBUTED, IS_WATERMARKED, WATERMARK_COLUMN, WATERMARK_EXPRESSION, WATERMARK_IS_HIDDEN, COMMENT FROM INFORMATION_SCHEMA.`TABLES`;',
      "SELECT COLUMN_NAME, ORDINAL_POSITION, IS_NULLABLE, DATA_TYPE, FULL_DATA_TYPE, IS_GENERATED, GENERATION_EXPRESSION, IS_PERSISTED FROM INFORMATION_SCHEMA.`COLUMNS` WHERE TABLE_NAME = 'g';",
      "SELECT OPTION_KEY, OPTION_VALUE FROM default_catalog.INFORMATION_SCHEMA.TABLE_OPTIONS WHERE TABLE_NAME = 'g';",
      'SELECT TABLE_NAME FROM examples.INFORMATION_SCHEMA.`TABLES`;',
      'SELECT * FROM INFORMATION_SCHEMA.INFORMATION_SCHEMA_CATALOG_NAME;',
    ].join('\n'),
  );
  assert.equal(r.code, 0, r.err);
  const [tables, columns, options, examples, name] = resultSets(r.out);
  assert.deepEqual(tables, [
    [
      'default_catalog',
      'default_database',
      'g',
      'BASE TABLE',
      'NO',
      'YES',
      'ts',
      "`ts` - INTERVAL '1' SECOND",
      'NO',
      'gen',
    ],
    ['default_catalog', 'default_database', 'v', 'VIEW', 'NO', 'NO', null, null, null, null],
  ]);
  assert.deepEqual(columns, [
    ['a', '1', 'NO', 'INTEGER', 'INT', 'NO', null, 'YES'],
    ['b', '2', 'NO', 'INTEGER', 'INT', 'YES', '`a` * 2', 'NO'],
    ['ts', '3', 'YES', 'TIMESTAMP', 'TIMESTAMP(3)', 'NO', null, 'YES'],
  ]);
  assert.deepEqual(options, [
    ['connector', 'datagen'],
    ['number-of-rows', '1'],
  ]);
  assert.deepEqual(examples!.map((x) => x[0]).sort(), ['clicks', 'customers', 'orders', 'products']);
  assert.deepEqual(name, [['default_catalog', 'default_catalog']]);
});

test('INFORMATION_SCHEMA is read-only', async () => {
  const r = await sql("CREATE TABLE INFORMATION_SCHEMA.x (a INT) WITH ('connector' = 'datagen');");
  assert.equal(r.code, 1);
  assert.match(r.err, /INFORMATION_SCHEMA is read-only/);
});
