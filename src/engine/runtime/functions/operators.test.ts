import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bigintType,
  booleanType,
  dateType,
  dayTimeIntervalType,
  decimalType,
  doubleType,
  formatType,
  intType,
  nullType,
  stringType,
  timestampType,
  tinyintType,
  yearMonthIntervalType,
  type LogicalType,
} from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './registry.js';

/** Infers and implements a call like the engine does, then applies it (NULL-strict handled here). */
function call(name: string, types: LogicalType[], ...args: unknown[]): unknown {
  const def = BUILTIN_FUNCTIONS.scalar(name)!;
  assert.ok(def, `no function ${name}`);
  const rt = def.inferType(types, []);
  const f = def.implement(types, rt, { timeZone: 'UTC', exprText: `${name}(...)` });
  if (def.nullStrict && args.some((a) => a === null)) return null;
  return f(...args);
}
const typeOf = (name: string, ...types: LogicalType[]) =>
  formatType(BUILTIN_FUNCTIONS.scalar(name)!.inferType(types, []));
const I = intType(false);

test('integer arithmetic is Java int arithmetic', () => {
  assert.equal(call('+', [I, I], 2147483647, 1), -2147483648);
  assert.equal(call('*', [I, I], 65536, 65536), 0);
  assert.equal(call('/', [I, I], 7, 2), 3);
  assert.equal(call('/', [I, I], -7, 2), -3);
  assert.equal(call('%', [I, I], 7, -2), 1);
  assert.equal(call('%', [I, I], -7, 2), -1);
  assert.equal(call('+', [tinyintType(false), tinyintType(false)], 127, 1), -128);
  assert.equal(call('+', [I, bigintType(false)], 1, 9223372036854775807n), -9223372036854775808n);
  assert.equal(call('NEG', [I], -2147483648), -2147483648);
  assert.equal(typeOf('/', I, I), 'INT NOT NULL');
  assert.equal(typeOf('MOD', bigintType(false), I), 'INT NOT NULL');
  assert.equal(call('MOD', [bigintType(false), I], 10n, 3), 1);
});

test('division by zero: integer fails naming the expression, double gives Infinity', () => {
  const def = BUILTIN_FUNCTIONS.scalar('/')!;
  const f = def.implement([I, I], I, { timeZone: 'UTC', exprText: 'price / qty' });
  assert.throws(
    () => f(1, 0),
    (e: Error) => e.name === 'ExecutionError' && e.message.includes('price / qty'),
  );
  assert.equal(call('/', [doubleType(false), I], 1, 0), Infinity);
  assert.ok(Number.isNaN(call('/', [doubleType(false), doubleType(false)], 0, 0) as number));
});

test('DECIMAL arithmetic is exact and NULL on overflow', () => {
  const d11 = decimalType(1, 1, false);
  assert.equal(typeOf('+', d11, d11), 'DECIMAL(2, 1) NOT NULL');
  assert.equal(call('+', [d11, d11], 1n, 2n), 3n); // 0.1 + 0.2 = 0.3
  const d = decimalType(38, 0, false);
  assert.equal(call('*', [d, d], 10n ** 37n, 10n), null);
  assert.equal(typeOf('/', decimalType(10, 2, false), I), 'DECIMAL(21, 13) NOT NULL');
  assert.equal(call('/', [decimalType(10, 2, false), I], 100n, 3), 3333333333333n); // 1.00 / 3
  assert.equal(call('+', [I, decimalType(5, 2, false)], 1, 150n), 250n);
  assert.equal(call('*', [decimalType(5, 2, false), doubleType(false)], 150n, 2), 3);
});

test('datetime and interval arithmetic', () => {
  const day = 86400000;
  assert.equal(call('+', [dateType(false), dayTimeIntervalType('DAY')], 0, 2 * day), 2);
  assert.equal(
    call('+', [dateType(false), yearMonthIntervalType('MONTH')], Date.UTC(2021, 0, 31) / day, 1),
    Date.UTC(2021, 1, 28) / day,
  );
  assert.equal(
    call('-', [timestampType(3), dayTimeIntervalType('HOUR')], Date.UTC(2021, 0, 1), 3600000),
    Date.UTC(2020, 11, 31, 23),
  );
  assert.equal(
    typeOf('+', timestampType(3, false), dayTimeIntervalType('SECOND', 2, 3, false)),
    'TIMESTAMP(3) NOT NULL',
  );
});

