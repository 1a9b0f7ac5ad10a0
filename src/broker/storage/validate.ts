/**
 * Produce-side validation of record batches, after Kafka's LogValidator (magic 2): the checks
 * a broker makes before anything is written. Returns copies of the batches, ready for offset
 * assignment, with max timestamps corrected and LogAppendTime applied when the topic says so.
 */
import {
  ATTR,
  NO_TIMESTAMP,
  OFF,
  RecordFormatError,
  batchRecordsBytes,
  buildRecordBatch,
  parseBatchHeader,
  type CompressionType,
  decodeRecords,
  splitBatches,
  writeBatchCrc,
  type BatchHeader,
} from '../../kafka/record-batch/index.js';
import { KafkaStorageError } from './errors.js';
import type { LogConfig } from './topic-configs.js';

export interface ValidatedBatch {
  header: BatchHeader;
  bytes: Buffer;
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
): Promise<ValidatedBatch[]> {
  if (records.length === 0)
    throw new KafkaStorageError('INVALID_RECORD', 'produce request holds no record batch');
  let split;
  try {
    split = splitBatches(records);
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
    let recs;
    try {
      const body = await batchRecordsBytes(records, pos, h, Math.max(config.maxMessageBytes * 64, 64 << 20));
      recs = decodeRecords(body, h.recordCount, 0, h.baseTimestamp);
    } catch (e) {
      fail(e);
    }
    let maxTs = NO_TIMESTAMP;
    for (let i = 0; i < recs.length; i++) {
      const r = recs[i]!;
      if (origin === 'client' && r.offsetDelta !== i)
        throw new KafkaStorageError(
          'INVALID_RECORD',
          `record ${i} of the batch has offset delta ${r.offsetDelta}, expected ${i}`,
        );
      if (config.compact && r.key === null && !h.isControl)
        throw new KafkaStorageError('INVALID_RECORD', 'compacted topic cannot accept message without key');
      if (
        !config.logAppendTime &&
        (Math.abs(r.timestamp - now) > config.timestampDifferenceMaxMs ||
          now - r.timestamp > config.timestampBeforeMaxMs ||
          r.timestamp - now > config.timestampAfterMaxMs)
      ) {
        throw new KafkaStorageError(
          'INVALID_TIMESTAMP',
          `timestamp ${r.timestamp} of record ${i} is out of range (now ${now}; see message.timestamp.before.max.ms / after.max.ms / difference.max.ms)`,
        );
      }
      if (r.timestamp > maxTs) maxTs = r.timestamp;
    }
    if (origin === 'client' && config.compression !== undefined && config.compression !== h.compression) {
      // compression.type names a codec: rewrite the batch with it, as Kafka's LogValidator does
      const rebuilt = await buildRecordBatch({
        records: recs.map((r) => ({
          key: r.key,
          value: r.value,
          headers: r.headers,
          timestamp: r.timestamp,
          offsetDelta: r.offsetDelta,
        })),
        compression: config.compression as CompressionType,
        timestampType: config.logAppendTime ? 1 : h.timestampType,
        isTransactional: h.isTransactional,
        producerId: h.producerId,
        producerEpoch: h.producerEpoch,
        baseSequence: h.baseSequence,
        baseTimestamp: h.baseTimestamp,
        maxTimestamp: config.logAppendTime ? now : recs.length ? maxTs : h.maxTimestamp,
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
    const bytes = Buffer.from(records.subarray(pos, pos + h.size));
    let dirty = false;
    if (config.logAppendTime && origin === 'client') {
      bytes.writeInt16BE(h.attributes | ATTR.timestampType, OFF.attributes);
      bytes.writeBigInt64BE(BigInt(now), OFF.maxTimestamp);
      h.attributes |= ATTR.timestampType;
      h.timestampType = 1;
      h.maxTimestamp = now;
      dirty = true;
    } else if (h.timestampType === 0 && recs.length > 0 && maxTs !== h.maxTimestamp) {
      bytes.writeBigInt64BE(BigInt(maxTs), OFF.maxTimestamp);
      h.maxTimestamp = maxTs;
      dirty = true;
    }
    if (dirty) writeBatchCrc(bytes, 0, h.size);
    out.push({ header: h, bytes });
  }
  return out;
}
