import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseType } from '../../types/index.js';
import { avroValueToFlink, flinkValueToAvro } from './avro-mapping.js';

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
