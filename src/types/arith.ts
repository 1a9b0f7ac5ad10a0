/**
 * Java-exact arithmetic on Eddy's value representation (README.md): integers wrap in two's
 * complement at their width (TINYINT 8, SMALLINT 16, INT 32 bits as numbers; BIGINT 64 bits as
 * bigint), integer division truncates, `%` has the sign of the dividend, integer division by zero
 * fails, FLOAT results are rounded to float32, DECIMAL is exact (scaled bigints) with Flink's
 * DecimalDataUtils semantics (result rounded HALF_UP to the result type, NULL on overflow).
 */
import { ExecutionError } from '../common/errors.js';
import { divPow10HalfUp, fitsPrecision, pow10 } from './decimal.js';

/** Wraps to TINYINT (Java `(byte)`). */
export const wrap8 = (x: number): number => (x << 24) >> 24;
/** Wraps to SMALLINT (Java `(short)`). */
export const wrap16 = (x: number): number => (x << 16) >> 16;
/** Wraps to INT (Java `(int)` of a long that fits 53 bits). */
export const wrap32 = (x: number): number => x | 0;
/** Wraps to BIGINT (Java long overflow). */
export const wrap64 = (x: bigint): bigint => BigInt.asIntN(64, x);

/** The error Flink raises for integer division (or modulo) by zero, naming the expression. */
export function divisionByZero(exprText: string): ExecutionError {
  return new ExecutionError(
    `Division by zero in expression ${exprText} (java.lang.ArithmeticException: / by zero)`,
    {
      expression: exprText,
    },
  );
}

/**
 * The error of a DECIMAL division or remainder by zero: BigDecimal#divide (and #remainder, which
 * divides) throws "Division by zero", or "Division undefined" for 0 / 0.
 */
function decimalDivisionByZero(dividend: bigint, exprText: string): ExecutionError {
  const why = dividend === 0n ? 'Division undefined' : 'Division by zero';
  return new ExecutionError(
    `Division by zero in expression ${exprText} (java.lang.ArithmeticException: ${why})`,
    { expression: exprText },
  );
}

/** Java double → long conversion: NaN → 0, saturating at Long.MIN/MAX, else truncation. */
export function doubleToLong(d: number): bigint {
  if (Number.isNaN(d)) return 0n;
  if (d >= 9.223372036854776e18) return 9223372036854775807n;
  if (d <= -9.223372036854776e18) return -9223372036854775808n;
  return BigInt(Math.trunc(d));
}

/** Java double → int conversion: NaN → 0, saturating, else truncation. */
export function doubleToInt(d: number): number {
  if (Number.isNaN(d)) return 0;
  if (d >= 2147483647) return 2147483647;
  if (d <= -2147483648) return -2147483648;
  return Math.trunc(d) | 0;
}

// ---- integer division / modulo (numbers: TINYINT, SMALLINT, INT) ----

/** INT / INT (Java int division; MIN / -1 wraps to MIN). */
export function intDiv(a: number, b: number, exprText: string): number {
  if (b === 0) throw divisionByZero(exprText);
  return Math.trunc(a / b) | 0;
}

/** INT % INT (Java remainder). */
export function intMod(a: number, b: number, exprText: string): number {
  if (b === 0) throw divisionByZero(exprText);
  return (a % b) | 0;
}

/** BIGINT / BIGINT. */
export function longDiv(a: bigint, b: bigint, exprText: string): bigint {
  if (b === 0n) throw divisionByZero(exprText);
  return BigInt.asIntN(64, a / b);
}

/** BIGINT % BIGINT. */
export function longMod(a: bigint, b: bigint, exprText: string): bigint {
  if (b === 0n) throw divisionByZero(exprText);
  return a % b;
}

// ---- DECIMAL (unscaled bigints with scales from the types) ----

/** Brings an unscaled value from scale `from` to scale `to` (HALF_UP when shrinking). */
export function rescale(v: bigint, from: number, to: number): bigint {
  if (to === from) return v;
  return to > from ? v * pow10(to - from) : divPow10HalfUp(v, from - to);
}

