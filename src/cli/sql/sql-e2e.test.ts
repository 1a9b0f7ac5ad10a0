/**
 * `eddy sql` end to end with the real engine: in-process through runSqlScript, and as a child
 * process running the `sql` command (commander, as bin/eddy.js wires it).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runSqlScript } from '../commands/sql.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eddy-sql-e2e-'));
  await writeFile(join(dir, 'in.json'), '{"a":1,"b":"x"}\n{"a":2,"b":"y"}\n{"a":3,"b":"x"}\n');
  await writeFile(join(dir, 'bad.csv'), '1,x\n2,y,z\n');
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sink(): { write(t: string): boolean; text: string } {
  const s = {
    text: '',
    write(t: string) {
      s.text += t;
      return true;
    },
  };
  return s;
}

const lines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

async function run(
  text: string,
  file = join(dir, 'script.sql'),
): Promise<{ code: number; out: unknown[]; err: string }> {
  const out = sink();
  const err = sink();
  const code = await runSqlScript({ text, file, output: 'jsonl', stdout: out, stderr: err });
  return { code, out: lines(out.text), err: err.text };
}

/** `eddy sql --file <script> --output jsonl`: the commander command bin/eddy.js registers, in a fresh process. */
function sqlChild(script: string, cwd?: string): ChildProcessWithoutNullStreams {
  const sqlJs = fileURLToPath(new URL('../commands/sql.js', import.meta.url));
  const prog = `import { Command } from 'commander';
const { registerSqlCommand } = await import(${JSON.stringify(sqlJs)});
const p = new Command('eddy'); registerSqlCommand(p);
await p.parseAsync(process.argv.slice(1), { from: 'user' });`;
  const args = ['--input-type=module', '-e', prog, 'sql', '--file', script, '--output', 'jsonl'];
  return spawn(process.execPath, args, cwd === undefined ? {} : { cwd });
}

test('filesystem json table: scan and an updating aggregation as a changelog', async () => {
  const r =
    await run(`CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'in.json', 'format' = 'json');
SELECT a, b FROM t;
SELECT b, COUNT(*) AS n FROM t GROUP BY b;`);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(r.out, [
    {
      columns: [
        { name: 'a', type: 'INT' },
        { name: 'b', type: 'STRING' },
      ],
    },
    { op: '+I', row: ['1', 'x'] },
    { op: '+I', row: ['2', 'y'] },
    { op: '+I', row: ['3', 'x'] },
    {
      columns: [
        { name: 'b', type: 'STRING' },
        { name: 'n', type: 'BIGINT NOT NULL' },
      ],
    },
    { op: '+I', row: ['x', '1'] },
    { op: '+I', row: ['y', '1'] },
    { op: '-U', row: ['x', '1'] },
    { op: '+U', row: ['x', '2'] },
  ]);
});

test('datagen sequence and nexmark sources end, so bounded queries exit 0', async () => {
  const r =
    await run(`CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '4');
SELECT id FROM g;
CREATE TABLE nx (event_type INT, bid ROW<auction BIGINT, price BIGINT>) WITH ('connector' = 'nexmark', 'events.num' = '100', 'base-time' = '0', 'seed' = '1');
SELECT event_type, COUNT(*) AS n FROM nx GROUP BY event_type;`);
  assert.equal(r.code, 0, r.err);
  const rows = r.out.filter((l) => (l as { op?: string }).op !== undefined) as {
    op: string;
    row: string[];
  }[];
  assert.deepEqual(
    rows.slice(0, 4).map((x) => x.row[0]),
    ['1', '2', '3', '4'],
  );
  // The last count per event type: 100 events with ids 2..101 → 2 persons, 6 auctions, 92 bids.
  const last = new Map<string, string>();
  for (const c of rows.slice(4)) if (c.op === '+I' || c.op === '+U') last.set(c.row[0]!, c.row[1]!);
  assert.deepEqual(Object.fromEntries(last), { '0': '2', '1': '6', '2': '92' });
});

test('examples catalog: SELECT … LIMIT returns rows at once', async () => {
  const t0 = Date.now();
  const r = await run(
    'SELECT order_id, customer_id, product_id, price FROM examples.marketplace.orders LIMIT 3;',
  );
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.length, 4);
  assert.ok(Date.now() - t0 < 5000);
  for (const l of r.out.slice(1) as { row: string[] }[]) {
    assert.ok(Number(l.row[1]) >= 3000 && Number(l.row[1]) <= 3250);
  }
});

