/**
 * Keys as Flink compares them: its keys are BinaryRowData (BinaryRowWriter.writeDouble stores the
 * raw bits), so DOUBLE / FLOAT -0.0 and 0.0 are two keys, while NaN is one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeKeyPart, keyPart, keySelector, NEGATIVE_ZERO_KEY, valuesEqual } from './values.js';
import { RowKeyedMap } from './state/row-keyed-table.js';

test('-0.0 and 0.0 are two keys of one column, of several columns, and in nested values', () => {
  const m = new Map<unknown, number>();
  for (const v of [0, -0, 0, -0, 1.5]) m.set(keyPart(v), (m.get(keyPart(v)) ?? 0) + 1);
  assert.deepEqual([...m.values()], [2, 2, 1]);
  assert.equal(keyPart(-0), NEGATIVE_ZERO_KEY);
  assert.equal(keyPart(0), 0);
  assert.equal(
    new Map([
      [keyPart(NaN), 1],
      [keyPart(0 / 0), 2],
    ]).size,
    1,
  );
  assert.notEqual(encodeKeyPart(-0), encodeKeyPart(0));
  assert.notEqual(encodeKeyPart([1, -0]), encodeKeyPart([1, 0]));
  const one = keySelector([1]);
  const two = keySelector([0, 1]);
  assert.notEqual(one(['a', -0]), one(['a', 0]));
  assert.notEqual(two(['a', -0]), two(['a', 0]));
  assert.equal(two(['a', -0]), two(['a', -0]));
});

test('a RowKeyedMap keeps -0.0 and 0.0 apart, alone and under a shared first column', () => {
  for (const cols of [[1], [0, 1]]) {
    const t = new RowKeyedMap<string>(cols, (v, j) =>
      j === 0 && cols.length === 2 ? 'k' : v === 'neg' ? -0 : 0,
    );
    t.add(['k', 0], 'pos');
    t.add(['k', -0], 'neg');
    assert.equal(t.get(['k', 0]), 'pos', `columns ${cols.join(',')}`);
    assert.equal(t.get(['k', -0]), 'neg', `columns ${cols.join(',')}`);
  }
});

test('values stay equal numerically: a result of -0.0 equals one of 0.0 (no update emitted)', () => {
  assert.equal(valuesEqual(-0, 0), true);
});
