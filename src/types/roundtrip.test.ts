import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  bigintType,
  dateType,
  decimalType,
  doubleType,
  intType,
  timestampType,
  timeType,
} from './logical-type.js';
import { castFromString } from './cast.js';
import { formatValue } from './format-value.js';
import { makeTimestamp } from './values.js';

// CAST(CAST(x AS STRING) AS T) = x: the text form and the parser agree for every value.
test('text round trip through CAST for numbers and datetimes', () => {
  const seed = Date.now() % 1_000_000;
  console.log(`fast-check seed ${seed}`);
  const opts = { seed, numRuns: 500 };
  fc.assert(
    fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (v) => {
      assert.equal(castFromString(bigintType(), formatValue(bigintType(), v)!), v);
    }),
    opts,
  );
  fc.assert(
    fc.property(fc.integer({ min: -2147483648, max: 2147483647 }), (v) => {
      assert.equal(castFromString(intType(), formatValue(intType(), v)!), v);
    }),
    opts,
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 38 }),
      fc.bigInt({ min: -(10n ** 37n), max: 10n ** 37n }),
      (p, raw) => {
        const s = p >> 1;
        const lim = 10n ** BigInt(p);
        const v = raw % lim;
        const t = decimalType(p, s);
        assert.equal(castFromString(t, formatValue(t, v)!), v);
      },
    ),
    opts,
  );
  fc.assert(
    fc.property(fc.double({ noNaN: true }), (v) => {
      assert.ok(Object.is(castFromString(doubleType(), formatValue(doubleType(), v)!), v));
    }),
    opts,
  );
  fc.assert(
    fc.property(fc.integer({ min: -719162, max: 2932896 }), (d) => {
      assert.equal(castFromString(dateType(), formatValue(dateType(), d)!), d);
    }),
    opts,
  );
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 86399999 }), (t) => {
      assert.equal(castFromString(timeType(3), formatValue(timeType(3), t)!), t);
    }),
    opts,
  );
  fc.assert(
    fc.property(
      fc.integer({ min: -62135596800000, max: 253402300799999 }),
      fc.integer({ min: 0, max: 999999 }),
      (ms, ns) => {
        const v = makeTimestamp(ms, ns);
        assert.deepEqual(castFromString(timestampType(9), formatValue(timestampType(9), v)!), v);
      },
    ),
    opts,
  );
});
