/**
 * `eddy sql` against the embedded broker and registry (in process): the hidden system column
 * `$rowtime` (left out of SELECT *, DESCRIBE and SHOW CREATE TABLE; shown by DESCRIBE EXTENDED;
 * selectable by name and usable in window TVFs), for Kafka tables and the `examples` catalog;
 * and Confluent's INFORMATION_SCHEMA views, live (a topic created by kcat appears at once).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';

import { requireTool } from '../../testing/tools.js';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';

/** Record timestamps of topic `ev`: two in the first minute, one in the second. */
const T0 = Date.UTC(2024, 0, 1, 10, 0, 0);
const STAMPS = [T0 + 1000, T0 + 20_000, T0 + 70_000];

const k = useKafkaPlatform('kafka-catalog-views.test', 30_000, async (k) => {
  await k.kafka.ensureTopic('ev', { partitions: 1 });
  const producer = await k.kafka.producer();
  await producer.send({
    messages: STAMPS.map((ts, i) => ({
      topic: 'ev',
      partition: 0,
      key: Buffer.from(`k${i}`),
      value: Buffer.from(`v${i}`),
      timestamp: BigInt(ts),
    })),
  });
});

const sql = k.sql;

/** The JSONL output's result sets: column names and rows of each. */
function results(out: string): { columns: string[]; rows: unknown[][] }[] {
  const sets: { columns: string[]; rows: unknown[][] }[] = [];
  for (const line of out.split('\n')) {
    if (line.trim() === '') continue;
    const o = JSON.parse(line) as { columns?: { name: string }[]; row?: unknown[] };
    if (o.columns) sets.push({ columns: o.columns.map((c) => c.name), rows: [] });
    else if (o.row) sets[sets.length - 1]!.rows.push(o.row);
  }
  return sets;
}

const BOUNDED = "SET 'sql.tables.scan.bounded.mode' = 'latest-offset';\n";

test('$rowtime is hidden from SELECT * but selectable by name, with the record timestamp', async () => {
  const r = await sql(`${BOUNDED}SELECT * FROM ev;\nSELECT CAST(val AS STRING) AS v, $rowtime FROM ev;`);
  assert.equal(r.code, 0, r.err);
  const [star, named] = results(r.out);
  assert.deepEqual(star!.columns, ['key', 'val']);
  assert.equal(star!.rows.length, 3);
  assert.deepEqual(named!.columns, ['v', '$rowtime']);
  assert.deepEqual(
    named!.rows.map((x) => x[1]),
    ['2024-01-01 10:00:01.000', '2024-01-01 10:00:20.000', '2024-01-01 10:01:10.000'],
  );
});

test('windows over DESCRIPTOR($rowtime) group by the record timestamp; SELECT * of the TVF keeps it hidden', async () => {
  const r = await sql(
    `${BOUNDED}SELECT window_start, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE ev, DESCRIPTOR($rowtime), INTERVAL '1' MINUTE)) GROUP BY window_start, window_end;\n` +
      `SELECT * FROM TABLE(TUMBLE(TABLE ev, DESCRIPTOR($rowtime), INTERVAL '1' MINUTE));`,
  );
  assert.equal(r.code, 0, r.err);
  const [agg, tvf] = results(r.out);
  assert.deepEqual(agg!.rows, [
    ['2024-01-01 10:00:00.000', '2'],
    ['2024-01-01 10:01:00.000', '1'],
  ]);
  assert.deepEqual(tvf!.columns, ['key', 'val', 'window_start', 'window_end', 'window_time']);
});

