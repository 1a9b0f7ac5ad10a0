/**
 * Log compaction (Kafka's LogCleaner, simplified to one pass per partition): keeps the latest
 * record per key in the inactive segments, drops records of aborted transactions, and removes
 * tombstones once their batch's delete horizon (KIP-534: set to now + delete.retention.ms the
 * first time a tombstone survives a clean) has passed. A transaction marker (control batch)
 * goes the same way once no batch of its transaction is left before it (Kafka's
 * CleanedTransactionMetadata: a marker is kept while any of its transaction's batches is
 * traversed, so it outlives its data by at least one pass and delete.retention.ms). Batches
 * keep their offsets, producer ids, epochs and sequences; a producer's last batch stays (empty
 * if need be) so idempotent state survives. Cleaned segments replace the old ones atomically.
 *
 * Memory: like Kafka's dedupe buffer, the key → offset map stores MD5 digests of keys and is
 * capped (`MAX_KEYS`); when a pass would exceed it, that pass cleans only the segments whose
 * keys fit, and the next pass continues.
 */
import { createHash } from 'node:crypto';
import { open, rename } from 'node:fs/promises';
import {
  buildRecordBatch,
  NO_SEQUENCE,
  parseBatchHeader,
  readBatchRecords,
  type BatchHeader,
  type DecodedRecord,
} from '../../kafka/record-batch/index.js';
import { fsyncDir, unlinkIfExists } from './files.js';
import type { PartitionLogImpl } from './partition-log.js';
import { Segment } from './segment.js';
import { recordInputs } from './validate.js';

export interface CompactionResult {
  segments: number;
  bytesBefore: number;
  bytesAfter: number;
  recordsRemoved: number;
}

/** Most distinct keys one pass holds in memory (~100 bytes each). */
export const MAX_KEYS = 1_000_000;

function keyDigest(key: Buffer): string {
  return key.length <= 16
    ? `r${key.toString('latin1')}`
    : `h${createHash('md5').update(key).digest('base64')}`;
}

/** Offsets cleaned up to, per partition log (in memory: a restart simply re-cleans once). */
const cleanedUpTo = new WeakMap<PartitionLogImpl, number>();
/** Earliest delete horizon among kept tombstones, per log. */
const nextHorizon = new WeakMap<PartitionLogImpl, number>();

async function forEachBatch(
  seg: Segment,
  fn: (h: BatchHeader, bytes: Buffer) => Promise<void>,
): Promise<void> {
  const found: { pos: number; size: number }[] = [];
  await seg.scan(0, (b) => void found.push({ pos: b.pos, size: b.header.size }), { untilPos: seg.size });
  for (const b of found) {
    const bytes = await seg.readAt(b.pos, b.size);
    await fn(parseBatchHeader(bytes, 0), bytes);
  }
}

function isAborted(log: PartitionLogImpl, h: BatchHeader): boolean {
  if (!h.isTransactional || h.isControl) return false;
  return log.producerState.aborted.some(
    (a) => a.producerId === h.producerId && h.baseOffset >= a.firstOffset && h.baseOffset <= a.lastOffset,
  );
}

/**
 * Compacts `log` if it is a compacted topic with enough dirty data (or `force`). Returns what
 * it did, or undefined when there was nothing to do.
 */
