/**
 * Decimal text (Java BigDecimal syntax: `-12.5`, `1E+3`, `.5`) → the unscaled bigint of
 * DECIMAL(p, s), HALF_UP rounded as DecimalData.fromBigDecimal; undefined when it does not fit
 * (Flink gives NULL).
 */
import { formatDecimal, rescaleDecimal } from '../../types/decimal.js';

const DECIMAL_RE = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export function parseDecimalText(text: string, precision: number, scale: number): bigint | undefined {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw new Error(`Character array is missing "exponent" mark 'e' or 'E', or is not a decimal: "${text}"`);
  }
  const frac = m[3] ?? '';
  const digits = (m[2] ?? '') + frac;
  let unscaled = BigInt(digits === '' ? '0' : digits);
  if (m[1] === '-') unscaled = -unscaled;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  const fromScale = frac.length - exp;
  if (fromScale < 0) return rescaleDecimal(unscaled * 10n ** BigInt(-fromScale), 0, precision, scale);
  return rescaleDecimal(unscaled, fromScale, precision, scale);
}

/**
 * Java's BigDecimal#toString, which Jackson writes unless `json.encode.decimal-as-plain-number`:
 * plain text unless the adjusted exponent is below -6 (then `1.5E-7`).
 */
export function javaBigDecimalText(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  const digits = (neg ? -unscaled : unscaled).toString();
  const adjusted = digits.length - 1 - scale;
  if (scale >= 0 && adjusted >= -6) return formatDecimal(unscaled, scale);
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${neg ? '-' : ''}${mant}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}

/** Java's BigDecimal(text).toString() of decimal text (`1e3` → `1E+3`, `1.50` → `1.50`). */
export function javaDecimalTextOf(text: string): string {
  const m = DECIMAL_RE.exec(text.trim());
  if (!m) return text;
  const frac = m[3] ?? '';
  let unscaled = BigInt((m[2] ?? '') + frac || '0');
  if (m[1] === '-') unscaled = -unscaled;
  return javaBigDecimalText(unscaled, frac.length - (m[4] === undefined ? 0 : Number(m[4])));
}

/**
 * Jackson's text of a DECIMAL written through a JsonNode (JsonNodeFactory strips trailing
 * zeros): BigDecimal#toString of the stripped value (`1.50` → `1.5`, `100` → `1E+2`), or its
 * toPlainString with `plain` (`100`). Zero is `0`.
 */
export function strippedDecimalText(unscaled: bigint, scale: number, plain: boolean): string {
  if (unscaled === 0n) return '0';
  let u = unscaled;
  let sc = scale;
  while (u % 10n === 0n) {
    u /= 10n;
    sc--;
  }
  if (!plain) return javaBigDecimalText(u, sc);
  if (sc >= 0) return formatDecimal(u, sc);
  return (u * 10n ** BigInt(-sc)).toString();
}