test('errors: position in the script, output of earlier statements kept, exit 1', async () => {
  const r = await run(
    `CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = 'in.json', 'format' = 'json');
SELECT a FROM t;

SELECT prcie FROM t;`,
    join(dir, 'err.sql'),
  );
  assert.equal(r.code, 1);
  assert.equal(r.out.length, 4);
  assert.match(r.err, /err\.sql:4:8: .*Column 'prcie' not found/);
  const bad =
    await run(`CREATE TABLE c (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'bad.csv', 'format' = 'csv');
SELECT * FROM c;`);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /Row length mismatch\. 2 fields expected but was 3\..*bad\.csv, line 2/);
  const opt = await run(`CREATE TABLE d (a INT) WITH ('connector' = 'datagen', 'rows-per-secnd' = '5');
SELECT * FROM d;`);
  assert.equal(opt.code, 1);
  assert.match(
    opt.err,
    /Unsupported options found for 'datagen'.*'rows-per-secnd'.*did you mean 'rows-per-second'/,
  );
});

test('child process: the sql command with --file and --output jsonl', async () => {
  const script = join(dir, 'child.sql');
  await writeFile(
    script,
    "CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'in.json', 'format' = 'json');\nSELECT b FROM t WHERE a > 1;\n",
  );
  const res = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const c = sqlChild(script, fileURLToPath(new URL('../../../', import.meta.url)));
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d));
    c.stderr.on('data', (d: Buffer) => (err += d));
    c.on('close', (code) => resolve({ code, out, err }));
  });
  assert.equal(res.code, 0, res.err);
  assert.deepEqual(lines(res.out), [
    { columns: [{ name: 'b', type: 'STRING' }] },
    { op: '+I', row: ['y'] },
    { op: '+I', row: ['x'] },
  ]);
});

test('child process: Ctrl-C stops an unbounded query, exit 0 after its rows', async () => {
  const script = join(dir, 'unbounded.sql');
  await writeFile(
    script,
    "CREATE TABLE g (id INT) WITH ('connector' = 'datagen', 'rows-per-second' = '20');\nSELECT id FROM g;\n",
  );
  const res = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const c = sqlChild(script);
    let out = '';
    let err = '';
    let sent = false;
    const killer = setTimeout(() => c.kill('SIGKILL'), 20_000);
    c.stdout.on('data', (d: Buffer) => {
      out += d;
      // After a few rows arrived, interrupt as a user would.
      if (!sent && out.split('\n').length > 5) {
        sent = true;
        c.kill('SIGINT');
      }
    });
    c.stderr.on('data', (d: Buffer) => (err += d));
    c.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, out, err });
    });
  });
  assert.equal(res.code, 0, res.err);
  const got = lines(res.out);
  assert.deepEqual(got[0], { columns: [{ name: 'id', type: 'INT' }] });
  assert.ok(got.length >= 4);
});

test('child process: stdout closed by the reader (eddy sql … | head) ends the run quietly, exit 0', async () => {
  const script = join(dir, 'many.sql');
  await writeFile(
    script,
    "CREATE TABLE g (n BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '2000000', 'rows-per-second' = '1000000', 'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '2000000');\nSELECT n FROM g;\n",
  );
  const res = await new Promise<{ code: number | null; err: string }>((resolve) => {
    const c = sqlChild(script);
    let err = '';
    const killer = setTimeout(() => c.kill('SIGKILL'), 30_000);
    // As `head -1` does: read the first chunk, then close the pipe while rows keep coming.
    c.stdout.once('data', () => c.stdout.destroy());
    c.stderr.on('data', (d: Buffer) => (err += d));
    c.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, err });
    });
  });
  assert.equal(res.code, 0, res.err);
  assert.doesNotMatch(res.err, /EPIPE|Unhandled/);
});

test('jsonl: the print sink writes to stderr so stdout stays one JSON object per line', async () => {
  const r =
    await run(`CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = 'in.json', 'format' = 'json');
CREATE TABLE p (a INT, b STRING) WITH ('connector' = 'print', 'print-identifier' = 'out');
INSERT INTO p SELECT a, b FROM t WHERE a > 1;
SELECT a FROM t WHERE a = 1;`);
  assert.equal(r.code, 0, r.err);
  // lines() JSON-parses every stdout line: a print line there would throw.
  assert.deepEqual(r.out.at(-1), { op: '+I', row: ['1'] });
  assert.match(r.err, /^out> \+I\[2, y\]\nout> \+I\[3, x\]\n/m);
});
