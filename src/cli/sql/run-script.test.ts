import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqlError } from '../../common/errors.js';
import type { ScriptStatement } from '../../engine/sql/parser/parse.js';
import {
  bigintType,
  booleanType,
  decimalType,
  doubleType,
  field,
  intType,
  notNull,
  rowType,
  stringType,
  timestampLtzType,
  timestampType,
} from '../../types/index.js';
import type { SqlEngineFactory, StatementOutcome } from './engine-port.js';
import type { ResultChange } from './result-writer.js';
import { runSqlScript } from './run-script.js';
import { TableWriter } from './table-writer.js';

/** Collects what a run prints. */
function sink(): { write(t: string): void; text: string } {
  const s = {
    text: '',
    write(t: string) {
      s.text += t;
    },
  };
  return s;
}

async function* batches(...bs: ResultChange[][]): AsyncIterable<ResultChange[]> {
  for (const b of bs) yield b;
}

/** A stand-in engine: statements are answered by their first word. */
const fakeEngine: SqlEngineFactory = async () => ({
  timeZone: () => 'Asia/Shanghai',
  close: async () => {},
  async execute(st: ScriptStatement): Promise<StatementOutcome> {
    const word = st.text.trim().split(/\s+/)[0]!.toUpperCase();
    if (word === 'CREATE') return { kind: 'status', message: 'Execute statement succeeded.' };
    if (st.text.includes('prcie')) {
      const span = {
        start: { line: st.span.start.line, column: 8, offset: 0 },
        end: { line: st.span.start.line, column: 13, offset: 0 },
      };
      throw new SqlError(
        'EDDY_SQL_VALIDATE',
        "Column 'prcie' not found in table 'bid'; did you mean 'price'?",
        [{ message: 'x', span }],
      );
    }
    return {
      kind: 'result',
      columns: [
        { name: 'a', type: notNull(intType()) },
        { name: 'b', type: stringType() },
        { name: 'c', type: doubleType() },
        { name: 'd', type: decimalType(10, 2) },
        { name: 'e', type: timestampType(3) },
        { name: 'f', type: booleanType() },
        { name: 'g', type: rowType([field('x', intType()), field('y', stringType())]) },
        { name: 'h', type: timestampLtzType(3) },
        { name: 'i', type: bigintType() },
      ],
      changes: batches(
        [
          {
            op: '+I',
            row: [1, 'x', 1e7, 1234n, Date.UTC(2020, 0, 1, 0, 0, 0, 5), true, [1, 'a'], 0, 9007199254740993n],
          },
        ],
        [
          { op: '-U', row: [1, 'x', 1, 5n, 0, false, null, 0, -1n] },
          { op: '+U', row: [2, null, 0.5, null, null, null, [null, 'b'], null, null] },
        ],
      ),
      cancel: () => {},
    };
  },
});

test('jsonl: columns line with DESCRIBE types, then one line per change with CAST text', async () => {
  const out = sink();
  const err = sink();
  const code = await runSqlScript({
    text: 'CREATE TABLE t (a INT);\nSELECT * FROM t;',
    output: 'jsonl',
    stdout: out,
    stderr: err,
    engine: fakeEngine,
  });
  assert.equal(code, 0, err.text);
  const lines = out.text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  // DDL succeeds silently in jsonl: only query results are printed.
  assert.deepEqual(lines[0], {
    columns: [
      { name: 'a', type: 'INT NOT NULL' },
      { name: 'b', type: 'STRING' },
      { name: 'c', type: 'DOUBLE' },
      { name: 'd', type: 'DECIMAL(10, 2)' },
      { name: 'e', type: 'TIMESTAMP(3)' },
      { name: 'f', type: 'BOOLEAN' },
      { name: 'g', type: 'ROW<`x` INT, `y` STRING>' },
      { name: 'h', type: 'TIMESTAMP_LTZ(3)' },
      { name: 'i', type: 'BIGINT' },
    ],
  });
  assert.deepEqual(lines[1], {
    op: '+I',
    row: [
      '1',
      'x',
      '1.0E7',
      '12.34',
      '2020-01-01 00:00:00.005',
      'TRUE',
      '(1, a)',
      '1970-01-01 08:00:00.000',
      '9007199254740993',
    ],
  });
  assert.deepEqual(lines[2].op, '-U');
  assert.deepEqual(lines[3], {
    op: '+U',
    row: ['2', null, '0.5', null, null, null, '(NULL, b)', null, null],
  });
});

