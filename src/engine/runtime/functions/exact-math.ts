/**
 * Correctly rounded exp, ln, log10, pow, sin, cos and tan.
 *
 * Flink calls java.lang.Math, whose HotSpot intrinsics (Intel's libm) return the correctly
 * rounded double for all but about 0.2 % of arguments; V8's fdlibm ports are off by one ulp for
 * 3–10 % of them (Math.log(3) is 1.0986122886681096, Java prints 1.0986122886681098). Evaluating
 * in 128-bit fixed point (BigInt) and rounding once gets Flink's digits wherever Java's are the
 * correctly rounded ones. Special values (NaN, infinities, zeros, negative bases) follow Java's
 * rules, which JavaScript shares for these functions.
 */

/** Fraction bits of the fixed-point numbers. */
const P = 128;
const ONE = 1n << BigInt(P);

/** a × b in fixed point, truncated toward zero (a right shift would floor negatives at -1). */
const mul = (a: bigint, b: bigint): bigint => (a * b) / ONE;

/** atanh(1/n) × 2^bits, by its series (for the constants). */
function atanhInv(n: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let term = one / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term /= n2;
  }
  return sum;
}

/** atan(1/n) × 2^bits (for π). */
function atanInv(n: bigint, bits: number): bigint {
  const one = 1n << BigInt(bits);
  let term = one / n;
  const n2 = n * n;
  let sum = 0n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
    sum += (sign * term) / k;
    term /= n2;
  }
  return sum;
}

const GUARD = 16;
/** ln 2 = 2 atanh(1/3). */
const LN2 = (2n * atanhInv(3n, P + GUARD)) >> BigInt(GUARD);
/** ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9). */
const LN10 = 3n * LN2 + ((2n * atanhInv(9n, P + GUARD)) >> BigInt(GUARD));
/** π with enough extra bits to reduce any double argument (up to 2^1024) exactly enough. */
const PI_BITS = P + 1200;
const PI_WIDE = 16n * atanInv(5n, PI_BITS + GUARD) - 4n * atanInv(239n, PI_BITS + GUARD);
const HALF_PI_WIDE = PI_WIDE >> BigInt(GUARD + 1);
/** π/2 with 96 extra bits: enough for arguments below 2^32, and much cheaper to divide by. */
const NARROW_BITS = P + 96;
const HALF_PI_NARROW = HALF_PI_WIDE >> BigInt(PI_BITS - NARROW_BITS);

const dv = new DataView(new ArrayBuffer(8));

/** A finite double as mantissa × 2^exp (mantissa an integer, sign included). */
function decompose(x: number): { m: bigint; e: number } {
  dv.setFloat64(0, x);
  const bits = dv.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  if (exp !== 0) m |= 1n << 52n;
  const e = (exp === 0 ? 1 : exp) - 1075;
  return { m: bits >> 63n === 1n ? -m : m, e };
}

/** x × 2^scale as an integer (truncated toward minus infinity when bits are dropped). */
function toFixed(x: number, scale = P): bigint {
  const { m, e } = decompose(x);
  const s = e + scale;
  return s >= 0 ? m << BigInt(s) : m >> BigInt(-s);
}

/** The double nearest to n × 2^-scale (one rounding: the sticky bit keeps ties honest). */
function toDouble(n: bigint, scale: number): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  let a = neg ? -n : n;
  const len = a.toString(2).length;
  let shift = 0;
  if (len > 64) {
    shift = len - 64;
    const sticky = (a & ((1n << BigInt(shift)) - 1n)) !== 0n ? 1n : 0n;
    a = ((a >> BigInt(shift)) << 1n) | sticky;
    shift -= 1;
  }
  // Number() rounds the (at most 65-bit) integer to nearest-even; scaling by powers of two is
  // exact while the result stays normal
  let r = Number(a);
  let ex = shift - scale;
  while (ex > 1000) {
    r *= 2 ** 1000;
    ex -= 1000;
  }
  while (ex < -1000) {
    r *= 2 ** -1000;
    ex += 1000;
  }
  r *= 2 ** ex;
  return neg ? -r : r;
}

/** Floor division for a positive divisor. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/** exp(r) × 2^P for a fixed-point r with |r| <= 1. */
function expFixed(r: bigint): bigint {
  let sum = ONE;
  let term = ONE;
  for (let i = 1n; ; i++) {
    term = mul(term, r);
    term /= i;
    if (term === 0n) break;
    sum += term;
  }
  return sum;
}

