import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Insert, StatementSet } from '../ast/index.js';
import { parseStatement } from '../parser/index.js';
import { createSession } from './session.js';

test('a statement set with a CREATE TABLE AS member creates the table, then runs every insert as one job', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-ctas-'));
  const s = createSession();
  try {
    await s.execute(
      "CREATE TABLE src (a INT, b STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '3', 'fields.a.kind' = 'sequence', 'fields.a.start' = '1', 'fields.a.end' = '3')",
    );
    await s.execute(
      `CREATE TABLE other (a INT) WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'other')}', 'format' = 'json')`,
    );
    // The SQL client's BEGIN STATEMENT SET accepts CTAS (Flink gateway statement_set.q); the
    // set is built here as the parser will give it.
    const ctas = parseStatement(
      `CREATE TABLE copy WITH ('connector' = 'filesystem', 'path' = '${join(dir, 'copy')}', 'format' = 'json') AS SELECT a, a * 10 AS x FROM src`,
    );
    const insert = parseStatement('INSERT INTO other SELECT a FROM src WHERE a > 1');
    const set: StatementSet = {
      kind: 'StatementSet',
      span: insert.span,
      statements: [ctas, insert] as unknown as Insert[],
    };
    const r = await s.execute(set);
    assert.equal(r.kind, 'job');
    if (r.kind === 'job') await r.done;
    const read = async (sql: string): Promise<string[]> => {
      const q = await s.execute(sql);
      assert.ok(q.kind === 'query');
      const out: string[] = [];
      for await (const batch of q.batches()) for (const c of batch) out.push(c.row.join(','));
      return out.sort();
    };
    assert.deepEqual(await read('SELECT a, x FROM copy'), ['1,10', '2,20', '3,30']);
    assert.deepEqual(await read('SELECT a FROM other'), ['2', '3']);
    const jobs = await s.execute('SHOW JOBS');
    assert.ok(jobs.kind === 'table');
    assert.match(
      String(jobs.rows.at(-1)),
      /insert-into_default_catalog\.default_database\.copy,default_catalog\.default_database\.other/,
    );
  } finally {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
