import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partSchema } from './record-codec.js';
import {
  arrayType,
  bigintType,
  booleanType,
  bytesType,
  dateType,
  decimalType,
  doubleType,
  field,
  floatType,
  intType,
  mapType,
  multisetType,
  rowType,
  smallintType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tinyintType,
  typesEqual,
  type LogicalType,
} from '../../types/index.js';
import { formatType } from '../../types/format-type.js';
import { parseType } from '../../types/index.js';
import { jsonSchemaToFlink } from './json-schema-mapping.js';

test('a json-registry table Eddy creates is inferred with the same column types', () => {
  const types: LogicalType[] = [
    booleanType(),
    tinyintType(),
    smallintType(false),
    intType(),
    bigintType(false),
    floatType(),
    doubleType(),
    decimalType(10, 2),
    decimalType(38, 0, false),
    stringType(),
    bytesType(),
    dateType(),
    timeType(3, false),
    timeType(0),
    timestampType(3),
    timestampType(6, false),
    timestampLtzType(3),
    mapType(stringType(false), intType()),
    mapType(intType(false), stringType()),
    mapType(bigintType(false), arrayType(doubleType(false))),
    arrayType(intType()),
    arrayType(intType(false), false),
    rowType([field('x', dateType()), field('y', mapType(stringType(false), timestampLtzType(3)))]),
    multisetType(stringType(false)),
    multisetType(intType(), false),
  ];
  const cols = types.map((type, i) => ({ name: `c${i}`, type }));
  const inferred = jsonSchemaToFlink(JSON.parse(partSchema('json-registry', cols)!.schema) as unknown);
  assert.equal(inferred.kind, 'ROW');
  if (inferred.kind !== 'ROW') return;
  inferred.fields.forEach((f, i) =>
    assert.ok(typesEqual(f.type, types[i]!), `${f.name}: ${formatType(f.type)} ≠ ${formatType(types[i]!)}`),
  );
});

test('schemas of other producers: Connect annotations without Flink ones, plain JSON Schema', () => {
  const t = jsonSchemaToFlink({
    type: 'object',
    properties: {
      ts: { type: 'integer', title: 'org.apache.kafka.connect.data.Timestamp', 'connect.type': 'int64' },
      t: { type: 'integer', title: 'org.apache.kafka.connect.data.Time', 'connect.type': 'int32' },
      d: {
        type: 'number',
        title: 'org.apache.kafka.connect.data.Decimal',
        'connect.parameters': { scale: '3', 'connect.decimal.precision': '12' },
      },
      m: { type: 'object', additionalProperties: { type: 'string' } },
      n: { type: 'integer' },
      x: { type: 'number' },
      o: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    },
    required: ['ts'],
  });
  assert.equal(t.kind, 'ROW');
  if (t.kind !== 'ROW') return;
  const got = t.fields.map((f) => formatType(f.type));
  assert.deepEqual(got, [
    'TIMESTAMP_LTZ(3) NOT NULL',
    'TIME(3)',
    'DECIMAL(12, 3)',
    'MAP<STRING NOT NULL, STRING NOT NULL>',
    'BIGINT',
    'DOUBLE',
    'ROW<`a` STRING>',
  ]);
});

test('CHAR / VARCHAR / BINARY / VARBINARY lengths as Confluent writes them read back (maxLength, flink.maxLength)', () => {
  const cols = ['CHAR(3)', 'VARCHAR(10)', 'STRING', 'BINARY(4)', 'VARBINARY(8)', 'BYTES'].map((t, i) => ({
    name: `c${i}`,
    type: parseType(`${t} NOT NULL`),
  }));
  const schema = JSON.parse(partSchema('json-registry', cols)!.schema) as {
    properties: Record<string, unknown>;
  };
  assert.deepEqual(schema.properties['c0'], { type: 'string', minLength: 3, maxLength: 3 });
  assert.deepEqual(schema.properties['c1'], { type: 'string', maxLength: 10 });
  assert.deepEqual(schema.properties['c3'], {
    type: 'string',
    'flink.maxLength': 4,
    'flink.minLength': 4,
    'flink.version': '1',
    'connect.type': 'bytes',
  });
  const back = jsonSchemaToFlink(schema);
  assert.ok(back.kind === 'ROW');
  assert.deepEqual(
    back.fields.map((f) => formatType(f.type)),
    cols.map((c) => formatType(c.type)),
  );
});
