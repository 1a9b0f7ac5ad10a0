import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bigintType,
  charType,
  decimalType,
  field,
  intType,
  rowType,
  stringType,
  timestampType,
  varcharType,
} from '../../types/index.js';
import { createSource, END, type ConnectorColumn, type Row } from '../index.js';

const ctx = { timeZone: 'UTC' };
const col = (name: string, type: ConnectorColumn['type']): ConnectorColumn => ({ name, type });

async function readAll(
  columns: ConnectorColumn[],
  options: Record<string, string>,
  max = 100000,
): Promise<Row[]> {
  const src = createSource({ tableName: 'gen', columns }, { connector: 'datagen', ...options }, ctx);
  const rows: Row[] = [];
  for (const split of await src.splits()) {
    const r = await split.open();
    for (let b = await r.next(); b !== END && rows.length < max; b = await r.next()) rows.push(...b.rows);
    await r.close();
  }
  return rows;
}

test('sequence makes the source bounded and counts start..end inclusive', async () => {
  const cols = [col('id', bigintType()), col('s', stringType()), col('d', decimalType(6, 2))];
  const src = createSource(
    { tableName: 'gen', columns: cols },
    {
      connector: 'datagen',
      'fields.id.kind': 'sequence',
      'fields.id.start': '5',
      'fields.id.end': '9',
      'fields.s.kind': 'sequence',
      'fields.s.start': '1',
      'fields.s.end': '100',
      'fields.d.kind': 'sequence',
      'fields.d.start': '1',
      'fields.d.end': '10',
    },
    ctx,
  );
  assert.equal(src.bounded, true);
  const rows = await readAll(cols, {
    'fields.id.kind': 'sequence',
    'fields.id.start': '5',
    'fields.id.end': '9',
    'fields.s.kind': 'sequence',
    'fields.s.start': '1',
    'fields.s.end': '100',
    'fields.d.kind': 'sequence',
    'fields.d.start': '1',
    'fields.d.end': '10',
  });
  assert.deepEqual(rows, [
    [5n, '1', 100n],
    [6n, '2', 200n],
    [7n, '3', 300n],
    [8n, '4', 400n],
    [9n, '5', 500n],
  ]);
});

test('random respects min/max, length, var-len, null-rate, number-of-rows', async () => {
  const cols = [
    col('i', intType()),
    col('b', bigintType()),
    col('s', stringType()),
    col('v', varcharType(8)),
    col('c', charType(3)),
    col('n', intType()),
    col('r', rowType([field('x', intType()), field('y', stringType())])),
    col('t', timestampType(3)),
  ];
  const before = Date.now();
  const rows = await readAll(cols, {
    'number-of-rows': '500',
    'fields.i.min': '-3',
    'fields.i.max': '3',
    'fields.b.min': '10000000000',
    'fields.b.max': '10000000005',
    'fields.s.length': '7',
    'fields.v.var-len': 'true',
    'fields.n.null-rate': '1',
    'fields.r.x.min': '1',
    'fields.r.x.max': '1',
    'fields.t.max-past': '5000',
  });
  assert.equal(rows.length, 500);
  const seenI = new Set<number>();
  for (const [i, b, s, v, c, n, r, t] of rows as [
    number,
    bigint,
    string,
    string,
    string,
    null,
    unknown[],
    number,
  ][]) {
    assert.ok(Number.isInteger(i) && i >= -3 && i <= 3);
    seenI.add(i);
    assert.ok(b >= 10000000000n && b <= 10000000005n);
    assert.match(s, /^[0-9a-f]{7}$/);
    assert.ok(v.length >= 1 && v.length <= 8);
    assert.equal(c.length, 3);
    assert.equal(n, null);
    assert.equal(r[0], 1);
    assert.equal((r[1] as string).length, 100);
    assert.ok(t <= Date.now() && t >= before - 5000);
  }
  assert.equal(seenI.size, 7);
});

test('rows-per-second throttles generation', async () => {
  const t0 = Date.now();
  const rows = await readAll([col('i', intType())], { 'rows-per-second': '100', 'number-of-rows': '30' });
  assert.equal(rows.length, 30);
  const ms = Date.now() - t0;
  assert.ok(ms >= 250, `30 rows at 100/s took ${ms} ms`);
});

test('option errors name the field and the table', () => {
  const cols = [col('id', intType())];
  assert.throws(
    () =>
      createSource(
        { tableName: 'gen', columns: cols },
        { connector: 'datagen', 'fields.id.kind': 'sequence', 'fields.id.start': '1' },
        ctx,
      ),
    /Could not find required property 'fields\.id\.end' for sequence generator\. \(table gen\)/,
  );
  assert.throws(
    () =>
      createSource(
        { tableName: 'gen', columns: cols },
        { connector: 'datagen', 'fields.idd.kind': 'random' },
        ctx,
      ),
    /Unsupported options found for 'datagen' in table gen: 'fields\.idd\.kind'/,
  );
  assert.throws(
    () =>
      createSource(
        { tableName: 'gen', columns: cols },
        { connector: 'datagen', 'fields.id.kind': 'randm' },
        ctx,
      ),
    /Could not parse value 'randm' for key 'fields\.id\.kind'.*'random' or 'sequence'/,
  );
  assert.throws(
    () =>
      createSource(
        { tableName: 'gen', columns: [col('v', varcharType(5))] },
        { connector: 'datagen', 'fields.v.length': '10' },
        ctx,
      ),
    /Custom length '10' for variable-length type \(VARCHAR\/STRING\/VARBINARY\/BYTES\) field 'v' should be shorter than '5' defined in the schema\./,
  );
  // Options the field's generator does not read are refused, as Flink's factory does.
  for (const [opts, key] of [
    [{ 'fields.id.kind': 'random', 'fields.id.start': '0' }, 'fields.id.start'],
    [{ 'fields.id.length': '3' }, 'fields.id.length'],
    [
      { 'fields.id.kind': 'sequence', 'fields.id.start': '0', 'fields.id.end': '3', 'fields.id.min': '1' },
      'fields.id.min',
    ],
  ] as const) {
    assert.throws(
      () => createSource({ tableName: 'gen', columns: cols }, { connector: 'datagen', ...opts }, ctx),
      new RegExp(`Unsupported options:\\n\\n${key.replace(/\./g, '\\.')}`),
    );
  }
  assert.throws(
    () =>
      createSource(
        { tableName: 'gen', columns: [col('c', charType(5))] },
        { connector: 'datagen', 'fields.c.length': '3' },
        ctx,
      ),
    /Custom length for fixed-length type \(CHAR\/BINARY\) field 'c' is not supported\./,
  );
  assert.throws(
    () =>
      createSource(
        { tableName: 'gen', columns: cols },
        { connector: 'datagen', 'rows-per-second': 'fast' },
        ctx,
      ),
    /Invalid value for option 'rows-per-second' of table gen: 'fast'/,
  );
});
