import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charType, formatType, intType, stringType, type LogicalType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './index.js';

const ctx = { timeZone: 'UTC', exprText: 'f(x)' };
const lit = (s: string): LogicalType => charType(s.length, false);

function infer(name: string, types: LogicalType[], literals: unknown[]): LogicalType {
  return BUILTIN_FUNCTIONS.scalar(name)!.inferType(types, literals);
}

test('OBJECT_OF types each attribute as its value and builds the row', () => {
  const types = [lit('com.example.User'), lit('a'), intType(false), lit('b'), charType(3, false)];
  const lits = ['com.example.User', 'a', 42, 'b', 'Bob'];
  const t = infer('OBJECT_OF', types, lits);
  assert.equal(formatType(t), "STRUCTURED<'com.example.User', `a` INT NOT NULL, `b` CHAR(3) NOT NULL>");
  const f = BUILTIN_FUNCTIONS.scalar('OBJECT_OF')!.implement(types, t, ctx);
  assert.deepEqual(f(...lits), [42, 'Bob']);
  assert.deepEqual(f('com.example.User', 'a', null, 'b', null), [null, null]);
});

test("OBJECT_OF refuses what ObjectOfInputTypeStrategy refuses, in Flink's words", () => {
  const bad: [LogicalType[], unknown[], RegExp][] = [
    [[lit('x.Y'), lit('a')], ['x.Y', 'a'], /Invalid number of arguments\. 2 arguments passed\./],
    [[], [], /At least 1 arguments expected but 0 passed/],
    [
      [intType(false)],
      [1],
      /must be a non-nullable character string representing the class name, but was INT NOT NULL\./,
    ],
    [[stringType()], [undefined], /non-nullable character string literal representing the class name\./],
    [
      [lit('x.Y'), intType(false), intType()],
      ['x.Y', 1, undefined],
      /field key at position 2 must be a non-nullable character string, but was INT NOT NULL\./,
    ],
    [
      [lit('x.Y'), stringType(), intType()],
      ['x.Y', null, undefined],
      /field key at position 2 must be a non-nullable character string literal\./,
    ],
    [
      [lit('x.Y'), lit('a'), intType(), lit('a'), intType()],
      ['x.Y', 'a', undefined, 'a', undefined],
      /The field name 'a' at position 4 is repeated\./,
    ],
    [[lit('x.if'), lit('a'), intType()], ['x.if', 'a', undefined], /Invalid class name 'x.if'/],
  ];
  for (const [types, lits, re] of bad) assert.throws(() => infer('OBJECT_OF', types, lits), re);
});

test('OBJECT_UPDATE copies the row, replaces attributes and their types in declaration order', () => {
  const obj = infer(
    'OBJECT_OF',
    [lit('x.Y'), lit('b'), intType(), lit('a'), stringType()],
    ['x.Y', 'b', 1, 'a', 's'],
  );
  const types = [obj, lit('a'), intType(false)];
  const t = infer('OBJECT_UPDATE', types, [undefined, 'a', 7]);
  assert.equal(formatType(t), "STRUCTURED<'x.Y', `b` INT, `a` INT NOT NULL>");
  const f = BUILTIN_FUNCTIONS.scalar('OBJECT_UPDATE')!.implement(types, t, ctx);
  const row = [1, 's'];
  assert.deepEqual(f(row, 'a', 7), [1, 7]);
  assert.deepEqual(row, [1, 's'], 'the input row is not changed');
  assert.equal(f(null, 'a', 7), null);
  // the message lists the attributes in java.util.HashMap order ('b' and 'a': a, b)
  assert.throws(
    () => infer('OBJECT_UPDATE', [obj, lit('zz'), intType()], [undefined, 'zz', 1]),
    /The field name 'zz' at position 2 is not part of the structured type attributes\. Available attributes: \[a, b\]\./,
  );
  assert.throws(
    () => infer('OBJECT_UPDATE', [intType(), lit('a'), intType()], [1, 'a', 1]),
    /must be a structured type, but was INT\./,
  );
  assert.throws(
    () => infer('OBJECT_UPDATE', [obj], [undefined]),
    /At least 3 arguments expected but 1 passed/,
  );
});
