import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrayType,
  bigintType,
  booleanType,
  charType,
  dateType,
  decimalType,
  doubleType,
  floatType,
  intType,
  nullType,
  smallintType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tinyintType,
  varcharType,
} from './logical-type.js';
import { formatType } from './format-type.js';
import { arithmeticResultType, avgResultType, findCommonType, sumResultType } from './type-merging.js';

const common = (...ts: Parameters<typeof findCommonType>[0]) => {
  const r = findCommonType(ts);
  return r && formatType(r);
};

test('findCommonType as LogicalTypeMerging', () => {
  assert.equal(common(intType(), bigintType(), decimalType(2, 2)), 'DECIMAL(21, 2)');
  assert.equal(common(intType(false), bigintType(false)), 'BIGINT NOT NULL');
  assert.equal(common(intType(false), nullType()), 'INT');
  assert.equal(common(intType(), doubleType()), 'DOUBLE');
  assert.equal(common(intType(), floatType()), 'FLOAT');
  assert.equal(common(decimalType(10, 2), floatType()), 'DOUBLE');
  assert.equal(common(charType(2), charType(2)), 'CHAR(2)');
  assert.equal(common(charType(2), charType(5)), 'VARCHAR(5)');
  assert.equal(common(charType(2), varcharType(1)), 'VARCHAR(2)');
  assert.equal(common(varcharType(3), stringType()), 'STRING');
  assert.equal(common(timestampType(3), timestampLtzType(6)), 'TIMESTAMP_LTZ(6)');
  assert.equal(common(timeType(0), timeType(3)), 'TIME(3)');
  // DATE and TIMESTAMP are not similar; TIMESTAMP casts implicitly to DATE (findCommonCastableType)
  assert.equal(common(dateType(), timestampType(3)), 'DATE');
  assert.equal(common(arrayType(intType()), arrayType(bigintType())), 'ARRAY<BIGINT>');
  assert.equal(common(booleanType(), booleanType(false)), 'BOOLEAN');
  assert.equal(common(intType(), stringType()), undefined);
  assert.equal(common(nullType(), nullType()), undefined);
  assert.equal(common(decimalType(38, 10), bigintType()), 'DECIMAL(38, 10)');
  assert.equal(common(decimalType(38, 30), bigintType()), 'DECIMAL(38, 19)');
});

test('arithmetic result types', () => {
  const r = (
    op: '+' | '-' | '*' | '/' | '%',
    a: Parameters<typeof arithmeticResultType>[1],
    b: Parameters<typeof arithmeticResultType>[2],
  ) => formatType(arithmeticResultType(op, a, b)!);
  assert.equal(r('/', intType(false), intType(false)), 'INT NOT NULL');
  assert.equal(r('+', tinyintType(false), tinyintType(false)), 'TINYINT NOT NULL');
  assert.equal(r('+', intType(), bigintType(false)), 'BIGINT');
  assert.equal(r('*', smallintType(false), doubleType(false)), 'DOUBLE NOT NULL');
  assert.equal(r('%', bigintType(false), intType(false)), 'INT NOT NULL');
  assert.equal(r('+', decimalType(10, 2), decimalType(10, 2)), 'DECIMAL(11, 2)');
  assert.equal(r('+', decimalType(38, 8), decimalType(32, 8)), 'DECIMAL(38, 7)');
  assert.equal(r('*', decimalType(10, 2), decimalType(10, 2)), 'DECIMAL(21, 4)');
  assert.equal(r('/', decimalType(10, 2), decimalType(10, 2)), 'DECIMAL(23, 13)');
  assert.equal(r('/', decimalType(10, 2), intType()), 'DECIMAL(21, 13)');
  assert.equal(r('%', decimalType(10, 2), decimalType(5, 1)), 'DECIMAL(6, 2)');
  assert.equal(r('+', intType(), decimalType(5, 2)), 'DECIMAL(13, 2)');
  assert.equal(r('+', decimalType(5, 2), doubleType()), 'DOUBLE');
  assert.equal(arithmeticResultType('+', intType(), stringType()), undefined);
});

test('aggregate result types', () => {
  assert.equal(formatType(sumResultType(intType(false))), 'INT');
  assert.equal(formatType(sumResultType(decimalType(10, 2))), 'DECIMAL(38, 2)');
  assert.equal(formatType(avgResultType(intType())), 'INT');
  assert.equal(formatType(avgResultType(decimalType(10, 2))), 'DECIMAL(38, 6)');
  assert.equal(formatType(avgResultType(decimalType(20, 10))), 'DECIMAL(38, 10)');
});
