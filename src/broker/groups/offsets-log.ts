/**
 * Durable group state in the compacted internal topic `__consumer_offsets`, as Kafka keeps it:
 * one partition per group (Java hash of the group id), created on first use, replayed at start.
 */
import type { Logger } from '../../common/logger.js';
import { buildRecordBatch, controlTypeOf, ControlType, NO_SEQUENCE } from '../../kafka/record-batch/index.js';
import { ensureCompactedTopic, replayTopic } from '../internal-topic.js';
import type { LogManager } from '../storage/types.js';
import {
  decodeGroupValue,
  decodeKey,
  decodeOffsetValue,
  partitionForGroup,
  type CommittedOffset,
  type StoredGroup,
} from './offsets-records.js';

export const OFFSETS_TOPIC = '__consumer_offsets';

export interface LoadedState {
  groups: Map<string, StoredGroup>;
  /** group → "topic\0partition" → offset. */
  offsets: Map<string, Map<string, CommittedOffset>>;
  /** Transactional offset commits (TxnOffsetCommit) whose transaction has no marker yet: producer id → records. */
  pendingTxn: Map<number, { key: Buffer; value: Buffer | null }[]>;
}

export function offsetKey(topic: string, partition: number): string {
  return `${topic}\0${partition}`;
}

export class OffsetsLog {
  private partitions = 0;

  constructor(
    private readonly logs: LogManager,
    private readonly defaultPartitions: number,
    private readonly logger: Logger,
  ) {}

  /** Creates the topic when missing (compacted, like Kafka's). */
  async ensureTopic(): Promise<void> {
    this.partitions = await ensureCompactedTopic(
      this.logs,
      OFFSETS_TOPIC,
      this.defaultPartitions,
      this.logger,
    );
  }

  get exists(): boolean {
    return this.logs.getTopic(OFFSETS_TOPIC) !== undefined;
  }

  /** Replays every partition: the latest record per key wins, tombstones delete. */
  async load(): Promise<LoadedState> {
    const state: LoadedState = { groups: new Map(), offsets: new Map(), pendingTxn: new Map() };
    this.partitions = this.logs.getTopic(OFFSETS_TOPIC)?.partitions ?? this.partitions;
    await replayTopic(this.logs, OFFSETS_TOPIC, (header, records, logStartOffset) => {
      if (header.isControl) {
        // A transaction's marker: its offset commits take effect (commit) or vanish (abort).
        const pending = state.pendingTxn.get(header.producerId);
        state.pendingTxn.delete(header.producerId);
        if (pending && controlTypeOf(records[0]?.key ?? null) === ControlType.Commit)
          for (const rec of pending) this.apply(state, rec.key, rec.value);
        return;
      }
      for (const rec of records) {
        if (rec.offset < logStartOffset || !rec.key) continue;
        if (header.isTransactional) {
          let pending = state.pendingTxn.get(header.producerId);
          if (!pending) state.pendingTxn.set(header.producerId, (pending = []));
          pending.push({ key: rec.key, value: rec.value });
        } else this.apply(state, rec.key, rec.value);
      }
    });
    return state;
  }

  private apply(state: LoadedState, keyBytes: Buffer, value: Buffer | null): void {
    let key;
    try {
      key = decodeKey(keyBytes);
    } catch (err) {
      this.logger.warn({ err }, `skipping an unreadable ${OFFSETS_TOPIC} key`);
      return;
    }
    if (!key) return;
    try {
      if (key.kind === 'group') {
        if (value === null) {
          state.groups.delete(key.group);
          state.offsets.delete(key.group);
        } else state.groups.set(key.group, decodeGroupValue(value));
        return;
      }
      let groupOffsets = state.offsets.get(key.group);
      if (value === null) {
        groupOffsets?.delete(offsetKey(key.topic, key.partition));
        return;
      }
      if (!groupOffsets) state.offsets.set(key.group, (groupOffsets = new Map()));
      groupOffsets.set(offsetKey(key.topic, key.partition), decodeOffsetValue(value));
    } catch (err) {
      this.logger.warn({ err, group: key.group }, `skipping an unreadable ${OFFSETS_TOPIC} value`);
    }
  }

  /** The group's partition of `__consumer_offsets` (creating the topic on first use). */
  async partitionOf(groupId: string): Promise<number> {
    if (this.partitions === 0) await this.ensureTopic();
    return partitionForGroup(groupId, this.partitions);
  }

  /**
   * Appends records for one group durably (one batch, so they land together). With `txn`, the
   * batch is transactional for that producer (TxnOffsetCommit; no sequence, as Kafka writes it).
   */
  async write(
    groupId: string,
    records: { key: Buffer; value: Buffer | null }[],
    txn?: { producerId: number; producerEpoch: number },
  ): Promise<void> {
    if (records.length === 0) return;
    if (this.partitions === 0) await this.ensureTopic();
    const now = Date.now();
    const batch = await buildRecordBatch({
      records: records.map((r) => ({ key: r.key, value: r.value, timestamp: now })),
      ...(txn
        ? {
            isTransactional: true,
            producerId: txn.producerId,
            producerEpoch: txn.producerEpoch,
            baseSequence: NO_SEQUENCE,
          }
        : {}),
    });
    await this.logs
      .partition(OFFSETS_TOPIC, partitionForGroup(groupId, this.partitions))
      .append(batch, { now, durable: true, origin: txn ? 'coordinator' : 'client' });
  }
}
