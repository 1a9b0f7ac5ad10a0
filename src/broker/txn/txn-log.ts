/**
 * `__transaction_state`: the transaction coordinator's durable state, a compacted topic in
 * Kafka's record format (`txn-records.ts`), one partition per transactional id by Java's
 * `abs(hashCode) % partitions` (as Kafka's TransactionStateManager.partitionFor).
 */
import type { Logger } from '../../common/logger.js';
import { buildRecordBatch } from '../../kafka/record-batch/index.js';
import { ensureCompactedTopic, replayTopic } from '../internal-topic.js';
import { partitionForGroup } from '../groups/offsets-records.js';
import type { LogManager } from '../storage/types.js';
import {
  TXN_TOPIC,
  decodeTxnKey,
  decodeTxnValue,
  encodeTxnKey,
  encodeTxnValue,
  type StoredTxn,
} from './txn-records.js';

/** How far `TxnLog.write` goes before it resolves. */
export type Durability = 'fsync' | 'background' | 'deferred';

export class TxnLog {
  constructor(
    private readonly logs: LogManager,
    private readonly defaultPartitions: number,
    private readonly logger: Logger,
  ) {}

  get exists(): boolean {
    return this.logs.getTopic(TXN_TOPIC) !== undefined;
  }

  /** Creates the compacted topic when missing; returns its partition count. */
  ensureTopic(): Promise<number> {
    return ensureCompactedTopic(this.logs, TXN_TOPIC, this.defaultPartitions, this.logger);
  }

  /** Replays every partition: the latest value per transactional id wins; tombstones delete. */
  async load(): Promise<Map<string, StoredTxn>> {
    const out = new Map<string, StoredTxn>();
    await replayTopic(this.logs, TXN_TOPIC, (header, records, logStartOffset) => {
      if (header.isControl) return;
      for (const rec of records) {
        if (rec.offset < logStartOffset || !rec.key) continue;
        try {
          const id = decodeTxnKey(rec.key);
          if (rec.value === null) out.delete(id);
          else out.set(id, decodeTxnValue(rec.value));
        } catch (err) {
          this.logger.warn({ err }, `skipping an unreadable ${TXN_TOPIC} record`);
        }
      }
    });
    return out;
  }

  /** Resolves once everything written so far for `transactionalId` (its partition) is durable. */
  async flush(transactionalId: string): Promise<void> {
    const partitions = await this.ensureTopic();
    await this.logs.partition(TXN_TOPIC, partitionForGroup(transactionalId, partitions)).flush();
  }

  /**
   * Appends one transactional id's state; resolves after fsync (`fsync`), or once written to the
   * OS with an fsync started in the background (`background`), or once written with no fsync of
   * its own (`deferred`: the partition's next fsync covers it).
   */
  async write(
    transactionalId: string,
    value: StoredTxn | null,
    durability: Durability = 'fsync',
  ): Promise<void> {
    const partitions = await this.ensureTopic();
    const now = Date.now();
    const batch = await buildRecordBatch({
      records: [
        {
          key: encodeTxnKey(transactionalId),
          value: value === null ? null : encodeTxnValue(value),
          timestamp: now,
        },
      ],
    });
    await this.logs.partition(TXN_TOPIC, partitionForGroup(transactionalId, partitions)).append(batch, {
      now,
      durable: durability === 'fsync',
      deferSync: durability === 'deferred',
      origin: 'coordinator',
    });
  }
}
