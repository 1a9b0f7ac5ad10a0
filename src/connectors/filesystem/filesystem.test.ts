import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { EddyError } from '../../common/errors.js';
import {
  arrayType,
  bigintType,
  booleanType,
  dateType,
  decimalType,
  doubleType,
  intType,
  stringType,
  timestampLtzType,
  timestampType,
  timeType,
} from '../../types/index.js';
import { createSink, createSource, END, type ConnectorColumn, type Row } from '../index.js';
import { LineReader } from './line-reader.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eddy-fs-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ctx = { timeZone: 'UTC' };

async function readAll(columns: ConnectorColumn[], options: Record<string, string>): Promise<Row[]> {
  const src = createSource({ tableName: 't', columns }, options, ctx);
  assert.equal(src.bounded, true);
  const rows: Row[] = [];
  for (const split of await src.splits()) {
    const r = await split.open();
    try {
      for (let b = await r.next(); b !== END; b = await r.next()) rows.push(...b.rows);
    } finally {
      await r.close();
    }
  }
  return rows;
}

const col = (name: string, type: ConnectorColumn['type']): ConnectorColumn => ({ name, type });

test('json: types, missing fields, exact BIGINT and DECIMAL, SQL timestamps', async () => {
  const f = join(dir, 'a.json');
  await writeFile(
    f,
    [
      '{"id": 9007199254740993, "name": "a", "price": 12.345, "ts": "2020-01-01 10:00:00.123", "ok": true, "d": "2020-02-29", "tags": ["x","y"]}',
      '{"id": "7", "name": {"n": 1}, "ts": "2020-01-01 10:00:01", "ok": "TRUE"}',
      '',
      '{"id": -1, "name": null, "price": "1e2", "ltz": "2020-01-01 00:00:00Z", "t": "12:34:56"}',
    ].join('\n') + '\n',
  );
  const cols = [
    col('id', bigintType()),
    col('name', stringType()),
    col('price', decimalType(10, 2)),
    col('ts', timestampType(3)),
    col('ok', booleanType()),
    col('d', dateType()),
    col('tags', arrayType(stringType())),
    col('ltz', timestampLtzType(3)),
    col('t', timeType(0)),
  ];
  const rows = await readAll(cols, { connector: 'filesystem', path: f, format: 'json' });
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0], [
    9007199254740993n,
    'a',
    1235n,
    Date.UTC(2020, 0, 1, 10, 0, 0, 123),
    true,
    18321,
    ['x', 'y'],
    null,
    null,
  ]);
  assert.deepEqual(rows[1], [
    7n,
    '{"n":1}',
    null,
    Date.UTC(2020, 0, 1, 10, 0, 1),
    true,
    null,
    null,
    null,
    null,
  ]);
  assert.deepEqual(rows[2], [
    -1n,
    null,
    10000n,
    null,
    null,
    null,
    null,
    Date.UTC(2020, 0, 1),
    (12 * 3600 + 34 * 60 + 56) * 1000,
  ]);
});

test('json: a malformed line fails with file and line; ignore-parse-errors skips it', async () => {
  const f = join(dir, 'bad.json');
  await writeFile(f, '{"a": 1}\n{"a": 2\n{"a": "x"}\n{"a": 4}\n');
  const cols = [col('a', intType())];
  await assert.rejects(
    readAll(cols, { connector: 'filesystem', path: f, format: 'json' }),
    (e: EddyError) =>
      e.code === 'EDDY_EXECUTION' &&
      e.message.includes(`file ${f}, line 2`) &&
      /Failed to deserialize JSON/.test(e.message),
  );
  const rows = await readAll(cols, {
    connector: 'filesystem',
    path: f,
    format: 'json',
    'json.ignore-parse-errors': 'true',
  });
  // line 2 (bad JSON) is skipped, line 3's bad field becomes NULL.
  assert.deepEqual(rows, [[1], [null], [4]]);
  await assert.rejects(
    readAll(cols, {
      connector: 'filesystem',
      path: f,
      format: 'json',
      'json.fail-on-missing-field': 'true',
      'json.ignore-parse-errors': 'true',
    }),
    /shouldn't both be true/,
  );
});

