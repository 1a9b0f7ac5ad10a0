/**
 * The broker's own compacted topics (`__consumer_offsets`, `__transaction_state`): made on first
 * use, and replayed from their log start when the broker starts, as Kafka's coordinators do.
 */
import type { Logger } from '../common/logger.js';
import {
  lastOffsetOf,
  readBatches,
  type BatchHeader,
  type DecodedRecord,
} from '../kafka/record-batch/index.js';
import type { LogManager } from './storage/types.js';

/**
 * Creates the compacted internal topic `name` when missing (100 MiB segments, as Kafka's) and
 * returns its partition count; a creation that lost a race to another one is not an error.
 */
export async function ensureCompactedTopic(
  logs: LogManager,
  name: string,
  partitions: number,
  logger: Logger,
): Promise<number> {
  let info = logs.getTopic(name);
  if (!info) {
    try {
      info = await logs.createTopic(name, partitions, {
        'cleanup.policy': 'compact',
        'segment.bytes': String(100 * 1024 * 1024),
      });
      logger.info({ partitions }, `created ${name}`);
    } catch (err) {
      info = logs.getTopic(name);
      if (!info) throw err;
    }
  }
  return info.partitions;
}

/**
 * Reads every batch of every partition of `topic` in offset order, control batches included,
 * with the partition's log start (records before it, in the first batch read, are gone).
 * Nothing when the topic does not exist.
 */
export async function replayTopic(
  logs: LogManager,
  topic: string,
  onBatch: (header: BatchHeader, records: DecodedRecord[], logStartOffset: number) => void,
): Promise<void> {
  const info = logs.getTopic(topic);
  if (!info) return;
  for (let p = 0; p < info.partitions; p++) {
    const log = logs.partition(topic, p);
    let offset = log.logStartOffset;
    while (offset < log.highWatermark) {
      const r = await log.read(offset, 1024 * 1024, { isolation: 'read_uncommitted', minOneBatch: true });
      if (r.records.length === 0) break;
      for (const { header, records } of await readBatches(r.records)) {
        offset = Math.max(offset, lastOffsetOf(header) + 1);
        onBatch(header, records, log.logStartOffset);
      }
    }
  }
}
