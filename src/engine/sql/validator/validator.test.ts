import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlError } from '../../../common/errors.js';
import { createSession } from '../session/session.js';

const DDL =
  "CREATE TABLE bid (\n  bidtime TIMESTAMP(3),\n  price INT,\n  item STRING,\n  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' SECOND\n) WITH ('connector' = 'datagen')";

/** Executes `sql` and returns the SqlError's message and first span start. */
async function error(sql: string, setup: string[] = [DDL]): Promise<{ message: string; at: string }> {
  const s = createSession();
  for (const x of setup) await s.execute(x);
  try {
    const r = await s.execute(sql);
    if (r.kind === 'query' || r.kind === 'job') r.cancel();
  } catch (err) {
    assert.ok(err instanceof SqlError, `expected SqlError, got ${String(err)}`);
    const span = err.diagnostics.find((d) => d.span)?.span;
    return { message: err.message, at: span ? `${span.start.line}:${span.start.column}` : '' };
  }
  assert.fail(`no error for ${sql}`);
}

test('unknown column: names the table, the position and the closest column', async () => {
  const e = await error('SELECT prcie\nFROM bid');
  assert.match(e.message, /Column 'prcie' not found in table 'bid'; did you mean 'price'\?/);
  assert.equal(e.at, '1:8');
});

test('unknown table with did-you-mean and the catalog path', async () => {
  const e = await error('SELECT * FROM bids');
  assert.match(
    e.message,
    /Object 'bids' not found within 'default_catalog.default_database'; did you mean 'bid'\?/,
  );
  assert.equal(e.at, '1:15');
});

test('ungrouped column and aggregate in WHERE', async () => {
  const e = await error('SELECT item, price FROM bid GROUP BY item');
  assert.match(e.message, /Expression 'price' is not being grouped/);
  assert.equal(e.at, '1:14');
  const w = await error('SELECT item FROM bid WHERE SUM(price) > 1');
  assert.match(w.message, /Aggregate expression is illegal in WHERE clause/);
});

test('ORDER BY on a non-time attribute is refused with Flink’s message', async () => {
  const e = await error('SELECT item FROM bid ORDER BY item');
  assert.match(e.message, /Sort on a non-time-attribute field is not supported\./);
  assert.equal(e.at, '1:31');
});

test('an append-only sink refuses an updating query', async () => {
  const e = await error('INSERT INTO out SELECT item, COUNT(*) FROM bid GROUP BY item', [
    DDL,
    "CREATE TABLE out (item STRING, c BIGINT) WITH ('connector' = 'blackhole')",
  ]).catch(() => undefined);
  // blackhole accepts every change kind; a filesystem sink is append-only.
  void e;
  const f = await error('INSERT INTO fs SELECT item, COUNT(*) FROM bid GROUP BY item', [
    DDL,
    "CREATE TABLE fs (item STRING, c BIGINT) WITH ('connector' = 'filesystem', 'path' = '/tmp/eddy-never-written', 'format' = 'json')",
  ]);
  assert.match(
    f.message,
    /Table sink 'default_catalog.default_database.fs' doesn't support consuming update changes which is produced by node GroupAggregate/,
  );
});

test('window TVF needs a time attribute', async () => {
  const e = await error("SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE))", [
    "CREATE TABLE t (ts TIMESTAMP(3)) WITH ('connector' = 'datagen')",
  ]);
  assert.match(
    e.message,
    /The window function requires the timecol is a time attribute type, but is TIMESTAMP\(3\)\./,
  );
  // A column that cannot be a time attribute at all (WindowTableFunctionTest#testInvalidTimeColType).
  const b = await error("SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(b), INTERVAL '15' MINUTE))", [
    "CREATE TABLE t (b BIGINT) WITH ('connector' = 'datagen')",
  ]);
  assert.ok(
    b.message.endsWith(
      'The window function TUMBLE(TABLE table_name, DESCRIPTOR(timecol), datetime interval[, datetime interval]) requires the timecol to be TIMESTAMP or TIMESTAMP_LTZ, but is BIGINT.\nBesides, the timecol must be a time attribute type in streaming mode.',
    ),
    b.message,
  );
});

test('window TVF intervals: Calcite’s signature error, then WindowUtil’s texts', async () => {
  const sig = await error('SELECT * FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(bidtime), 5))');
  assert.equal(
    sig.message.slice(sig.message.indexOf('Cannot')),
    "Cannot apply 'TUMBLE' to arguments of type 'TUMBLE(<RECORDTYPE(TIMESTAMP(3) *ROWTIME* BIDTIME, INTEGER PRICE, VARCHAR(2147483647) ITEM)>, <COLUMN_LIST>, <INTEGER>)'. Supported form(s): 'TUMBLE(TABLE table_name, DESCRIPTOR(timecol), datetime interval[, datetime interval])'",
  );
  assert.equal(sig.at, '1:21');
  const hop = await error(
    "SELECT * FROM TABLE(HOP(TABLE bid, DESCRIPTOR(bidtime), INTERVAL '5' SECOND, 'x'))",
  );
  assert.match(hop.message, /'HOP\(<RECORDTYPE\(.*\)>, <COLUMN_LIST>, <INTERVAL SECOND>, <CHAR\(1\)>\)'/);
  const month = await error(
    "SELECT * FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(bidtime), INTERVAL '1' MONTH))",
  );
  assert.match(
    month.message,
    /Window aggregate only support SECOND, MINUTE, HOUR, DAY as the time unit\. MONTH and YEAR time unit are not supported yet\./,
  );
});

test('only SESSION takes its table with PARTITION BY (set semantics)', async () => {
  const e = await error(
    "SELECT * FROM TABLE(HOP(TABLE bid PARTITION BY item, DESCRIPTOR(bidtime), INTERVAL '1' MINUTE, INTERVAL '2' MINUTE))",
  );
  assert.match(
    e.message,
    /Only tables with set semantics may be partitioned\. Invalid PARTITION BY clause in the 0-th operand of table function 'HOP'/,
  );
  assert.equal(e.at, '1:21');
});

test('type errors name the operator and the operand types', async () => {
  const e = await error('SELECT price AND item FROM bid');
  assert.match(e.message, /Cannot apply 'AND'/);
  assert.equal(e.at, '1:8');
});

test('watermark on a non-timestamp column points at the column', async () => {
  const e = await error("CREATE TABLE t (a INT, WATERMARK FOR a AS a) WITH ('connector' = 'datagen')", []);
  assert.match(e.message, /Invalid data type of time field for watermark definition/);
  assert.equal(e.at, '1:38');
});

test('a connector error is reported at the table reference', async () => {
  const e = await error('SELECT a FROM t', ["CREATE TABLE t (a INT) WITH ('connector' = 'nope')"]);
  assert.match(e.message, /'nope'/);
  assert.equal(e.at, '1:15');
});
