/**
 * Decimal text (Java BigDecimal syntax: `-12.5`, `1E+3`, `.5`) → the unscaled bigint of
 * DECIMAL(p, s), HALF_UP rounded as DecimalData.fromBigDecimal; undefined when it does not fit
 * (Flink gives NULL).
 */
import { rescaleDecimal } from '../../types/decimal.js';

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
