/**
 * Fixes found by the SQL fuzz test (src/testing/sql-fuzz.test.ts): argument types a function
 * accepted at validation but could not convert at run time, and values of the untyped NULL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  arrayType,
  bigintType,
  charType,
  dayTimeIntervalType,
  findCommonValueType,
  intType,
  nullType,
  smallintType,
  timestampType,
  valueKey,
} from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './registry.js';
import { callFn, typeOfFn } from './test-util.js';

const refuses = (name: string, types: Parameters<typeof typeOfFn>[1], re: RegExp): void =>
  assert.throws(() => typeOfFn(name, types), re, `${name} must refuse these arguments`);

test('a comparison of an INTERVAL with a TIMESTAMP is refused at validation', () => {
  const iv = dayTimeIntervalType();
  refuses('=', [iv, timestampType(3)], /Cannot apply '=' to arguments of type/);
  refuses('<', [timestampType(3), iv], /Cannot apply '<'/);
  refuses('IN', [iv, timestampType(3)], /./);
});

test('GREATEST / LEAST / COALESCE / IFNULL / NULLIF / CASE refuse values without a common value type', () => {
  const ts = timestampType(3);
  refuses('LEAST', [ts, smallintType()], /Invalid function call/);
  refuses('GREATEST', [dayTimeIntervalType(), ts], /Invalid function call/);
  refuses('COALESCE', [ts, intType()], /./);
  refuses('IFNULL', [ts, intType()], /./);
  refuses('NULLIF', [ts, intType()], /./);
  refuses('CASE', [{ kind: 'BOOLEAN', nullable: true }, ts, intType()], /./);
  // findCommonType's arithmetic patterns stay for arithmetic: TIMESTAMP + INTERVAL is a TIMESTAMP
  assert.equal(findCommonValueType([ts, dayTimeIntervalType()]), undefined);
  assert.equal(typeOfFn('COALESCE', [timestampType(3), timestampType(6)]), 'TIMESTAMP(6)');
});

test('ROUND / TRUNCATE need an integer scale', () => {
  refuses('TRUNCATE', [bigintType(), arrayType(intType())], /Cannot apply 'TRUNCATE' to arguments of type/);
  refuses(
    'ROUND',
    [intType(), { kind: 'DOUBLE', nullable: true }],
    /Supported form\(s\): 'ROUND\(<NUMERIC>, <INTEGER>\)'/,
  );
  assert.equal(callFn('ROUND', [intType(false), intType(false)], [1234, -2]), 1200);
});

test('the untyped NULL: keys and conversions do not recurse or fail', () => {
  assert.equal(valueKey(nullType())(null), '\u0000null');
  assert.equal(typeof valueKey(arrayType(nullType()))([null]), 'string');
  const args = [nullType(), arrayType(charType(1, false), false)];
  const def = BUILTIN_FUNCTIONS.scalar('ARRAY_EXCEPT')!;
  const rt = def.inferType(args, [null, ['a', 'b']]);
  assert.equal(rt.kind, 'ARRAY');
  const f = def.implement(args, rt, { timeZone: 'UTC', exprText: 'ARRAY_EXCEPT(NULL, x)' });
  assert.equal(typeof f, 'function');
});
