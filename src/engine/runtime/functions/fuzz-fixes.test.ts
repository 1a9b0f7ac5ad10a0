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
import { ExecutionError } from '../../../common/errors.js';
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

test('ROUND / TRUNCATE with a huge digits argument do not build a huge power of ten', () => {
  assert.equal(callFn('ROUND', [intType(false), bigintType(false)], [-1, -9223372036854775807n]), 0);
  assert.equal(callFn('TRUNCATE', [bigintType(false), intType(false)], [123n, -2147483647]), 0n);
  assert.equal(callFn('ROUND', [intType(false), intType(false)], [5, 2147483647]), 5);
});

test('IS [NOT] DISTINCT FROM a text that is not a timestamp: the text counts as NULL, no failure', () => {
  const s = charType(3, false);
  const ts = timestampType(6, false);
  assert.equal(callFn('IS NOT DISTINCT FROM', [s, ts], ['ba ', -62135596800000]), false);
  assert.equal(callFn('IS DISTINCT FROM', [s, ts], ['x  ', 0]), true);
});

test('REPEAT / LPAD / RPAD refuse a result too long for a string, naming the call', () => {
  const s = charType(3, false);
  const def = BUILTIN_FUNCTIONS.scalar('REPEAT')!;
  const args = [s, intType(false)];
  const f = def.implement(args, def.inferType(args, []), {
    timeZone: 'UTC',
    exprText: 'REPEAT(c, 2147483647)',
  });
  assert.throws(
    () => f('xyz', 2147483647),
    (e: unknown) => e instanceof ExecutionError && /REPEAT\(c, 2147483647\)/.test(e.message),
  );
  const lpad = BUILTIN_FUNCTIONS.scalar('LPAD')!;
  const pargs = [s, intType(false), s];
  const g = lpad.implement(pargs, lpad.inferType(pargs, []), { timeZone: 'UTC', exprText: 'LPAD(a, n, b)' });
  assert.throws(() => g('a', 2147483647, 'xy'), ExecutionError);
  assert.equal(g('abc', 5, 'xy'), 'xyabc');
  assert.equal(callFn('REPEAT', args, ['ab', 3]), 'ababab');
});

test('CONCAT() without arguments is refused (it gave a binary value before)', () => {
  refuses('CONCAT', [], /Invalid number of arguments to function 'CONCAT'/);
  assert.equal(callFn('CONCAT', [charType(1, false)], ['a']), 'a');
});

test('RAND_INTEGER with a bound beyond INT fails instead of looping forever', () => {
  const def = BUILTIN_FUNCTIONS.scalar('RAND_INTEGER')!;
  for (const types of [[intType(false), bigintType(false)], [bigintType(false)]]) {
    const f = def.implement(types, def.inferType(types, []), {
      timeZone: 'UTC',
      exprText: 'RAND_INTEGER(…)',
    });
    const args = types.length === 2 ? [127, 10000000000n] : [10000000000n];
    assert.throws(
      () => f(...args),
      (e: unknown) => e instanceof ExecutionError && /bound must be an INT/.test(e.message),
    );
  }
  const seeded = def.implement([intType(false), intType(false)], intType(false), {
    timeZone: 'UTC',
    exprText: 'x',
  });
  const v = seeded(1, 10) as number;
  assert.ok(Number.isInteger(v) && v >= 0 && v < 10);
});

test('INTERVAL * / a double narrows as Java does: NaN is 0, Infinity saturates (no NaN timestamps)', () => {
  const ym = { kind: 'INTERVAL_YEAR_MONTH', nullable: false, resolution: 'MONTH', yearPrecision: 2 } as const;
  const dbl = { kind: 'DOUBLE', nullable: false } as const;
  const div = BUILTIN_FUNCTIONS.scalar('/')!;
  const t = div.inferType([ym, dbl], []);
  const f = div.implement([ym, dbl], t, { timeZone: 'UTC', exprText: 'i / d' });
  assert.equal(f(-1, 0), -2147483648);
  assert.equal(f(1, 0), 2147483647);
  assert.equal(f(0, 0), 0);
  assert.equal(f(3, 2), 1);
});

test('MAP_KEYS / MAP_VALUES / MAP_ENTRIES of an untyped NULL and ROW access by an expression are refused', () => {
  for (const f of ['MAP_KEYS', 'MAP_VALUES', 'MAP_ENTRIES'])
    refuses(f, [nullType()], new RegExp(`Expected signatures are:\\n${f}\\(input <MAP>\\)`));
  const row = { kind: 'ROW', nullable: true, fields: [{ name: 'x', type: intType() }] } as const;
  refuses('ITEM', [row, charType(3, false)], /by a field name or 1-based position literal/);
  assert.equal(typeOfFn('ITEM', [row, charType(1, false)], [undefined, 'x']), 'INT');
});

test('TO_TIMESTAMP_LTZ of NaN is NULL, as Flink’s range check is false for it (no NaN timestamps)', () => {
  const dbl = { kind: 'DOUBLE', nullable: false } as const;
  assert.equal(callFn('TO_TIMESTAMP_LTZ', [dbl], [NaN]), null);
  assert.equal(callFn('TO_TIMESTAMP_LTZ', [dbl, intType(false)], [NaN, 0]), null);
  assert.equal(callFn('TO_TIMESTAMP_LTZ', [dbl], [1500.9]), 1500);
});

test('FROM_UNIXTIME narrows to a Java long and wraps seconds * 1000 as Java does (no NaN dates)', () => {
  const dbl = { kind: 'DOUBLE', nullable: false } as const;
  assert.equal(callFn('FROM_UNIXTIME', [dbl], [NaN]), '1970-01-01 00:00:00');
  // (long) Infinity = Long.MAX_VALUE; Long.MAX_VALUE * 1000 wraps to -1000
  assert.equal(callFn('FROM_UNIXTIME', [dbl], [Infinity]), '1969-12-31 23:59:59');
  assert.equal(callFn('FROM_UNIXTIME', [bigintType(false)], [9223372036854775807n]), '1969-12-31 23:59:59');
  assert.equal(callFn('FROM_UNIXTIME', [dbl], [1.9]), '1970-01-01 00:00:01');
});