test('json: ISO-8601 timestamps and fail-on-missing-field', async () => {
  const f = join(dir, 'iso.json');
  await writeFile(f, '{"ts": "2020-01-01T10:00:00.5"}\n{}\n');
  const cols = [col('ts', timestampType(3))];
  const rows = await readAll(cols, {
    connector: 'filesystem',
    path: f,
    format: 'json',
    'json.timestamp-format.standard': 'ISO-8601',
  });
  assert.deepEqual(rows, [[Date.UTC(2020, 0, 1, 10, 0, 0, 500)], [null]]);
  await assert.rejects(
    readAll(cols, {
      connector: 'filesystem',
      path: f,
      format: 'json',
      'json.fail-on-missing-field': 'true',
      'json.timestamp-format.standard': 'ISO-8601',
    }),
    /Could not find field with name 'ts'.*line 2/,
  );
  await assert.rejects(readAll(cols, { connector: 'filesystem', path: f, format: 'json' }), /line 1/);
});

test('csv: quoting, delimiter, comments, null literal, multi-line quoted field, errors', async () => {
  const f = join(dir, 'a.csv');
  await writeFile(f, '# header comment\n1|"a|b"|1.5\n2|"say ""hi"""|NULL\n3|"multi\nline"|2\n4||-0.0\n');
  const cols = [col('id', intType()), col('s', stringType()), col('x', doubleType())];
  const opts = {
    connector: 'filesystem',
    path: f,
    format: 'csv',
    'csv.field-delimiter': '|',
    'csv.allow-comments': 'true',
    'csv.null-literal': 'NULL',
  };
  const rows = await readAll(cols, opts);
  assert.deepEqual(rows, [
    [1, 'a|b', 1.5],
    [2, 'say "hi"', null],
    [3, 'multi\nline', 2],
    [4, '', -0],
  ]);
  const bad = join(dir, 'bad.csv');
  await writeFile(bad, '1,a\n2,b,extra\nx,c\n');
  const c2 = [col('id', intType()), col('s', stringType())];
  await assert.rejects(
    readAll(c2, { connector: 'filesystem', path: bad, format: 'csv' }),
    /Row length mismatch\. 2 fields expected but was 3\..*line 2/,
  );
  const ok = await readAll(c2, {
    connector: 'filesystem',
    path: bad,
    format: 'csv',
    'csv.ignore-parse-errors': 'true',
  });
  // Jackson fails a record with too many entries ("Too many entries: expected at most 2"):
  // with ignore-parse-errors Flink's CsvReaderFormat skips it.
  assert.deepEqual(ok, [
    [1, 'a'],
    [null, 'c'],
  ]);
});

test('directory scan skips hidden files, reads every file', async () => {
  const d = join(dir, 'many');
  await mkdir(join(d, 'sub'), { recursive: true });
  await writeFile(join(d, 'p1.json'), '{"a":1}\n');
  await writeFile(join(d, 'sub', 'p2.json'), '{"a":2}\n');
  await writeFile(join(d, '.hidden'), 'garbage\n');
  await writeFile(join(d, '_SUCCESS'), 'garbage\n');
  const rows = await readAll([col('a', intType())], { connector: 'filesystem', path: d, format: 'json' });
  assert.deepEqual(rows, [[1], [2]]);
  await assert.rejects(
    readAll([col('a', intType())], { connector: 'filesystem', path: join(dir, 'nope'), format: 'json' }),
    /does not exist/,
  );
});

test('options: unknown, missing, unknown format give Flink-style messages', () => {
  const schema = { tableName: 'cat.db.t', columns: [col('a', intType())] };
  assert.throws(
    () =>
      createSource(
        schema,
        { connector: 'filesystem', path: '/x', format: 'json', 'json.ignore-parse-error': 'true' },
        ctx,
      ),
    /Unsupported options found for 'filesystem' in table cat\.db\.t: 'json\.ignore-parse-error'.*did you mean 'json\.ignore-parse-errors'/,
  );
  assert.throws(
    () => createSource(schema, { connector: 'filesystem', format: 'json' }, ctx),
    /Missing required options are: path/,
  );
  assert.throws(
    () => createSource(schema, { connector: 'filesystem', path: '/x', format: 'avro' }, ctx),
    /format factory for identifier 'avro'/,
  );
  assert.throws(
    () => createSource(schema, { connector: 'filesytem' }, ctx),
    /Could not find any factory for identifier 'filesytem'.*Did you mean 'filesystem'/,
  );
  assert.throws(() => createSource(schema, {}, ctx), /do not contain an option key 'connector'/);
  assert.throws(() => createSource(schema, { connector: 'print' }, ctx), /can only be used as a sink/);
});

