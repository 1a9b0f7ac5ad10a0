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
