import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSchema } from '../../schema-wire/index.js';
import {
  decimalType,
  intType,
  stringType,
  bytesType,
  timestampLtzType,
  arrayType,
} from '../../types/index.js';
import { jsonValueToFlink, PartEncoder, partSchema } from './record-codec.js';
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
