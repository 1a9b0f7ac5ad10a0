/**
 * Read one partition from an offset onwards, without a consumer group (like a Java consumer's
 * assign()): a fetch loop over the client's Fetch API. Used where every reader must see the
 * whole partition, e.g. the registry's `_schemas` topic or a compacted changelog.
 *
 * @example
 * const reader = await kafka.readPartition('_schemas', 0, 0n, (records) => { ... });
 * await reader.close();
 */
import type { Consumer } from '@platformatic/kafka';
import type { Logger } from '../../common/logger.js';
import { kafkaError } from './errors.js';
import { RackFetcher } from './rack-fetch.js';

export interface PartitionRecord {
  offset: bigint;
  key: Buffer | null;
  value: Buffer | null;
  timestamp: bigint;
  headers: [Buffer | null, Buffer | null][];
}

export interface PartitionReaderOptions {
  /** Longest wait of one fetch when there is nothing new (ms, default 500). */
  maxWaitMs?: number;
  /** Largest fetch (bytes, default 4 MiB). */
  maxBytes?: number;
  logger?: Logger;
  /**
   * The reader's rack (`client.rack`, the cluster zone): sent as the Fetch request's `rack_id`,
   * and the broker's preferred read replica is followed (rack-fetch.ts). Default: none.
   */
  rack?: string;
  /** Client id of the rack reader's own connections. */
  clientId?: string;
}

/** A running reader; `position` is the next offset it will deliver. */
export class PartitionReader {
  position: bigint;
  /** The partition's high watermark as of the last fetch. */
  highWatermark = -1n;
  private stopped = false;
  private readonly done: Promise<void>;
  private readonly listeners = new Set<() => void>();
  private readonly rackFetcher: RackFetcher | undefined;

  constructor(
    private readonly consumer: Consumer<Buffer, Buffer, Buffer, Buffer>,
    private readonly topic: string,
    private readonly partition: number,
    from: bigint,
    private readonly onRecords: (records: PartitionRecord[]) => void,
    private readonly options: PartitionReaderOptions = {},
  ) {
    this.position = from;
    this.rackFetcher = options.rack
      ? new RackFetcher(options.clientId ?? 'eddy-reader', options.rack)
      : undefined;
    this.done = this.loop();
  }

  /** Called after every fetch (with or without records). */
  onFetch(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const md = await this.consumer.metadata({ topics: [this.topic] });
        const t = md.topics.get(this.topic);
        const p = t?.partitions[this.partition];
        if (!t || !p) throw new Error(`partition ${this.topic}/${this.partition} not found`);
        const brokers = md.brokers as ReadonlyMap<number, { host: string; port: number }>;
        while (!this.stopped) {
          const leader = brokers.get(p.leader);
          const maxBytes = this.options.maxBytes ?? 4 * 1024 * 1024;
          const resp =
            this.rackFetcher && leader
              ? await this.rackFetcher.fetch(leader, brokers, {
                  topicId: t.id,
                  partition: this.partition,
                  offset: this.position,
                  maxWaitMs: this.options.maxWaitMs ?? 500,
                  maxBytes,
                })
              : await this.consumer.fetch({
                  node: p.leader,
                  maxWaitTime: this.options.maxWaitMs ?? 500,
                  maxBytes,
                  topics: [
                    {
                      topicId: t.id,
                      partitions: [
                        {
                          partition: this.partition,
                          currentLeaderEpoch: -1,
                          fetchOffset: this.position,
                          lastFetchedEpoch: -1,
                          partitionMaxBytes: maxBytes,
                        },
                      ],
                    },
                  ],
                });
          const part = resp.responses[0]?.partitions.find((x) => x.partitionIndex === this.partition);
          if (!part) throw new Error('empty fetch response');
          if (part.errorCode !== 0) throw new Error(`fetch error code ${part.errorCode}`);
          this.highWatermark = part.highWatermark;
          const out: PartitionRecord[] = [];
          let next = this.position;
          for (const batch of part.records ?? []) {
            for (const r of batch.records) {
              const offset = batch.firstOffset + BigInt(r.offsetDelta);
              if (offset < this.position) continue;
              out.push({
                offset,
                key: r.key,
                value: r.value,
                timestamp: batch.firstTimestamp + r.timestampDelta,
                headers: r.headers,
              });
            }
            // Compaction leaves gaps: the batch header still says where the batch ended.
            const end = batch.firstOffset + BigInt(batch.lastOffsetDelta) + 1n;
            if (end > next) next = end;
          }
          if (part.logStartOffset > next && out.length === 0) next = part.logStartOffset;
          this.position = next;
          if (out.length > 0) this.onRecords(out);
          failures = 0;
          for (const l of this.listeners) l();
        }
      } catch (err) {
        if (this.stopped) return;
        failures++;
        this.options.logger?.warn(
          { err: kafkaError(`reading ${this.topic}/${this.partition}`, err) },
          'partition read failed, retrying',
        );
        await new Promise((r) => setTimeout(r, Math.min(2000, 100 * failures)));
      }
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    await this.done;
    await this.rackFetcher?.close();
  }
}
