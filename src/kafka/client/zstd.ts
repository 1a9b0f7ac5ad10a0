/**
 * zstd for @platformatic/kafka on Node 20, whose zlib has no zstd: decode with fzstd (pure JS),
 * encode with zstd-codec (WASM, initialised once, asynchronously). The client's codec table is
 * a plain object, so we fill in its zstd entry (dependencies.md: "wrap it and test it"). The
 * client library is imported lazily: only producers and consumers pay for loading it.
 */
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { decompress } from 'fzstd';

const require = createRequire(import.meta.url);

interface ZstdSimple {
  compress(data: Uint8Array, level?: number): Uint8Array | null;
}

let ready: Promise<void> | undefined;

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  const d = data as { buffer?: unknown; slice?: () => Buffer };
  // DynamicBuffer (the client's chunked buffer) exposes slice() returning one Buffer.
  if (typeof d.slice === 'function') return d.slice();
  return Buffer.from(data as Uint8Array);
}

type ZstdEntry = {
  compressSync: (data: unknown) => Buffer;
  decompressSync: (data: unknown) => Buffer;
  available: boolean;
};

let decoderInstalled = false;

async function codecs(): Promise<Record<string, unknown>> {
  return (await import('@platformatic/kafka')).compressionsAlgorithms as unknown as Record<string, unknown>;
}

/**
 * Make zstd decoding available to every consumer of this process at once (fzstd is pure JS,
 * no WASM start-up): readers never wait for the encoder's WASM start-up, which is on `eddy sql`'s path to its
 * first row. Idempotent.
 */
export async function installZstdDecoder(): Promise<void> {
  if (decoderInstalled || (zlib as unknown as { zstdCompressSync?: unknown }).zstdCompressSync) return;
  const entry = (await codecs()).zstd as ZstdEntry;
  decoderInstalled = true;
  entry.decompressSync = (data) => {
    const out = decompress(toBuffer(data));
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  };
  entry.available = true;
}

/**
 * Make zstd available to every producer and consumer of this process. Idempotent; resolves once
 * the encoder is loaded. Does nothing when Node's zlib has zstd of its own.
 */
export function installZstd(): Promise<void> {
  if ((zlib as unknown as { zstdCompressSync?: unknown }).zstdCompressSync) return Promise.resolve();
  ready ??= installZstdDecoder()
    .then(() => codecs())
    .then(
      (table) =>
        new Promise<void>((resolve, reject) => {
          try {
            const { ZstdCodec } = require('zstd-codec') as {
              ZstdCodec: { run(cb: (z: { Simple: new () => ZstdSimple }) => void): void };
            };
            ZstdCodec.run((z) => {
              const simple = new z.Simple();
              const entry = table.zstd as ZstdEntry;
              entry.compressSync = (data) => {
                const out = simple.compress(toBuffer(data), 3);
                if (!out) throw new Error('zstd compression failed');
                return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
              };
              resolve();
            });
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        }),
    );
  return ready;
}
