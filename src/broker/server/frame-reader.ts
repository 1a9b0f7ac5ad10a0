/**
 * Splits a TCP byte stream into Kafka frames (int32 size + body). A declared size is never
 * allocated up front: chunks are kept until the whole frame has arrived, then joined once —
 * except that a large Produce frame, given a {@link FramePool}, goes into a pooled buffer that
 * each chunk is copied into as it arrives (no allocation, and only the last chunk's copy is left
 * when the frame completes). A size above `maxFrameBytes` (socket.request.max.bytes) or below
 * the smallest header is reported through {@link FrameError} so the connection can be closed,
 * as Kafka does.
 */
import { crc32c } from '../../kafka/record-batch/index.js';
import { POOLED_FRAME_MIN_BYTES, type FramePool } from './frame-pool.js';
import { produceCrcStart } from './produce-crc.js';

/** crcFrom while the frame's first bytes, which say where its batch starts, are still to come. */
const CRC_PENDING = -2;
/** Enough of a frame to read a Produce header (client id, transactional id, topic name). */
const CRC_HEAD_BYTES = 2048;

export class FrameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrameError';
  }
}

export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private expected = -1;
  /** The pooled buffer the current frame is copied into, and how much of it is filled. */
  private target: Buffer | null = null;
  private filled = 0;
  /** Where the pooled frame's batch CRC starts (-1: not computed, CRC_PENDING) and its running value. */
  private crcFrom = -1;
  private crc = 0;
  /** False while the current frame may still go into the pool (its API key not yet seen). */
  private poolChecked = true;
  private headAt = 0;
  /**
   * `performance.now()` when the first byte of each frame returned by the last `push` arrived
   * (the read that brought it): how long a frame took to arrive is measured from it.
   */
  readonly startedAt: number[] = [];

  /** `minFrameBytes`: 8 for requests (the smallest header); responses may be as short as 4. */
  constructor(
    /** Lowered while a SASL client is unauthenticated (Kafka's sasl.server.max.receive.size). */
    public maxFrameBytes: number,
    /** Lowered to 0 while a SASL v0 exchange sends raw tokens, which may be that short. */
    public minFrameBytes = 8,
    /** Where large Produce frames are assembled (null: every frame is allocated). */
    public pool: FramePool | null = null,
  ) {}

  /** Bytes received but not yet returned as frames. */
  get pendingBytes(): number {
    return this.buffered + this.filled;
  }

  /** Feeds bytes; returns every complete frame body. Throws FrameError on an invalid size. */
  push(chunk: Buffer): Buffer[] {
    const now = performance.now();
    const frames: Buffer[] = [];
    this.startedAt.length = 0;
    if (this.expected < 0 && this.buffered === 0) this.headAt = now;
    if (this.target) chunk = this.fill(chunk, frames, now);
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    for (;;) {
      if (this.expected < 0) {
        if (this.buffered < 4) break;
        const size = this.peek(4).readInt32BE(0);
        // The smallest request header (v0) is 8 bytes: key, version, correlation id.
        if (size < this.minFrameBytes) throw new FrameError(`invalid frame size ${size}`);
        if (size > this.maxFrameBytes) {
          throw new FrameError(
            `frame of ${size} bytes exceeds socket.request.max.bytes (${this.maxFrameBytes})`,
          );
        }
        this.consume(4);
        this.expected = size;
        this.poolChecked = this.pool === null || size < POOLED_FRAME_MIN_BYTES;
      }
      if (!this.poolChecked) {
        // The API key (the body's first 2 bytes) decides whether the frame is pooled.
        if (this.buffered < 2) break;
        this.poolChecked = true;
        const target =
          this.buffered < this.expected
            ? this.pool!.acquire(this.expected, this.peek(2).readInt16BE(0))
            : null;
        if (target) {
          // Bytes already received go in now; later chunks are copied as they arrive.
          this.target = target;
          this.filled = 0;
          this.crc = 0;
          this.crcFrom = CRC_PENDING;
          const held = this.chunks;
          this.chunks = [];
          this.buffered = 0;
          for (const c of held) {
            const rest = this.target ? this.fill(c, frames, now) : c;
            if (rest.length > 0) {
              this.chunks.push(rest);
              this.buffered += rest.length;
            }
          }
          continue;
        }
      }
      if (this.target || this.buffered < this.expected) break;
      frames.push(this.consume(this.expected));
      this.startedAt.push(this.headAt);
      this.headAt = now;
      this.expected = -1;
    }
    return frames;
  }

  /**
   * Drops a partly received frame (the connection closed): returns its pooled buffer, if any,
   * for the caller to give back to the pool.
   */
  discard(): Buffer | null {
    const target = this.target;
    this.target = null;
    this.filled = 0;
    this.chunks = [];
    this.buffered = 0;
    this.expected = -1;
    return target;
  }

  /** Copies the current frame's part of `chunk` into the target; returns what is left of it. */
  private fill(chunk: Buffer, frames: Buffer[], now: number): Buffer {
    const target = this.target!;
    const take = Math.min(chunk.length, this.expected - this.filled);
    chunk.copy(target, this.filled, 0, take);
    let before = this.filled;
    this.filled += take;
    if (this.crcFrom === CRC_PENDING && (this.filled >= CRC_HEAD_BYTES || this.filled === this.expected)) {
      this.crcFrom = produceCrcStart(target.subarray(0, this.filled), this.expected);
      before = 0;
    }
    if (this.crcFrom >= 0 && this.filled > this.crcFrom) {
      // The batch's checksum as it arrives: storage then compares instead of computing it.
      this.crc = crc32c(target.subarray(Math.max(before, this.crcFrom), this.filled), this.crc);
    }
    if (this.filled === this.expected) {
      if (this.crcFrom >= 0) this.pool?.noteCrc(target, this.crcFrom, this.crc);
      frames.push(target);
      this.startedAt.push(this.headAt);
      this.headAt = now;
      this.target = null;
      this.filled = 0;
      this.expected = -1;
    }
    return take === chunk.length ? chunk.subarray(chunk.length) : chunk.subarray(take);
  }

  private peek(n: number): Buffer {
    if (this.chunks[0]!.length >= n) return this.chunks[0]!.subarray(0, n);
    return Buffer.concat(this.chunks).subarray(0, n);
  }

  private consume(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0);
    const first = this.chunks[0]!;
    if (first.length >= n) {
      const out = first.subarray(0, n);
      if (first.length === n) this.chunks.shift();
      else this.chunks[0] = first.subarray(n);
      this.buffered -= n;
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0]!;
      const take = Math.min(c.length, n - filled);
      c.copy(out, filled, 0, take);
      filled += take;
      if (take === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(take);
    }
    this.buffered -= n;
    return out;
  }
}
