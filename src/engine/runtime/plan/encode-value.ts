/**
 * JSON encoding of SQL values for the compiled plan (literals, VALUES rows). JSON has no bigint,
 * bytes, maps or precise timestamps, so those become tagged objects; everything else is itself.
 */
import { Bitmap, PreciseTimestamp, Variant, decodeVariant, encodeVariant } from '../../../types/index.js';

/** A JS value → a JSON-safe value. */
export function encodeValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return { bigint: v.toString() };
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return Object.is(v, -0) ? { number: '-0' } : v;
    return { number: String(v) };
  }
  if (typeof v !== 'object') return v;
  if (v instanceof Uint8Array) return { bytes: Buffer.from(v).toString('base64') };
  if (v instanceof PreciseTimestamp) return { ts: v.millis, nanos: v.nanoOfMilli };
  if (Array.isArray(v)) return { array: v.map(encodeValue) };
  if (v instanceof Map) return { map: [...v.entries()].map(([k, x]) => [encodeValue(k), encodeValue(x)]) };
  if (v instanceof Variant) return { variant: encodeVariant(v) };
  if (v instanceof Bitmap) return { bitmap: Buffer.from(v.toBytes()).toString('base64') };
  throw new Error(`cannot encode value of class ${(v as object).constructor?.name}`);
}

/** The inverse of {@link encodeValue}. */
export function decodeValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('bigint' in o) return BigInt(o['bigint'] as string);
  if ('number' in o) return Number(o['number']);
  if ('bytes' in o) return new Uint8Array(Buffer.from(o['bytes'] as string, 'base64'));
  if ('ts' in o) return new PreciseTimestamp(o['ts'] as number, o['nanos'] as number);
  if ('array' in o) return (o['array'] as unknown[]).map(decodeValue);
  if ('variant' in o) return decodeVariant(o['variant']);
  if ('bitmap' in o) return Bitmap.fromBytes(new Uint8Array(Buffer.from(o['bitmap'] as string, 'base64')));
  if ('map' in o)
    return new Map((o['map'] as [unknown, unknown][]).map(([k, x]) => [decodeValue(k), decodeValue(x)]));
  throw new Error(`cannot decode value ${JSON.stringify(v)}`);
}
