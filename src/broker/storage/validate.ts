/**
 * Produce-side validation of record batches, after Kafka's LogValidator (magic 2): the checks
 * a broker makes before anything is written. Returns copies of the batches, ready for offset
 * assignment, with max timestamps corrected and LogAppendTime applied when the topic says so.
 */
import {
  ATTR,
  BATCH_HEADER_SIZE,
  NO_TIMESTAMP,
  OFF,
  RecordFormatError,
  batchRecordsBytes,
  buildRecordBatch,
  parseBatchHeader,
  type CompressionType,
  decodeRecords,
  scanRecords,
  type RecordsSummary,
  splitBatches,
  writeBatchCrc,
  type BatchHeader,
  type DecodedRecord,
  type RecordInput,
} from '../../kafka/record-batch/index.js';
import { KafkaStorageError } from './errors.js';
import type { LogConfig } from './topic-configs.js';

/** Decoded records as inputs of a rebuilt batch (recompressed, compacted), offsets and timestamps kept. */
export function recordInputs(records: readonly DecodedRecord[]): RecordInput[] {
  return records.map((r) => ({
    key: r.key,
    value: r.value,
    headers: r.headers,
    timestamp: r.timestamp,
    offsetDelta: r.offsetDelta,
  }));
}

export interface ValidatedBatch {
  header: BatchHeader;
  bytes: Buffer;
}

/**
 * splitBatches for one whole batch whose CRC was computed as it arrived: the same checks
 * (header, length, CRC, record count) without checksumming it again; anything other than
 * exactly one batch goes through splitBatches.
 */
function splitWithKnownCrc(records: Buffer, crc: number): { header: BatchHeader; pos: number }[] {
  if (records.length < BATCH_HEADER_SIZE) return splitBatches(records);
  const header = parseBatchHeader(records, 0);
  if (header.size !== records.length) return splitBatches(records);
  const stored = records.readUInt32BE(OFF.crc);
  if (stored !== crc >>> 0)
    throw new RecordFormatError(
      `CRC mismatch in batch at byte 0 (stored ${stored.toString(16)}, computed ${(crc >>> 0).toString(16)})`,
    );
  if (header.recordCount < 0) throw new RecordFormatError(`negative record count ${header.recordCount}`);
  return [{ header, pos: 0 }];
}

function fail(e: unknown): never {
  if (e instanceof RecordFormatError) throw new KafkaStorageError(e.kafkaError, e.message);
  throw e;
}

/**
 * Validates a Produce partition's `records`. Throws KafkaStorageError with CORRUPT_MESSAGE,
 * INVALID_RECORD, MESSAGE_TOO_LARGE, INVALID_TIMESTAMP or UNSUPPORTED_COMPRESSION_TYPE.
 */
