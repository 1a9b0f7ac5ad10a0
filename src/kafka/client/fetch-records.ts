/**
 * Turns the `records` bytes of a Fetch answer into records: v2 batches split and decompressed
 * (src/kafka/record-batch: gzip, snappy, lz4, zstd), control batches (transaction markers)
 * skipped, and, under read_committed, the batches of aborted transactions dropped the way
 * Java's consumer does (the answer's aborted-transaction list, closed by each ABORT marker).
 */
import {
  ATTR,
  BATCH_HEADER_SIZE,
  LOG_OVERHEAD,
  isBatchCrcValid,
  parseBatchHeader,
} from '../record-batch/batch-header.js';
import { decompress } from '../record-batch/compression.js';
import { RecordFormatError } from '../record-batch/errors.js';
import { decodeRecords } from '../record-batch/records.js';

export interface PartitionRecord {
  offset: bigint;
  key: Buffer | null;
  value: Buffer | null;
  timestamp: bigint;
  headers: [Buffer | null, Buffer | null][];
  /** CreateTime, or LogAppendTime when the topic has the broker set timestamps. */
  timestampType?: 'CreateTime' | 'LogAppendTime';
  /** The batch's partition leader epoch (-1 when unknown). */
  leaderEpoch?: number;
}

export interface FetchedRecords {
  records: PartitionRecord[];
  /** Where the next fetch starts: after the last whole batch seen (compaction leaves gaps). */
  next: bigint;
}

/**
 * Decodes the record batches in `data` at or after `from`. A partial batch at the end (the
 * broker cuts answers at max_bytes) is left for the next fetch.
 */
export async function decodeFetchedRecords(
  data: Buffer | null,
  from: bigint,
  aborted: readonly { producerId: bigint; firstOffset: bigint }[] | null,
): Promise<FetchedRecords> {
  const out: PartitionRecord[] = [];
  let next = from;
  if (data === null || data.length === 0) return { records: out, next };
  // Aborted transactions by first offset; one becomes active when reading reaches it.
  const pendingAborts = [...(aborted ?? [])].sort((a, b) => (a.firstOffset < b.firstOffset ? -1 : 1));
  const activeAborts = new Set<bigint>();
  let pos = 0;
  while (pos + LOG_OVERHEAD <= data.length) {
    const size = LOG_OVERHEAD + data.readInt32BE(pos + 8);
    if (pos + size > data.length || size < BATCH_HEADER_SIZE) break;
    const h = parseBatchHeader(data, pos);
    // Like Java's consumer (check.crcs=true): a corrupt batch is an error, never wrong rows.
    if (!isBatchCrcValid(data, pos, size))
      throw new RecordFormatError(
        `record batch at offset ${h.baseOffset} fails its CRC check`,
        'CORRUPT_MESSAGE',
      );
    const base = BigInt(h.baseOffset);
    const last = base + BigInt(h.lastOffsetDelta);
    while (pendingAborts.length > 0 && pendingAborts[0]!.firstOffset <= last)
      activeAborts.add(pendingAborts.shift()!.producerId);
    const pid = BigInt(h.producerId);
    if (h.isControl) {
      // An ABORT (type 0) or COMMIT marker ends that producer's transaction either way.
      if (h.isTransactional) activeAborts.delete(pid);
    } else if (!(h.isTransactional && activeAborts.has(pid)) && last >= from) {
      const body = data.subarray(pos + BATCH_HEADER_SIZE, pos + size);
      const plain = await decompress(h.compression, body);
      const logAppend = (h.attributes & ATTR.timestampType) !== 0;
      for (const r of decodeRecords(plain, h.recordCount, 0, h.baseTimestamp)) {
        const offset = base + BigInt(r.offsetDelta);
        if (offset < from) continue;
        out.push({
          offset,
          key: r.key,
          value: r.value,
          timestamp: BigInt(logAppend ? h.maxTimestamp : r.timestamp),
          headers: r.headers.map((x) => [Buffer.from(x.key, 'utf8'), x.value]),
          timestampType: logAppend ? 'LogAppendTime' : 'CreateTime',
          leaderEpoch: h.partitionLeaderEpoch,
        });
      }
    }
    if (last + 1n > next) next = last + 1n;
    pos += size;
  }
  return { records: out, next };
}