/** Exact a + b (or a - b with `negate`) rounded to the result DECIMAL(p, s); null on overflow. */
export function decimalAdd(
  a: bigint,
  sa: number,
  b: bigint,
  sb: number,
  p: number,
  s: number,
): bigint | null {
  const m = Math.max(sa, sb);
  const exact = rescale(a, sa, m) + rescale(b, sb, m);
  const r = rescale(exact, m, s);
  return fitsPrecision(r, p) ? r : null;
}

/** a - b into DECIMAL(p, s). */
export function decimalSub(
  a: bigint,
  sa: number,
  b: bigint,
  sb: number,
  p: number,
  s: number,
): bigint | null {
  return decimalAdd(a, sa, -b, sb, p, s);
}

/** a * b into DECIMAL(p, s). */
export function decimalMul(
  a: bigint,
  sa: number,
  b: bigint,
  sb: number,
  p: number,
  s: number,
): bigint | null {
  const r = rescale(a * b, sa + sb, s);
  return fitsPrecision(r, p) ? r : null;
}

/** Number of decimal digits of |v| (0 has 1). */
function digitCount(v: bigint): number {
  const x = v < 0n ? -v : v;
  return x === 0n ? 1 : x.toString().length;
}

/**
 * a / b into DECIMAL(p, s), as Flink's DecimalDataUtils.divide: the quotient rounded to 34
 * significant digits HALF_EVEN (MathContext.DECIMAL128), then HALF_UP to scale s; null on
 * overflow. Division by zero fails naming `exprText`.
 */
export function decimalDiv(
  a: bigint,
  sa: number,
  b: bigint,
  sb: number,
  p: number,
  s: number,
  exprText: string,
): bigint | null {
  if (b === 0n) throw decimalDivisionByZero(a, exprText);
  if (a === 0n) return 0n;
  // value = (a / b) * 10^(sb - sa). Compute with enough extra digits for 34 significant digits.
  const neg = a < 0n !== b < 0n;
  const na = a < 0n ? -a : a;
  const nb = b < 0n ? -b : b;
  // choose scale q so the integer quotient has at least 35 digits
  const q = Math.max(0, 36 - (digitCount(na) - digitCount(nb)));
  const num = na * pow10(q);
  const quo = num / nb;
  const rem = num % nb;
  // quo * 10^-(q) * 10^(sb-sa) is the truncated value; round to 34 significant digits HALF_EVEN
  const digits = digitCount(quo);
  const drop = digits - 34;
  let sig = quo;
  let scale = q + sa - sb; // value = sig / 10^scale
  if (drop > 0) {
    const d = pow10(drop);
    const kept = quo / d;
    const r = quo % d;
    const half = d / 2n;
    let up: boolean;
    if (r > half) up = true;
    else if (r < half) up = false;
    else up = rem !== 0n || kept % 2n === 1n; // exactly half only when nothing was truncated
    sig = up ? kept + 1n : kept;
    scale -= drop;
  }
  const v = neg ? -sig : sig;
  const r = rescale(v, scale, s);
  return fitsPrecision(r, p) ? r : null;
}

/** a % b into DECIMAL(p, s) (BigDecimal#remainder: sign of the dividend). */
export function decimalMod(
  a: bigint,
  sa: number,
  b: bigint,
  sb: number,
  p: number,
  s: number,
  exprText: string,
): bigint | null {
  if (b === 0n) throw decimalDivisionByZero(a, exprText);
  const m = Math.max(sa, sb);
  const r = rescale(rescale(a, sa, m) % rescale(b, sb, m), m, s);
  return fitsPrecision(r, p) ? r : null;
}

/** Negation into DECIMAL(p, s). */
export function decimalNeg(a: bigint): bigint {
  return -a;
}

/** Compares two decimals of possibly different scales. */
export function decimalCompare(a: bigint, sa: number, b: bigint, sb: number): number {
  const m = Math.max(sa, sb);
  const x = rescale(a, sa, m);
  const y = rescale(b, sb, m);
  return x < y ? -1 : x > y ? 1 : 0;
}
