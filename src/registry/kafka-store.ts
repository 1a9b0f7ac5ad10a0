/**
 * The registry's log in a Kafka topic (`_schemas`, one partition, compacted), written and read
 * through the shared Kafka client, like Confluent's KafkaStore: every instance reads the whole
 * topic from the beginning and applies each record; a write is done once this instance has
 * read it back, so a client's next read sees it.
 */
import type { Producer } from '@platformatic/kafka';
import type { Logger } from '../common/logger.js';
import { KafkaClient, PartitionReader, closeQuietly, kafkaError } from '../kafka/client/index.js';
import { errors } from './errors.js';
import { decodeRecord, encodeKey, encodeValue, type RegistryRecord } from './records.js';
import type { RecordHandler, SchemaLogStore } from './store.js';

export interface KafkaStoreOptions {
  client: KafkaClient;
  /** `kafkastore.topic` (default `_schemas`). */
  topic?: string;
  /** `kafkastore.topic.replication.factor` (default 1 for the embedded broker). */
  replicationFactor?: number;
  /** `kafkastore.timeout.ms`: how long a write or catch-up may take (default 30 000). */
  timeoutMs?: number;
  logger?: Logger;
}

type Bytes = Buffer;

export class KafkaStore implements SchemaLogStore {
  readonly topic: string;
  private readonly client: KafkaClient;
  private readonly timeoutMs: number;
  private readonly replicationFactor: number;
  private readonly logger: Logger | undefined;
  private producer: Producer<Bytes, Bytes, Bytes, Bytes> | undefined;
  private reader: PartitionReader | undefined;
  /** The next offset to read (everything before it has been applied). */
  private position = 0n;
  private waiters: {
    target: bigint;
    resolve: () => void;
    reject: (e: Error) => void;
    timer: NodeJS.Timeout;
  }[] = [];
  private closed = false;

  constructor(opts: KafkaStoreOptions) {
    this.client = opts.client;
    this.topic = opts.topic ?? '_schemas';
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.replicationFactor = opts.replicationFactor ?? 1;
    this.logger = opts.logger;
  }

  private handler: RecordHandler | undefined;

  async start(onRecord: RecordHandler): Promise<void> {
    this.handler = onRecord;
    await this.client.ensureTopic(this.topic, {
      partitions: 1,
      replicas: this.replicationFactor,
      configs: { 'cleanup.policy': 'compact' },
    });
    this.producer = await this.client.producer({ idempotent: false });
    this.reader = await this.client.readPartition(
      this.topic,
      0,
      0n,
      (records) => {
        for (const msg of records) {
          const record = decodeRecord(
            msg.key ? msg.key.toString('utf8') : null,
            msg.value && msg.value.length > 0 ? msg.value.toString('utf8') : null,
          );
          if (record) onRecord(record);
          else
            this.logger?.warn(
              { offset: String(msg.offset) },
              `skipping an unreadable record in ${this.topic}`,
            );
        }
      },
      { logger: this.logger, maxWaitMs: 200 },
    );
    this.reader.onFetch(() => {
      this.position = this.reader!.position;
      this.wake();
    });
    await this.sync();
  }

  private wake(): void {
    if (this.waiters.length === 0) return;
    const still: typeof this.waiters = [];
    for (const w of this.waiters) {
      if (this.position >= w.target) {
        clearTimeout(w.timer);
        w.resolve();
      } else still.push(w);
    }
    this.waiters = still;
  }

  /** Resolve once every offset below `target` has been applied. */
  private waitFor(target: bigint): Promise<void> {
    if (this.position >= target) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(
          errors.timeout(
            `Timed out after ${this.timeoutMs} ms waiting to read ${this.topic} up to offset ${target}`,
          ),
        );
      }, this.timeoutMs);
      this.waiters.push({ target, resolve, reject, timer });
    });
  }

  async append(records: RegistryRecord[]): Promise<void> {
    if (!this.producer || this.closed) throw errors.store('the store is not running');
    let result;
    try {
      result = await this.producer.send({
        messages: records.map((r) => {
          const value = encodeValue(r);
          return {
            topic: this.topic,
            partition: 0,
            key: Buffer.from(encodeKey(r.key), 'utf8'),
            value: value === null ? (null as unknown as Buffer) : Buffer.from(value, 'utf8'),
          };
        }),
      });
    } catch (err) {
      throw errors.store(kafkaError(`cannot write to ${this.topic}`, err).message);
    }
    const offsets = (result.offsets ?? [])
      .filter((o) => o.topic === this.topic && o.partition === 0)
      .map((o) => BigInt(o.offset));
    // One offset per record, or the base offset of the batch (then the first is that base).
    const min = offsets.length > 0 ? offsets.reduce((a, b) => (a < b ? a : b)) : undefined;
    const max = offsets.length > 0 ? offsets.reduce((a, b) => (a > b ? a : b)) : undefined;
    if (min === undefined || max === undefined) return this.sync();
    const last = offsets.length >= records.length ? max : min + BigInt(records.length) - 1n;
    if (
      this.reader &&
      this.handler &&
      this.reader.position === min &&
      last - min + 1n === BigInt(records.length)
    ) {
      // Everything before our batch has been applied and the batch is ours, record for record:
      // apply it now instead of waiting for the reader's next fetch to bring it back.
      for (const r of records) this.handler(decodeRecord(encodeKey(r.key), encodeValue(r)) ?? r);
      this.reader.position = last + 1n;
      this.position = last + 1n;
      this.wake();
      return;
    }
    await this.waitFor(last + 1n);
  }

  async sync(): Promise<void> {
    let end: bigint;
    try {
      [end = 0n] = await this.client.endOffsets(this.topic, [0]);
    } catch (err) {
      throw errors.store((err as Error).message);
    }
    await this.waitFor(end);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(errors.store('the store was closed'));
    }
    this.waiters = [];
    await this.reader?.close().catch(() => undefined);
    if (this.producer) await closeQuietly(this.producer);
  }
}
