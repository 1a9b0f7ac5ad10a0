/**
 * The durable log of one partition: an ordered list of segments (the last one active),
 * the log start offset, the high watermark (durable end), producer state and the leader-epoch
 * cache. Appends are serialised by a promise chain; fsync goes through the shared group commit.
 */
import { writeSync } from 'node:fs';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BATCH_HEADER_SIZE,
  OFF,
  controlTypeOf,
  parseBatchHeader,
  readBatchRecords,
  buildControlBatch,
  type BatchHeader,
} from '../../kafka/record-batch/index.js';
import type { Logger } from '../../common/logger.js';
import { KafkaStorageError } from './errors.js';
import { atomicWrite, fsyncDir, offsetFileName, parseOffsetFileName } from './files.js';
import type { GroupCommit } from './group-commit.js';
import { ProducerState, type ProducerEntry } from './producer-state.js';
import { IndexCache, Segment } from './segment.js';
import { readIfExists } from './sparse-index.js';
import type { LogConfig } from './topic-configs.js';
import type {
  ActiveProducer,
  AppendOptions,
  AppendResult,
  ControlMarker,
  FlushPolicy,
  IsolationLevel,
  OffsetAndTimestamp,
  PartitionLog,
  ReadOptions,
  ReadResult,
} from './types.js';
import { validateBatches, type ValidatedBatch } from './validate.js';

const LOG_START_FILE = 'log-start-offset-checkpoint';
const EPOCH_FILE = 'leader-epoch-checkpoint';
const SNAPSHOT = '.snapshot';
/** Kafka's producer.id.expiration.ms default: idle producers are forgotten after a day. */
const PRODUCER_EXPIRATION_MS = 86_400_000;

export interface PartitionContext {
  dir: string;
  topic: string;
  partition: number;
  config: () => LogConfig;
  cache: IndexCache;
  groupCommit: GroupCommit;
  flush: FlushPolicy;
  logger: Logger;
}

