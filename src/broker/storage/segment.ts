/**
 * One segment of a partition log: `<base>.log` holding record batches exactly as stored, with
 * its sparse `.index` and `.timeindex`. The active (last) segment keeps its file open for
 * positional writes and its indexes in memory; older segments open their file per read and
 * load their indexes on demand (bounded LRU in `IndexCache`), so memory does not grow with data.
 */
import { open, stat, truncate, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BATCH_HEADER_SIZE,
  LOG_OVERHEAD,
  OFF,
  isBatchCrcValid,
  parseBatchHeader,
  type BatchHeader,
} from '../../kafka/record-batch/index.js';
import { atomicWrite, offsetFileName, unlinkIfExists } from './files.js';
import { OffsetIndex, TimeIndex, readIfExists } from './sparse-index.js';

const SCAN_CHUNK = 1 << 20;

/** A batch found by a scan: its header and where it starts in the segment file. */
export interface ScannedBatch {
  header: BatchHeader;
  pos: number;
}

/** Keeps at most `max` inactive segments' indexes loaded. */
export class IndexCache {
  private readonly loaded = new Set<Segment>();
  constructor(private readonly max = 64) {}
  touch(seg: Segment): void {
    this.loaded.delete(seg);
    this.loaded.add(seg);
    while (this.loaded.size > this.max) {
      const oldest = this.loaded.values().next().value as Segment;
      this.loaded.delete(oldest);
      if (!oldest.active) oldest.unloadIndexes();
    }
  }
  forget(seg: Segment): void {
    this.loaded.delete(seg);
  }
}

export class Segment {
  /** Bytes of valid batches in the file. */
  size = 0;
  /** Offset after the last batch (= baseOffset when empty). */
  nextOffset: number;
  maxTimestamp = -1;
  offsetOfMaxTimestamp = -1;
  /** Timestamp that segment.ms rolling counts from: the first batch's max timestamp (-1 until known). */
  rollTimestamp = -1;
  /** When this object was created (segment.ms fallback when batches carry no timestamps). */
  readonly created = Date.now();
  active = false;
  /** Open only for the active segment. */
  fh: FileHandle | undefined;
  private offsetIndex: OffsetIndex | undefined;
  private timeIndex: TimeIndex | undefined;
  private bytesSinceIndexEntry = 0;

  constructor(
    readonly dir: string,
    readonly baseOffset: number,
    private readonly cache: IndexCache,
    private readonly indexIntervalBytes: () => number,
  ) {
    this.nextOffset = baseOffset;
  }

  /** Kafka's LogSegment.timeWaitedForRoll: incoming max timestamp minus the first batch's, else wall time since creation. */
  timeWaitedForRoll(now: number, incomingMaxTimestamp: number): number {
    return this.rollTimestamp >= 0 ? incomingMaxTimestamp - this.rollTimestamp : now - this.created;
  }

  get logPath(): string {
    return join(this.dir, offsetFileName(this.baseOffset, '.log'));
  }
  get indexPath(): string {
    return join(this.dir, offsetFileName(this.baseOffset, '.index'));
  }
  get timeIndexPath(): string {
    return join(this.dir, offsetFileName(this.baseOffset, '.timeindex'));
  }

  /** Creates a new empty active segment file. */
  static async create(
    dir: string,
    baseOffset: number,
    cache: IndexCache,
    indexIntervalBytes: () => number,
  ): Promise<Segment> {
    const seg = new Segment(dir, baseOffset, cache, indexIntervalBytes);
    const fh = await open(seg.logPath, 'w+');
    await fh.sync();
    seg.fh = fh;
    seg.active = true;
    seg.offsetIndex = new OffsetIndex();
    seg.timeIndex = new TimeIndex();
    await unlinkIfExists(seg.indexPath);
    await unlinkIfExists(seg.timeIndexPath);
    return seg;
  }

  /** Records a batch just written at `pos` (or found by a scan) in the indexes and metadata. */
  track(h: BatchHeader, pos: number): void {
    const lastOffset = h.baseOffset + h.lastOffsetDelta;
    const rel = lastOffset - this.baseOffset;
    if (pos === 0) this.rollTimestamp = h.maxTimestamp;
    if (this.offsetIndex) {
      if (this.offsetIndex.length === 0 || this.bytesSinceIndexEntry >= this.indexIntervalBytes()) {
        this.offsetIndex.append(rel, pos);
        this.bytesSinceIndexEntry = 0;
      }
      this.bytesSinceIndexEntry += h.size;
      this.timeIndex!.maybeAppend(h.maxTimestamp, rel);
    }
    if (h.maxTimestamp > this.maxTimestamp) {
      this.maxTimestamp = h.maxTimestamp;
      this.offsetOfMaxTimestamp = lastOffset;
    }
    this.size = pos + h.size;
    this.nextOffset = lastOffset + 1;
  }

