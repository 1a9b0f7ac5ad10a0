/**
 * Read one partition from an offset onwards, without a consumer group (like a Java consumer's
 * assign()): a fetch loop over the light client's Fetch (light-client.ts). With a rack, the
 * Fetch carries `rack_id` (KIP-392) and the broker's preferred read replica is followed until it
 * fails or leaves the metadata, then reads go back to the leader, as Java consumers do. Used
 * where every reader must see the whole partition, e.g. the registry's `_schemas` topic or a
 * compacted changelog.
 *
 * @example
 * const reader = await kafka.readPartition('_schemas', 0, 0n, (records) => { ... });
 * await reader.close();
 */
import { EddyError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { kafkaError } from './errors.js';
import { decodeFetchedRecords, type PartitionRecord } from './fetch-records.js';
import type { LightClient } from './light-client.js';
import { kafkaCodeError } from './wire-connection.js';

export type { PartitionRecord } from './fetch-records.js';

export interface PartitionReaderOptions {
  /** Longest wait of one fetch when there is nothing new (ms, default 500). */
  maxWaitMs?: number;
  /** Largest fetch (bytes, default 4 MiB). */
  maxBytes?: number;
  logger?: Logger;
  /**
   * The reader's rack (`client.rack`, the cluster zone): sent as the Fetch request's `rack_id`,
   * and the broker's preferred read replica is followed. Default: none.
   */
  rack?: string;
  /**
   * Called once with an error retrying cannot cure (a batch failing its CRC, an authorization
   * error, …); the reader then stops. Without it every error is logged and retried.
   */
  onError?: (err: EddyError) => void;
  /** read_committed (1, default: aborted transactions are skipped) or read_uncommitted (0). */
  isolationLevel?: 0 | 1;
}

/** A running reader; `position` is the next offset it will deliver. */
export class PartitionReader {
  position: bigint;
  /** The partition's high watermark as of the last fetch. */
  highWatermark = -1n;
  private stopped = false;
  private readonly done: Promise<void>;
  private readonly listeners = new Set<() => void>();
  /** The node to fetch from instead of the leader (KIP-392), or -1. */
  private preferred = -1;

  constructor(
    private readonly client: LightClient,
    private readonly topic: string,
    private readonly partition: number,
    from: bigint,
    private readonly onRecords: (records: PartitionRecord[]) => void,
    private readonly options: PartitionReaderOptions = {},
  ) {
    this.position = from;
    this.done = this.loop();
  }

  /** Called after every fetch (with or without records). */
  onFetch(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private async loop(): Promise<void> {
    let failures = 0;
    const maxBytes = this.options.maxBytes ?? 4 * 1024 * 1024;
    const maxWaitMs = this.options.maxWaitMs ?? 500;
    while (!this.stopped) {
      try {
        const md = await this.client.metadata([this.topic]);
        const t = md.topics.get(this.topic);
        const p = t?.partitions.find((x) => x.partition === this.partition);
        if (!t || t.errorCode !== 0 || !p)
          throw kafkaCodeError(`partition ${this.topic}/${this.partition}`, t?.errorCode || 3);
        while (!this.stopped) {
          const replica = this.preferred >= 0 && md.brokers.has(this.preferred) ? this.preferred : -1;
          // Any failure (also on a preferred replica) sends the next fetch to the leader.
          this.preferred = -1;
          const part = await this.client.fetch(replica >= 0 ? replica : p.leader, {
            topic: t,
            partition: this.partition,
            offset: this.position,
            maxWaitMs,
            maxBytes,
            isolationLevel: this.options.isolationLevel ?? 1,
            rackId: this.options.rack,
          });
          if (part.errorCode === 1) {
            await this.resetOutOfRange();
            continue;
          }
          if (part.errorCode !== 0)
            throw kafkaCodeError(`fetch of ${this.topic}/${this.partition}`, part.errorCode);
          if (this.options.rack && part.preferredReadReplica >= 0) this.preferred = part.preferredReadReplica;
          this.highWatermark = part.highWatermark;
          const got = await decodeFetchedRecords(part.records, this.position, part.abortedTransactions);
          let next = got.next;
          if (part.logStartOffset > next && got.records.length === 0) next = part.logStartOffset;
          if (this.stopped) return;
          this.position = next;
          if (got.records.length > 0) this.onRecords(got.records);
          failures = 0;
          for (const l of this.listeners) l();
        }
      } catch (err) {
        if (this.stopped) return;
        const onError = this.options.onError;
        if (onError && err instanceof EddyError && !err.retriable) {
          this.stopped = true;
          onError(err);
          return;
        }
        failures++;
        this.client.invalidate();
        this.options.logger?.warn(
          { err: kafkaError(`reading ${this.topic}/${this.partition}`, err) },
          'partition read failed, retrying',
        );
        await new Promise((r) => setTimeout(r, Math.min(2000, 100 * failures)));
      }
    }
  }

  /**
   * OFFSET_OUT_OF_RANGE: the position was deleted by retention (go to the earliest offset) or
   * lies past the end (go to the end), like a consumer with auto.offset.reset=earliest.
   */
  private async resetOutOfRange(): Promise<void> {
    const [earliest] = await this.client.listOffsets(this.topic, [this.partition], -2n);
    const [latest] = await this.client.listOffsets(this.topic, [this.partition], -1n);
    const before = this.position;
    if (earliest !== undefined && this.position < earliest) this.position = earliest;
    else if (latest !== undefined && this.position > latest) this.position = latest;
    this.options.logger?.warn(
      { topic: this.topic, partition: this.partition, from: String(before), to: String(this.position) },
      'offset out of range: position reset',
    );
  }

  async close(): Promise<void> {
    this.stopped = true;
    await this.done;
  }
}
