import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decimalType, doubleType, floatType, intType, timeType } from '../../types/index.js';
import type { ConnectorColumn } from '../api.js';
import { jsonFormat } from './json.js';

const ctx = { timeZone: 'UTC' };
const encoder = (columns: ConnectorColumn[], options: Record<string, string> = {}) =>
  jsonFormat.createEncoder(columns, options, ctx, 't');

test("json writes values as Flink's RowDataToJsonConverters + Jackson do", () => {
  const e = encoder([
    { name: 'tm', type: timeType(3) },
    { name: 'd', type: doubleType() },
    { name: 'f', type: floatType() },
    { name: 'dec', type: decimalType(10, 2) },
  ]);
  // TIME through LocalTime.ofSecondOfDay(millis / 1000): the fraction is dropped.
  assert.equal(
    e.encode([43963567, 1, Math.fround(0.1), 150n]),
    '{"tm":"12:12:43","d":1.0,"f":0.1,"dec":1.5}',
  );
  assert.equal(e.encode([0, 1e7, Infinity, 0n]), '{"tm":"00:00:00","d":1.0E7,"f":"Infinity","dec":0}');
});

test('json reads nested bad values as NULL with ignore-parse-errors, fails without', () => {
  const cols = [{ name: 'i', type: intType() }];
  const ok = jsonFormat.createDecoder(cols, { 'json.ignore-parse-errors': 'true' }, ctx, 't');
  assert.deepEqual(ok.decode('{"i":"x"}'), [null]);
  assert.equal(ok.decode('{"i":'), undefined);
  const strict = jsonFormat.createDecoder(cols, {}, ctx, 't');
  assert.throws(() => strict.decode('{"i":"x"}'), /Fail to deserialize at field: i/);
  assert.deepEqual(strict.decode('{"i":1.9} and more'), [1]);
});

test("json refuses non-string map keys at any depth, as Flink's converters do", async () => {
  const { arrayType, mapType, multisetType, rowType, field, stringType } =
    await import('../../types/index.js');
  const bad = [
    { name: 'm', type: mapType(intType(), stringType()) },
    {
      name: 'r',
      type: rowType([field('x', arrayType(mapType(stringType(), mapType(intType(false), intType()))))]),
    },
    { name: 's', type: multisetType(intType()) },
  ];
  const texts = ['MAP<INT, STRING>', 'MAP<INT NOT NULL, INT>', 'MULTISET<INT>'];
  bad.forEach((c, i) => {
    const msg = `JSON format doesn't support non-string as key type of map. The type is: ${texts[i]}`;
    assert.throws(() => jsonFormat.createDecoder([c], {}, ctx, 't'), { message: msg });
    assert.throws(() => encoder([c]), { message: msg });
  });
  const ok = jsonFormat.createDecoder([{ name: 'm', type: mapType(stringType(), intType()) }], {}, ctx, 't');
  assert.deepEqual(ok.decode('{"m":{"1":2}}'), [new Map([['1', 2]])]);
});

test('json refuses STRUCTURED / VARIANT columns as Flink 2.3 converters do (no converter for them)', async () => {
  const { field, structuredType, variantType } = await import('../../types/index.js');
  const s = { name: 'u', type: structuredType('a.B', [field('x', intType())]) };
  assert.throws(() => jsonFormat.createDecoder([s], {}, ctx, 't'), {
    message: "Unsupported type: STRUCTURED<'a.B', `x` INT>",
  });
  assert.throws(() => encoder([{ name: 'v', type: variantType() }]), {
    message: 'Not support to parse type: VARIANT',
  });
});
