/**
 * Zig-zag varints as Kafka's record format uses them (protobuf encoding): `varint` for int32
 * fields, `varlong` for int64 fields (timestamp delta). Readers check bounds and throw
 * `RecordFormatError` instead of reading past the end.
 */
import { RecordFormatError } from './errors.js';

/** A cursor over a buffer, for decoding records. */
export interface Cursor {
  buf: Buffer;
  pos: number;
  /** Exclusive end of the readable region. */
  end: number;
}

/** Reads a zig-zag varint (max 5 bytes) as a signed 32-bit number. */
export function readVarint(c: Cursor): number {
  let value = 0;
  let shift = 0;
  for (let i = 0; i < 5; i++) {
    if (c.pos >= c.end) throw new RecordFormatError('varint runs past the end of the record');
    const b = c.buf[c.pos++]!;
    value |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) return (value >>> 1) ^ -(value & 1);
    shift += 7;
  }
  throw new RecordFormatError('varint longer than 5 bytes');
}

/** Reads a zig-zag varlong (max 10 bytes) as a number; exact within ±2^53. */
export function readVarlong(c: Cursor): number {
  // Number arithmetic for up to 7 bytes (49 bits: every timestamp delta in practice), BigInt beyond.
  let value = 0;
  let mul = 1;
  const start = c.pos;
  for (let i = 0; i < 7; i++) {
    if (c.pos >= c.end) throw new RecordFormatError('varlong runs past the end of the record');
    const b = c.buf[c.pos++]!;
    value += (b & 0x7f) * mul;
    if ((b & 0x80) === 0) return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
    mul *= 128;
  }
  c.pos = start;
  return readVarlongBig(c);
}

function readVarlongBig(c: Cursor): number {
  let value = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (c.pos >= c.end) throw new RecordFormatError('varlong runs past the end of the record');
    const b = c.buf[c.pos++]!;
    value |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) {
      const v = BigInt.asIntN(64, (value >> 1n) ^ -(value & 1n));
      return Number(v);
    }
    shift += 7n;
  }
  throw new RecordFormatError('varlong longer than 10 bytes');
}

/** Bytes the zig-zag varint encoding of the int32 `v` takes. */
export function varintSize(v: number): number {
  let u = ((v << 1) ^ (v >> 31)) >>> 0;
  let n = 1;
  while (u >= 0x80) {
    u >>>= 7;
    n++;
  }
  return n;
}

/** Writes the int32 `v` as a zig-zag varint at `pos`; returns the position after it. */
export function writeVarint(buf: Buffer, pos: number, v: number): number {
  let u = ((v << 1) ^ (v >> 31)) >>> 0;
  while (u >= 0x80) {
    buf[pos++] = (u & 0x7f) | 0x80;
    u >>>= 7;
  }
  buf[pos++] = u;
  return pos;
}

function zigzag64(v: number): bigint {
  const b = BigInt.asIntN(64, BigInt(v));
  return BigInt.asUintN(64, (b << 1n) ^ (b >> 63n));
}

/** Bytes the zig-zag varlong encoding of `v` (an integer) takes. */
export function varlongSize(v: number): number {
  if (v >= -0x40000000 && v < 0x40000000) return varintSize(v);
  let u = zigzag64(v);
  let n = 1;
  while (u >= 0x80n) {
    u >>= 7n;
    n++;
  }
  return n;
}

/** Writes the integer `v` as a zig-zag varlong at `pos`; returns the position after it. */
export function writeVarlong(buf: Buffer, pos: number, v: number): number {
  if (v >= -0x40000000 && v < 0x40000000) return writeVarint(buf, pos, v);
  let u = zigzag64(v);
  while (u >= 0x80n) {
    buf[pos++] = Number(u & 0x7fn) | 0x80;
    u >>= 7n;
  }
  buf[pos++] = Number(u);
  return pos;
}
