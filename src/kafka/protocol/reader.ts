/**
 * Bounds-checked reader of Kafka wire primitives over one Buffer (the body of one frame).
 * Every read checks the remaining length first, so a truncated or lying frame throws a
 * {@link ProtocolDecodeError} instead of reading garbage or allocating a declared length.
 *
 * @example
 * const r = new Reader(frame);
 * const apiKey = r.int16();
 */
export class ProtocolDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolDecodeError';
  }
}

export class Reader {
  offset: number;

  constructor(
    readonly buffer: Buffer,
    offset = 0,
    readonly end = buffer.length,
  ) {
    this.offset = offset;
  }

  get remaining(): number {
    return this.end - this.offset;
  }

  private need(n: number, what: string): void {
    if (n < 0 || this.offset + n > this.end) {
      throw new ProtocolDecodeError(
        `truncated ${what} at byte ${this.offset}: need ${n}, have ${this.remaining}`,
      );
    }
  }

  int8(): number {
    this.need(1, 'int8');
    return this.buffer.readInt8(this.offset++);
  }

  bool(): boolean {
    return this.int8() !== 0;
  }

  int16(): number {
    this.need(2, 'int16');
    const v = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  uint16(): number {
    this.need(2, 'uint16');
    const v = this.buffer.readUInt16BE(this.offset);
    this.offset += 2;
    return v;
  }

  int32(): number {
    this.need(4, 'int32');
    const v = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  uint32(): number {
    this.need(4, 'uint32');
    const v = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  int64(): bigint {
    this.need(8, 'int64');
    const v = this.buffer.readBigInt64BE(this.offset);
    this.offset += 8;
    return v;
  }

  float64(): number {
    this.need(8, 'float64');
    const v = this.buffer.readDoubleBE(this.offset);
    this.offset += 8;
    return v;
  }

  /** Unsigned LEB128 varint of at most 5 bytes (32 bits). */
  uvarint(): number {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      this.need(1, 'varint');
      const b = this.buffer[this.offset++]!;
      value += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) {
        if (value > 0xffffffff)
          throw new ProtocolDecodeError(`varint overflows 32 bits at byte ${this.offset}`);
        return value;
      }
    }
    throw new ProtocolDecodeError(`varint longer than 5 bytes at byte ${this.offset}`);
  }

  /** Zig-zag signed varint (32 bits). */
  varint(): number {
    const u = this.uvarint();
    return u % 2 === 0 ? u / 2 : -(u + 1) / 2;
  }

  /** Zig-zag signed varlong (64 bits). */
  varlong(): bigint {
    let value = 0n;
    for (let i = 0; i < 10; i++) {
      this.need(1, 'varlong');
      const b = this.buffer[this.offset++]!;
      value |= BigInt(b & 0x7f) << BigInt(7 * i);
      if ((b & 0x80) === 0) return (value >> 1n) ^ -(value & 1n);
    }
    throw new ProtocolDecodeError(`varlong longer than 10 bytes at byte ${this.offset}`);
  }

  uuid(): Buffer {
    this.need(16, 'uuid');
    const v = this.buffer.subarray(this.offset, this.offset + 16);
    this.offset += 16;
    return Buffer.from(v);
  }

  /** Raw bytes, shared with the frame (no copy). */
  raw(n: number): Buffer {
    this.need(n, 'bytes');
    const v = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += n;
    return v;
  }

  private lengthOf(compact: boolean): number {
    // Compact forms store length+1 as an unsigned varint; 0 means null.
    return compact ? this.uvarint() - 1 : this.int16();
  }

  string(compact: boolean): string {
    const s = this.nullableString(compact);
    if (s === null)
      throw new ProtocolDecodeError(`null string where a non-null one is required at byte ${this.offset}`);
    return s;
  }

  nullableString(compact: boolean): string | null {
    const n = this.lengthOf(compact);
    if (n < 0) return null;
    return this.raw(n).toString('utf8');
  }

  bytes(compact: boolean): Buffer {
    const b = this.nullableBytes(compact);
    if (b === null)
      throw new ProtocolDecodeError(`null bytes where non-null are required at byte ${this.offset}`);
    return b;
  }

  nullableBytes(compact: boolean): Buffer | null {
    const n = compact ? this.uvarint() - 1 : this.int32();
    if (n < 0) return null;
    return this.raw(n);
  }

  /** Array length (compact or int32); -1 = null. Rejects counts larger than the bytes left. */
  arrayLength(compact: boolean): number {
    const n = compact ? this.uvarint() - 1 : this.int32();
    if (n > this.remaining) {
      throw new ProtocolDecodeError(`array of ${n} elements cannot fit in the ${this.remaining} bytes left`);
    }
    return n < 0 ? -1 : n;
  }

  /** Skips a tagged-field section, calling `onTag` for each; unknown tags are ignored. */
  taggedFields(onTag?: (tag: number, r: Reader) => void): void {
    const count = this.uvarint();
    if (count > this.remaining) throw new ProtocolDecodeError(`${count} tagged fields cannot fit`);
    for (let i = 0; i < count; i++) {
      const tag = this.uvarint();
      const size = this.uvarint();
      this.need(size, 'tagged field');
      const sub = new Reader(this.buffer, this.offset, this.offset + size);
      if (onTag) onTag(tag, sub);
      this.offset += size;
    }
  }
}
