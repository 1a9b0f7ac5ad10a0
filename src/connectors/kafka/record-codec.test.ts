import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeValue, JsonNumber, parseSchema } from '../../schema-wire/index.js';
import {
  decimalType,
  intType,
  stringType,
  bytesType,
  timestampLtzType,
  arrayType,
  bigintType,
  withNullable,
  dateType,
  doubleType,
  floatType,
  mapType,
  multisetType,
  makeTimestamp,
  smallintType,
  timeType,
  timestampType,
  tinyintType,
  ymdToDays,
  rowType,
  field,
  type LogicalType,
} from '../../types/index.js';
import { flinkValueToJson, jsonTypeOf, jsonValueToFlink, PartEncoder, partSchema } from './record-codec.js';
import { avroValueToFlink, flinkValueToAvro, flinkToAvro } from './avro-mapping.js';

test('JSON numbers to DECIMAL keep the digits', () => {
  assert.equal(jsonValueToFlink(12.34, decimalType(10, 2)), 1234n);
  assert.equal(jsonValueToFlink(-0.5, decimalType(5, 3)), -500n);
  assert.equal(jsonValueToFlink('7', decimalType(5, 1)), 70n);
});

test('Avro values round-trip through the registered schema', () => {
  const cols = [
    { name: 'd', type: decimalType(10, 2) },
    { name: 's', type: stringType(true) },
    { name: 'ts', type: timestampLtzType(3, false) },
    { name: 'b', type: bytesType(true) },
    { name: 'a', type: arrayType(intType(false), true) },
  ];
  const s = partSchema('avro-registry', cols)!;
  const parsed = parseSchema('AVRO', s.schema);
  const enc = new PartEncoder('avro-registry', cols, 1, parsed);
  const row = [-12345n, null, 1_700_000_000_123, new Uint8Array([1, 2]), [1, 2, 3]];
  const bytes = enc.encode(row, [0, 1, 2, 3, 4])!;
  const back = (parsed as unknown as { decode(b: Buffer): Record<string, unknown> }).decode(
    bytes.subarray(5),
  );
  const t = flinkToAvro(intType(false));
  assert.equal(t, 'int');
  assert.equal(avroValueToFlink(back['d'], cols[0]!.type), -12345n);
  assert.equal(avroValueToFlink(back['s'], cols[1]!.type), null);
  assert.equal(avroValueToFlink(back['ts'], cols[2]!.type), 1_700_000_000_123);
  assert.deepEqual([...(avroValueToFlink(back['b'], cols[3]!.type) as Uint8Array)], [1, 2]);
  assert.deepEqual(avroValueToFlink(back['a'], cols[4]!.type), [1, 2, 3]);
  assert.equal(flinkValueToAvro(5n, decimalType(3, 0)) instanceof Buffer, true);
});

test('JSON encoding of DECIMAL and BIGINT values', () => {
  const cols = [
    { name: 'd', type: decimalType(10, 2) },
    { name: 'n', type: intType(true) },
  ];
  const s = partSchema('json-registry', cols)!;
  const enc = new PartEncoder('json-registry', cols, 3, parseSchema('JSON', s.schema));
  const bytes = enc.encode([1234n, null], [0, 1])!;
  assert.deepEqual(JSON.parse(bytes.subarray(5).toString('utf8')), { d: 12.34, n: null });
});

/** Encodes one row under the registered schema (validated) and returns the JSON object written. */
function writeJson(cols: { name: string; type: LogicalType }[], row: unknown[]): Record<string, unknown> {
  const s = partSchema('json-registry', cols)!;
  const enc = new PartEncoder('json-registry', cols, 3, parseSchema('JSON', s.schema));
  const bytes = enc.encode(
    row,
    row.map((_, i) => i),
  )!;
  return JSON.parse(bytes.subarray(5).toString('utf8')) as Record<string, unknown>;
}

