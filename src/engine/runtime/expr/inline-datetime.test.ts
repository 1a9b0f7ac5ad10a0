import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  dayTimeIntervalType,
  makeTimestamp,
  timestampLtzType,
  timestampType,
  type LogicalType,
} from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref, type RexExpr } from '../plan/expr.js';
import { compileScalar } from './compile.js';
import { inlineDatetimePlusInterval } from './inline-datetime.js';

const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };
const IV = dayTimeIntervalType('SECOND', 2, 3, false);

function library(op: string, types: LogicalType[], result: LogicalType): (...a: unknown[]) => unknown {
  return BUILTIN_FUNCTIONS.scalar(op)!.implement(types, result, { timeZone: 'UTC', exprText: op });
}

test('timestamp ± day-time interval literal: inlined, same values as the library', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(timestampType(3), timestampType(9), timestampLtzType(3)),
      fc.constantFrom('+', '-', '+swap'),
      fc.integer({ min: -(2 ** 40), max: 2 ** 45 }),
      fc.integer({ min: 0, max: 999_999 }),
      fc.integer({ min: -(10 ** 10), max: 10 ** 10 }),
      (T, op, ms, nanos, ivMs) => {
        const swap = op === '+swap';
        const o = swap ? '+' : op;
        const args: RexExpr[] = swap ? [lit(ivMs, IV), ref(0, T)] : [ref(0, T), lit(ivMs, IV)];
        const e = call(o, args, T);
        assert.equal(inlineDatetimePlusInterval(e), swap ? 1 : 0);
        const f = compileScalar(e, ctx);
        const impl = library(
          o,
          args.map((a) => a.type),
          T,
        );
        const v = makeTimestamp(ms, nanos);
        assert.deepEqual(f([v]), swap ? impl(ivMs, v) : impl(v, ivMs));
        assert.deepEqual(f([ms]), swap ? impl(ivMs, ms) : impl(ms, ivMs));
        assert.equal(f([null]), null);
      },
    ),
    { numRuns: 1000 },
  );
});

test('interval minus timestamp, month intervals and non-literal intervals keep the call', () => {
  const T = timestampType(3);
  assert.equal(inlineDatetimePlusInterval(call('-', [ref(0, T), ref(1, IV)], T)), -1);
  const ym: LogicalType = { ...IV, kind: 'INTERVAL_YEAR_MONTH' } as unknown as LogicalType;
  assert.equal(inlineDatetimePlusInterval(call('+', [ref(0, T), lit(3, ym)], T)), -1);
  assert.equal(inlineDatetimePlusInterval(call('-', [ref(0, T), lit(null, IV)], T)), -1);
});
