import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  dateType,
  makeTimestamp,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tsMillis,
  tsNanoOfMilli,
  type LogicalType,
} from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { formatJavaPattern } from '../functions/java-date-format.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileCalcBatch, compileScalar } from './compile.js';
import { dateFormatMemo, type DateFormatImpl } from './inline-date-format.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const S = stringType(false);
const DAY = 86_400_000;

function dateFormat(T: LogicalType, pattern: string): Extract<RexExpr, { k: 'call' }> {
  return call('DATE_FORMAT', [ref(0, T), lit(pattern, S)], S) as Extract<RexExpr, { k: 'call' }>;
}

function library(T: LogicalType, zone = 'UTC'): DateFormatImpl {
  return BUILTIN_FUNCTIONS.scalar('DATE_FORMAT')!.implement([T, S], S, {
    timeZone: zone,
    exprText: 'DATE_FORMAT',
  }) as DateFormatImpl;
}

/**
 * Patterns of whole units (memoised) and finer ones (plain call), as Flink queries use them. (An
 * offset letter such as XXX fails the call for a TIMESTAMP, as in Flink: not among these.)
 */
const PATTERNS = [
  'yyyy-MM-dd',
  'HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  'yyyyMMddHH',
  "EEE, d MMM yyyy 'at' hh a",
  'D k K',
  'yy/M/d H:m:s',
  'yyyy-MM-dd HH:mm:ss.SSS',
  'HH:mm:ss.SSSSSS',
];

test('memoised DATE_FORMAT of TIMESTAMP equals formatting each value afresh, in any order', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...PATTERNS),
      fc.constantFrom(timestampType(3), timestampType(9), timeType(3)),
      fc.integer({ min: -(2 ** 44), max: 2 ** 45 }),
      // values near each other (same day / minute / second, or just across a boundary) and far
      fc.array(
        fc.oneof(
          fc.integer({ min: -3 * DAY, max: 3 * DAY }),
          fc.integer({ min: -1500, max: 1500 }),
          fc.integer({ min: -(2 ** 44), max: 2 ** 44 }),
        ),
        { minLength: 1, maxLength: 40 },
      ),
      fc.array(fc.integer({ min: 0, max: 999_999 }), { minLength: 40, maxLength: 40 }),
      (pattern, T, base, deltas, nanos) => {
        const e = dateFormat(T, pattern);
        const f = compileScalar(e, ctx);
        const batch = compileCalcBatch([e], null, ctx);
        const rows = deltas.map((d, i) => {
          const ms = T.kind === 'TIME' ? (((base + d) % DAY) + DAY) % DAY : base + d;
          // Some TIMESTAMP(9) values carry nanos (objects: never memoised).
          return [T.kind === 'TIMESTAMP' && i % 3 === 2 ? makeTimestamp(ms, nanos[i]!) : ms];
        });
        const out: unknown[][] = [];
        batch(rows, null, out, null);
        rows.forEach((row, i) => {
          const v = row[0] as number;
          const expected = formatJavaPattern(tsMillis(v), tsNanoOfMilli(v), pattern);
          assert.equal(f(row), expected, `${pattern} of ${String(v)}`);
          assert.equal(out[i]![0], expected, `${pattern} of ${String(v)} (batch)`);
        });
      },
    ),
    { numRuns: 500 },
  );
});

test('memoised DATE_FORMAT of DATE equals the library, NULL stays NULL', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('yyyy-MM-dd', 'EEEE d MMMM yyyy', 'yyyy-MM-dd HH:mm:ss'),
      fc.array(fc.option(fc.integer({ min: -800_000, max: 2_900_000 }), { nil: null }), { maxLength: 30 }),
      (pattern, days) => {
        const e = dateFormat(dateType(), pattern);
        const f = compileScalar(e, ctx);
        const impl = library(dateType());
        for (const d of days) assert.equal(f([d]), d === null ? null : impl(d, pattern));
      },
    ),
    { numRuns: 300 },
  );
});

test('only whole-unit patterns over zone-free inputs are memoised', () => {
  const impl = library(timestampType(3));
  assert.notEqual(dateFormatMemo(dateFormat(timestampType(3), 'yyyy-MM-dd'), impl), null);
  assert.notEqual(dateFormatMemo(dateFormat(dateType(), 'yyyy-MM-dd'), impl), null);
  // fractions, zone letters: the text changes within any unit coarser than the value itself
  assert.equal(dateFormatMemo(dateFormat(timestampType(3), 'HH:mm:ss.SSS'), impl), null);
  assert.equal(dateFormatMemo(dateFormat(timestampType(3), 'HH:mm XXX'), impl), null);
  // TIMESTAMP_LTZ: the zone's offset may change within a day
  assert.equal(dateFormatMemo(dateFormat(timestampLtzType(3), 'yyyy-MM-dd'), impl), null);
  // a pattern that is not a literal
  const nonLiteral = call('DATE_FORMAT', [ref(0, timestampType(3)), ref(1, S)], S);
  assert.equal(dateFormatMemo(nonLiteral as Extract<RexExpr, { k: 'call' }>, impl), null);
  assert.equal(dateFormatMemo(dateFormat(timestampType(3), ''), impl)?.constructor.name, 'DateFormatMemo');
});

test('TIMESTAMP_LTZ keeps the plain call: across a DST change the same day formats with each offset', () => {
  const T = timestampLtzType(3);
  const z = { registry: BUILTIN_FUNCTIONS, timeZone: 'Europe/Berlin' };
  const f = compileScalar(dateFormat(T, 'yyyy-MM-dd HH'), z);
  // 2024-03-31 01:00 UTC is 03:00 CEST (02:00 CET did not happen)
  const before = Date.UTC(2024, 2, 31, 0, 30);
  assert.equal(f([before]), '2024-03-31 01');
  assert.equal(f([before + 3_600_000]), '2024-03-31 03');
});