test('JSON Schema of each type follows Confluent (connect.type, Connect logical titles)', () => {
  const nn = (t: LogicalType): Record<string, unknown> => jsonTypeOf(withNullable(t, false));
  assert.deepEqual(nn(tinyintType()), { type: 'number', 'connect.type': 'int8' });
  assert.deepEqual(nn(smallintType()), { type: 'number', 'connect.type': 'int16' });
  assert.deepEqual(nn(intType()), { type: 'number', 'connect.type': 'int32' });
  assert.deepEqual(nn(bigintType()), { type: 'number', 'connect.type': 'int64' });
  assert.deepEqual(nn(floatType()), { type: 'number', 'connect.type': 'float32' });
  assert.deepEqual(nn(doubleType()), { type: 'number', 'connect.type': 'float64' });
  assert.deepEqual(nn(bytesType()), { type: 'string', 'connect.type': 'bytes' });
  assert.deepEqual(nn(dateType()), {
    type: 'number',
    title: 'org.apache.kafka.connect.data.Date',
    'connect.type': 'int32',
  });
  assert.equal(nn(timeType(3))['title'], 'org.apache.kafka.connect.data.Time');
  assert.equal(nn(timeType(3))['connect.type'], 'int32');
  const ts = nn(timestampType(3));
  assert.equal(ts['title'], 'org.apache.kafka.connect.data.Timestamp');
  assert.equal(ts['connect.type'], 'int64');
  assert.equal(ts['flink.type'], 'timestamp');
  assert.equal(nn(timestampLtzType(3))['flink.type'], undefined);
  // Confluent's documented examples (TIME, TIMESTAMP, TIMESTAMP_LTZ, MULTISET).
  assert.deepEqual(nn(timeType(2)), {
    type: 'number',
    title: 'org.apache.kafka.connect.data.Time',
    'flink.precision': 2,
    'connect.type': 'int32',
    'flink.version': '1',
  });
  assert.deepEqual(nn(timestampType(2)), {
    type: 'number',
    title: 'org.apache.kafka.connect.data.Timestamp',
    'flink.precision': 2,
    'flink.type': 'timestamp',
    'connect.type': 'int64',
    'flink.version': '1',
  });
  assert.deepEqual(nn(timestampLtzType(2)), {
    type: 'number',
    title: 'org.apache.kafka.connect.data.Timestamp',
    'flink.precision': 2,
    'connect.type': 'int64',
    'flink.version': '1',
  });
  assert.deepEqual(nn(multisetType(stringType(false))), {
    type: 'object',
    'connect.type': 'map',
    'flink.type': 'multiset',
    additionalProperties: { type: 'number', 'connect.type': 'int32' },
  });
  assert.deepEqual(nn(mapType(stringType(false), intType(false))), {
    type: 'object',
    'connect.type': 'map',
    additionalProperties: { type: 'number', 'connect.type': 'int32' },
  });
  const m = nn(mapType(intType(false), stringType(false)));
  assert.equal(m['type'], 'array');
  assert.equal(m['connect.type'], 'map');
  assert.deepEqual(Object.keys((m['items'] as { properties: object }).properties), ['key', 'value']);
  assert.deepEqual(jsonTypeOf(intType(true)), {
    oneOf: [{ type: 'null' }, { type: 'number', 'connect.type': 'int32' }],
  });
});

test('JSON values of DATE, TIME, TIMESTAMP, MAP, FLOAT round-trip through the registered schema', () => {
  const cols = [
    { name: 'd', type: dateType(true) },
    { name: 't', type: timeType(3, true) },
    { name: 'ts', type: timestampType(3, true) },
    { name: 'ltz', type: timestampLtzType(3, true) },
    { name: 'ms', type: mapType(stringType(true), intType(true), true) },
    { name: 'mi', type: mapType(intType(false), stringType(true), true) },
    { name: 'f', type: floatType(true) },
    { name: 'b', type: bytesType(true) },
    { name: 'ti', type: tinyintType(true) },
    { name: 'r', type: rowType([field('x', bigintType(true))], true) },
  ];
  const day = ymdToDays(2024, 2, 29);
  const row = [
    day,
    45_296_789,
    Date.UTC(2024, 1, 29, 12, 34, 56, 789),
    -1,
    new Map([
      ['a', 1],
      ['b', null],
    ]),
    new Map([[7, 'seven']]),
    Math.fround(1.1),
    new Uint8Array([0, 255]),
    -128,
    [9007199254740991n],
  ];
  const json = writeJson(cols, row);
  assert.equal(json['d'], day);
  assert.equal(json['t'], 45_296_789);
  assert.equal(json['ts'], Date.UTC(2024, 1, 29, 12, 34, 56, 789));
  assert.deepEqual(json['ms'], { a: 1, b: null });
  assert.deepEqual(json['mi'], [{ key: 7, value: 'seven' }]);
  assert.equal(json['f'], 1.1);
  assert.equal(json['b'], 'AP8=');
  const back = cols.map((c) => jsonValueToFlink(json[c.name], c.type));
  assert.deepEqual(back.slice(0, 9), [...row.slice(0, 7), Buffer.from([0, 255]), -128]);
  assert.deepEqual(back[9], [9007199254740991n]);
});