test('an error names file:line:column, after the output of the statements before it', async () => {
  const out = sink();
  const err = sink();
  const text = 'SELECT 1;\n\nSELECT prcie FROM bid;\nSELECT 2;';
  const code = await runSqlScript({
    text,
    file: 'q.sql',
    output: 'jsonl',
    stdout: out,
    stderr: err,
    engine: fakeEngine,
  });
  assert.equal(code, 1);
  assert.equal(
    out.text
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{"columns"')).length,
    1,
  );
  assert.match(
    err.text,
    /^eddy: q\.sql:3:8: Column 'prcie' not found in table 'bid'; did you mean 'price'\?\n$/,
  );
});

test('a parse error stops the script at that statement, earlier statements run', async () => {
  const out = sink();
  const err = sink();
  const code = await runSqlScript({
    text: 'SELECT 1;\nSELEC 2;\nSELECT 3;',
    file: 'p.sql',
    output: 'jsonl',
    stdout: out,
    stderr: err,
    engine: fakeEngine,
  });
  assert.equal(code, 1);
  assert.equal(
    out.text
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('{"columns"')).length,
    1,
  );
  assert.match(err.text, /^eddy: p\.sql:2:1: SQL parse error/);
  assert.equal(err.text.split('\n')[0]!.includes('p.sql:2:1'), true);
});

