import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatDouble, formatFloat } from './java-number-format.js';

// Expected values are what Java's Double.toString / Float.toString print (JLS / JDK docs and
// Flink's CastRulesTest, e.g. 12345.678901d -> "12345.678901", -123.456f -> "-123.456").
test('formatDouble matches Double.toString', () => {
  const cases: [number, string][] = [
    [1, '1.0'],
    [0, '0.0'],
    [-0, '-0.0'],
    [1e7, '1.0E7'],
    [9999999, '9999999.0'],
    [0.001, '0.001'],
    [0.000123, '1.23E-4'],
    [0.0009999, '9.999E-4'],
    [123.456789, '123.456789'],
    [-123.456789, '-123.456789'],
    [12345.678901, '12345.678901'],
    [1.2345678912345679e8, '1.2345678912345679E8'],
    [3.27691344313487e12, '3.27691344313487E12'],
    [1239234567891.1235, '1.2392345678911235E12'],
    [Number.MAX_VALUE, '1.7976931348623157E308'],
    [Number.MIN_VALUE, '4.9E-324'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [0.1 + 0.2, '0.30000000000000004'],
    [100, '100.0'],
    [1.5e-10, '1.5E-10'],
    [-2.5e20, '-2.5E20'],
  ];
  for (const [x, s] of cases) assert.equal(formatDouble(x), s, String(x));
});

test('formatFloat matches Float.toString', () => {
  const cases: [number, string][] = [
    [-123.456, '-123.456'],
    [123.456, '123.456'],
    [0.1, '0.1'],
    [1.1234, '1.1234'],
    [-1.23, '-1.23'],
    [3.4028234663852886e38, '3.4028235E38'],
    [1e7, '1.0E7'],
    [1, '1.0'],
    [1.4e-45, '1.4E-45'],
    [NaN, 'NaN'],
  ];
  for (const [x, s] of cases) assert.equal(formatFloat(x), s, String(x));
});

// Where JDK 11 / 17 (what Flink runs on) print more than the shortest digits, values printed by
// `java` 17 on this machine: integers below 2^63 keep their exact digits, E-notation always gets a
// second digit from the digit generator, floats do not stop at the shortest digits.
test('formatDouble / formatFloat print what JDK 17 prints, not the shortest digits', () => {
  const doubles: [number, string][] = [
    [2e23, '1.9999999999999998E23'],
    [1e23, '9.999999999999999E22'],
    [5.1970865913405348e18, '5.1970865913405348E18'],
    [4.3764110786806512e16, '4.3764110786806512E16'],
    [7.8827990775009904e16, '7.8827990775009904E16'],
  ];
  for (const [x, s] of doubles) assert.equal(formatDouble(x), s, String(x));
  const floats: [number, string][] = [
    [123456789, '1.23456792E8'],
    [7.2756368e7, '7.2756368E7'],
    [3.15147469e9, '3.15147469E9'],
    [1598178.25, '1598178.2'],
  ];
  for (const [x, s] of floats) assert.equal(formatFloat(x), s, String(x));
});

const seed = Date.now() % 2147483647;
console.log(`fast-check seed ${seed}`);

test('formatDouble text reads back to the same double', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true }), (x) => {
      const s = formatDouble(x);
      assert.ok(Object.is(Number(s.replace('E', 'e')), x), `${x} -> ${s}`);
    }),
    { seed },
  );
});

test('formatFloat text reads back to the same float', () => {
  fc.assert(
    fc.property(fc.float({ noNaN: true }), (x) => {
      const s = formatFloat(x);
      assert.ok(Object.is(Math.fround(Number(s.replace('E', 'e'))), Math.fround(x)), `${x} -> ${s}`);
    }),
    { seed },
  );
});