test('JSON values written by other producers: ISO texts read exactly, in UTC', () => {
  assert.equal(jsonValueToFlink('2024-02-29', dateType()), ymdToDays(2024, 2, 29));
  assert.equal(jsonValueToFlink('0001-01-01', dateType()), ymdToDays(1, 1, 1));
  assert.equal(jsonValueToFlink(19782, dateType()), 19782);
  assert.equal(jsonValueToFlink('12:34:56.789', timeType(3)), 45_296_789);
  assert.equal(jsonValueToFlink('12:34:56.789', timeType(0)), 45_296_000);
  assert.equal(
    jsonValueToFlink('2024-02-29T12:34:56.789Z', timestampLtzType(3)),
    Date.UTC(2024, 1, 29, 12, 34, 56, 789),
  );
  assert.equal(
    jsonValueToFlink('2024-02-29T12:34:56.789+02:00', timestampLtzType(3)),
    Date.UTC(2024, 1, 29, 10, 34, 56, 789),
  );
  assert.equal(jsonValueToFlink('2024-02-29 12:34:56', timestampType(3)), Date.UTC(2024, 1, 29, 12, 34, 56));
  assert.deepEqual(
    jsonValueToFlink('1970-01-01T00:00:00.123456Z', timestampType(6)),
    makeTimestamp(123, 456_000),
  );
  assert.equal(jsonValueToFlink(1500, timestampType(0)), 1000);
  assert.deepEqual(
    jsonValueToFlink([{ key: 1, value: 'x' }], mapType(intType(false), stringType())),
    new Map([[1, 'x']]),
  );
  assert.equal(jsonValueToFlink(1.1, floatType()), Math.fround(1.1));
  assert.throws(() => jsonValueToFlink('not a date', dateType()), /DATE/);
  assert.throws(() => jsonValueToFlink('2024-13-01T00:00:00Z', timestampType(3)), /TIMESTAMP/);
});

test('JSON numbers beyond a DECIMAL precision read as NULL, others round HALF_UP', () => {
  assert.equal(jsonValueToFlink(123456.7, decimalType(5, 2)), null);
  assert.equal(jsonValueToFlink(1.005e2, decimalType(5, 0)), 101n);
  assert.equal(jsonValueToFlink(1e-7, decimalType(5, 2)), 0n);
  assert.equal(flinkValueToJson(-5n, decimalType(5, 3)), -0.005);
  // Beyond a double's 15 digits: the digits themselves (Jackson writes a BigDecimal's).
  assert.equal(String(flinkValueToJson(123456789012345678n, decimalType(18, 0))), '123456789012345678');
  assert.equal(flinkValueToJson(123456789012345n, decimalType(18, 3)), 123456789012.345);
});

test('MULTISET as Confluent writes it: MAP<element, INT>, an object for character elements', () => {
  const cols = [
    { name: 's', type: multisetType(stringType(false)) },
    { name: 'i', type: multisetType(intType(false)) },
  ];
  const row = [
    new Map([
      ['a', 2],
      ['b', 1],
    ]),
    new Map([[7, 3]]),
  ];
  const json = writeJson(cols, row);
  assert.deepEqual(json['s'], { a: 2, b: 1 });
  assert.deepEqual(json['i'], [{ key: 7, value: 3 }]);
  assert.deepEqual(
    cols.map((c) => jsonValueToFlink(json[c.name], c.type)),
    row,
  );
  assert.equal(jsonTypeOf(withNullable(cols[0]!.type, false))['flink.type'], 'multiset');
});

test('JSON longs and DECIMAL(38) read and write exactly (no double in between)', () => {
  const cols = [
    { name: 'big', type: bigintType(true) },
    { name: 'min', type: bigintType(true) },
    { name: 'd38', type: decimalType(38, 0, true) },
    { name: 'd', type: decimalType(38, 18, true) },
    { name: 's', type: stringType(true) },
  ];
  const row = [
    9007199254740993n,
    -9223372036854775808n,
    99999999999999999999999999999999999998n,
    -12345678901234567890123456789012345678n,
    null,
  ];
  const part = partSchema('json-registry', cols)!;
  const schema = parseSchema(part.schemaType, part.schema);
  const bytes = new PartEncoder('json-registry', cols, 3, schema).encode(row, [0, 1, 2, 3, 4])!;
  assert.equal(
    bytes.subarray(5).toString(),
    '{"big":9007199254740993,"min":-9223372036854775808,"d38":99999999999999999999999999999999999998,' +
      '"d":-12345678901234567890.123456789012345678,"s":null}',
  );
  const back = decodeValue(bytes, () => schema).value as Record<string, unknown>;
  assert.deepEqual(
    cols.map((c) => jsonValueToFlink(back[c.name], c.type)),
    row,
  );
  // A long number in a STRING column is its text.
  assert.equal(jsonValueToFlink(back['big'], stringType()), '9007199254740993');
  // Beyond a long, Java's wrap; beyond the precision, NULL.
  assert.equal(jsonValueToFlink(new JsonNumber('9223372036854775808'), bigintType()), -9223372036854775808n);
  assert.equal(jsonValueToFlink(new JsonNumber('1234567890123456789'), decimalType(18, 0)), null);
  assert.equal(jsonValueToFlink(new JsonNumber('1234567890123456.5'), doubleType()), 1234567890123456.5);
});
