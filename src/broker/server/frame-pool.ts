/**
 * Reused buffers for large Produce frames. A 1 MB frame assembled from 64 KB socket reads used
 * to be a fresh 1 MB ArrayBuffer: V8 counts such external memory and, every few tens of MB of
 * it, runs a GC for "external memory pressure" (a Mark-Compact once the frames had lived long
 * enough to be promoted, which ack-before-write makes likely). Measured before this pool, a
 * librdkafka transactional producer at ~120 requests/s: 13 such scavenges and 6 Mark-Compacts
 * of 1-59 ms in 6 s. Pooled buffers live for the process: no allocation, no such GC.
 *
 * Only Produce frames are pooled: their `records` (a view into the frame, see the codec) is the
 * one request field that outlives the handler (ack-before-write copies it to the log after the
 * answer), and storage says when it is done through `retainRecords` (storage/types.ts). Other
 * requests' byte fields (group metadata, assignments, SASL tokens) may be kept by their
 * handlers, so they keep frames of their own.
 */

/** Frames smaller than this usually arrive in one socket read: a view of it, no copy at all. */
export const POOLED_FRAME_MIN_BYTES = 64 * 1024;
const PRODUCE_KEY = 0;

interface Slab {
  readonly buf: Buffer;
  /** The frame's length, and the CRC-32C of frame[crcFrom..] computed as it arrived (crcFrom -1: none). */
  frameLength: number;
  crcFrom: number;
  crc: number;
  /** Promises that must settle before the slab is reused (records still being written). */
  holds: Promise<unknown>[];
}

export class FramePool {
  /** Free slabs by capacity (a power of two ≥ 64 KiB). */
  private readonly free = new Map<number, Buffer[]>();
  /** Lent slabs by their ArrayBuffer (a frame is a view of it). */
  private readonly lent = new Map<ArrayBufferLike, Slab>();
  private allocated = 0;
  /** Slabs created, ever (tests and the bench read it: reuse keeps it flat). */
  created = 0;

  /** `maxBytes`: total slab memory; beyond it frames are allocated as before, one each. */
  constructor(readonly maxBytes: number) {}

  /** Bytes currently held by the pool, lent or free. */
  get allocatedBytes(): number {
    return this.allocated;
  }

  /**
   * A buffer of exactly `size` bytes for a frame of API `apiKey` (-1 if not known yet), or null
   * when the frame is not pooled (small, not Produce) or the pool is at its cap.
   */
  acquire(size: number, apiKey: number): Buffer | null {
    if (apiKey !== PRODUCE_KEY || size < POOLED_FRAME_MIN_BYTES) return null;
    const capacity = 2 ** Math.ceil(Math.log2(size));
    let buf = this.free.get(capacity)?.pop();
    if (!buf) {
      if (this.allocated + capacity > this.maxBytes) return null;
      // allocUnsafeSlow: its own ArrayBuffer, which identifies the slab when a view comes back.
      buf = Buffer.allocUnsafeSlow(capacity);
      this.allocated += capacity;
      this.created++;
    }
    this.lent.set(buf.buffer, { buf, holds: [], frameLength: size, crcFrom: -1, crc: 0 });
    return buf.subarray(0, size);
  }

  /** True when `bytes` is a view into a lent slab. */
  owns(bytes: Buffer): boolean {
    return this.lent.has(bytes.buffer);
  }

  /** Notes the CRC-32C of `frame[from..]` (the frame reader computed it as the bytes arrived). */
  noteCrc(frame: Buffer, from: number, crc: number): void {
    const slab = this.lent.get(frame.buffer);
    if (!slab) return;
    slab.crcFrom = from;
    slab.crc = crc;
  }

  /**
   * The CRC-32C of `records[21..]` if `records` is the part of a pooled frame the reader
   * checksummed (its batch, from its attributes to the frame's end), else undefined.
   */
  batchCrc(records: Buffer): number | undefined {
    const slab = this.lent.get(records.buffer);
    if (!slab || slab.crcFrom < 0) return undefined;
    const start = records.byteOffset - slab.buf.byteOffset;
    if (start + 21 !== slab.crcFrom || start + records.length !== slab.frameLength) return undefined;
    return slab.crc;
  }

  /** Keeps the slab under `bytes` (if pooled) from reuse until `until` settles. */
  hold(bytes: Buffer, until: Promise<unknown>): void {
    this.lent.get(bytes.buffer)?.holds.push(until);
  }

  /**
   * Returns the slab of `frame` for reuse once `handled` (the request's processing) and then
   * every hold registered meanwhile have settled. No-op for a frame the pool did not lend.
   */
  releaseAfter(frame: Buffer, handled: Promise<unknown> | undefined): void {
    const slab = this.lent.get(frame.buffer);
    if (!slab) return;
    const settle = () => {
      if (slab.holds.length === 0) {
        this.lent.delete(frame.buffer);
        const list = this.free.get(slab.buf.length);
        if (list) list.push(slab.buf);
        else this.free.set(slab.buf.length, [slab.buf]);
        return;
      }
      const holds = slab.holds;
      slab.holds = [];
      // A hold registered while these settle (none is expected) is waited for in turn.
      void Promise.allSettled(holds).then(settle);
    };
    if (handled) handled.then(settle, settle);
    else settle();
  }
}

/**
 * The broker process's pool (one per process, like the shared in-flight budget's spirit: frames
 * of every connection draw from it). 32 MiB: some 16 in-flight 1 MB Produce frames at once (a
 * pipelining non-idempotent producer keeps up to 5 per connection, an idempotent one 1 per
 * partition); beyond that, frames are allocated one by one as before.
 */
export const produceFramePool = new FramePool(32 * 1024 * 1024);

/**
 * Keeps the Produce frame that `records` is a view of from reuse until `until` settles. The
 * Produce handler passes this to storage as `retainRecords`.
 */
export function holdProduceFrame(records: Buffer, until: Promise<unknown>): void {
  produceFramePool.hold(records, until);
}
