/**
 * Sparse indexes of one segment, in Kafka's file formats:
 * - offset index (`.index`): entries of [relative offset int32, file position int32], mapping the
 *   last offset of a batch to the position where that batch starts;
 * - time index (`.timeindex`): entries of [timestamp int64, relative offset int32], the largest
 *   timestamp so far and the offset it belongs to, added only when it grows.
 * Entries live in growable typed arrays; inactive segments' indexes are loaded on demand.
 */
import { readFile } from 'node:fs/promises';

export class OffsetIndex {
  relOffsets: Int32Array = new Int32Array(16);
  positions: Int32Array = new Int32Array(16);
  length = 0;

  append(relOffset: number, position: number): void {
    if (this.length === this.relOffsets.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.relOffsets = grow(this.relOffsets);
      this.positions = grow(this.positions);
    }
    this.relOffsets[this.length] = relOffset;
    this.positions[this.length] = position;
    this.length++;
  }

  /** Position of the batch holding the largest indexed offset < `relTarget`'s batch, or 0: where a scan for `relTarget` may start. */
  lookup(relTarget: number): number {
    // Entries map a batch's last offset to its start; an entry with lastOffset < target means the
    // target is after that batch; the batch of the entry with lastOffset ≥ target may hold it.
    let lo = 0;
    let hi = this.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.relOffsets[mid]! < relTarget) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? 0 : this.positions[found]!;
  }

  /** Drops entries at or past `position` (after truncation). */
  truncateToPosition(position: number): void {
    while (this.length > 0 && this.positions[this.length - 1]! >= position) this.length--;
  }

  toBuffer(): Buffer {
    const buf = Buffer.allocUnsafe(this.length * 8);
    for (let i = 0; i < this.length; i++) {
      buf.writeInt32BE(this.relOffsets[i]!, i * 8);
      buf.writeInt32BE(this.positions[i]!, i * 8 + 4);
    }
    return buf;
  }

  /** Parses a file; returns undefined when its shape is impossible (the caller rebuilds it). */
  static fromBuffer(buf: Buffer, logSize: number): OffsetIndex | undefined {
    if (buf.length % 8 !== 0) return undefined;
    const idx = new OffsetIndex();
    let lastRel = -1;
    let lastPos = -1;
    for (let p = 0; p < buf.length; p += 8) {
      const rel = buf.readInt32BE(p);
      const pos = buf.readInt32BE(p + 4);
      if (rel <= lastRel || pos <= lastPos || pos >= logSize) return undefined;
      idx.append(rel, pos);
      lastRel = rel;
      lastPos = pos;
    }
    return idx;
  }
}

export class TimeIndex {
  timestamps: Float64Array = new Float64Array(16);
  relOffsets: Int32Array = new Int32Array(16);
  length = 0;

  /** Adds an entry only when `timestamp` is larger than the last one (Kafka's rule). */
  maybeAppend(timestamp: number, relOffset: number): void {
    if (this.length > 0 && timestamp <= this.timestamps[this.length - 1]!) return;
    if (this.length === this.timestamps.length) {
      const t = new Float64Array(this.length * 2);
      t.set(this.timestamps);
      const r = new Int32Array(this.length * 2);
      r.set(this.relOffsets);
      this.timestamps = t;
      this.relOffsets = r;
    }
    this.timestamps[this.length] = timestamp;
    this.relOffsets[this.length] = relOffset;
    this.length++;
  }

  /** Relative offset of the last entry whose timestamp is < `target` (-1 when none): everything up to it is older than target. */
  lookupBefore(target: number): number {
    let lo = 0;
    let hi = this.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.timestamps[mid]! < target) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? -1 : this.relOffsets[found]!;
  }

  get maxTimestamp(): number {
    return this.length ? this.timestamps[this.length - 1]! : -1;
  }

  truncateToRelOffset(relOffsetExclusive: number): void {
    while (this.length > 0 && this.relOffsets[this.length - 1]! >= relOffsetExclusive) this.length--;
  }

  toBuffer(): Buffer {
    const buf = Buffer.allocUnsafe(this.length * 12);
    for (let i = 0; i < this.length; i++) {
      buf.writeBigInt64BE(BigInt(this.timestamps[i]!), i * 12);
      buf.writeInt32BE(this.relOffsets[i]!, i * 12 + 8);
    }
    return buf;
  }

  static fromBuffer(buf: Buffer, maxRelOffset: number): TimeIndex | undefined {
    if (buf.length % 12 !== 0) return undefined;
    const idx = new TimeIndex();
    for (let p = 0; p < buf.length; p += 12) {
      const ts = Number(buf.readBigInt64BE(p));
      const rel = buf.readInt32BE(p + 8);
      if (rel < 0 || rel > maxRelOffset || (idx.length > 0 && ts <= idx.maxTimestamp)) return undefined;
      idx.maybeAppend(ts, rel);
    }
    return idx;
  }
}

/** Reads a file or returns undefined when it does not exist. */
export async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
