/**
 * The wire forms of change kinds: the retract `op` header (byte 0..3, absent = +I, bad values
 * rejected) and Debezium envelopes (detection, c/r/u/d → changes, unknown ops rejected).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { field, intType, rowType, stringType } from '../../types/index.js';
import { opHeaderKind, opHeaderValue } from './changelog-codec.js';
import { debeziumChanges, debeziumRowType } from '../formats/debezium.js';

const op = (v: Buffer): [Buffer, Buffer][] => [[Buffer.from('op'), v]];

test("the 'op' header: RowKind bytes, none for inserts, text forms read, bad values rejected", () => {
  assert.equal(opHeaderKind([]), 0);
  assert.equal(opHeaderKind([[Buffer.from('other'), Buffer.from([3])]]), 0);
  for (const k of [0, 1, 2, 3]) assert.equal(opHeaderKind(op(Buffer.from([k]))), k);
  assert.equal(opHeaderKind(op(Buffer.from('-D'))), 3);
  assert.equal(opHeaderKind(op(Buffer.from('2'))), 2);
  assert.throws(() => opHeaderKind(op(Buffer.from([7]))), /invalid 'op' header/);
  assert.throws(() => opHeaderKind(op(Buffer.alloc(0))), /empty 'op' header/);
  assert.equal(opHeaderValue(0), undefined);
  assert.deepEqual(opHeaderValue(3), Buffer.from([3]));
});

test('Debezium envelopes: detected by before/after/op, changes per op', () => {
  const row = rowType([field('id', intType(false)), field('email', stringType())]);
  const env = rowType([field('before', row), field('after', row), field('op', stringType(false))]);
  assert.deepEqual(debeziumRowType(env), row);
  assert.equal(debeziumRowType(row), undefined);
  assert.equal(debeziumRowType(rowType([field('before', row), field('after', row)])), undefined);
  const out: unknown[] = [];
  const emit = (v: readonly unknown[], k: number): number => out.push([k, ...v]);
  debeziumChanges(null, [1, 'a'], 'c', emit);
  debeziumChanges(null, [2, 'b'], 'r', emit);
  debeziumChanges([1, 'a'], [1, 'z'], 'u', emit);
  debeziumChanges([2, 'b'], null, 'd', emit);
  assert.deepEqual(out, [
    [0, 1, 'a'],
    [0, 2, 'b'],
    [1, 1, 'a'],
    [2, 1, 'z'],
    [3, 2, 'b'],
  ]);
  assert.throws(() => debeziumChanges(null, null, 'x', emit), /Unknown "op" value "x"/);
  assert.throws(() => debeziumChanges(null, null, 'd', emit), /"before" field of DELETE message is null/);
});
