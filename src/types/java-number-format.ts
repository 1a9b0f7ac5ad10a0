/**
 * Java's `Double.toString` / `Float.toString` text, as the JDK that Flink runs on (11 / 17) prints
 * it. Those JDKs do not print the shortest round-tripping digits (JDK 19+ and JavaScript do): their
 * FloatingDecimal generates digits with a symmetric stopping test, forces a second digit in
 * E-notation and prints integers below 2^63 from their exact digits, so `2e23` is
 * `1.9999999999999998E23`, `(float) 123456789` is `1.23456792E8` and `5.1970865913405348E18` keeps
 * its 17 digits. This module reproduces that digit generation (steps and integer widths included,
 * since its int / long fast paths have overflow quirks) and Java's layout: plain notation with at
 * least one fraction digit for 1e-3 <= |x| < 1e7, otherwise `d.dddE±n`.
 */

/** The decimal digits of a value and its decimal exponent (value = 0.d1d2… × 10^decExponent). */
interface Digits {
  digits: number[];
  decExponent: number;
}

const EXP_SHIFT = 52;
const MAX_SMALL_BIN_EXP = 62;
const MIN_SMALL_BIN_EXP = -21;
/** Approximately ceil(log2(5^i)), for i < 27 (FloatingDecimal's N_5_BITS). */
const N_5_BITS = [
  0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61,
];
/** Digits dropped from 2^p when printing a large integer value (insignificantDigitsForPow2). */
const INSIGNIFICANT_FOR_POW2 = [
  0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10,
  10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18,
  18, 19,
];
const LONG_5_POW_COUNT = 27;

const f64 = new DataView(new ArrayBuffer(8));

/** floor(log10(value)) estimated from the leading mantissa bits, as FloatingDecimal does. */
function estimateDecExp(fractBits: bigint, binExp: number): number {
  f64.setBigUint64(0, 0x3ff0000000000000n | (fractBits & 0xfffffffffffffn));
  const d2 = f64.getFloat64(0);
  const d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
  return Math.floor(d);
}

/** Digits of an integer value, rounding away `insignificant` low digits (developLongDigits). */
function longDigits(value: bigint, insignificant: number): Digits {
  let decExponent = 0;
  let v = value;
  if (insignificant !== 0) {
    const pow10 = 10n ** BigInt(insignificant);
    const residue = v % pow10;
    v /= pow10;
    decExponent += insignificant;
    if (residue >= pow10 >> 1n) v++;
  }
  const text = v.toString();
  const trimmed = text.replace(/0+$/, '');
  decExponent += text.length;
  return { digits: Array.from(trimmed, (c) => c.charCodeAt(0) - 48), decExponent };
}

/** Two's-complement wrap of `v` to `bits` bits (the int / long paths of FloatingDecimal). */
const wrap = (v: bigint, bits: 32 | 64 | 0): bigint => (bits === 0 ? v : BigInt.asIntN(bits, v));

/**
 * FloatingDecimal's dtoa: `fractBits` holds the significand with its leading one at bit 52,
 * `binExp` the unbiased binary exponent, `nSignificantBits` the precision (53 or 24, less for
 * subnormals).
 */
function dtoa(binExp: number, fractBits: bigint, nSignificantBits: number): Digits {
  let tailZeros = 0;
  while (((fractBits >> BigInt(tailZeros)) & 1n) === 0n) tailZeros++;
  const nFractBits = EXP_SHIFT + 1 - tailZeros;
  const nTinyBits = Math.max(0, nFractBits - binExp - 1);
  if (
    binExp <= MAX_SMALL_BIN_EXP &&
    binExp >= MIN_SMALL_BIN_EXP &&
    nTinyBits < LONG_5_POW_COUNT &&
    nFractBits + N_5_BITS[nTinyBits]! < 64 &&
    nTinyBits === 0
  ) {
    // an integer below 2^63: its exact digits, less those below the precision
    const p2 = binExp - nSignificantBits - 1;
    const insignificant = binExp > nSignificantBits && p2 > 1 ? (INSIGNIFICANT_FOR_POW2[p2] ?? 0) : 0;
    const value =
      binExp >= EXP_SHIFT ? fractBits << BigInt(binExp - EXP_SHIFT) : fractBits >> BigInt(EXP_SHIFT - binExp);
    return longDigits(value, insignificant);
  }
  let decExp = estimateDecExp(fractBits, binExp);
  const B5 = Math.max(0, -decExp);
  let B2 = B5 + nTinyBits + binExp;
  const S5 = Math.max(0, decExp);
  let S2 = S5 + nTinyBits;
  const M5 = B5;
  let M2 = B2 - nSignificantBits;
  const fb = fractBits >> BigInt(tailZeros);
  B2 -= nFractBits - 1;
  const common2 = Math.min(B2, S2);
  B2 -= common2;
  S2 -= common2;
  M2 -= common2;
  // an exact power of two: the next smaller value is only half an ulp away
  if (nFractBits === 1) M2 -= 1;
  if (M2 < 0) {
    B2 -= M2;
    S2 -= M2;
    M2 = 0;
  }
  const bBits = nFractBits + B2 + (B5 < N_5_BITS.length ? N_5_BITS[B5]! : B5 * 3);
  const tenSBits = S2 + 1 + (S5 + 1 < N_5_BITS.length ? N_5_BITS[S5 + 1]! : (S5 + 1) * 3);
  // the int path (both < 32 bits), the long path (< 64) and the big-integer path differ in
  // overflow behaviour and in the stopping test's treatment of equality
  const width: 32 | 64 | 0 = bBits < 64 && tenSBits < 64 ? (bBits < 32 && tenSBits < 32 ? 32 : 64) : 0;
  let b = (fb * 5n ** BigInt(B5)) << BigInt(B2);
  const s = (5n ** BigInt(S5)) << BigInt(S2);
  let m = (5n ** BigInt(M5)) << BigInt(M2);
  const tens = s * 10n;
  const digits: number[] = [];
  const step = (): number => {
    const q = Number(b / s);
    b = 10n * (b % s);
    m = wrap(m * 10n, width);
    return q;
  };
  const stops = (): [boolean, boolean] => {
    if (width === 0) return [b < m, b + m >= tens];
    if (m <= 0n) return [true, true]; // m overflowed: Java treats it as certainly past both bounds
    return [b < m, wrap(b + m, width) > tens];
  };
  let q = step();
  let [low, high] = width === 0 ? [b < m, b + m >= tens] : [b < m, wrap(b + m, width) > tens];
  if (q === 0 && !high) decExp--;
  else digits.push(q);
  // E-notation needs a digit after the point: never stop after the first digit there
  if (decExp < -3 || decExp >= 8) low = high = false;
  while (!low && !high) {
    q = step();
    [low, high] = stops();
    digits.push(q);
  }
  const lowDigitDifference = wrap(2n * b - tens, width);
  let decExponent = decExp + 1;
  const roundUp =
    high &&
    (!low || lowDigitDifference > 0n || (lowDigitDifference === 0n && digits[digits.length - 1]! % 2 !== 0));
  if (roundUp) {
    // add one to the last digit, carrying through nines; the digit count stays (99 -> 10)
    let i = digits.length - 1;
    while (digits[i] === 9 && i > 0) digits[i--] = 0;
    if (digits[i] === 9) {
      digits[0] = 1;
      decExponent += 1;
    } else digits[i]!++;
  }
  return { digits, decExponent };
}