export async function compactLog(
  log: PartitionLogImpl,
  now: number,
  force = false,
): Promise<CompactionResult | undefined> {
  const cfg = log.ctx.config();
  if (!cfg.compact) return undefined;
  const unstable = log.producerState.firstUnstableOffset() ?? Infinity;
  const cleanable: Segment[] = [];
  for (const seg of log.segments.slice(0, -1)) {
    if (seg.nextOffset > unstable || seg.nextOffset > log.highWatermark) break;
    if (seg.maxTimestamp >= 0 && now - seg.maxTimestamp < cfg.minCompactionLagMs) break;
    cleanable.push(seg);
  }
  if (cleanable.length === 0) return undefined;
  const done = cleanedUpTo.get(log) ?? -1;
  const total = cleanable.reduce((n, s) => n + s.size, 0);
  const dirty = cleanable.filter((s) => s.baseOffset >= done).reduce((n, s) => n + s.size, 0);
  const horizonDue = (nextHorizon.get(log) ?? Infinity) <= now;
  if (!force && !horizonDue && (total === 0 || dirty / total < cfg.minCleanableDirtyRatio)) return undefined;

  // 1. the latest offset of every key in the cleanable range (as far as the map cap allows)
  const latest = new Map<string, number>();
  for (let i = 0; i < cleanable.length; i++) {
    const segKeys = new Map<string, number>();
    await forEachBatch(cleanable[i]!, async (h, bytes) => {
      if (h.isControl || isAborted(log, h)) return;
      for (const r of await readBatchRecords(bytes, 0, h)) if (r.key) segKeys.set(keyDigest(r.key), r.offset);
    });
    let added = 0;
    for (const k of segKeys.keys()) if (!latest.has(k)) added++;
    if (i > 0 && latest.size + added > MAX_KEYS) {
      cleanable.length = i; // the rest waits for the next pass
      break;
    }
    for (const [k, o] of segKeys) latest.set(k, o);
  }
  // 2. rewrite each segment
  const result: CompactionResult = { segments: 0, bytesBefore: 0, bytesAfter: 0, recordsRemoved: 0 };
  let horizon = Infinity;
  // Producers with a transactional batch since their last marker (in offset order, across the
  // cleanable segments, which start at the log start): their next marker must stay.
  const openTxns = new Set<number>();
  for (const seg of cleanable) {
    const cleanedPath = `${seg.logPath}.cleaned`;
    const out = await open(cleanedPath, 'w');
    let size = 0;
    try {
      await forEachBatch(seg, async (h, bytes) => {
        let keep: DecodedRecord[] | 'all';
        if (h.isTransactional && !h.isControl) openTxns.add(h.producerId);
        if (h.isControl) {
          const txnEmpty = !openTxns.delete(h.producerId);
          if (!txnEmpty) keep = 'all';
          else if (h.hasDeleteHorizon) {
            if (h.baseTimestamp <= now) return; // its horizon passed: the marker goes
            keep = 'all';
          } else {
            // Its transaction's data is gone: stamp a delete horizon; a later pass removes it.
            const deleteHorizonMs = now + cfg.deleteRetentionMs;
            horizon = Math.min(horizon, deleteHorizonMs);
            const marker = await buildRecordBatch({
              records: recordInputs(await readBatchRecords(bytes, 0, h)),
              baseOffset: h.baseOffset,
              partitionLeaderEpoch: h.partitionLeaderEpoch,
              isTransactional: true,
              isControl: true,
              producerId: h.producerId,
              producerEpoch: h.producerEpoch,
              baseSequence: h.baseSequence,
              maxTimestamp: h.maxTimestamp,
              lastOffsetDelta: h.lastOffsetDelta,
              deleteHorizonMs,
            });
            await out.write(marker, 0, marker.length, size);
            size += marker.length;
            return;
          }
        } else if (isAborted(log, h)) keep = [];
        else {
          const records = await readBatchRecords(bytes, 0, h);
          const horizonPassed = h.hasDeleteHorizon && h.baseTimestamp <= now;
          keep = records.filter(
            (r) =>
              !r.key || (latest.get(keyDigest(r.key)) === r.offset && !(r.value === null && horizonPassed)),
          );
          result.recordsRemoved += records.length - keep.length;
          const tombstones = keep.some((r) => r.value === null);
          if (keep.length === records.length && (!tombstones || h.hasDeleteHorizon)) keep = 'all';
        }
        let outBytes: Buffer | undefined;
        if (keep === 'all') {
          outBytes = bytes;
          if (h.hasDeleteHorizon) horizon = Math.min(horizon, h.baseTimestamp);
        } else {
          const lastOfProducer =
            h.producerId >= 0 &&
            log.producerState.producers
              .get(h.producerId)
              ?.batches.some((b) => b.lastOffset === h.baseOffset + h.lastOffsetDelta);
          if (keep.length > 0 || lastOfProducer) {
            const tombstones = keep.some((r) => r.value === null);
            const deleteHorizonMs = tombstones
              ? h.hasDeleteHorizon
                ? h.baseTimestamp
                : now + cfg.deleteRetentionMs
              : undefined;
            if (deleteHorizonMs !== undefined) horizon = Math.min(horizon, deleteHorizonMs);
            outBytes = await buildRecordBatch({
              records: recordInputs(keep),
              baseOffset: h.baseOffset,
              partitionLeaderEpoch: h.partitionLeaderEpoch,
              compression: h.compression as 0 | 1 | 2 | 3 | 4,
              timestampType: h.timestampType,
              isTransactional: h.isTransactional,
              producerId: h.producerId,
              producerEpoch: h.producerEpoch,
              baseSequence: h.baseSequence === NO_SEQUENCE ? NO_SEQUENCE : h.baseSequence,
              baseTimestamp: keep.length ? undefined : h.baseTimestamp,
              maxTimestamp: h.maxTimestamp,
              lastOffsetDelta: h.lastOffsetDelta,
              deleteHorizonMs,
            });
          }
        }
        if (outBytes) {
          await out.write(outBytes, 0, outBytes.length, size);
          size += outBytes.length;
        }
      });
      await out.sync();
    } finally {
      await out.close();
    }
    // 3. swap under the append lock, unless retention deleted the segment meanwhile
    const swapped = await log.exclusive(async () => {
      const i = log.segments.indexOf(seg);
      if (i < 0 || i === log.segments.length - 1) return false;
      await unlinkIfExists(seg.indexPath);
      await unlinkIfExists(seg.timeIndexPath);
      await rename(cleanedPath, seg.logPath);
      await fsyncDir(log.ctx.dir);
      const { segment } = await Segment.load(
        log.ctx.dir,
        seg.baseOffset,
        log.ctx.cache,
        () => cfg.indexIntervalBytes,
        { active: false, recover: true },
      );
      log.segments[i] = segment;
      return true;
    });
    if (!swapped) {
      await unlinkIfExists(cleanedPath);
      continue;
    }
    result.segments++;
    result.bytesBefore += seg.size;
    result.bytesAfter += size;
  }
  cleanedUpTo.set(log, cleanable[cleanable.length - 1]!.nextOffset);
  nextHorizon.set(log, horizon);
  return result;
}
