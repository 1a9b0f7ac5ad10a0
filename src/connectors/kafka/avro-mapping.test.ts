import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeValue, encodeValue, parseAvro } from '../../schema-wire/index.js';
import { formatType, parseType, type LogicalType } from '../../types/index.js';
import { avroToFlink, avroValueToFlink, flinkValueToAvro, recordSchema } from './avro-mapping.js';

test('an Avro decimal with more digits than the column holds reads as NULL (Flink DecimalData.fromUnscaledBytes)', () => {
  const t = parseType('DECIMAL(2, 0)');
  assert.equal(avroValueToFlink(flinkValueToAvro(99n, t), t), 99n);
  assert.equal(avroValueToFlink(flinkValueToAvro(-99n, t), t), -99n);
  assert.equal(avroValueToFlink(flinkValueToAvro(123n, t), t), null);
  assert.equal(avroValueToFlink(flinkValueToAvro(-100n, t), t), null);
  const wide = parseType('DECIMAL(38, 10)');
  const max = 10n ** 38n - 1n;
  assert.equal(avroValueToFlink(flinkValueToAvro(max, wide), wide), max);
  assert.equal(avroValueToFlink(flinkValueToAvro(max + 1n, wide), wide), null);
});

test("Confluent's Avro properties: every type reads back as written (connect.type, flink.*, MapEntry)", () => {
  const types = [
    'TINYINT NOT NULL',
    'SMALLINT',
    'CHAR(3)',
    'VARCHAR(10)',
    'STRING',
    'BINARY(4)',
    'VARBINARY(8)',
    'BYTES',
    'TIME(0)',
    'TIME(3)',
    'TIMESTAMP(9)',
    'TIMESTAMP(3)',
    'TIMESTAMP_LTZ(2)',
    'TIMESTAMP_LTZ(6)',
    'MAP<INT, STRING>',
    'MAP<INT, BIGINT>',
    'MULTISET<INT>',
    'ARRAY<ROW<a INT, b BINARY(2)>>',
    'DECIMAL(10, 2)',
  ];
  const cols = types.map((t, i) => ({ name: `c${i}`, type: parseType(t) }));
  const schema = recordSchema(cols) as Record<string, unknown>;
  const fields = schema['fields'] as { name: string; type: unknown }[];
  assert.deepEqual(fields[0]!.type, { type: 'int', 'connect.type': 'int8' });
  assert.deepEqual(fields[1]!.type, ['null', { type: 'int', 'connect.type': 'int16' }]);
  assert.deepEqual(fields[2]!.type, [
    'null',
    { type: 'string', 'flink.maxLength': 3, 'flink.minLength': 3, 'flink.version': '1' },
  ]);
  assert.deepEqual(fields[5]!.type, [
    'null',
    { type: 'fixed', name: 'org.apache.flink.avro.generated.record_c5', size: 4 },
  ]);
  // Two maps with non-string keys: the second entry record cannot reuse Connect's name.
  const entry = (i: number): string => (fields[i]!.type as [null, { items: { name: string } }])[1].items.name;
  assert.equal(entry(14), 'io.confluent.connect.avro.MapEntry');
  assert.equal(entry(15), 'org.apache.flink.avro.generated.record_c15.MapEntry');
  // Confluent's readers take only Connect's name or a record marked connect.internal.type as a map entry.
  const items = (i: number): Record<string, unknown> =>
    (fields[i]!.type as [null, { items: Record<string, unknown> }])[1].items;
  assert.equal(items(14)['connect.internal.type'], undefined);
  assert.equal(items(15)['connect.internal.type'], 'MapEntry');
  const back = avroToFlink(schema) as unknown as { fields: { type: LogicalType }[] };
  assert.deepEqual(
    back.fields.map((f) => formatType(f.type)),
    cols.map((c) => formatType(c.type)),
  );
  // A map with one key type twice refers back to the entry record by name (Avro refuses a redefinition).
  const twice = recordSchema([
    { name: 'm1', type: parseType('MAP<INT, STRING>') },
    { name: 'm2', type: parseType('MAP<INT, STRING>') },
  ]) as { fields: { type: unknown }[] };
  assert.deepEqual(twice.fields[1]!.type, [
    'null',
    { type: 'array', items: 'io.confluent.connect.avro.MapEntry' },
  ]);
  assert.equal(formatType(avroToFlink(twice)), 'ROW<`m1` MAP<INT, STRING>, `m2` MAP<INT, STRING>> NOT NULL');
});

test('values of TINYINT, BINARY(n), non-string-key MAP and MULTISET round-trip through the Avro codec', () => {
  const cols = [
    { name: 't', type: parseType('TINYINT') },
    { name: 'b', type: parseType('BINARY(4)') },
    { name: 'm', type: parseType('MAP<INT, STRING>') },
    { name: 's', type: parseType('MULTISET<STRING>') },
    { name: 'n', type: parseType('MULTISET<BIGINT>') },
  ];
  const schema = parseAvro(JSON.stringify(recordSchema(cols)));
  const row: unknown[] = [
    7,
    new Uint8Array([1, 2]),
    new Map<number, string | null>([
      [1, 'a'],
      [2, null],
    ]),
    new Map([['x', 2]]),
    new Map([[5n, 3]]),
  ];
  const value: Record<string, unknown> = {};
  cols.forEach((c, i) => (value[c.name] = flinkValueToAvro(row[i], c.type)));
  const bytes = encodeValue(1, schema, value);
  const decoded = decodeValue(bytes, () => schema).value as Record<string, unknown>;
  const got = cols.map((c) => avroValueToFlink(decoded[c.name], c.type));
  assert.equal(got[0], 7);
  assert.deepEqual([...(got[1] as Uint8Array)], [1, 2, 0, 0]); // padded as BINARY(4)
  assert.deepEqual(got[2], row[2]);
  assert.deepEqual(got[3], row[3]);
  assert.deepEqual(got[4], row[4]);
  assert.throws(() => flinkValueToAvro(new Uint8Array(5), cols[1]!.type), /5 bytes for a BINARY\(4\)/);
});

test("an array of records is a MAP only for Connect's MapEntry name or connect.internal.type (Confluent's isMapEntry)", () => {
  const entry = (extra: Record<string, unknown>): unknown => ({
    type: 'array',
    items: {
      type: 'record',
      ...extra,
      fields: [
        { name: 'key', type: 'int' },
        { name: 'value', type: 'string' },
      ],
    },
  });
  const read = (s: unknown): string => formatType(avroToFlink(s));
  assert.equal(
    read(entry({ name: 'MapEntry', namespace: 'io.confluent.connect.avro' })),
    'MAP<INT NOT NULL, STRING NOT NULL> NOT NULL',
  );
  assert.equal(
    read(entry({ name: 'io.confluent.connect.avro.MapEntry' })),
    'MAP<INT NOT NULL, STRING NOT NULL> NOT NULL',
  );
  assert.equal(
    read(entry({ name: 'Pairs', namespace: 'x', 'connect.internal.type': 'MapEntry' })),
    'MAP<INT NOT NULL, STRING NOT NULL> NOT NULL',
  );
  assert.equal(
    read(entry({ name: 'MapEntry', namespace: 'com.acme' })),
    'ARRAY<ROW<`key` INT NOT NULL, `value` STRING NOT NULL> NOT NULL> NOT NULL',
  );
});