  /**
   * Reads batches from `fromPos`, calling `visit` for each; stops at the end, at `untilPos`,
   * or when `visit` returns false. With `verify`, reads whole batches and stops at the first
   * one that is torn or fails its CRC; returns the position after the last good batch.
   */
  async scan(
    fromPos: number,
    visit: (b: ScannedBatch, bytes: Buffer | undefined) => boolean | void,
    opts: { verify?: boolean; untilPos?: number } = {},
  ): Promise<number> {
    const { fh, release } = await this.acquire();
    try {
      const end = opts.untilPos ?? (this.active ? this.size : (await fh.stat()).size);
      let pos = fromPos;
      let chunk = Buffer.alloc(0);
      let chunkStart = pos;
      const head = Buffer.allocUnsafe(BATCH_HEADER_SIZE);
      while (pos + LOG_OVERHEAD <= end) {
        let h: BatchHeader;
        let bytes: Buffer | undefined;
        if (opts.verify) {
          if (pos + BATCH_HEADER_SIZE > chunkStart + chunk.length) {
            chunk = Buffer.allocUnsafe(Math.min(SCAN_CHUNK, end - pos));
            const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
            chunk = chunk.subarray(0, bytesRead);
            chunkStart = pos;
          }
          const rel = pos - chunkStart;
          if (rel + BATCH_HEADER_SIZE > chunk.length) break;
          try {
            h = parseBatchHeader(chunk, rel);
          } catch {
            break;
          }
          if (pos + h.size > end) break;
          if (rel + h.size > chunk.length) {
            chunk = Buffer.allocUnsafe(Math.max(h.size, Math.min(SCAN_CHUNK, end - pos)));
            const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
            chunk = chunk.subarray(0, bytesRead);
            chunkStart = pos;
            if (h.size > chunk.length) break;
          }
          bytes = chunk.subarray(pos - chunkStart, pos - chunkStart + h.size);
          if (!isBatchCrcValid(bytes, 0, h.size) || h.recordCount < 0 || h.lastOffsetDelta < -1) break;
        } else {
          const { bytesRead } = await fh.read(head, 0, BATCH_HEADER_SIZE, pos);
          if (bytesRead < BATCH_HEADER_SIZE) break;
          h = parseBatchHeader(head, 0);
          if (pos + h.size > end) break;
        }
        if (visit({ header: h, pos }, bytes) === false) return pos;
        pos += h.size;
      }
      return pos;
    } finally {
      await release();
    }
  }

  private readers = 0;
  private readersDone: (() => void) | undefined;

  /**
   * A handle for reading: the active segment's own (counted, so `seal` waits for readers
   * before closing it) or a fresh one for older segments.
   */
  private async acquire(): Promise<{ fh: FileHandle; release: () => Promise<void> }> {
    const own = this.fh;
    if (own) {
      this.readers++;
      return {
        fh: own,
        release: async () => {
          if (--this.readers === 0) this.readersDone?.();
        },
      };
    }
    const fh = await open(this.logPath, 'r');
    return { fh, release: () => fh.close() };
  }

  /**
   * Opens an existing segment. The active one (or any after an unclean shutdown when `recover`)
   * is validated batch by batch and truncated after the last good batch; its indexes are
   * rebuilt. Inactive segments keep their index files when they pass sanity checks.
   */
  static async load(
    dir: string,
    baseOffset: number,
    cache: IndexCache,
    indexIntervalBytes: () => number,
    opts: { active: boolean; recover: boolean; onBatch?: (b: ScannedBatch) => void },
  ): Promise<{ segment: Segment; truncatedBytes: number }> {
    const seg = new Segment(dir, baseOffset, cache, indexIntervalBytes);
    const fileSize = (await stat(seg.logPath)).size;
    let truncatedBytes = 0;
    const loadedOk = !opts.recover && (await seg.tryLoadIndexes(fileSize));
    if (loadedOk) {
      seg.size = fileSize;
      await seg.readTailMetadata();
    } else {
      seg.offsetIndex = new OffsetIndex();
      seg.timeIndex = new TimeIndex();
      const end = await seg.scan(
        0,
        (b) => {
          seg.track(b.header, b.pos);
          opts.onBatch?.(b);
        },
        { verify: true, untilPos: fileSize },
      );
      if (end < fileSize) {
        truncatedBytes = fileSize - end;
        await truncate(seg.logPath, end);
      }
      if (!opts.active) await seg.writeIndexes();
    }
    if (opts.active) {
      seg.fh = await open(seg.logPath, 'r+');
      if (truncatedBytes > 0) await seg.fh.sync();
      seg.active = true;
      if (!seg.offsetIndex) await seg.ensureIndexes();
    } else {
      seg.unloadIndexes();
    }
    return { segment: seg, truncatedBytes };
  }