test('DESCRIBE and SHOW CREATE TABLE leave $rowtime out; DESCRIBE EXTENDED shows it with its watermark', async () => {
  const r = await sql('DESCRIBE ev;\nDESCRIBE EXTENDED ev;\nSHOW CREATE TABLE ev;');
  assert.equal(r.code, 0, r.err);
  const [plain, extended, create] = results(r.out);
  assert.deepEqual(
    plain!.rows.map((x) => x[0]),
    ['key', 'val'],
  );
  const rowtime = extended!.rows.find((x) => x[0] === '$rowtime');
  assert.ok(rowtime, r.out);
  assert.equal(rowtime[1], 'TIMESTAMP_LTZ(3) *ROWTIME*');
  assert.ok(rowtime[5], 'the watermark of $rowtime');
  const ddl = String(create!.rows[0]![0]);
  assert.doesNotMatch(ddl, /rowtime/);
  // Confluent's form: serializable types, `) DISTRIBUTED BY` on the closing line, sorted options.
  assert.match(
    ddl,
    /^CREATE TABLE `default`\.`cluster_0`\.`ev` \(\n {2}`key` VARBINARY\(2147483647\),\n {2}`val` VARBINARY\(2147483647\)\n\) DISTRIBUTED BY HASH\(`key`\) INTO 1 BUCKETS\nWITH \(\n/,
  );
  assert.match(ddl, /'changelog\.mode' = 'append',\n {2}'connector' = 'confluent',/);
  assert.doesNotMatch(ddl, /bootstrap|registry\.url|'topic'/);
});

test('the examples catalog hides $rowtime too', async () => {
  const r = await sql(
    'SELECT * FROM examples.marketplace.orders LIMIT 1;\nSELECT order_id, $rowtime FROM examples.marketplace.orders LIMIT 1;\nDESCRIBE examples.marketplace.orders;',
  );
  assert.equal(r.code, 0, r.err);
  const [star, named, desc] = results(r.out);
  assert.deepEqual(star!.columns, ['order_id', 'customer_id', 'product_id', 'price']);
  assert.deepEqual(named!.columns, ['order_id', '$rowtime']);
  assert.match(String(named!.rows[0]![1]), /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
  assert.ok(!desc!.rows.some((x) => x[0] === '$rowtime'));
});

test('INFORMATION_SCHEMA: CATALOGS, SCHEMATA, TABLES, COLUMNS, TABLE_OPTIONS as Confluent declares them', async () => {
  const r = await sql(
    [
      'SELECT * FROM `default`.INFORMATION_SCHEMA.`CATALOGS`;',
      'SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA;',
      "SELECT * FROM INFORMATION_SCHEMA.`TABLES` WHERE TABLE_NAME = 'ev';",
      "SELECT * FROM `default`.INFORMATION_SCHEMA.`COLUMNS` WHERE TABLE_NAME = 'ev';",
      "SELECT OPTION_KEY, OPTION_VALUE FROM INFORMATION_SCHEMA.TABLE_OPTIONS WHERE TABLE_NAME = 'ev' AND OPTION_KEY LIKE '%format';",
      "SELECT COLUMN_NAME, DATA_TYPE, IS_HIDDEN FROM examples.INFORMATION_SCHEMA.`COLUMNS` WHERE TABLE_NAME = 'orders' AND IS_NULLABLE = 'NO';",
    ].join('\n'),
  );
  assert.equal(r.code, 0, r.err);
  const [cats, schemata, tables, columns, options, examples] = results(r.out);
  assert.deepEqual(cats!.columns, ['CATALOG_ID', 'CATALOG_NAME']);
  assert.deepEqual(cats!.rows.map((x) => x[1]).sort(), ['default', 'default_catalog', 'examples']);
  assert.deepEqual(schemata!.rows, [['cluster_0']]);
  assert.deepEqual(tables!.columns, [
    'TABLE_CATALOG_ID',
    'TABLE_CATALOG',
    'TABLE_SCHEMA_ID',
    'TABLE_SCHEMA',
    'TABLE_NAME',
    'TABLE_TYPE',
    'IS_DISTRIBUTED',
    'DISTRIBUTION_ALGORITHM',
    'DISTRIBUTION_BUCKETS',
    'IS_WATERMARKED',
    'WATERMARK_COLUMN',
    'WATERMARK_EXPRESSION',
    'WATERMARK_IS_HIDDEN',
    'COMMENT',
  ]);
  const t = tables!.rows[0]!;
  assert.deepEqual(t.slice(0, 10), [
    'default',
    'default',
    'cluster_0',
    'cluster_0',
    'ev',
    'BASE TABLE',
    'YES',
    'HASH',
    '1',
    'YES',
  ]);
  assert.equal(t[10], '$rowtime');
  assert.equal(t[12], 'YES');
  assert.equal(columns!.columns.length, 18);
  const byName = new Map(columns!.rows.map((x) => [x[5], x]));
  // COLUMN_NAME, ORDINAL_POSITION, IS_NULLABLE, DATA_TYPE, FULL_DATA_TYPE, IS_HIDDEN, IS_GENERATED,
  // GENERATION_EXPRESSION, IS_METADATA, METADATA_KEY, IS_PERSISTED, DISTRIBUTION_ORDINAL_POSITION, COMMENT
  assert.deepEqual(byName.get('key')!.slice(5), [
    'key',
    '1',
    'YES',
    'VARBINARY',
    'VARBINARY(2147483647)',
    'NO',
    'NO',
    null,
    'NO',
    null,
    'YES',
    '1',
    null,
  ]);
  assert.deepEqual(byName.get('$rowtime')!.slice(5), [
    '$rowtime',
    '3',
    'NO',
    'TIMESTAMP_LTZ',
    'TIMESTAMP(3) WITH LOCAL TIME ZONE',
    'YES',
    'NO',
    null,
    'YES',
    'timestamp',
    'NO',
    null,
    null,
  ]);
  assert.deepEqual(options!.rows, [
    ['key.format', 'raw'],
    ['value.format', 'raw'],
  ]);
  assert.deepEqual(examples!.rows, [
    ['order_id', 'VARCHAR', 'NO'],
    ['customer_id', 'INTEGER', 'NO'],
    ['product_id', 'INTEGER', 'NO'],
    ['price', 'DOUBLE', 'NO'],
    ['$rowtime', 'TIMESTAMP_LTZ', 'YES'],
  ]);
});

test('INFORMATION_SCHEMA is live: a topic created by kcat is listed by the next statement', async () => {
  const q = "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.`TABLES` WHERE TABLE_NAME = 'from_kcat';";
  const before = await sql(q);
  assert.equal(before.code, 0, before.err);
  assert.deepEqual(results(before.out)[0]!.rows, []);
  const kcat = execFile(requireTool('kcat'), ['-b', k.bootstrap, '-P', '-t', 'from_kcat']);
  kcat.stdin!.end('hello\n');
  await new Promise<void>((resolve, reject) =>
    kcat.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`kcat exit ${c}`)))),
  );
  const afterKcat = await sql(q);
  assert.equal(afterKcat.code, 0, afterKcat.err);
  assert.deepEqual(results(afterKcat.out)[0]!.rows, [['from_kcat']]);
});

