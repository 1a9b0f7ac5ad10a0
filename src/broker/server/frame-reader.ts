/**
 * Splits a TCP byte stream into Kafka frames (int32 size + body). A declared size is never
 * allocated up front: chunks are kept until the whole frame has arrived, then joined once.
 * A size above `maxFrameBytes` (socket.request.max.bytes) or below the smallest header is
 * reported through {@link FrameTooLargeError} so the connection can be closed, as Kafka does.
 */
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

  /** `minFrameBytes`: 8 for requests (the smallest header); responses may be as short as 4. */
  constructor(
    /** Lowered while a SASL client is unauthenticated (Kafka's sasl.server.max.receive.size). */
    public maxFrameBytes: number,
    /** Lowered to 0 while a SASL v0 exchange sends raw tokens, which may be that short. */
    public minFrameBytes = 8,
  ) {}

  /** Bytes received but not yet returned as frames. */
  get pendingBytes(): number {
    return this.buffered;
  }

  /** Feeds bytes; returns every complete frame body. Throws FrameError on an invalid size. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.expected < 0) {
        if (this.buffered < 4) break;
        const head = this.peek(4);
        const size = head.readInt32BE(0);
        // The smallest request header (v0) is 8 bytes: key, version, correlation id.
        if (size < this.minFrameBytes) throw new FrameError(`invalid frame size ${size}`);
        if (size > this.maxFrameBytes) {
          throw new FrameError(
            `frame of ${size} bytes exceeds socket.request.max.bytes (${this.maxFrameBytes})`,
          );
        }
        this.consume(4);
        this.expected = size;
      }
      if (this.buffered < this.expected) break;
      frames.push(this.consume(this.expected));
      this.expected = -1;
    }
    return frames;
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