/** Java's layout of digits (FloatingDecimal#getChars). */
function layout(negative: boolean, d: Digits): string {
  const ds = d.digits.join('');
  const n = ds.length;
  const e = d.decExponent;
  const sign = negative ? '-' : '';
  if (e > 0 && e < 8) {
    if (n <= e) return `${sign}${ds}${'0'.repeat(e - n)}.0`;
    return `${sign}${ds.slice(0, e)}.${ds.slice(e)}`;
  }
  if (e <= 0 && e > -3) return `${sign}0.${'0'.repeat(-e)}${ds}`;
  return `${sign}${ds[0]}.${n > 1 ? ds.slice(1) : '0'}E${e - 1}`;
}

/**
 * Java's Double.toString (JDK 11 / 17).
 *
 * @example
 * formatDouble(1); // "1.0"
 * formatDouble(1e7); // "1.0E7"
 * formatDouble(2e23); // "1.9999999999999998E23"
 */
export function formatDouble(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  f64.setFloat64(0, x);
  const abs = Math.abs(x);
  // Fast path, checked against the full algorithm on 1.5M values: in plain notation, away from
  // powers of two (whose asymmetric gap Java treats symmetrically), Java's digits are the shortest
  // ones, which JavaScript prints.
  if (abs >= 1e-3 && abs < 1e7 && (f64.getUint32(4) !== 0 || (f64.getUint32(0) & 0xfffff) !== 0)) {
    const t = String(x);
    return t.includes('.') ? t : t + '.0';
  }
  const bits = f64.getBigUint64(0);
  let binExp = Number((bits >> 52n) & 0x7ffn);
  let fract = bits & 0xfffffffffffffn;
  let nSignificantBits: number;
  if (binExp === 0) {
    // subnormal: normalise so the leading one sits at bit 52
    const lead = fract.toString(2).length;
    const shift = 53 - lead;
    fract <<= BigInt(shift);
    binExp = 1 - shift;
    nSignificantBits = lead;
  } else {
    fract |= 1n << 52n;
    nSignificantBits = 53;
  }
  return layout(x < 0, dtoa(binExp - 1023, fract, nSignificantBits));
}

/**
 * Java's Float.toString (JDK 11 / 17) for a value that is a float32 (it is rounded to one first).
 *
 * @example
 * formatFloat(Math.fround(0.1)); // "0.1"
 * formatFloat(123456789); // "1.23456792E8"
 */
export function formatFloat(x: number): string {
  const f = Math.fround(x);
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(f)) return Number.isNaN(f) ? 'NaN' : f > 0 ? 'Infinity' : '-Infinity';
  f64.setFloat32(0, f);
  const bits = f64.getUint32(0);
  let binExp = (bits >>> 23) & 0xff;
  let fract = bits & 0x7fffff;
  let nSignificantBits: number;
  if (binExp === 0) {
    const lead = 32 - Math.clz32(fract);
    const shift = 24 - lead;
    fract <<= shift;
    binExp = 1 - shift;
    nSignificantBits = lead;
  } else {
    fract |= 1 << 23;
    nSignificantBits = 24;
  }
  return layout(f < 0, dtoa(binExp - 127, BigInt(fract) << 29n, nSignificantBits));
}
