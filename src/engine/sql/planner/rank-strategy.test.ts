import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSession } from '../session/session.js';

const DDL = "CREATE TABLE t (a INT, b INT) WITH ('connector' = 'datagen', 'number-of-rows' = '3')";

async function strategy(sql: string): Promise<string> {
  const s = createSession();
  await s.execute(DDL);
  const r = await s.execute(`EXPLAIN ${sql}`);
  assert.ok(r.kind === 'table');
  const m = /SortLimit\([^\n]*strategy=\[([^\]]*\]?)\]/.exec(r.rows[0]![0] as string);
  assert.ok(m, 'a SortLimit with a strategy');
  return m[1]!;
}

// FlinkRelMdModifiedMonotonicity#getMonotonicityOnAggCall: any SqlCountAggFunction is INCREASING
// and MIN / MAX by kind alone; DISTINCT and FILTER are not looked at.
test('COUNT DISTINCT, COUNT FILTER and MAX FILTER DESC are monotonic: UpdateFastStrategy', async () => {
  for (const agg of ['COUNT(DISTINCT b)', 'COUNT(*) FILTER (WHERE b > 0)', 'MAX(b) FILTER (WHERE b > 0)'])
    assert.equal(
      await strategy(`SELECT a, ${agg} AS c FROM t GROUP BY a ORDER BY c DESC LIMIT 2`),
      'UpdateFastStrategy[0]',
      agg,
    );
});

test('an aggregate against its direction or SUM stays RetractStrategy', async () => {
  assert.equal(
    await strategy('SELECT a, COUNT(DISTINCT b) AS c FROM t GROUP BY a ORDER BY c LIMIT 2'),
    'RetractStrategy',
  );
  assert.equal(
    await strategy('SELECT a, SUM(b) AS c FROM t GROUP BY a ORDER BY c DESC LIMIT 2'),
    'RetractStrategy',
  );
});
