/**
 * Record batch v2 header (KIP-98), 61 bytes:
 *
 *   baseOffset: int64                 @0
 *   batchLength: int32                @8   bytes after this field
 *   partitionLeaderEpoch: int32       @12
 *   magic: int8 (= 2)                 @16
 *   crc: uint32                       @17  CRC-32C of everything from attributes to the end
 *   attributes: int16                 @21  bits 0-2 compression, 3 timestamp type (1 = LogAppendTime),
 *                                          4 isTransactional, 5 isControl, 6 hasDeleteHorizonMs
 *   lastOffsetDelta: int32            @23
 *   baseTimestamp: int64              @27
 *   maxTimestamp: int64               @35
 *   producerId: int64                 @43
 *   producerEpoch: int16              @51
 *   baseSequence: int32               @53
 *   records: [Record] (count: int32)  @57
 */
import { crc32c } from './crc32c.js';
import { RecordFormatError } from './errors.js';

export const BATCH_HEADER_SIZE = 61;
/** Bytes before `batchLength`'s counted region (baseOffset + batchLength). */
export const LOG_OVERHEAD = 12;
export const MAGIC_V2 = 2;

export const OFF = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  baseTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordCount: 57,
} as const;

export const ATTR = {
  compressionMask: 0x07,
  timestampType: 0x08,
  transactional: 0x10,
  control: 0x20,
  deleteHorizon: 0x40,
} as const;

export const NO_PRODUCER_ID = -1;
export const NO_PRODUCER_EPOCH = -1;
export const NO_SEQUENCE = -1;
export const NO_TIMESTAMP = -1;

/** The decoded header of one batch. */
export interface BatchHeader {
  baseOffset: number;
  /** Whole batch size in bytes (LOG_OVERHEAD + batchLength). */
  size: number;
  partitionLeaderEpoch: number;
  magic: number;
  crc: number;
  attributes: number;
  compression: number;
  /** 0 CreateTime, 1 LogAppendTime. */
  timestampType: 0 | 1;
  isTransactional: boolean;
  isControl: boolean;
  hasDeleteHorizon: boolean;
  lastOffsetDelta: number;
  baseTimestamp: number;
  maxTimestamp: number;
  producerId: number;
  producerEpoch: number;
  baseSequence: number;
  recordCount: number;
}

function readInt64(buf: Buffer, pos: number): number {
  return Number(buf.readBigInt64BE(pos));
}

/** Reads the batch length field only: the whole batch spans `LOG_OVERHEAD + batchLength` bytes. */
export function batchSizeAt(buf: Buffer, pos: number): number {
  return LOG_OVERHEAD + buf.readInt32BE(pos + OFF.batchLength);
}

/**
 * Decodes the header at `pos` without checking the CRC. Throws when fewer than 61 bytes are
 * there, the magic is not 2, or the length is impossible.
 */
export function parseBatchHeader(buf: Buffer, pos = 0): BatchHeader {
  if (buf.length - pos < LOG_OVERHEAD + 5)
    throw new RecordFormatError(`truncated batch: ${buf.length - pos} bytes left`);
  const batchLength = buf.readInt32BE(pos + OFF.batchLength);
  const magic = buf.readInt8(pos + OFF.magic);
  if (magic !== MAGIC_V2)
    throw new RecordFormatError(`unsupported magic ${magic} (only record batch v2, magic 2, is accepted)`);
  if (batchLength < BATCH_HEADER_SIZE - LOG_OVERHEAD)
    throw new RecordFormatError(`batch length ${batchLength} is smaller than the v2 header`);
  if (buf.length - pos < BATCH_HEADER_SIZE)
    throw new RecordFormatError(`truncated batch header: ${buf.length - pos} bytes left`);
  const attributes = buf.readInt16BE(pos + OFF.attributes);
  return {
    baseOffset: readInt64(buf, pos + OFF.baseOffset),
    size: LOG_OVERHEAD + batchLength,
    partitionLeaderEpoch: buf.readInt32BE(pos + OFF.partitionLeaderEpoch),
    magic,
    crc: buf.readUInt32BE(pos + OFF.crc),
    attributes,
    compression: attributes & ATTR.compressionMask,
    timestampType: attributes & ATTR.timestampType ? 1 : 0,
    isTransactional: (attributes & ATTR.transactional) !== 0,
    isControl: (attributes & ATTR.control) !== 0,
    hasDeleteHorizon: (attributes & ATTR.deleteHorizon) !== 0,
    lastOffsetDelta: buf.readInt32BE(pos + OFF.lastOffsetDelta),
    baseTimestamp: readInt64(buf, pos + OFF.baseTimestamp),
    maxTimestamp: readInt64(buf, pos + OFF.maxTimestamp),
    producerId: readInt64(buf, pos + OFF.producerId),
    producerEpoch: buf.readInt16BE(pos + OFF.producerEpoch),
    baseSequence: buf.readInt32BE(pos + OFF.baseSequence),
    recordCount: buf.readInt32BE(pos + OFF.recordCount),
  };
}

/** CRC-32C of the batch at `pos` (of `size` bytes), over the range the header's crc covers. */
export function computeBatchCrc(buf: Buffer, pos: number, size: number): number {
  return crc32c(buf.subarray(pos + OFF.attributes, pos + size));
}

/** True when the stored CRC matches the batch's bytes. */
export function isBatchCrcValid(buf: Buffer, pos: number, size: number): boolean {
  return buf.readUInt32BE(pos + OFF.crc) === computeBatchCrc(buf, pos, size);
}

/** Recomputes and stores the CRC (after changing attributes or timestamps in place). */
export function writeBatchCrc(buf: Buffer, pos: number, size: number): void {
  buf.writeUInt32BE(computeBatchCrc(buf, pos, size), pos + OFF.crc);
}

/** Offset of the last record of a batch. */
export function lastOffsetOf(h: BatchHeader): number {
  return h.baseOffset + h.lastOffsetDelta;
}

/** Last sequence number of a producer batch (sequences wrap at int32 max, as in Kafka). */
export function lastSequenceOf(h: BatchHeader): number {
  if (h.baseSequence === NO_SEQUENCE) return NO_SEQUENCE;
  const last = h.baseSequence + h.lastOffsetDelta;
  return last > 0x7fffffff ? last - 0x80000000 : last;
}

/**
 * Splits a buffer of concatenated batches, validating each header, length and CRC (the
 * checks a broker does on Produce). Throws RecordFormatError (CORRUPT_MESSAGE) on the first
 * bad batch; a trailing partial batch is an error too.
 */
export function splitBatches(buf: Buffer): { header: BatchHeader; pos: number }[] {
  const out: { header: BatchHeader; pos: number }[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const header = parseBatchHeader(buf, pos);
    if (pos + header.size > buf.length)
      throw new RecordFormatError(
        `batch at byte ${pos} declares ${header.size} bytes but only ${buf.length - pos} remain`,
      );
    if (!isBatchCrcValid(buf, pos, header.size))
      throw new RecordFormatError(
        `CRC mismatch in batch at byte ${pos} (stored ${header.crc.toString(16)}, computed ${computeBatchCrc(buf, pos, header.size).toString(16)})`,
      );
    if (header.recordCount < 0) throw new RecordFormatError(`negative record count ${header.recordCount}`);
    out.push({ header, pos });
    pos += header.size;
  }
  return out;
}
