import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigintType, decimalType, doubleType, floatType, intType } from '../../../types/index.js';
import { callFn, typeOfFn } from './test-util.js';

const D = doubleType(false);
const I = intType(false);

test('ROUND / TRUNCATE follow BigDecimal (HALF_UP from the shortest decimal text)', () => {
  assert.equal(callFn('ROUND', [D, I], [2.675, 2]), 2.68);
  assert.equal(callFn('ROUND', [D], [-1.5]), -2);
  assert.equal(callFn('ROUND', [D], [2.5]), 3);
  assert.equal(callFn('ROUND', [D, I], [1234.5, -2]), 1200);
  assert.equal(callFn('TRUNCATE', [D, I], [42.324, 2]), 42.32);
  assert.equal(callFn('TRUNCATE', [D], [42.324]), 42);
  assert.equal(callFn('TRUNCATE', [D, I], [-42.329, 2]), -42.32);
  const d53 = decimalType(5, 3, false);
  assert.equal(typeOfFn('TRUNCATE', [d53, I], [42324n, 2]), 'DECIMAL(5, 2) NOT NULL');
  assert.equal(callFn('TRUNCATE', [d53, I], [42324n, 2]), 4232n);
  assert.equal(typeOfFn('ROUND', [decimalType(3, 2, false), I], [125n, 1]), 'DECIMAL(3, 1) NOT NULL');
  assert.equal(callFn('ROUND', [decimalType(3, 2, false), I], [125n, 1]), 13n);
  assert.equal(callFn('ROUND', [decimalType(3, 2, false), I], [-125n, 1]), -13n);
  assert.equal(typeOfFn('ROUND', [decimalType(10, 2, false)], []), 'DECIMAL(9, 0) NOT NULL');
  assert.equal(callFn('ROUND', [decimalType(10, 2, false)], [150n]), 2n);
  assert.equal(callFn('ROUND', [I, I], [1234, -2]), 1200);
  assert.equal(callFn('ROUND', [bigintType(false), I], [1250n, -2]), 1300n);
  assert.equal(
    Math.fround(callFn('ROUND', [floatType(false), I], [Math.fround(1.25), 1]) as number),
    Math.fround(1.3),
  );
});

test('other numeric functions', () => {
  assert.equal(callFn('ABS', [I], [-5]), 5);
  assert.equal(callFn('ABS', [I], [-2147483648]), -2147483648);
  assert.equal(callFn('ABS', [decimalType(5, 2, false)], [-150n]), 150n);
  assert.equal(callFn('POWER', [I, I], [2, 10]), 1024);
  assert.equal(callFn('SQRT', [D], [4]), 2);
  assert.equal(callFn('LN', [D], [Math.E]), 1);
  assert.equal(callFn('LOG10', [I], [1000]), 3);
  assert.equal(callFn('LOG2', [I], [8]), 3);
  assert.equal(callFn('LOG', [I, I], [2, 8]), 3);
  assert.equal(callFn('LOG', [D], [1]), 0);
  assert.equal(callFn('SIGN', [D], [-3.5]), -1);
  assert.equal(callFn('SIGN', [decimalType(5, 2, false)], [-150n]), -100n);
  assert.equal(callFn('DEGREES', [D], [Math.PI]), 180);
  assert.equal(callFn('CEIL', [D], [1.2]), 2);
  assert.equal(callFn('FLOOR', [D], [-1.2]), -2);
  assert.equal(typeOfFn('SQRT', [I]), 'DOUBLE NOT NULL');
  assert.equal(typeOfFn('ABS', [intType()]), 'INT');
  const r = callFn('RAND', [I], [42]) as number;
  assert.ok(r >= 0 && r < 1);
  const n = callFn('RAND_INTEGER', [I], [10]) as number;
  assert.ok(Number.isInteger(n) && n >= 0 && n < 10);
  assert.match(
    callFn('UUID', [], []) as string,
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
});

test('java.util.Random sequence for RAND(seed)', () => {
  // new java.util.Random(42).nextDouble() == 0.7275636800328681
  assert.equal(callFn('RAND', [I], [42]), 0.7275636800328681);
  // new java.util.Random(42).nextInt(10) == 0
  assert.equal(callFn('RAND_INTEGER', [I, I], [42, 10]), 0);
});