test('sink: writes json and csv part files that read back the same rows', async () => {
  const cols = [
    col('id', bigintType()),
    col('s', stringType()),
    col('ts', timestampType(3)),
    col('p', decimalType(5, 2)),
  ];
  const rows: Row[] = [
    [1n, 'a,b', Date.UTC(2021, 5, 1, 1, 2, 3, 450), 123n],
    [2n, null, null, null],
  ];
  for (const format of ['json', 'csv']) {
    const out = join(dir, `out-${format}`);
    const opts: Record<string, string> = { connector: 'filesystem', path: out, format };
    if (format === 'csv') opts['csv.null-literal'] = 'NULL';
    const sink = createSink({ tableName: 'o', columns: cols }, opts, ctx);
    assert.equal(sink.changelogMode, 'append');
    const w = await sink.open();
    await w.write({ rows, kinds: null });
    await w.close();
    const files = await readdir(out);
    assert.equal(files.length, 1);
    assert.match(files[0]!, /^part-/);
    const text = await readFile(join(out, files[0]!), 'utf8');
    if (format === 'json') assert.match(text, /"ts":"2021-06-01 01:02:03\.45"/);
    // Jackson's CsvEncoder quotes text values holding a character below ',' + 1 (the space).
    if (format === 'csv') assert.equal(text, '1,"a,b","2021-06-01 01:02:03.45",1.23\n2,NULL,NULL,NULL\n');
    assert.deepEqual(await readAll(cols, opts), rows);
  }
});

test('json sink writes DECIMAL as Java BigDecimal text unless decimal-as-plain-number', async () => {
  const { javaBigDecimalText } = await import('../formats/json.js');
  assert.equal(javaBigDecimalText(1n, 7), '1E-7');
  assert.equal(javaBigDecimalText(15n, 8), '1.5E-7');
  assert.equal(javaBigDecimalText(-12345n, 2), '-123.45');
  assert.equal(javaBigDecimalText(1n, 6), '0.000001');
  const out = join(dir, 'dec');
  const cols = [col('d', decimalType(10, 8))];
  for (const plain of ['false', 'true']) {
    const sink = createSink(
      { tableName: 'o', columns: cols },
      {
        connector: 'filesystem',
        path: join(out, plain),
        format: 'json',
        'json.encode.decimal-as-plain-number': plain,
      },
      ctx,
    );
    const w = await sink.open();
    await w.write({ rows: [[15n]], kinds: null });
    await w.close();
    const [f] = await readdir(join(out, plain));
    assert.equal(
      await readFile(join(out, plain, f!), 'utf8'),
      plain === 'true' ? '{"d":0.00000015}\n' : '{"d":1.5E-7}\n',
    );
  }
});

test('date and timestamp text as Flink parses it per format', async () => {
  const f = join(dir, 'dates.csv');
  await writeFile(f, '2020-1-5,2020-01-05 10:11:12.5\n');
  const cols = [col('d', dateType()), col('ts', timestampType(3))];
  // csv: java.sql.Date.valueOf accepts single-digit month and day.
  assert.deepEqual(await readAll(cols, { connector: 'filesystem', path: f, format: 'csv' }), [
    [18266, Date.UTC(2020, 0, 5, 10, 11, 12, 500)],
  ]);
  const j = join(dir, 'nosec.json');
  await writeFile(j, '{"ts": "2020-01-05 10:11"}\n');
  // json 'SQL' standard needs seconds; ISO-8601 (ISO_LOCAL_DATE_TIME) does not.
  await assert.rejects(
    readAll([col('ts', timestampType(3))], { connector: 'filesystem', path: j, format: 'json' }),
    /could not be parsed/,
  );
  await writeFile(j, '{"ts": "2020-01-05T10:11"}\n');
  assert.deepEqual(
    await readAll([col('ts', timestampType(3))], {
      connector: 'filesystem',
      path: j,
      format: 'json',
      'json.timestamp-format.standard': 'ISO-8601',
    }),
    [[Date.UTC(2020, 0, 5, 10, 11)]],
  );
});