/** exp of a fixed-point value t (scale P) as a double. */
function expOfFixed(t: bigint): number {
  // t = k ln2 + r, |r| <= ln2 / 2
  const k = floorDiv(t + (LN2 >> 1n), LN2);
  const r = t - k * LN2;
  const kn = Number(k);
  if (kn > 1100) return Infinity;
  if (kn < -1200) return 0;
  return toDouble(expFixed(r), P - kn);
}

/** Correctly rounded e^x. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  return expOfFixed(toFixed(x));
}

/** ln(x) × 2^P for finite x > 0. */
function lnFixed(x: number): bigint {
  const { m, e } = decompose(x);
  // x = f × 2^ee with f = mm / 2^52 in [1, 2); above 1.5 use f / 2 so that |z| <= 1/5 below
  const len = m.toString(2).length;
  const mm = m << BigInt(53 - len);
  let ee = e - (53 - len) + 52;
  let unit = 1n << 52n;
  if (mm > 3n << 51n) {
    ee += 1;
    unit = 1n << 53n;
  }
  // ln f = 2 atanh((f - 1) / (f + 1))
  const z = ((mm - unit) << BigInt(P)) / (mm + unit);
  return 2n * atanhFixed(z) + BigInt(ee) * LN2;
}

/** atanh(z) × 2^P for a fixed-point |z| <= 1/5. */
function atanhFixed(z: bigint): bigint {
  const z2 = mul(z, z);
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = mul(term, z2);
  }
  return sum;
}

/** Correctly rounded natural logarithm. */
export function ln(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  return toDouble(lnFixed(x), P);
}

/** Correctly rounded base-10 logarithm (exact for powers of ten, as Java's). */
export function log10(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log10(x);
  if (x === 1) return 0;
  return toDouble((lnFixed(x) << BigInt(P)) / LN10, P);
}

/** Correctly rounded x^y (Java's special cases, which JavaScript's Math.pow shares). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (y === 1) return x;
  let sign = 1;
  let base = x;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    base = -x;
    // an odd integer exponent keeps the sign (|y| >= 2^53 is always even)
    if (Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1) sign = -1;
  }
  if (base === 1) return sign;
  // beyond 2^64 the exponent's fixed-point product loses bits: fall back
  if (Math.abs(y) > 2 ** 64) return sign * Math.pow(base, y);
  const { m, e } = decompose(y);
  const lnB = lnFixed(base);
  const t = e >= 0 ? (lnB * m) << BigInt(e) : (lnB * m) >> BigInt(-e);
  return sign * expOfFixed(t);
}

/** sin and cos (× 2^P) of a fixed-point |r| <= π/4. */
function sinCosFixed(r: bigint): [bigint, bigint] {
  const r2 = mul(r, r);
  let s = 0n;
  let term = r;
  for (let k = 1n; term !== 0n; k += 2n) {
    s += term;
    term = -mul(term, r2) / ((k + 1n) * (k + 2n));
  }
  let c = 0n;
  term = ONE;
  for (let k = 0n; term !== 0n; k += 2n) {
    c += term;
    term = -mul(term, r2) / ((k + 1n) * (k + 2n));
  }
  return [s, c];
}

/** x reduced by the nearest multiple k of π/2: [k mod 4, sin r, cos r] (fixed point). */
function reduce(x: number): [number, bigint, bigint] {
  const bits = Math.abs(x) < 2 ** 32 ? NARROW_BITS : PI_BITS;
  const wide = toFixed(x, bits);
  const half = bits === PI_BITS ? HALF_PI_WIDE : HALF_PI_NARROW;
  // nearest k
  let k = wide / half;
  let rem = wide - k * half;
  if (rem * 2n > half) {
    k += 1n;
    rem -= half;
  } else if (rem * 2n < -half) {
    k -= 1n;
    rem += half;
  }
  const r = rem >> BigInt(bits - P);
  const [s, c] = sinCosFixed(r);
  return [Number(((k % 4n) + 4n) % 4n), s, c];
}

/** Below this magnitude sin(x) and tan(x) round to x and cos(x) to 1. */
const TINY = 2 ** -27;

/** Correctly rounded sine. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const [q, s, c] = reduce(x);
  const v = q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c;
  return toDouble(v, P);
}

/** Correctly rounded cosine. */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return 1;
  const [q, s, c] = reduce(x);
  const v = q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s;
  return toDouble(v, P);
}

/** Correctly rounded tangent. */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < TINY) return x;
  const [q, s, c] = reduce(x);
  // tan(r + kπ/2) is tan r for even k, -cot r for odd k
  const v = q % 2 === 0 ? (s << BigInt(P)) / c : -((c << BigInt(P)) / s);
  return toDouble(v, P);
}