test('comparisons, BETWEEN, IN, LIKE, IS', () => {
  assert.equal(call('=', [I, bigintType(false)], 1, 1n), true);
  // BIGINT against INT compares exactly, including values beyond 2^53.
  const B = bigintType(false);
  const big = 2n ** 53n + 1n;
  for (const [op, lt, eq, gt] of [
    ['=', false, true, false],
    ['<>', true, false, true],
    ['<', true, false, false],
    ['<=', true, true, false],
    ['>', false, false, true],
    ['>=', false, true, true],
  ] as const) {
    assert.equal(call(op, [B, I], 9n, 10), lt, `9 ${op} 10`);
    assert.equal(call(op, [B, I], 10n, 10), eq, `10 ${op} 10`);
    assert.equal(call(op, [I, B], 11, 10n), gt, `11 ${op} 10`);
    assert.equal(call(op, [B, I], -big, -2147483648), lt, `-2^53-1 ${op} INT_MIN`);
    assert.equal(call(op, [B, intType(false)], big, 2147483647), gt, `2^53+1 ${op} INT_MAX`);
  }
  assert.equal(call('=', [B, I], 2n ** 53n, 2 ** 53), true);
  assert.equal(call('=', [B, I], big, 2 ** 53), false);
  assert.equal(call('<', [I, doubleType(false)], 1, 1.5), true);
  assert.equal(call('=', [doubleType(false), doubleType(false)], NaN, NaN), false);
  assert.equal(call('=', [stringType(false), stringType(false)], 'a', 'a'), true);
  assert.equal(call('<', [stringType(false), stringType(false)], 'a', 'b'), true);
  assert.equal(call('=', [decimalType(5, 2, false), I], 100n, 1), true);
  // DATE vs TIMESTAMP compares as TIMESTAMP
  assert.equal(call('=', [dateType(false), timestampType(3, false)], 0, 36000000), false);
  assert.equal(call('<', [dateType(false), timestampType(3, false)], 0, 36000000), true);
  assert.equal(call('BETWEEN', [I, I, I], 2, 1, 3), true);
  assert.equal(call('BETWEEN', [I, I, I], 2, 3, 1), false);
  assert.equal(call('BETWEEN SYMMETRIC', [I, I, I], 2, 3, 1), true);
  assert.equal(call('BETWEEN', [I, intType(), I], 2, null, 1), false);
  assert.equal(call('BETWEEN', [I, intType(), I], 2, null, 3), null);
  assert.equal(call('NOT BETWEEN', [I, I, I], 5, 1, 3), true);
  // documented examples
  const NI = intType();
  assert.equal(call('BETWEEN', [I, I, I], 12, 15, 12), false);
  assert.equal(call('BETWEEN SYMMETRIC', [I, I, I], 12, 15, 12), true);
  assert.equal(call('BETWEEN', [I, I, NI], 12, 10, null), null);
  assert.equal(call('BETWEEN', [I, NI, I], 12, null, 10), false);
  assert.equal(call('BETWEEN SYMMETRIC', [I, NI, I], 12, null, 12), null);
  assert.equal(call('NOT BETWEEN', [I, I, I], 12, 15, 12), true);
  assert.equal(call('NOT BETWEEN SYMMETRIC', [I, I, I], 12, 15, 12), false);
  assert.equal(call('NOT BETWEEN', [I, NI, I], 12, null, 15), null);
  assert.equal(call('NOT BETWEEN', [I, I, NI], 12, 15, null), true);
  assert.equal(call('NOT BETWEEN SYMMETRIC', [I, I, NI], 12, 12, null), null);
  assert.equal(call('IN', [I, I, I, I], 4, 1, 2, 3), false);
  assert.equal(call('IN', [I, I, I, NI], 4, 1, 2, null), null);
  assert.equal(call('NOT IN', [I, I, I, NI], 1, 1, 2, null), false);
  assert.equal(call('IN', [I, I, intType()], 1, 2, null), null);
  assert.equal(call('IN', [I, I, intType()], 1, 1, null), true);
  assert.equal(call('NOT IN', [I, I, I], 1, 2, 3), true);
  assert.equal(call('NOT IN', [I, I, intType()], 1, 2, null), null);
  const S = stringType(false);
  assert.equal(call('LIKE', [S, S], 'abc', 'a%'), true);
  assert.equal(call('LIKE', [S, S], 'abc', 'a_'), false);
  assert.equal(call('LIKE', [S, S, S], 'a_c', 'a\\_c', '\\'), true);
  assert.equal(call('LIKE', [S, S, S], 'abc', 'a\\_c', '\\'), false);
  assert.equal(call('LIKE', [S, S], 'a.c', 'a.c'), true);
  assert.equal(call('LIKE', [S, S], 'line1\nline2', 'line1%'), true);
  assert.equal(call('SIMILAR TO', [S, S], 'abc', '(a|x)%'), true);
  assert.equal(call('IS NULL', [intType()], null), true);
  assert.equal(call('IS NOT TRUE', [booleanType()], null), true);
  assert.equal(call('IS DISTINCT FROM', [intType(), intType()], null, null), false);
  assert.equal(call('IS DISTINCT FROM', [intType(), intType()], 1, null), true);
  assert.throws(() => typeOf('=', I, booleanType()), /Cannot apply '=' to arguments of type/);
});

