/**
 * Confluent's serializer wire format: magic byte 0, the 4-byte big-endian schema id, then the
 * payload (Avro binary, Protobuf message indexes + message bytes, or JSON text).
 *
 * @example
 * const framed = frame(42, payload);
 * const { schemaId, payload: p } = unframe(framed);
 */
import { EddyError } from '../common/errors.js';

export const MAGIC_BYTE = 0;
export const HEADER_SIZE = 5;

/** Prefix a payload with magic byte 0 and the schema id. */
export function frame(schemaId: number, payload: Uint8Array): Buffer {
  if (!Number.isInteger(schemaId) || schemaId < 0 || schemaId > 0x7fffffff) {
    throw new EddyError('EDDY_PROTOCOL', `schema id must be an integer from 0 to 2^31-1, got ${schemaId}`);
  }
  const out = Buffer.allocUnsafe(HEADER_SIZE + payload.length);
  out[0] = MAGIC_BYTE;
  out.writeUInt32BE(schemaId, 1);
  out.set(payload, HEADER_SIZE);
  return out;
}

/** Split a framed message into its schema id and payload (a view, not a copy). */
export function unframe(data: Uint8Array): { schemaId: number; payload: Buffer } {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < HEADER_SIZE) {
    throw new EddyError(
      'EDDY_PROTOCOL',
      `framed message too short: ${buf.length} bytes, need at least ${HEADER_SIZE}`,
    );
  }
  if (buf[0] !== MAGIC_BYTE) {
    throw new EddyError('EDDY_PROTOCOL', `unknown magic byte ${buf[0]}: not a Confluent-framed message`);
  }
  return { schemaId: buf.readUInt32BE(1), payload: buf.subarray(HEADER_SIZE) };
}

/** Zig-zag varint writer (the encoding of Protobuf message indexes, as Java's ByteUtils.writeVarint). */
function writeZigZag(value: number, out: number[]): void {
  let v = ((value << 1) ^ (value >> 31)) >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

/**
 * Encode Protobuf message indexes: the path of the message type in the .proto file (index of
 * the top-level message, then of each nested one). The common case, the first message, is the
 * single byte 0 (the `[0]` shortcut); otherwise a zig-zag varint count then each index.
 */
export function encodeMessageIndexes(indexes: readonly number[]): Buffer {
  if (indexes.length === 0 || (indexes.length === 1 && indexes[0] === 0)) return Buffer.from([0]);
  const out: number[] = [];
  writeZigZag(indexes.length, out);
  for (const i of indexes) writeZigZag(i, out);
  return Buffer.from(out);
}

/** Decode message indexes at the start of a Protobuf payload; returns them and the bytes read. */
export function decodeMessageIndexes(buf: Uint8Array, offset = 0): { indexes: number[]; bytesRead: number } {
  let pos = offset;
  const readZigZag = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (pos >= buf.length) throw new EddyError('EDDY_PROTOCOL', 'truncated Protobuf message indexes');
      const b = buf[pos++]!;
      result |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
      shift += 7;
      if (shift > 28) throw new EddyError('EDDY_PROTOCOL', 'Protobuf message index varint too long');
    }
    return (result >>> 1) ^ -(result & 1);
  };
  const count = readZigZag();
  if (count === 0) return { indexes: [0], bytesRead: pos - offset };
  if (count < 0 || count > 100) {
    throw new EddyError('EDDY_PROTOCOL', `invalid Protobuf message index count ${count}`);
  }
  const indexes: number[] = [];
  for (let i = 0; i < count; i++) {
    const idx = readZigZag();
    if (idx < 0) throw new EddyError('EDDY_PROTOCOL', `invalid Protobuf message index ${idx}`);
    indexes.push(idx);
  }
  return { indexes, bytesRead: pos - offset };
}
