/**
 * Java's `Double.toString` / `Float.toString` text for JS numbers: the shortest digits that read
 * back to the same value (JS and JDK 19+ agree on these), laid out as Java does — plain notation
 * with at least one fraction digit for 1e-3 <= |x| < 1e7 (`1.0`, `123.45`, `0.001`), otherwise
 * computerized scientific notation (`1.0E7`, `1.23E-4`); `NaN`, `Infinity`, `-Infinity`, `-0.0`.
 */

/** Lays out shortest digits `digits` (no leading zeros) with decimal exponent `exp` (value = 0.d * 10^(exp+1)). */
function layout(negative: boolean, digits: string, exp: number, abs: number): string {
  const sign = negative ? '-' : '';
  if (abs >= 1e-3 && abs < 1e7) {
    if (exp >= 0) {
      const intLen = exp + 1;
      if (digits.length <= intLen) return `${sign}${digits}${'0'.repeat(intLen - digits.length)}.0`;
      return `${sign}${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  }
  const frac = digits.length > 1 ? digits.slice(1) : '0';
  return `${sign}${digits[0]}.${frac}E${exp}`;
}

/**
 * Java (JDK 19+ spec, and what older JDKs print for these cases) picks, when one digit is enough,
 * the closest decimal of one *or two* digits: Double.MIN_VALUE is `4.9E-324`, not `5.0E-324`.
 */
function twoDigitTieBreak(
  abs: number,
  digits: string,
  exp: number,
  readsBack: (s: string) => boolean,
): string {
  if (digits.length !== 1) return `${digits[0]}e${exp}`;
  const two = abs.toExponential(1);
  if (!readsBack(two)) return `${digits}e${exp}`;
  const t = split(two);
  if (t.digits.length < 2 || t.exp !== exp) return `${digits}e${exp}`;
  // Compare distances to the exact binary value using 100 significant digits, at exponent exp.
  const exact = split(abs.toExponential(99));
  if (exact.exp !== exp) return `${digits}e${exp}`;
  const scaleTo = (d: string, e: number): bigint =>
    BigInt(d.padEnd(101, '0').slice(0, 101)) * 10n ** BigInt(Math.max(0, e - exp));
  const x = scaleTo(exact.digits, exact.exp);
  const d1 = scaleTo(digits, exp);
  const d2 = scaleTo(t.digits, t.exp);
  const dist = (a: bigint): bigint => (a > x ? a - x : x - a);
  return dist(d2) < dist(d1) ? two : `${digits}e${exp}`;
}

function split(shortest: string): { digits: string; exp: number } {
  // shortest is from Number#toExponential(): "d[.ddd]e[+-]n"
  const e = shortest.indexOf('e');
  const mant = shortest.slice(0, e).replace('.', '');
  return { digits: mant.replace(/0+$/, '') || '0', exp: Number(shortest.slice(e + 1)) };
}

/**
 * Java's Double.toString.
 *
 * @example
 * formatDouble(1); // "1.0"
 * formatDouble(1e7); // "1.0E7"
 * formatDouble(0.000123); // "1.23E-4"
 */
export function formatDouble(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    // fast path: JS prints this range in plain notation with the same shortest digits
    const t = String(x);
    return t.includes('.') ? t : t + '.0';
  }
  let { digits, exp } = split(abs.toExponential());
  if (digits.length === 1)
    ({ digits, exp } = split(twoDigitTieBreak(abs, digits, exp, (s) => Number(s) === abs)));
  return layout(x < 0, digits, exp, abs);
}

/**
 * Java's Float.toString for a value that is a float32 (it is rounded to one first): the
 * shortest digits that read back to the same float.
 *
 * @example
 * formatFloat(Math.fround(0.1)); // "0.1"
 */
export function formatFloat(x: number): string {
  const f = Math.fround(x);
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(f)) return Number.isNaN(f) ? 'NaN' : f > 0 ? 'Infinity' : '-Infinity';
  const abs = Math.abs(f);
  let shortest = abs.toExponential();
  for (let p = 1; p <= 9; p++) {
    const s = abs.toExponential(p - 1);
    if (Math.fround(Number(s)) === abs) {
      shortest = s;
      break;
    }
  }
  let { digits, exp } = split(shortest);
  if (digits.length === 1) {
    ({ digits, exp } = split(twoDigitTieBreak(abs, digits, exp, (s) => Math.fround(Number(s)) === abs)));
  }
  return layout(f < 0, digits, exp, abs);
}