test('missing, empty and unreadable scripts are one-line errors', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-sql-'));
  try {
    const empty = join(dir, 'empty.sql');
    await writeFile(empty, '-- only a comment\n  ;\n');
    for (const [opts, re] of [
      [{ file: join(dir, 'nope.sql') }, /cannot read SQL script .*nope\.sql: no such file/],
      [{ file: empty }, /the SQL script .*empty\.sql is empty/],
      [{ file: dir }, /cannot read SQL script .*: it is a directory/],
      [{}, /no SQL script given/],
    ] as const) {
      const out = sink();
      const err = sink();
      const code = await runSqlScript({
        ...opts,
        output: 'jsonl',
        stdout: out,
        stderr: err,
        engine: fakeEngine,
      });
      assert.equal(code, 2);
      assert.match(err.text, re);
      assert.equal(err.text.trim().split('\n').length, 1, err.text);
      assert.equal(out.text, '');
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('table output: materialized, aligned, with a row count', async () => {
  const out = sink();
  const err = sink();
  const code = await runSqlScript({
    text: 'SELECT 1',
    output: 'table',
    stdout: out,
    stderr: err,
    engine: fakeEngine,
  });
  assert.equal(code, 0, err.text);
  // +I of row 1, -U of a row that is not there (ignored), +U of row 2: two rows remain.
  assert.match(out.text, /2 rows in set/);
  assert.match(out.text, /│ 1 +│ x +│ 1\.0E7/);
  assert.match(out.text, /\(NULL, b\)/);
  // a top-level SQL NULL shows as Flink's SQL client shows it
  assert.match(out.text, /│ 2 +│ <NULL> +│ 0\.5/);
  const widths = new Set(
    out.text
      .split('\n')
      .filter((l) => l.startsWith('│'))
      .map((l) => l.length),
  );
  assert.equal(widths.size, 1, 'every table line has the same width');
});

test('table output of a query that fails: no "Empty set" before its error; rows it gave stay', async () => {
  const failing =
    (rows: ResultChange[][]): SqlEngineFactory =>
    async () => ({
      timeZone: () => 'UTC',
      close: async () => {},
      async execute(): Promise<StatementOutcome> {
        return {
          kind: 'result',
          columns: [{ name: 'n', type: intType() }],
          changes: (async function* () {
            for (const b of rows) yield b;
            throw new Error('bad line 3 of in.json');
          })(),
          cancel: () => {},
        };
      },
    });
  for (const [rows, shown] of [
    [[], null],
    [[[{ op: '+I', row: [7] }]], /│ 7 +│[\s\S]*1 row in set/],
  ] as const) {
    const out = sink();
    const err = sink();
    const code = await runSqlScript({
      text: 'SELECT n FROM t',
      output: 'table',
      stdout: out,
      stderr: err,
      engine: failing(rows as unknown as ResultChange[][]),
    });
    assert.equal(code, 1);
    assert.match(err.text, /bad line 3/);
    assert.doesNotMatch(out.text, /Empty set/);
    if (shown === null) assert.equal(out.text, '');
    else assert.match(out.text, shown);
  }
});

test('table output on a TTY redraws in place while the query runs', async () => {
  const out = {
    text: '',
    isTTY: true,
    write(t: string) {
      out.text += t;
    },
  };
  const w = new TableWriter(out);
  w.begin([{ name: 'n', type: intType() }], 'UTC');
  w.changes([{ op: '+I', row: [1] }]);
  // The first rows are drawn at once, not on the next redraw tick.
  assert.match(out.text, /│ 1 +│/);
  await new Promise((r) => setTimeout(r, 400));
  const first = out.text;
  assert.match(first, /│ 1 +│/);
  w.changes([
    { op: '-U', row: [1] },
    { op: '+U', row: [2] },
  ]);
  await new Promise((r) => setTimeout(r, 400));
  w.end();
  const redraw = out.text.slice(first.length);
  // Cursor up over the previous drawing, clear to the end of the screen, then the new table.
  const ESC = String.fromCharCode(27);
  assert.ok(new RegExp(`^${ESC}\\[\\d+A${ESC}\\[0J`).test(redraw), JSON.stringify(redraw.slice(0, 20)));
  assert.match(redraw, /│ 2 +│/);
  assert.doesNotMatch(redraw, /│ 1 +│/);
});

test('table output of a large result: every row, aligned (cli-table3 overflowed the stack past ~120k rows)', () => {
  const out = sink();
  const w = new TableWriter(out);
  w.begin([{ name: 's', type: stringType() }], 'UTC');
  const n = 200_000;
  const batch: ResultChange[] = [];
  for (let i = 0; i < n; i++) batch.push({ op: '+I', row: [String(i)] });
  batch.push({ op: '+I', row: ['two\nlines'] }, { op: '+I', row: ['中文'] });
  w.changes(batch);
  w.end();
  const lines = out.text.split('\n');
  assert.equal(lines.at(-2), `${n + 2} rows in set`);
  // header (2 lines), rules, one line per row and two for the two-line cell
  assert.equal(lines.length, 2 + 2 + 3 + n + 3);
  const widths = new Set(lines.filter((l) => l.startsWith('│')).map((l) => l.replace('中文', 'xxxx').length));
  assert.equal(widths.size, 1, 'every line has the same width (a wide character counts two columns)');
  assert.ok(lines.includes('│ lines  │'), lines.slice(-8).join('\n'));
});

test('a malformed file line fails the query after the rows decoded before it (json and csv, jsonl and table)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-file-error-'));
  try {
    await writeFile(join(dir, 'in.json'), '{"a": 1}\n{"a": 2}\nnot json\n{"a": 4}\n');
    await writeFile(join(dir, 'in.csv'), '1\n2\nx\n4\n');
    for (const format of ['json', 'csv']) {
      const text = `SELECT 'before' AS s;\nCREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = 'in.${format}', 'format' = '${format}');\nSELECT a FROM t;\nSELECT 'after' AS s;`;
      const line = new RegExp(
        `^eddy: q\\.sql:3:1: .* \\(table default_catalog\\.default_database\\.t, file .*in\\.${format}, line 3\\)\\n$`,
      );
      const run = async (output: 'jsonl' | 'table'): Promise<string> => {
        const out = sink();
        const err = sink();
        const code = await runSqlScript({
          text,
          file: 'q.sql',
          baseDir: dir,
          output,
          stdout: out,
          stderr: err,
        });
        assert.equal(code, 1);
        assert.match(err.text, line);
        return out.text;
      };
      assert.deepEqual((await run('jsonl')).trim().split('\n').slice(2), [
        '{"columns":[{"name":"a","type":"INT"}]}',
        '{"op":"+I","row":["1"]}',
        '{"op":"+I","row":["2"]}',
      ]);
      assert.match(await run('table'), /│ a +│\n│ INT +│\n├─+┤\n│ 1 +│\n│ 2 +│\n└─+┘\n2 rows in set\n$/);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