  /** Loads index files if they look right; fills nextOffset from the last indexed batch. */
  private async tryLoadIndexes(logSize: number): Promise<boolean> {
    if (logSize === 0) {
      this.offsetIndex = new OffsetIndex();
      this.timeIndex = new TimeIndex();
      return true;
    }
    const [ib, tb] = await Promise.all([readIfExists(this.indexPath), readIfExists(this.timeIndexPath)]);
    if (!ib || !tb || ib.length === 0) return false;
    const oi = OffsetIndex.fromBuffer(ib, logSize);
    if (!oi) return false;
    // The last entry must point at a batch whose last offset matches it.
    if (oi.length > 0) {
      const pos = oi.positions[oi.length - 1]!;
      const fh = await open(this.logPath, 'r');
      try {
        const head = Buffer.allocUnsafe(BATCH_HEADER_SIZE);
        const { bytesRead } = await fh.read(head, 0, BATCH_HEADER_SIZE, pos);
        if (bytesRead < BATCH_HEADER_SIZE) return false;
        const h = parseBatchHeader(head, 0);
        if (
          h.baseOffset + h.lastOffsetDelta - this.baseOffset !== oi.relOffsets[oi.length - 1] ||
          pos + h.size > logSize
        )
          return false;
      } catch {
        return false;
      } finally {
        await fh.close();
      }
    }
    const ti = TimeIndex.fromBuffer(tb, 0x7fffffff);
    if (!ti) return false;
    this.offsetIndex = oi;
    this.timeIndex = ti;
    return true;
  }

  /** From the last index entry, walk to the end to learn nextOffset, max timestamp, roll time. */
  private async readTailMetadata(): Promise<void> {
    const oi = this.offsetIndex!;
    const ti = this.timeIndex!;
    const from = oi.length ? oi.positions[oi.length - 1]! : 0;
    let first = true;
    this.nextOffset = this.baseOffset;
    if (ti.length) {
      this.maxTimestamp = ti.maxTimestamp;
      this.offsetOfMaxTimestamp = this.baseOffset + ti.relOffsets[ti.length - 1]!;
    }
    const end = await this.scan(
      from,
      (b) => {
        if (first && from === 0) this.rollTimestamp = b.header.maxTimestamp;
        first = false;
        this.nextOffset = b.header.baseOffset + b.header.lastOffsetDelta + 1;
        if (b.header.maxTimestamp > this.maxTimestamp) {
          this.maxTimestamp = b.header.maxTimestamp;
          this.offsetOfMaxTimestamp = this.nextOffset - 1;
        }
      },
      { untilPos: this.size },
    );
    if (end !== this.size) this.size = end; // trailing garbage in an inactive segment: ignore it
    if (from !== 0) {
      const head = Buffer.allocUnsafe(BATCH_HEADER_SIZE);
      const fh = await open(this.logPath, 'r');
      try {
        const { bytesRead } = await fh.read(head, 0, BATCH_HEADER_SIZE, 0);
        if (bytesRead === BATCH_HEADER_SIZE)
          this.rollTimestamp = Number(head.readBigInt64BE(OFF.maxTimestamp));
      } finally {
        await fh.close();
      }
    }
  }

  /** Indexes for lookups: in memory for the active segment, else loaded (or rebuilt) on demand. */
  async ensureIndexes(): Promise<{ offsetIndex: OffsetIndex; timeIndex: TimeIndex }> {
    if (!this.offsetIndex || !this.timeIndex) {
      if (!(await this.tryLoadIndexes(this.size))) {
        this.offsetIndex = new OffsetIndex();
        this.timeIndex = new TimeIndex();
        this.bytesSinceIndexEntry = 0;
        const keepSize = this.size;
        this.size = 0;
        await this.scan(0, (b) => this.track(b.header, b.pos), { untilPos: keepSize });
        this.size = keepSize;
        await this.writeIndexes();
      }
    }
    if (!this.active) this.cache.touch(this);
    return { offsetIndex: this.offsetIndex!, timeIndex: this.timeIndex! };
  }

  unloadIndexes(): void {
    this.offsetIndex = undefined;
    this.timeIndex = undefined;
  }

  /** Writes both index files durably (at roll, clean shutdown, after rebuild). */
  async writeIndexes(): Promise<void> {
    if (!this.offsetIndex || !this.timeIndex) return;
    await atomicWrite(this.indexPath, this.offsetIndex.toBuffer());
    await atomicWrite(this.timeIndexPath, this.timeIndex.toBuffer());
  }

  /** Turns the active segment into an inactive one: fsync, write indexes, close the file. */
  async seal(): Promise<void> {
    if (this.fh) {
      const fh = this.fh;
      await fh.datasync();
      await this.writeIndexes();
      this.fh = undefined; // new readers open the file themselves
      if (this.readers > 0) await new Promise<void>((r) => (this.readersDone = r));
      this.readersDone = undefined;
      await fh.close();
    }
    this.active = false;
    this.unloadIndexes();
  }

  /** Reads `length` bytes at `pos` (short at end of file). */
  async readAt(pos: number, length: number): Promise<Buffer> {
    const { fh, release } = await this.acquire();
    try {
      const buf = Buffer.allocUnsafe(length);
      const { bytesRead } = await fh.read(buf, 0, length, pos);
      return buf.subarray(0, bytesRead);
    } finally {
      await release();
    }
  }

  /** Deletes the segment's files (the caller has removed it from the log). */
  async delete(): Promise<void> {
    this.cache.forget(this);
    if (this.fh) {
      await this.fh.close();
      this.fh = undefined;
    }
    await Promise.all([
      unlinkIfExists(this.logPath),
      unlinkIfExists(this.indexPath),
      unlinkIfExists(this.timeIndexPath),
    ]);
  }
}