test('INFORMATION_SCHEMA is read-only and names unknown views', async () => {
  const r = await sql('SELECT * FROM INFORMATION_SCHEMA.NOPE;');
  assert.notEqual(r.code, 0);
  assert.match(r.err, /NOPE/);
});

test("SHOW CREATE TABLE of a created table runs again as it is ('connector' = 'confluent')", async () => {
  const create =
    "CREATE TABLE conf_t (id INT, name STRING, PRIMARY KEY (id) NOT ENFORCED) DISTRIBUTED BY HASH(id) INTO 2 BUCKETS WITH ('connector' = 'confluent', 'value.format' = 'json-registry');";
  const r = await sql(
    `${create}\nSHOW CREATE TABLE conf_t;\n` +
      "SELECT CONSTRAINT_NAME, TABLE_NAME, CONSTRAINT_TYPE, ENFORCED FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME = 'conf_t';\n" +
      "SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_NAME = 'conf_t';\n" +
      "SELECT OPTION_KEY, OPTION_VALUE FROM INFORMATION_SCHEMA.TABLE_OPTIONS WHERE TABLE_NAME = 'conf_t';\n" +
      'DROP TABLE conf_t;',
  );
  assert.equal(r.code, 0, r.err);
  const [, constraints, keyColumns, tableOptions] = results(r.out);
  // TABLE_OPTIONS lists the options of SHOW CREATE TABLE's WITH clause, as they are printed there.
  const withClause = /\nWITH \(\n([\s\S]*)\n\)/.exec(String(results(r.out)[0]!.rows[0]![0]))![1]!;
  assert.deepEqual(
    tableOptions!.rows,
    withClause.split(',\n').map((l) => /^ {2}'(.*)' = '(.*)'$/.exec(l)!.slice(1, 3)),
  );
  assert.ok(tableOptions!.rows.some(([k, v]) => k === 'connector' && v === 'confluent'));
  assert.deepEqual(constraints!.rows, [['PK_id', 'conf_t', 'PRIMARY KEY', 'NO']]);
  assert.deepEqual(keyColumns!.rows, [['id', '1']]);
  const ddl = String(results(r.out)[0]!.rows[0]![0]);
  assert.match(
    ddl,
    /`id` INT NOT NULL,\n {2}`name` VARCHAR\(2147483647\),\n {2}CONSTRAINT `PK_id` PRIMARY KEY \(`id`\) NOT ENFORCED\n\) DISTRIBUTED BY HASH\(`id`\) INTO 2 BUCKETS/,
  );
  assert.match(ddl, /'changelog\.mode' = 'upsert'/);
  const again = await sql(`${ddl};\nSHOW CREATE TABLE conf_t;\nDROP TABLE conf_t;`);
  assert.equal(again.code, 0, again.err);
  assert.equal(results(again.out)[0]!.rows[0]![0], ddl);
});
