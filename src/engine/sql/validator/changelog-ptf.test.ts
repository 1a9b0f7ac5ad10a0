import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqlError } from '../../../common/errors.js';
import { createSession } from '../session/session.js';

/** FROM_CHANGELOG's two names of its invalid-op setting: giving both is refused, not resolved silently. */
test("FROM_CHANGELOG refuses 'error_handling' together with 'invalid_op_handling', at the second", async () => {
  const s = createSession();
  await s.execute("CREATE TABLE cdc (id INT, op STRING) WITH ('connector' = 'datagen')");
  const sql =
    "SELECT * FROM FROM_CHANGELOG(input => TABLE cdc, error_handling => 'SKIP',\n  invalid_op_handling => 'FAIL')";
  await assert.rejects(
    async () => {
      const r = await s.execute(sql);
      if (r.kind === 'query' || r.kind === 'job') r.cancel();
    },
    (err: unknown) => {
      assert.ok(err instanceof SqlError, String(err));
      assert.match(err.message, /takes 'error_handling' or 'invalid_op_handling', not both/);
      const span = err.diagnostics.find((d) => d.span)?.span;
      assert.equal(span && `${span.start.line}:${span.start.column}`, '2:26');
      return true;
    },
  );
  // either one alone is taken
  const r = await s.execute("SELECT * FROM FROM_CHANGELOG(input => TABLE cdc, invalid_op_handling => 'LOG')");
  if (r.kind === 'query' || r.kind === 'job') r.cancel();
});