export class PartitionLogImpl implements PartitionLog {
  readonly topic: string;
  readonly partition: number;
  segments: Segment[] = [];
  logStartOffset = 0;
  highWatermark = 0;
  readonly producerState = new ProducerState();
  private epochs: { epoch: number; startOffset: number }[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private rolling: Promise<void> | undefined;
  private inflightSync: Promise<void> | undefined;
  /** Bytes written since the last fsync (for group-commit statistics). */
  private unsyncedBytes = 0;
  private closed = false;
  /**
   * Set when a write answered before it happened (`ackBeforeWrite`) failed: an acknowledged
   * batch is missing, so no transaction may commit here (flush fails) until a restart, whose
   * recovery aborts the transactions left Ongoing (Kafka takes such a log directory offline).
   */
  private lostWrite: KafkaStorageError | undefined;

  private constructor(readonly ctx: PartitionContext) {
    this.topic = ctx.topic;
    this.partition = ctx.partition;
  }

  get active(): Segment {
    return this.segments[this.segments.length - 1]!;
  }
  get logEndOffset(): number {
    return this.active.nextOffset;
  }
  get leaderEpoch(): number {
    return this.epochs.length ? this.epochs[this.epochs.length - 1]!.epoch : 0;
  }
  get lastStableOffset(): number {
    const first = this.producerState.firstUnstableOffset();
    return first === undefined ? this.highWatermark : Math.min(first, this.highWatermark);
  }

  /** Opens (or creates) the partition folder; recovers the active segment unless `clean`. */
  static async open(ctx: PartitionContext, opts: { clean: boolean }): Promise<PartitionLogImpl> {
    const log = new PartitionLogImpl(ctx);
    await log.load(opts.clean);
    return log;
  }

  private indexInterval = (): number => this.ctx.config().indexIntervalBytes;

  private async load(clean: boolean): Promise<void> {
    const { dir } = this.ctx;
    await mkdir(dir, { recursive: true });
    const names = await readdir(dir);
    for (const n of names)
      if (n.endsWith('.tmp') || n.endsWith('.cleaned') || n.endsWith('.swap')) await unlink(join(dir, n));
    const bases = names
      .map((n) => parseOffsetFileName(n, '.log'))
      .filter((b): b is number => b !== undefined)
      .sort((a, b) => a - b);
    if (bases.length === 0) {
      this.segments = [await Segment.create(dir, 0, this.ctx.cache, this.indexInterval)];
      // atomicWrite ends with an fsync of `dir`, which makes the segment's entry durable too.
      await atomicWrite(join(dir, EPOCH_FILE), '0\n1\n0 0\n');
    } else {
      for (let i = 0; i < bases.length; i++) {
        const active = i === bases.length - 1;
        const { segment, truncatedBytes } = await Segment.load(
          dir,
          bases[i]!,
          this.ctx.cache,
          this.indexInterval,
          { active, recover: active && !clean },
        );
        if (truncatedBytes > 0)
          this.ctx.logger.warn(
            { topic: this.topic, partition: this.partition, segment: bases[i], truncatedBytes },
            'recovery truncated a torn write at the end of the log',
          );
        this.segments.push(segment);
      }
    }
    const ls = await readIfExists(join(dir, LOG_START_FILE));
    this.logStartOffset = Math.max(ls ? Number(ls.toString().trim()) || 0 : 0, this.segments[0]!.baseOffset);
    this.logStartOffset = Math.min(this.logStartOffset, this.logEndOffset);
    this.epochs = await this.readEpochs();
    await this.rebuildProducerState();
    this.highWatermark = this.logEndOffset; // everything that survived recovery is on disk
  }

  private async readEpochs(): Promise<{ epoch: number; startOffset: number }[]> {
    const text = (await readIfExists(join(this.ctx.dir, EPOCH_FILE)))?.toString();
    if (!text) return [{ epoch: 0, startOffset: 0 }];
    const lines = text.trim().split('\n');
    const out = lines.slice(2).map((l) => {
      const [e, s] = l.trim().split(/\s+/).map(Number);
      return { epoch: e!, startOffset: s! };
    });
    return out.filter((x) => Number.isInteger(x.epoch) && Number.isInteger(x.startOffset));
  }

  /** Loads the newest usable snapshot and replays the batches written after it. */
  private async rebuildProducerState(): Promise<void> {
    const names = await readdir(this.ctx.dir);
    const snaps = names
      .map((n) => parseOffsetFileName(n, SNAPSHOT))
      .filter((o): o is number => o !== undefined)
      .sort((a, b) => b - a);
    let from = this.segments[0]!.baseOffset;
    for (const off of snaps) {
      if (off > this.logEndOffset) {
        await unlink(join(this.ctx.dir, offsetFileName(off, SNAPSHOT)));
        continue;
      }
      try {
        from = this.producerState.load(
          (await readIfExists(join(this.ctx.dir, offsetFileName(off, SNAPSHOT))))!.toString(),
        );
        break;
      } catch (err) {
        this.ctx.logger.warn({ err, snapshot: off }, 'ignoring unreadable producer snapshot');
        this.producerState.reset();
      }
    }
    for (const seg of this.segments) {
      if (seg.nextOffset <= from) continue;
      const found: { header: BatchHeader; pos: number }[] = [];
      await seg.scan(0, (b) => {
        if (b.header.producerId >= 0 && b.header.baseOffset + b.header.lastOffsetDelta >= from) found.push(b);
      });
      for (const b of found) await this.replayBatch(seg, b.header, b.pos);
    }
    this.producerState.truncateHead(this.logStartOffset);
  }

  private async replayBatch(seg: Segment, h: BatchHeader, pos: number): Promise<void> {
    if (!h.isControl) {
      this.producerState.applyData(h);
      return;
    }
    const bytes = await seg.readAt(pos, h.size);
    const [rec] = await readBatchRecords(bytes, 0, parseBatchHeader(bytes, 0));
    const type = controlTypeOf(rec?.key ?? null);
    if (type === null || type > 1) return;
    this.producerState.applyMarker(
      h.producerId,
      h.producerEpoch,
      type === 1,
      rec!.value?.readInt32BE(2) ?? -1,
      h.baseOffset,
      h.maxTimestamp,
    );
  }

  private withLock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private notify(): void {
    for (const l of this.listeners) {
      try {
        l();
      } catch (err) {
        this.ctx.logger.error({ err }, 'fetch wake-up listener failed');
      }
    }
  }

  private advanceHighWatermark(offset: number): void {
    if (offset > this.highWatermark) {
      this.highWatermark = offset;
      this.notify();
    }
  }

  /** Group commit's hook: fsync the active segment, then publish what it covered. */
  async sync(): Promise<number> {
    while (this.rolling) await this.rolling;
    if (this.closed) {
      await this.queue; // close() fsyncs under the lock: acknowledge only after it
      return 0;
    }
    const seg = this.active;
    const target = this.logEndOffset;
    const bytes = this.unsyncedBytes;
    this.unsyncedBytes = 0;
    const p = seg.fh!.datasync();
    this.inflightSync = p;
    try {
      await p;
    } finally {
      this.inflightSync = undefined;
    }
    this.advanceHighWatermark(target);
    return bytes;
  }

  async append(records: Buffer, options: AppendOptions = {}): Promise<AppendResult> {
    const now = options.now ?? Date.now();
    const config = this.ctx.config();
    const origin = options.origin ?? 'client';
    // The place in the append order is taken now, synchronously, while validation (which may
    // decompress on the thread pool) runs: pipelined produce requests for one partition are
    // appended in the order they were received even when a later one validates faster, as
    // Kafka's per-connection ordering and idempotent sequence checks require.
    if (this.lostWrite) throw this.lostWrite;
    const validated = validateBatches(records, config, now, origin, options.batchCrc);
    validated.catch(() => undefined); // rejected before its turn: reported by the await below
    const early = options.ackBeforeWrite === true && options.durable === false;
    let assigned: ((r: AppendResult) => void) | undefined;
    const offsets = early ? new Promise<AppendResult>((resolve) => (assigned = resolve)) : undefined;
    const written = this.withLock(async () =>
      this.appendLocked(await validated, config, now, origin, assigned),
    );
    options.retainRecords?.(written);
    if (this.ctx.flush.mode === 'sync' && !(options.deferSync === true && options.durable === false)) {
      // Registered once the bytes are written, so the fsync round that answers it covers them.
      const durable = written.then(() => this.ctx.groupCommit.wait(this));
      if (options.durable !== false) {
        await durable;
        return written;
      }
      durable.catch((err: unknown) => this.ctx.logger.error({ err }, 'append or fsync failed')); // still publish via the HW
    }
    // A failure before the offsets were assigned (validation, sequence) rejects the race.
    return offsets ? Promise.race([offsets, written]) : written;
  }

  async flush(): Promise<void> {
    // Wait for the appends queued before this call to be written, so the fsync covers them.
    await this.withLock(async () => undefined);
    if (this.lostWrite) throw this.lostWrite;
    if (this.ctx.flush.mode !== 'sync') return;
    const target = this.logEndOffset;
    // Usually the background fsync that followed the last batch covers it already (the high
    // watermark moves only after a successful fsync): no second fsync then.
    if (this.unsyncedBytes === 0 && this.inflightSync) await this.inflightSync.catch(() => undefined);
    if (this.highWatermark >= target) return;
    await this.ctx.groupCommit.wait(this);
  }

  private async appendLocked(
    batches: ValidatedBatch[],
    config: LogConfig,
    now: number,
    origin: 'client' | 'coordinator',
    assigned?: (r: AppendResult) => void,
  ): Promise<AppendResult> {
    if (this.lostWrite) throw this.lostWrite;
    if (this.closed)
      throw new KafkaStorageError('KAFKA_STORAGE_ERROR', `log of ${this.topic}-${this.partition} is closed`, {
        retriable: true,
      });
    const pending = new Map<number, ProducerEntry>();
    let offset = this.logEndOffset;
    for (const b of batches) {
      const h = b.header;
      if (h.producerId >= 0) {
        const check = this.producerState.check(h, pending, origin);
        if (check.kind === 'duplicate') {
          return {
            baseOffset: check.firstOffset,
            lastOffset: check.lastOffset,
            logAppendTime: config.logAppendTime ? check.timestamp : -1,
            logStartOffset: this.logStartOffset,
            duplicate: true,
          };
        }
      }
      h.baseOffset = offset;
      h.partitionLeaderEpoch = this.leaderEpoch;
      b.bytes.writeBigInt64BE(BigInt(offset), OFF.baseOffset);
      b.bytes.writeInt32BE(this.leaderEpoch, OFF.partitionLeaderEpoch);
      if (h.producerId >= 0) this.producerState.applyData(h, pending);
      offset += h.lastOffsetDelta + 1;
    }
    const total = batches.reduce((n, b) => n + b.bytes.length, 0);
    await this.maybeRoll(total, now, offset - 1, Math.max(...batches.map((b) => b.header.maxTimestamp)));
    const first = batches[0]!.header;
    const result: AppendResult = {
      baseOffset: first.baseOffset,
      lastOffset: offset - 1,
      logAppendTime: config.logAppendTime ? now : -1,
      logStartOffset: this.logStartOffset,
      duplicate: false,
    };
    if (assigned) {
      // Answer first, then copy: the response is written out (microtasks) before this resumes.
      // Nothing else runs on this partition meanwhile (the lock), and the log end offset, the
      // producer state and the index move only once the bytes are written, below.
      assigned(result);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const seg = this.active;
    const buf =
      batches.length === 1
        ? batches[0]!.bytes
        : Buffer.concat(
            batches.map((b) => b.bytes),
            total,
          );
    let pos = seg.size;
    try {
      // Synchronous on purpose: an append is a copy into the page cache (the fsync, which waits
      // for the disk, stays on the thread pool). Handing it to the thread pool cost more CPU
      // (thread wake-ups, context switches, promise) than the copy itself, and the produce path
      // is CPU-bound on this 2-core machine; Kafka's request threads write synchronously too.
      let written = 0;
      while (written < buf.length)
        written += writeSync(seg.fh!.fd, buf, written, buf.length - written, pos + written);
    } catch (err) {
      const e = new KafkaStorageError(
        'KAFKA_STORAGE_ERROR',
        `cannot write to ${seg.logPath}: ${(err as Error).message}`,
        { cause: err, retriable: true },
      );
      if (assigned) {
        this.lostWrite = e;
        this.ctx.logger.error(
          { err, topic: this.topic, partition: this.partition },
          'acknowledged write lost',
        );
      }
      throw e;
    }
    for (const b of batches) {
      seg.track(b.header, pos);
      pos += b.header.size;
    }
    this.producerState.commit(pending);
    this.unsyncedBytes += total;
    if (this.ctx.flush.mode === 'interval') this.advanceHighWatermark(this.logEndOffset);
    return result;
  }

  activeProducers(): ActiveProducer[] {
    return [...this.producerState.producers.values()].map((e) => ({
      producerId: e.producerId,
      epoch: e.epoch,
      lastSequence: e.batches.at(-1)?.lastSeq ?? -1,
      lastTimestamp: e.lastTimestamp,
      coordinatorEpoch: e.coordinatorEpoch,
      txnStartOffset: e.txnFirstOffset >= 0 ? e.txnFirstOffset : -1,
    }));
  }

  async appendControlMarker(marker: ControlMarker, options: { now?: number } = {}): Promise<AppendResult> {
    const now = options.now ?? Date.now();
    const result = await this.withLock(async () => {
      this.producerState.checkMarker(marker.producerId, marker.producerEpoch);
      const bytes = await buildControlBatch({
        ...marker,
        commit: marker.type === 'commit',
        timestamp: now,
        baseOffset: this.logEndOffset,
        partitionLeaderEpoch: this.leaderEpoch,
      });
      const header = parseBatchHeader(bytes, 0);
      await this.maybeRoll(bytes.length, now, header.baseOffset, now);
      const seg = this.active;
      // Synchronous like a data append (see appendLocked): a thread-pool write would queue behind
      // the fsyncs occupying the pool, and the next transaction of this producer waits for this
      // marker's fsync.
      let written = 0;
      while (written < bytes.length)
        written += writeSync(seg.fh!.fd, bytes, written, bytes.length - written, seg.size + written);
      seg.track(header, seg.size);
      this.unsyncedBytes += bytes.length;
      this.producerState.applyMarker(
        marker.producerId,
        marker.producerEpoch,
        marker.type === 'commit',
        marker.coordinatorEpoch,
        header.baseOffset,
        now,
      );
      if (this.ctx.flush.mode === 'interval') this.advanceHighWatermark(this.logEndOffset);
      else this.notify(); // the LSO may move once the HW does
      return {
        baseOffset: header.baseOffset,
        lastOffset: header.baseOffset,
        logAppendTime: -1,
        logStartOffset: this.logStartOffset,
        duplicate: false,
      };
    });
    if (this.ctx.flush.mode === 'sync') await this.ctx.groupCommit.wait(this);
    return result;
  }

  /** Rolls to a new segment when the next write would overflow it, it is too old, or its index is full. */
  private async maybeRoll(
    incoming: number,
    now: number,
    lastOffset: number,
    incomingMaxTimestamp: number,
  ): Promise<void> {
    const seg = this.active;
    const cfg = this.ctx.config();
    if (seg.size === 0) return;
    const full = seg.size + incoming > cfg.segmentBytes;
    const old = seg.timeWaitedForRoll(now, incomingMaxTimestamp) > cfg.segmentMs;
    const relOverflow = lastOffset - seg.baseOffset > 0x7fffffff;
    if (full || old || relOverflow) await this.roll();
  }

  /** Seals the active segment and starts a new one at the log end (under the append lock). */
  async roll(): Promise<void> {
    let done!: () => void;
    this.rolling = new Promise((r) => (done = r));
    try {
      while (this.inflightSync) await this.inflightSync.catch(() => undefined);
      const old = this.active;
      await old.seal();
      if (this.ctx.flush.mode === 'sync') this.advanceHighWatermark(old.nextOffset);
      this.unsyncedBytes = 0;
      await this.writeSnapshot(old.nextOffset);
      const seg = await Segment.create(this.ctx.dir, old.nextOffset, this.ctx.cache, this.indexInterval);
      await fsyncDir(this.ctx.dir);
      this.segments.push(seg);
    } finally {
      this.rolling = undefined;
      done();
    }
  }

  /** Rolls under the append lock (segment.ms, retention of an expired active segment). */
  rollLocked(): Promise<void> {
    return this.withLock(() => (this.active.size > 0 ? this.roll() : Promise.resolve()));
  }

  private async writeSnapshot(offset: number): Promise<void> {
    await atomicWrite(
      join(this.ctx.dir, offsetFileName(offset, SNAPSHOT)),
      this.producerState.toJSON(offset),
    );
    const names = await readdir(this.ctx.dir);
    const snaps = names
      .map((n) => parseOffsetFileName(n, SNAPSHOT))
      .filter((o): o is number => o !== undefined)
      .sort((a, b) => b - a);
    for (const o of snaps.slice(2))
      await unlink(join(this.ctx.dir, offsetFileName(o, SNAPSHOT))).catch(() => undefined);
  }

  /** Index of the segment that may hold `offset` (the last with baseOffset ≤ offset). */
  segmentIndexFor(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid]!.baseOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Finds the batch holding `offset` (or the first after it) in `seg`: its header and position. */
  private async locate(
    seg: Segment,
    offset: number,
  ): Promise<{ header: BatchHeader; pos: number } | undefined> {
    const { offsetIndex } = await seg.ensureIndexes();
    const start = offsetIndex.lookup(offset - seg.baseOffset);
    let hit: { header: BatchHeader; pos: number } | undefined;
    await seg.scan(
      start,
      (b) => {
        if (b.header.baseOffset + b.header.lastOffsetDelta >= offset) {
          hit = b;
          return false;
        }
        return true;
      },
      { untilPos: seg.size },
    );
    return hit;
  }

  read(offset: number, maxBytes: number, options: ReadOptions): Promise<ReadResult> {
    return this.retryOnVanishedSegment(() => this.readOnce(offset, maxBytes, options));
  }

  /** A segment deleted (retention) or replaced (compaction) under a lookup: try again with the new segment list. */
  private async retryOnVanishedSegment<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (attempt < 2 && (err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
    }
  }

  private async readOnce(offset: number, maxBytes: number, options: ReadOptions): Promise<ReadResult> {
    const hw = this.highWatermark;
    const lso = this.lastStableOffset;
    const logStart = this.logStartOffset;
    const base = {
      highWatermark: hw,
      lastStableOffset: lso,
      logStartOffset: logStart,
      abortedTransactions: [],
    };
    if (offset < logStart || offset > hw) {
      throw new KafkaStorageError(
        'OFFSET_OUT_OF_RANGE',
        `offset ${offset} is out of range for ${this.topic}-${this.partition}: [${logStart}, ${hw}]`,
      );
    }
    const limit = options.isolation === 'read_committed' ? lso : hw;
    if (offset >= limit) return { ...base, records: Buffer.alloc(0) };
    for (let i = this.segmentIndexFor(offset); i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      if (seg.baseOffset >= limit) break;
      const hit = await this.locate(seg, offset);
      if (!hit) continue;
      if (hit.header.baseOffset >= limit) break;
      const segEnd = seg.size;
      const want = Math.min(Math.max(maxBytes, 0), segEnd - hit.pos);
      let chunk = want >= BATCH_HEADER_SIZE ? await seg.readAt(hit.pos, want) : Buffer.alloc(0);
      let end = 0;
      let lastOffset = -1;
      while (end + BATCH_HEADER_SIZE <= chunk.length) {
        const h = parseBatchHeader(chunk, end);
        if (h.baseOffset >= limit || end + h.size > chunk.length) break;
        lastOffset = h.baseOffset + h.lastOffsetDelta;
        end += h.size;
      }
      if (end === 0) {
        if (!options.minOneBatch) return { ...base, records: Buffer.alloc(0) };
        chunk = await seg.readAt(hit.pos, hit.header.size); // KIP-74: the first batch whole
        end = chunk.length;
        lastOffset = hit.header.baseOffset + hit.header.lastOffsetDelta;
      }
      const aborted =
        options.isolation === 'read_committed' ? this.producerState.abortedIn(offset, lastOffset + 1) : [];
      return { ...base, records: chunk.subarray(0, end), abortedTransactions: aborted };
    }
    return { ...base, records: Buffer.alloc(0) };
  }

  offsetForTimestamp(timestamp: number, isolation: IsolationLevel): Promise<OffsetAndTimestamp> {
    return this.retryOnVanishedSegment(() => this.offsetForTimestampOnce(timestamp, isolation));
  }

  private async offsetForTimestampOnce(
    timestamp: number,
    isolation: IsolationLevel,
  ): Promise<OffsetAndTimestamp> {
    const limit = isolation === 'read_committed' ? this.lastStableOffset : this.highWatermark;
    const epoch = this.leaderEpoch;
    if (timestamp === -2) return { offset: this.logStartOffset, timestamp: -1, leaderEpoch: epoch };
    if (timestamp === -1) return { offset: limit, timestamp: -1, leaderEpoch: epoch };
    if (timestamp === -3) return this.maxTimestampOffset(limit);
    if (timestamp < 0) throw new KafkaStorageError('INVALID_REQUEST', `invalid timestamp ${timestamp}`);
    for (let i = this.segmentIndexFor(this.logStartOffset); i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      if (seg.baseOffset >= limit) break;
      if (seg.maxTimestamp < timestamp) continue;
      const { offsetIndex, timeIndex } = await seg.ensureIndexes();
      const before = timeIndex.lookupBefore(timestamp);
      const startPos = offsetIndex.lookup(before + 1);
      const candidates: { header: BatchHeader; pos: number }[] = [];
      await seg.scan(
        startPos,
        (b) => {
          if (b.header.baseOffset >= limit) return false;
          if (
            b.header.maxTimestamp >= timestamp &&
            b.header.baseOffset + b.header.lastOffsetDelta >= this.logStartOffset &&
            !b.header.isControl
          ) {
            candidates.push(b);
            return false;
          }
          return true;
        },
        { untilPos: seg.size },
      );
      for (const c of candidates) {
        const found = await this.firstRecordAtOrAfter(seg, c.header, c.pos, timestamp, limit);
        if (found) return { ...found, leaderEpoch: epoch };
      }
    }
    return { offset: -1, timestamp: -1, leaderEpoch: -1 };
  }

  private async firstRecordAtOrAfter(
    seg: Segment,
    h: BatchHeader,
    pos: number,
    timestamp: number,
    limit: number,
  ): Promise<{ offset: number; timestamp: number } | undefined> {
    const bytes = await seg.readAt(pos, h.size);
    const records = await readBatchRecords(bytes, 0, parseBatchHeader(bytes, 0));
    for (const r of records) {
      const ts = h.timestampType === 1 ? h.maxTimestamp : r.timestamp;
      if (r.offset >= this.logStartOffset && r.offset < limit && ts >= timestamp)
        return { offset: r.offset, timestamp: ts };
    }
    return undefined;
  }

  /** KIP-734: the offset (and timestamp) of the record with the largest timestamp. */
  private async maxTimestampOffset(limit: number): Promise<OffsetAndTimestamp> {
    let best: Segment | undefined;
    for (const seg of this.segments)
      if (
        seg.maxTimestamp >= 0 &&
        seg.nextOffset > this.logStartOffset &&
        (!best || seg.maxTimestamp > best.maxTimestamp)
      )
        best = seg;
    if (!best || best.offsetOfMaxTimestamp >= limit) return { offset: -1, timestamp: -1, leaderEpoch: -1 };
    const hit = await this.locate(best, best.offsetOfMaxTimestamp);
    if (hit) {
      const found = await this.firstRecordAtOrAfter(best, hit.header, hit.pos, best.maxTimestamp, limit);
      if (found) return { ...found, leaderEpoch: this.leaderEpoch };
    }
    return { offset: best.offsetOfMaxTimestamp, timestamp: best.maxTimestamp, leaderEpoch: this.leaderEpoch };
  }

  async deleteRecords(beforeOffset: number): Promise<number> {
    return this.withLock(async () => {
      const target = beforeOffset === -1 ? this.highWatermark : beforeOffset;
      if (target < 0 || target > this.highWatermark) {
        throw new KafkaStorageError(
          'OFFSET_OUT_OF_RANGE',
          `cannot delete records before ${beforeOffset}: the high watermark of ${this.topic}-${this.partition} is ${this.highWatermark}`,
        );
      }
      if (target > this.logStartOffset) await this.setLogStart(target);
      return this.logStartOffset;
    });
  }

  /** Moves the log start durably and deletes segments wholly below it. */
  private async setLogStart(offset: number): Promise<void> {
    this.logStartOffset = offset;
    await atomicWrite(join(this.ctx.dir, LOG_START_FILE), `${offset}\n`);
    while (this.segments.length > 1 && this.segments[1]!.baseOffset <= offset) {
      const seg = this.segments.shift()!;
      await seg.delete();
    }
    this.producerState.truncateHead(offset);
    this.notify();
  }

  /** Deletes the oldest `count` segments (retention); the active one only after a roll. */
  async deleteOldestSegments(count: number, reason: string): Promise<void> {
    await this.withLock(async () => {
      const n = Math.min(count, this.segments.length - 1);
      if (n <= 0) return;
      const next = this.segments[n]!.baseOffset;
      this.ctx.logger.info(
        { topic: this.topic, partition: this.partition, segments: n, newLogStart: next, reason },
        'deleting old segments',
      );
      await this.setLogStart(Math.max(this.logStartOffset, next));
    });
  }

  /** Runs time and size retention (segment.ms rolls happen on append, as in Kafka). */
  async enforceRetention(now: number): Promise<void> {
    const cfg = this.ctx.config();
    this.producerState.truncateHead(this.logStartOffset, now - PRODUCER_EXPIRATION_MS);
    if (!cfg.deleteByRetention) return;
    if (cfg.retentionMs >= 0) {
      // an empty segment (all compacted away) never blocks the deletion of expired ones after it
      const expired = (s: Segment): boolean =>
        s.size === 0 || (s.maxTimestamp >= 0 && now - s.maxTimestamp > cfg.retentionMs);
      let n = 0;
      while (
        n < this.segments.length &&
        expired(this.segments[n]!) &&
        this.segments[n]!.nextOffset <= this.highWatermark
      )
        n++;
      if (n === this.segments.length) {
        await this.rollLocked();
      }
      if (n > 0) await this.deleteOldestSegments(n, 'retention.ms');
    }
    if (cfg.retentionBytes >= 0) {
      let excess = this.sizeInBytes() - cfg.retentionBytes;
      let n = 0;
      while (n < this.segments.length - 1 && excess - this.segments[n]!.size >= 0) {
        excess -= this.segments[n]!.size;
        n++;
      }
      if (n > 0) await this.deleteOldestSegments(n, 'retention.bytes');
    }
  }

  endOffsetForLeaderEpoch(epoch: number): { leaderEpoch: number; endOffset: number } {
    let idx = -1;
    for (let i = 0; i < this.epochs.length; i++) if (this.epochs[i]!.epoch <= epoch) idx = i;
    if (idx < 0) return { leaderEpoch: -1, endOffset: -1 };
    if (idx === this.epochs.length - 1)
      return { leaderEpoch: this.epochs[idx]!.epoch, endOffset: this.logEndOffset };
    return { leaderEpoch: this.epochs[idx]!.epoch, endOffset: this.epochs[idx + 1]!.startOffset };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  sizeInBytes(): number {
    return this.segments.reduce((n, s) => n + s.size, 0);
  }

  /** Runs `fn` under the append lock (compaction swaps segments this way). */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.withLock(fn);
  }

  /** Flushes, writes indexes and a producer snapshot, closes files. */
  async close(): Promise<void> {
    await this.withLock(async () => {
      if (this.closed) return;
      while (this.inflightSync) await this.inflightSync.catch(() => undefined);
      this.closed = true;
      const seg = this.active;
      if (seg.fh) {
        await seg.fh.datasync();
        this.advanceHighWatermark(this.logEndOffset);
        await seg.writeIndexes();
        await seg.fh.close();
        seg.fh = undefined;
      }
      await this.writeSnapshot(this.logEndOffset);
    });
  }

  /** Closes files without flushing (topic deletion). */
  async abandon(): Promise<void> {
    await this.withLock(async () => {
      while (this.inflightSync) await this.inflightSync.catch(() => undefined);
      this.closed = true;
      await this.active.fh?.close();
      this.active.fh = undefined;
    });
  }
}