export async function validateBatches(
  records: Buffer,
  config: LogConfig,
  now: number,
  origin: 'client' | 'coordinator',
  /** The CRC-32C of `records[21..]` if the caller computed it (AppendOptions.batchCrc). */
  knownCrc?: number,
): Promise<ValidatedBatch[]> {
  if (records.length === 0)
    throw new KafkaStorageError('INVALID_RECORD', 'produce request holds no record batch');
  let split;
  try {
    split = knownCrc === undefined ? splitBatches(records) : splitWithKnownCrc(records, knownCrc);
  } catch (e) {
    fail(e);
  }
  const out: ValidatedBatch[] = [];
  for (const { header: h, pos } of split) {
    if (h.size > config.maxMessageBytes)
      throw new KafkaStorageError(
        'MESSAGE_TOO_LARGE',
        `the record batch is ${h.size} bytes, larger than max.message.bytes ${config.maxMessageBytes}`,
      );
    if (origin === 'client') {
      if (h.isControl)
        throw new KafkaStorageError('INVALID_RECORD', 'clients are not allowed to write control records');
      if (h.recordCount <= 0)
        throw new KafkaStorageError(
          'INVALID_RECORD',
          `invalid reported count for record batch: ${h.recordCount}`,
        );
      if (h.lastOffsetDelta + 1 !== h.recordCount)
        throw new KafkaStorageError(
          'INVALID_RECORD',
          `inconsistent batch offset range [0, ${h.lastOffsetDelta}] and count of records ${h.recordCount}`,
        );
      if (h.producerId >= 0 && h.baseSequence < 0)
        throw new KafkaStorageError(
          'INVALID_RECORD',
          `invalid sequence number ${h.baseSequence} in record batch with producer id ${h.producerId}`,
        );
      if (h.isTransactional && h.producerId < 0)
        throw new KafkaStorageError('INVALID_RECORD', 'transactional record batch without producer id');
      if (h.compression > 4)
        throw new KafkaStorageError(
          'UNSUPPORTED_COMPRESSION_TYPE',
          `unknown compression type ${h.compression}`,
        );
    }
    let body: Buffer;
    let sum: RecordsSummary;
    try {
      body = await batchRecordsBytes(records, pos, h, Math.max(config.maxMessageBytes * 64, 64 << 20));
      sum = scanRecords(body, h.recordCount, h.baseTimestamp);
    } catch (e) {
      fail(e);
    }
    if (origin === 'client' && sum.badOffsetDelta >= 0)
      throw new KafkaStorageError(
        'INVALID_RECORD',
        `record ${sum.badOffsetDelta} of the batch has an offset delta other than ${sum.badOffsetDelta}`,
      );
    if (config.compact && sum.nullKey && !h.isControl)
      throw new KafkaStorageError('INVALID_RECORD', 'compacted topic cannot accept message without key');
    if (
      !config.logAppendTime &&
      h.recordCount > 0 &&
      (Math.max(now - sum.minTimestamp, sum.maxTimestamp - now) > config.timestampDifferenceMaxMs ||
        now - sum.minTimestamp > config.timestampBeforeMaxMs ||
        sum.maxTimestamp - now > config.timestampAfterMaxMs)
    ) {
      const ts = now - sum.minTimestamp > sum.maxTimestamp - now ? sum.minTimestamp : sum.maxTimestamp;
      throw new KafkaStorageError(
        'INVALID_TIMESTAMP',
        `timestamp ${ts} of a record is out of range (now ${now}; see message.timestamp.before.max.ms / after.max.ms / difference.max.ms)`,
      );
    }
    const maxTs = h.recordCount > 0 ? sum.maxTimestamp : NO_TIMESTAMP;
    if (origin === 'client' && config.compression !== undefined && config.compression !== h.compression) {
      // compression.type names a codec: rewrite the batch with it, as Kafka's LogValidator does
      const rebuilt = await buildRecordBatch({
        records: recordInputs(decodeRecords(body, h.recordCount, 0, h.baseTimestamp)),
        compression: config.compression as CompressionType,
        timestampType: config.logAppendTime ? 1 : h.timestampType,
        isTransactional: h.isTransactional,
        producerId: h.producerId,
        producerEpoch: h.producerEpoch,
        baseSequence: h.baseSequence,
        baseTimestamp: h.baseTimestamp,
        maxTimestamp: config.logAppendTime ? now : h.recordCount > 0 ? maxTs : h.maxTimestamp,
        lastOffsetDelta: h.lastOffsetDelta,
      });
      if (rebuilt.length > config.maxMessageBytes)
        throw new KafkaStorageError(
          'MESSAGE_TOO_LARGE',
          `the recompressed record batch is ${rebuilt.length} bytes, larger than max.message.bytes ${config.maxMessageBytes}`,
        );
      out.push({ header: parseBatchHeader(rebuilt, 0), bytes: rebuilt });
      continue;
    }
    const bytes = records.subarray(pos, pos + h.size); // rewritten in place: no 1 MB copies per request
    let dirty = false;
    if (config.logAppendTime && origin === 'client') {
      bytes.writeInt16BE(h.attributes | ATTR.timestampType, OFF.attributes);
      bytes.writeBigInt64BE(BigInt(now), OFF.maxTimestamp);
      h.attributes |= ATTR.timestampType;
      h.timestampType = 1;
      h.maxTimestamp = now;
      dirty = true;
    } else if (h.timestampType === 0 && h.recordCount > 0 && maxTs !== h.maxTimestamp) {
      bytes.writeBigInt64BE(BigInt(maxTs), OFF.maxTimestamp);
      h.maxTimestamp = maxTs;
      dirty = true;
    }
    if (dirty) writeBatchCrc(bytes, 0, h.size);
    out.push({ header: h, bytes });
  }
  return out;
}
