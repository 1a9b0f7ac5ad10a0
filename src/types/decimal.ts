/**
 * DECIMAL(p, s) values are scaled bigints: the value is `unscaled / 10^s`, with `s` taken from the
 * type. These helpers implement Flink's DecimalData semantics: HALF_UP rounding when the scale
 * shrinks, and NULL (undefined here) when a value does not fit the precision.
 */

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 80; i++, p *= 10n) POW10.push(p);
/** -10^n: precision checks compare with it without allocating a negated bigint per value. */
const NEG_POW10: bigint[] = POW10.map((p) => -p);

/** 10^n as a bigint. */
export function pow10(n: number): bigint {
  return n <= 80 ? POW10[n]! : 10n ** BigInt(n);
}

/** Plain text of a decimal (BigDecimal#toPlainString): `1.20`, `-0.05`, `12`. */
export function formatDecimal(unscaled: bigint, scale: number): string {
  if (scale === 0) return unscaled.toString();
  const neg = unscaled < 0n;
  const digits = (neg ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const cut = digits.length - scale;
  return `${neg ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/** Divides by 10^n rounding HALF_UP (ties away from zero), as BigDecimal.setScale(…, HALF_UP). */
export function divPow10HalfUp(v: bigint, n: number): bigint {
  if (n <= 0) return v * pow10(-n);
  const d = pow10(n);
  const q = v / d;
  const r = v % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return v < 0n ? q - 1n : q + 1n;
  return q;
}

/** Divides by 10^n truncating toward zero (RoundingMode.DOWN). */
export function divPow10Down(v: bigint, n: number): bigint {
  if (n <= 0) return v * pow10(-n);
  return v / pow10(n);
}

/** True when `unscaled` has at most `precision` digits. */
export function fitsPrecision(unscaled: bigint, precision: number): boolean {
  if (precision > 80) {
    const lim = pow10(precision);
    return unscaled < lim && unscaled > -lim;
  }
  return unscaled < POW10[precision]! && unscaled > NEG_POW10[precision]!;
}

/**
 * Changes the scale of a decimal with HALF_UP rounding and checks the precision; undefined when
 * the result does not fit DECIMAL(precision, toScale) (Flink gives NULL then).
 */
export function rescaleDecimal(
  unscaled: bigint,
  fromScale: number,
  precision: number,
  toScale: number,
): bigint | undefined {
  const v =
    toScale >= fromScale
      ? unscaled * pow10(toScale - fromScale)
      : divPow10HalfUp(unscaled, fromScale - toScale);
  return fitsPrecision(v, precision) ? v : undefined;
}

/** A decimal as the nearest double (for CAST to DOUBLE / FLOAT and mixed arithmetic). */
export function decimalToNumber(unscaled: bigint, scale: number): number {
  if (scale === 0) return Number(unscaled);
  // Number(string) is correctly rounded, unlike Number(unscaled) / 10^scale.
  return Number(formatDecimal(unscaled, scale));
}

/**
 * An unscaled DECIMAL value as the shortest big-endian two's-complement bytes (Java's
 * BigInteger#toByteArray: what Avro's decimal logical type and Confluent's Protobuf Decimal carry).
 */
export function unscaledToBytes(v: bigint): Uint8Array {
  const out: number[] = [];
  let x = v;
  do {
    out.unshift(Number(BigInt.asUintN(8, x)));
    x >>= 8n;
  } while (!((x === 0n && (out[0]! & 0x80) === 0) || (x === -1n && (out[0]! & 0x80) !== 0)));
  return Uint8Array.from(out);
}
