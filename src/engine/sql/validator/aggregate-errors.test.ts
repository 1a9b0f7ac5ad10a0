import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlError } from '../../../common/errors.js';
import { createSession } from '../session/session.js';

/** Misused aggregates: Calcite's validator texts, which Flink reports, at Calcite's positions. */

const DDL = "CREATE TABLE bid (price INT, item STRING) WITH ('connector' = 'datagen')";

/** Executes `sql` and returns the SqlError's message and first span start. */
async function error(sql: string): Promise<{ message: string; at: string }> {
  const s = createSession();
  await s.execute(DDL);
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

test('aggregate misuse is refused with Calcite’s messages and positions', async () => {
  // nestedAggIllegal at the outer call, even when the inner aggregate sits in an expression
  let e = await error('SELECT item, SUM(2 * MAX(price)) FROM bid GROUP BY item');
  assert.match(e.message, /Aggregate expressions cannot be nested/);
  assert.equal(e.at, '1:14');
  e = await error('SELECT COUNT(*) FILTER (WHERE price) FROM bid');
  assert.match(e.message, /FILTER clause must be a condition/);
  assert.equal(e.at, '1:31');
  e = await error('SELECT UPPER(item) FILTER (WHERE price > 1) FROM bid');
  assert.match(e.message, /FILTER must be applied to aggregate function/);
  assert.equal(e.at, '1:8');
  e = await error('SELECT COUNT(*) FILTER (WHERE COUNT(*) > 1) FROM bid');
  assert.match(e.message, /FILTER must not contain aggregate expression/);
  assert.equal(e.at, '1:31');
  e = await error('SELECT SUM(item) FROM bid');
  assert.match(
    e.message,
    /Cannot apply 'SUM' to arguments of type 'SUM\(<VARCHAR\(2147483647\)>\)'\. Supported form\(s\): 'SUM\(<NUMERIC>\)'/,
  );
  e = await error('SELECT VARIANCE(item) FROM bid');
  assert.match(
    e.message,
    /Cannot apply 'VARIANCE' to arguments of type 'VARIANCE\(<VARCHAR\(2147483647\)>\)'/,
  );
  e = await error('SELECT AVG(price, price) FROM bid');
  assert.match(e.message, /Invalid number of arguments to function 'AVG'\. Was expecting 1 arguments/);
  // Flink's SqlListAggFunction: the separator is a character literal
  e = await error('SELECT LISTAGG(item, item) FROM bid');
  assert.match(
    e.message,
    /Cannot apply 'LISTAGG' to arguments of type 'LISTAGG\(<VARCHAR\(2147483647\)>, <VARCHAR\(2147483647\)>\)'\. Supported form\(s\): 'LISTAGG\(<CHARACTER>\)'\n'LISTAGG\(<CHARACTER>, <CHARACTER_LITERAL>\)'/,
  );
  assert.equal(e.at, '1:8');
  e = await error('SELECT LISTAGG(price) FROM bid');
  assert.match(e.message, /'LISTAGG\(<INTEGER>\)'\. Supported form\(s\)/);
  // AggFunctionFactory: COUNT(a, b) without DISTINCT
  e = await error('SELECT item, COUNT(price, item) FROM bid GROUP BY item');
  assert.match(e.message, /We now only support the count of one field\./);
});
