/**
 * `/*+ OPTIONS(…) *\/` dynamic table options on tables of any connector through `eddy sql`'s
 * local engine: datagen and filesystem scans, an INSERT INTO target, and Flink's refusal of
 * hints on a view.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsonlRows } from '../../testing/tools.js';
import { runSqlScript } from './run-script.js';

async function sql(text: string, baseDir: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runSqlScript({
    text,
    output: 'jsonl',
    baseDir,
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    signal: AbortSignal.timeout(20_000),
  });
  return { code, out, err };
}

const rows = jsonlRows;

test('OPTIONS hints override a datagen table and a filesystem table for one statement', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-hints-'));
  try {
    const r = await sql(
      [
        "CREATE TABLE g (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '5', 'fields.a.kind' = 'sequence', 'fields.a.start' = '1', 'fields.a.end' = '5');",
        "SELECT a FROM g /*+ OPTIONS('fields.a.end' = '2') */;",
        'SELECT a FROM g WHERE a > 4;',
        "CREATE TABLE f (a INT) WITH ('connector' = 'filesystem', 'path' = 'one', 'format' = 'csv');",
        "INSERT INTO f /*+ OPTIONS('path' = 'two') */ VALUES (7), (8);",
        "SELECT a FROM f /*+ OPTIONS('path' = 'two') */;",
      ].join('\n'),
      dir,
    );
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(rows(r.out), [['1'], ['2'], ['5'], ['7'], ['8']]);
    // The INSERT wrote where the hint said, not to the table's own path.
    const written = await readdir(join(dir, 'two'));
    const text = (await Promise.all(written.map((f) => readFile(join(dir, 'two', f), 'utf8')))).join('');
    assert.deepEqual(text.trim().split('\n').sort(), ['7', '8']);
    await assert.rejects(readdir(join(dir, 'one')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('OPTIONS hints on a view are refused as in Flink', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-hints-'));
  try {
    const r = await sql(
      [
        "CREATE TABLE g (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '1');",
        'CREATE VIEW v AS SELECT a FROM g;',
        "SELECT * FROM v /*+ OPTIONS('number-of-rows' = '2') */;",
      ].join('\n'),
      dir,
    );
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /View '`default_catalog`\.`default_database`\.`v`' cannot be enriched with new options/,
    );
    assert.match(r.err, /<script>:3:15:/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
