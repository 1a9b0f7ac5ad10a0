/** The sink's implicit-cast matrix against LogicalTypeCasts' rules (a sample of each row). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  arrayType,
  bigintType,
  charType,
  dateType,
  decimalType,
  doubleType,
  floatType,
  intType,
  mapType,
  nullType,
  stringType,
  timeType,
  timestampType,
  tinyintType,
  booleanType,
} from '../../../types/index.js';
import { supportsImplicitSinkCast as ok } from './sink-casts.js';

test('widening casts are implicit, narrowing ones are not', () => {
  assert.ok(ok(tinyintType(), bigintType()));
  assert.ok(ok(intType(), decimalType(10, 2)));
  assert.ok(ok(doubleType(), decimalType(10, 2)));
  assert.ok(ok(decimalType(10, 2), floatType()));
  assert.ok(ok(bigintType(), doubleType()));
  assert.ok(!ok(bigintType(), intType()));
  assert.ok(!ok(doubleType(), floatType()));
  assert.ok(!ok(decimalType(10, 2), intType()));
});

test('strings, temporal types and constructed types', () => {
  assert.ok(ok(charType(3), stringType()));
  assert.ok(!ok(stringType(), charType(3)));
  assert.ok(!ok(intType(), stringType()));
  assert.ok(!ok(booleanType(), stringType()));
  assert.ok(ok(timestampType(3), dateType()));
  assert.ok(ok(timestampType(3), timeType(0)));
  assert.ok(!ok(dateType(), timestampType(3)));
  assert.ok(ok(arrayType(intType()), arrayType(bigintType())));
  assert.ok(!ok(arrayType(bigintType()), arrayType(intType())));
  assert.ok(!ok(arrayType(intType()), mapType(intType(), intType())));
  assert.ok(ok(nullType(), intType(false)));
  // Nullability is the NOT NULL enforcer's business, not the cast check's.
  assert.ok(ok(intType(true), intType(false)));
});
