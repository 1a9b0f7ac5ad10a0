/**
 * Builds and reads whole v2 batches: producers (Eddy's own clients, tests, the compaction
 * rewriter, the transaction coordinator's control markers) and consumers use these.
 *
 * @example
 * const batch = await buildRecordBatch({ records: [{ key: Buffer.from('k'), value: Buffer.from('v') }], compression: CompressionType.Lz4 });
 * const [{ header, records }] = await readBatches(batch);
 */
import {
  ATTR,
  BATCH_HEADER_SIZE,
  LOG_OVERHEAD,
  NO_PRODUCER_EPOCH,
  NO_PRODUCER_ID,
  NO_SEQUENCE,
  OFF,
  splitBatches,
  writeBatchCrc,
  type BatchHeader,
} from './batch-header.js';
import { compress, decompress, CompressionType } from './compression.js';
import { decodeRecords, encodeRecords, type DecodedRecord, type RecordInput } from './records.js';

export interface BatchOptions {
  records: readonly RecordInput[];
  baseOffset?: number;
  partitionLeaderEpoch?: number;
  compression?: CompressionType;
  /** 0 CreateTime (default), 1 LogAppendTime. */
  timestampType?: 0 | 1;
  isTransactional?: boolean;
  isControl?: boolean;
  producerId?: number;
  producerEpoch?: number;
  baseSequence?: number;
  /** Default: the smallest record timestamp (or now). */
  baseTimestamp?: number;
  /** Default: the largest record timestamp. */
  maxTimestamp?: number;
  /** Default: the largest offsetDelta (records.length - 1). */
  lastOffsetDelta?: number;
  /** KIP-534: a compacted batch whose tombstones expire at baseTimestamp. */
  deleteHorizonMs?: number;
}

/** Builds one batch with a valid CRC. Async because codecs are. */
export async function buildRecordBatch(o: BatchOptions): Promise<Buffer> {
  const now = Date.now();
  const timestamps = o.records.map((r) => r.timestamp).filter((t): t is number => t !== undefined);
  const minTs = timestamps.length ? Math.min(...timestamps) : now;
  const baseTimestamp = o.deleteHorizonMs ?? o.baseTimestamp ?? minTs;
  const records = o.records.map((r) => ({ ...r, timestamp: r.timestamp ?? minTs }));
  const maxTimestamp =
    o.maxTimestamp ?? (records.length ? Math.max(...records.map((r) => r.timestamp)) : baseTimestamp);
  const lastOffsetDelta =
    o.lastOffsetDelta ?? records.reduce((m, r, i) => Math.max(m, r.offsetDelta ?? i), records.length - 1);
  const compression = o.compression ?? CompressionType.None;
  const body = await compress(compression, encodeRecords(records, baseTimestamp));
  const size = BATCH_HEADER_SIZE + body.length;
  const buf = Buffer.allocUnsafe(size);
  let attributes = compression;
  if (o.timestampType === 1) attributes |= ATTR.timestampType;
  if (o.isTransactional) attributes |= ATTR.transactional;
  if (o.isControl) attributes |= ATTR.control;
  if (o.deleteHorizonMs !== undefined) attributes |= ATTR.deleteHorizon;
  buf.writeBigInt64BE(BigInt(o.baseOffset ?? 0), OFF.baseOffset);
  buf.writeInt32BE(size - LOG_OVERHEAD, OFF.batchLength);
  buf.writeInt32BE(o.partitionLeaderEpoch ?? -1, OFF.partitionLeaderEpoch);
  buf.writeInt8(2, OFF.magic);
  buf.writeInt16BE(attributes, OFF.attributes);
  buf.writeInt32BE(lastOffsetDelta, OFF.lastOffsetDelta);
  buf.writeBigInt64BE(BigInt(baseTimestamp), OFF.baseTimestamp);
  buf.writeBigInt64BE(BigInt(maxTimestamp), OFF.maxTimestamp);
  buf.writeBigInt64BE(BigInt(o.producerId ?? NO_PRODUCER_ID), OFF.producerId);
  buf.writeInt16BE(o.producerEpoch ?? NO_PRODUCER_EPOCH, OFF.producerEpoch);
  buf.writeInt32BE(o.baseSequence ?? NO_SEQUENCE, OFF.baseSequence);
  buf.writeInt32BE(records.length, OFF.recordCount);
  body.copy(buf, BATCH_HEADER_SIZE);
  writeBatchCrc(buf, 0, size);
  return buf;
}

/** The uncompressed records section of the batch at `pos`. */
export async function batchRecordsBytes(
  buf: Buffer,
  pos: number,
  header: BatchHeader,
  maxLength?: number,
): Promise<Buffer> {
  return decompress(header.compression, buf.subarray(pos + BATCH_HEADER_SIZE, pos + header.size), maxLength);
}

/** Decodes every record of the batch at `pos`. */
export async function readBatchRecords(
  buf: Buffer,
  pos: number,
  header: BatchHeader,
): Promise<DecodedRecord[]> {
  const bytes = await batchRecordsBytes(buf, pos, header);
  // With a delete horizon, baseTimestamp holds the horizon and record deltas are relative to it too (KIP-534).
  return decodeRecords(bytes, header.recordCount, header.baseOffset, header.baseTimestamp);
}

/** Validates (CRC, lengths) and decodes concatenated batches, e.g. a Fetch response's records. */
export async function readBatches(buf: Buffer): Promise<{ header: BatchHeader; records: DecodedRecord[] }[]> {
  const out: { header: BatchHeader; records: DecodedRecord[] }[] = [];
  for (const { header, pos } of splitBatches(buf))
    out.push({ header, records: await readBatchRecords(buf, pos, header) });
  return out;
}

/** Control record types (key: int16 version 0, int16 type). */
export const ControlType = { Abort: 0, Commit: 1 } as const;

/** Builds a transaction marker batch: one control record, value = int16 version 0 + int32 coordinator epoch. */
export async function buildControlBatch(o: {
  producerId: number;
  producerEpoch: number;
  commit: boolean;
  coordinatorEpoch: number;
  timestamp: number;
  baseOffset?: number;
  partitionLeaderEpoch?: number;
}): Promise<Buffer> {
  const key = Buffer.alloc(4);
  key.writeInt16BE(0, 0);
  key.writeInt16BE(o.commit ? ControlType.Commit : ControlType.Abort, 2);
  const value = Buffer.alloc(6);
  value.writeInt16BE(0, 0);
  value.writeInt32BE(o.coordinatorEpoch, 2);
  return buildRecordBatch({
    records: [{ key, value, timestamp: o.timestamp }],
    baseOffset: o.baseOffset ?? 0,
    partitionLeaderEpoch: o.partitionLeaderEpoch ?? 0,
    isTransactional: true,
    isControl: true,
    producerId: o.producerId,
    producerEpoch: o.producerEpoch,
    baseSequence: NO_SEQUENCE,
  });
}

/** Reads a control record's type from its key (null when the key is malformed). */
export function controlTypeOf(key: Buffer | null): number | null {
  if (!key || key.length < 4) return null;
  return key.readInt16BE(2);
}