test('conditional functions', () => {
  assert.equal(typeOf('CASE', booleanType(), I, bigintType(false)), 'BIGINT NOT NULL');
  assert.equal(typeOf('CASE', booleanType(), I), 'INT');
  assert.equal(call('CASE', [booleanType(), I, bigintType(false)], false, 1, 2n), 2n);
  assert.equal(call('CASE', [booleanType(), I, bigintType(false)], true, 1, 2n), 1n);
  assert.equal(typeOf('COALESCE', intType(), I), 'INT NOT NULL');
  assert.equal(call('COALESCE', [intType(), bigintType()], null, 5n), 5n);
  assert.equal(call('NULLIF', [I, I], 1, 1), null);
  assert.equal(call('NULLIF', [I, I], 1, 2), 1);
  assert.equal(call('IF', [booleanType(), I, I], true, 1, 2), 1);
  assert.equal(call('IFNULL', [intType(), I], null, 2), 2);
  assert.equal(call('GREATEST', [I, I, I], 1, 3, 2), 3);
  assert.equal(call('LEAST', [I, doubleType(false)], 1, 0.5), 0.5);
  assert.equal(call('GREATEST', [intType(), I], null, 3), null);
  assert.equal(call('AND', [booleanType(), booleanType()], null, false), false);
  assert.equal(call('OR', [booleanType(), booleanType()], null, false), null);
  assert.equal(call('IS_DIGIT', [stringType()], '123'), true);
  assert.equal(call('IS_ALPHA', [stringType()], 'ab1'), false);
  assert.equal(typeOf('COALESCE', nullType(), stringType(false)), 'STRING NOT NULL');
});

test('CAST and TRY_CAST through the registry', () => {
  assert.equal(typeOf('CAST', stringType(false), I), 'INT NOT NULL');
  assert.equal(typeOf('TRY_CAST', stringType(false), I), 'INT');
  assert.equal(call('CAST', [stringType(), I], '42'), 42);
  assert.equal(call('TRY_CAST', [stringType(), I], 'x'), null);
  assert.throws(() => call('CAST', [stringType(), I], 'x'), /Cannot cast 'x'/);
  assert.throws(() => typeOf('CAST', I, timestampType(3)), /not allowed/);
  const cast = BUILTIN_FUNCTIONS.scalar('CAST')!;
  assert.throws(
    () => cast.implement([I], dateType(), { timeZone: 'UTC', exprText: 'CAST(x AS DATE)' }),
    (e: Error) =>
      e.name === 'SqlError' &&
      /Cast function cannot convert value of type INTEGER to type DATE/.test(e.message),
  );
});
