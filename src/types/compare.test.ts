import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrayType,
  bigintType,
  bytesType,
  doubleType,
  field,
  intType,
  mapType,
  rowType,
  stringType,
  timestampType,
} from './logical-type.js';
import {
  compareDoubles,
  compareUtf8,
  nullsFirst,
  nullsLast,
  valueComparator,
  valueEquals,
  valueKey,
} from './compare.js';
import { makeTimestamp } from './values.js';

test('Java Double.compare ordering', () => {
  assert.equal(compareDoubles(-0, 0), -1);
  assert.equal(compareDoubles(NaN, Infinity), 1);
  assert.equal(compareDoubles(NaN, NaN), 0);
  assert.equal(compareDoubles(1, 2), -1);
});

test('strings order by code point (UTF-8 byte order)', () => {
  // U+FF61 sorts before U+1F600 by code point, although its UTF-16 unit is larger than the surrogate
  assert.ok(compareUtf8('\uff61', '😀') < 0);
  assert.ok('\uff61' > '😀');
  assert.ok(compareUtf8('a', 'ab') < 0);
  assert.equal(compareUtf8('é', 'é'), 0);
});

test('comparators per type, nested NULLs first', () => {
  assert.ok(valueComparator(bigintType())(1n, 2n) < 0);
  assert.ok(valueComparator(timestampType(9))(makeTimestamp(5, 1), 5) > 0);
  assert.ok(valueComparator(bytesType())(new Uint8Array([1, 255]), new Uint8Array([2])) < 0);
  assert.ok(valueComparator(arrayType(intType()))([1, null], [1, 0]) < 0);
  const r = rowType([field('a', intType()), field('b', stringType())]);
  assert.ok(valueComparator(r)([1, 'b'], [1, 'a']) > 0);
  assert.deepEqual([3, null, 1].sort(nullsFirst(valueComparator(intType()))), [null, 1, 3]);
  assert.deepEqual([3, null, 1].sort(nullsLast(valueComparator(intType()))), [1, 3, null]);
  assert.ok(valueEquals(doubleType())(NaN, NaN));
});

test('value keys are equal exactly for equal values', () => {
  const k = valueKey(arrayType(intType()));
  assert.equal(k([1, 2]), k([1, 2]));
  assert.notEqual(k([1, 2]), k([12]));
  const m = valueKey(mapType(stringType(), intType()));
  assert.equal(
    m(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    ),
    m(
      new Map([
        ['b', 2],
        ['a', 1],
      ]),
    ),
  );
  assert.equal(valueKey(timestampType(9))(makeTimestamp(5, 0)), 5);
  assert.notEqual(valueKey(doubleType())(-0), valueKey(doubleType())(0));
});