test('metadata columns file.name, file.path, file.size, file.modification-time', async () => {
  const f = join(dir, 'meta.json');
  await writeFile(f, '{"a":1}\n{"a":2}\n');
  const src = createSource(
    {
      tableName: 't',
      columns: [col('a', intType())],
      metadata: [
        { key: 'file.name', type: stringType() },
        { key: 'file.size', type: bigintType() },
        { key: 'file.path', type: stringType() },
        { key: 'file.modification-time', type: timestampLtzType(3) },
      ],
    },
    { connector: 'filesystem', path: f, format: 'json' },
    ctx,
  );
  const [split] = await src.splits();
  const r = await split!.open();
  const b = await r.next();
  await r.close();
  assert.notEqual(b, END);
  const rows = (b as { rows: Row[] }).rows;
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[1]!.slice(0, 4), [2, 'meta.json', 16n, f]);
  assert.ok(Math.abs((rows[1]![4] as number) - Date.now()) < 60_000);
  assert.throws(
    () =>
      createSource(
        { tableName: 't', columns: [], metadata: [{ key: 'file.nme', type: stringType() }] },
        { connector: 'filesystem', path: f, format: 'json' },
        ctx,
      ),
    /Invalid metadata key 'file\.nme'.*Available metadata keys are: file\.path, file\.name, file\.size, file\.modification-time/,
  );
});

test('partitioned tables: values from k=v directories; the sink writes into them', async () => {
  const root = join(dir, 'parts');
  const cols = [col('a', intType()), col('dt', dateType()), col('h', stringType())];
  const schema = { tableName: 'p', columns: cols, partitionKeys: ['dt', 'h'] };
  const opts = { connector: 'filesystem', path: root, format: 'json' };
  const sink = createSink(schema, opts, ctx);
  const w = await sink.open();
  await w.write({
    rows: [
      [1, 18266, 'x/y'],
      [2, 18266, 'x/y'],
      [3, null, 'z'],
    ],
    kinds: null,
  });
  await w.close();
  const d1 = join(root, 'dt=2020-01-05', 'h=x%2Fy');
  const [f1] = await readdir(d1);
  // partition columns are not repeated inside the files
  assert.equal(await readFile(join(d1, f1!), 'utf8'), '{"a":1}\n{"a":2}\n');
  assert.deepEqual(await readdir(join(root, 'dt=__DEFAULT_PARTITION__')), ['h=z']);
  const src = createSource(schema, opts, ctx);
  const rows: Row[] = [];
  for (const split of await src.splits()) {
    const r = await split.open();
    for (let b = await r.next(); b !== END; b = await r.next()) rows.push(...b.rows);
    await r.close();
  }
  rows.sort((x, y) => (x[0] as number) - (y[0] as number));
  assert.deepEqual(rows, [
    [1, 18266, 'x/y'],
    [2, 18266, 'x/y'],
    [3, null, 'z'],
  ]);
});

test('json: non-text nodes in STRING columns read as Jackson prints them', async () => {
  const f = join(dir, 'str.json');
  await writeFile(f, '{"s": 1.50, "t": [1e3, true, {"a": null}], "u": 7}\n');
  const cols = [col('s', stringType()), col('t', stringType()), col('u', stringType())];
  // The default JsonParser decoder reads a scalar number as its token text; containers go
  // through a JsonNode tree (Double.toString).
  assert.deepEqual(await readAll(cols, { connector: 'filesystem', path: f, format: 'json' }), [
    ['1.50', '[1000.0,true,{"a":null}]', '7'],
  ]);
  const nodeOpts = { 'json.decode.json-parser.enabled': 'false' };
  assert.deepEqual(await readAll(cols, { connector: 'filesystem', path: f, format: 'json', ...nodeOpts }), [
    ['1.5', '[1000.0,true,{"a":null}]', '7'],
  ]);
  // With a DECIMAL column Flink reads floats as BigDecimal (USE_BIG_DECIMAL_FOR_FLOATS): text kept.
  const withDec = [...cols, col('d', decimalType(5, 2))];
  assert.deepEqual(await readAll(withDec, { connector: 'filesystem', path: f, format: 'json' }), [
    ['1.50', '[1E+3,true,{"a":null}]', '7', null],
  ]);
});

test('LineReader: closed while its file is being opened, it holds no handle and reads nothing', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-line-reader-'));
  try {
    const file = join(dir, 'a.txt');
    await writeFile(file, 'x\ny\n');
    const r = new LineReader(file);
    const first = r.next();
    await r.close();
    assert.equal(await first, undefined);
    const again = new LineReader(file);
    assert.deepEqual(await again.next(), { text: 'x', lineNo: 1 });
    await again.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
