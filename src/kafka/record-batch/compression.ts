/**
 * The four Kafka codecs of record batch v2 (attributes bits 0–2): gzip (node:zlib), snappy
 * with xerial framing (snappyjs; what the Java client writes, and what librdkafka and Java read),
 * lz4 frame format (lz4-napi), zstd (fzstd to decode, zstd-codec's WASM to encode: Node 20's
 * zlib has no zstd).
 *
 * @example
 * const packed = await compress(CompressionType.Zstd, recordsBytes);
 * const back = await decompress(CompressionType.Zstd, packed); // equals recordsBytes
 */
import { gunzip, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { decompress as zstdDecompress } from 'fzstd';
import { RecordFormatError } from './errors.js';

const require = createRequire(import.meta.url);

type Lz4 = { compressFrame(d: Buffer): Promise<Buffer>; decompressFrame(d: Buffer): Promise<Buffer> };
let lz4Binding: Lz4 | undefined;
/** lz4-napi (a native addon) loads on first use: most readers never see lz4 data. */
const lz4 = (): Lz4 => (lz4Binding ??= require('lz4-napi') as Lz4);
// snappyjs and zstd-codec are CommonJS without type declarations.
const snappy = require('snappyjs') as {
  compress(b: Buffer): Buffer;
  uncompress(b: Buffer, maxLength?: number): Buffer;
};

export const CompressionType = { None: 0, Gzip: 1, Snappy: 2, Lz4: 3, Zstd: 4 } as const;
export type CompressionType = (typeof CompressionType)[keyof typeof CompressionType];

/** Names Kafka uses in configs and tools. */
export const COMPRESSION_NAMES: Record<CompressionType, string> = {
  0: 'none',
  1: 'gzip',
  2: 'snappy',
  3: 'lz4',
  4: 'zstd',
};

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

// xerial snappy-java framing: magic, version 1, compatible version 1, then [int32 length, block]*.
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER = 16;
const XERIAL_BLOCK = 32 * 1024;

function snappyCompressXerial(data: Buffer): Buffer {
  const parts: Buffer[] = [XERIAL_MAGIC, Buffer.from([0, 0, 0, 1, 0, 0, 0, 1])];
  for (let off = 0; off < data.length || off === 0; off += XERIAL_BLOCK) {
    const block = snappy.compress(data.subarray(off, off + XERIAL_BLOCK));
    const len = Buffer.allocUnsafe(4);
    len.writeInt32BE(block.length, 0);
    parts.push(len, block);
    if (data.length === 0) break;
  }
  return Buffer.concat(parts);
}

function snappyDecompress(data: Buffer, maxLength: number): Buffer {
  if (data.length < XERIAL_HEADER || !data.subarray(0, 8).equals(XERIAL_MAGIC)) {
    return snappy.uncompress(data, maxLength); // raw snappy (some clients write it unframed)
  }
  const parts: Buffer[] = [];
  let total = 0;
  let pos = XERIAL_HEADER;
  while (pos < data.length) {
    if (pos + 4 > data.length) throw new RecordFormatError('truncated xerial snappy block header');
    const len = data.readInt32BE(pos);
    pos += 4;
    if (len < 0 || pos + len > data.length) throw new RecordFormatError('truncated xerial snappy block');
    const block = snappy.uncompress(data.subarray(pos, pos + len), maxLength - total);
    total += block.length;
    parts.push(block);
    pos += len;
  }
  return Buffer.concat(parts, total);
}

interface ZstdSimple {
  compress(data: Uint8Array, level?: number): Uint8Array | null;
}
let zstdSimple: Promise<ZstdSimple> | undefined;
function zstdEncoder(): Promise<ZstdSimple> {
  zstdSimple ??= new Promise((resolve) => {
    const { ZstdCodec } = require('zstd-codec') as {
      ZstdCodec: { run(cb: (z: { Simple: new () => ZstdSimple }) => void): void };
    };
    ZstdCodec.run((z) => resolve(new z.Simple()));
  });
  return zstdSimple;
}

/**
 * The decompressed size a zstd frame declares (Frame_Content_Size, RFC 8878 §3.1.1.1), or
 * undefined when absent. fzstd allocates what the frame declares, so a hostile produce request
 * could ask for gigabytes: we refuse before decoding.
 */
export function zstdDeclaredSize(data: Buffer): number | undefined {
  if (data.length < 6 || data.readUInt32LE(0) !== 0xfd2fb528) return undefined;
  const fhd = data[4]!;
  const fcsFlag = fhd >> 6;
  const single = (fhd >> 5) & 1;
  const dictBytes = [0, 1, 2, 4][fhd & 3]!;
  const fcsBytes = [single ? 1 : 0, 2, 4, 8][fcsFlag]!;
  const at = 5 + (single ? 0 : 1) + dictBytes;
  if (fcsBytes === 0 || at + fcsBytes > data.length) return undefined;
  switch (fcsBytes) {
    case 1:
      return data[at]!;
    case 2:
      return data.readUInt16LE(at) + 256;
    case 4:
      return data.readUInt32LE(at);
    default:
      return Number(data.readBigUInt64LE(at));
  }
}

/** The content size an lz4 frame declares (FLG bit 3), or undefined. */
export function lz4DeclaredSize(data: Buffer): number | undefined {
  if (data.length < 15 || data.readUInt32LE(0) !== 0x184d2204) return undefined;
  return data[4]! & 0x08 ? Number(data.readBigUInt64LE(6)) : undefined;
}

/** Compresses the records section of a batch with `type` (None returns the input). */
export async function compress(type: CompressionType, data: Buffer): Promise<Buffer> {
  switch (type) {
    case CompressionType.None:
      return data;
    case CompressionType.Gzip:
      return gzipAsync(data);
    case CompressionType.Snappy:
      return snappyCompressXerial(data);
    case CompressionType.Lz4:
      return lz4().compressFrame(data);
    case CompressionType.Zstd: {
      const out = (await zstdEncoder()).compress(data, 3);
      if (!out) throw new RecordFormatError('zstd compression failed');
      return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
    }
    default:
      throw new RecordFormatError(`unknown compression type ${String(type)}`, 'UNSUPPORTED_COMPRESSION_TYPE');
  }
}

/**
 * Decompresses a records section. `maxLength` bounds the output (a decompression bomb in a
 * produce request must not exhaust memory); corrupt input throws CORRUPT_MESSAGE.
 */
export async function decompress(type: number, data: Buffer, maxLength = 256 * 1024 * 1024): Promise<Buffer> {
  let out: Buffer;
  try {
    switch (type) {
      case CompressionType.None:
        return data;
      case CompressionType.Gzip:
        out = await gunzipAsync(data, { maxOutputLength: maxLength });
        break;
      case CompressionType.Snappy:
        out = snappyDecompress(data, maxLength);
        break;
      case CompressionType.Lz4:
        if ((lz4DeclaredSize(data) ?? 0) > maxLength)
          throw new RecordFormatError(`lz4 frame declares more than ${maxLength} bytes`);
        out = await lz4().decompressFrame(data);
        break;
      case CompressionType.Zstd: {
        if ((zstdDeclaredSize(data) ?? 0) > maxLength)
          throw new RecordFormatError(`zstd frame declares more than ${maxLength} bytes`);
        const u = zstdDecompress(data);
        out = Buffer.from(u.buffer, u.byteOffset, u.byteLength);
        break;
      }
      default:
        throw new RecordFormatError(`unknown compression type ${type}`, 'UNSUPPORTED_COMPRESSION_TYPE');
    }
  } catch (err) {
    if (err instanceof RecordFormatError) throw err;
    throw new RecordFormatError(
      `cannot decompress ${COMPRESSION_NAMES[type as CompressionType] ?? type} data: ${(err as Error).message}`,
      'CORRUPT_MESSAGE',
      { cause: err },
    );
  }
  if (out.length > maxLength) throw new RecordFormatError(`decompressed records exceed ${maxLength} bytes`);
  return out;
}
