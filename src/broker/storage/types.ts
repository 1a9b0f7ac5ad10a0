/**
 * The contract of the broker's durable log storage: what the protocol layer (Produce, Fetch,
 * ListOffsets, CreateTopics, DescribeConfigs, DeleteRecords, OffsetForLeaderEpoch, groups,
 * later transactions) codes against. The implementation is `LogManager` in `log-manager.ts`.
 *
 * Conventions:
 * - Offsets, timestamps (ms since epoch) and producer ids are JS numbers: exact up to 2^53,
 *   which no single-node log reaches. The protocol layer converts to int64 on the wire.
 * - Record data crosses this boundary as record-batch v2 bytes (`src/kafka/record-batch`),
 *   exactly as on the wire: `append` takes a Produce request's `records` field and `read`
 *   returns stored batches, ready to be copied into a Fetch response without re-encoding.
 * - Failures that the protocol reports per partition throw `KafkaStorageError` (errors.ts),
 *   which carries Kafka's numeric error code (`errorCode`) and name (`errorName`).
 *
 * @example
 * const logs = new LogManager({ dataDir: '/var/eddy/broker', logger });
 * await logs.open();
 * await logs.createTopic('orders', 3, { 'cleanup.policy': 'compact' });
 * const p0 = logs.partition('orders', 0);
 * const { baseOffset } = await p0.append(recordsFromProduce, { now: Date.now() });
 * const { records, highWatermark } = await p0.read(baseOffset, 1 << 20, { isolation: 'read_uncommitted', minOneBatch: true });
 */

/** `read_uncommitted` (0 on the wire) sees up to the high watermark; `read_committed` (1) up to the last stable offset, minus aborted transactions. */
export type IsolationLevel = 'read_uncommitted' | 'read_committed';

/** Topic configs as Kafka spells them: names → string values (as in DescribeConfigs / AlterConfigs). */
export type TopicConfigs = Record<string, string>;

/** One config change of IncrementalAlterConfigs; AlterConfigs (legacy) replaces all overrides. */
export interface ConfigChange {
  name: string;
  /** `set` (0), `delete` (1, back to default), `append` (2) and `subtract` (3) for list configs. */
  op: 'set' | 'delete' | 'append' | 'subtract';
  value?: string | null;
}

/** What the storage knows about one topic. */
export interface TopicInfo {
  readonly name: string;
  /** Stable UUID (RFC 4122 text form), generated once at creation and persisted; never all zeros. */
  readonly topicId: string;
  /** The same id as the 16 bytes Kafka puts on the wire. */
  readonly topicIdBytes: Buffer;
  readonly partitions: number;
  /** Only the overrides set on this topic (DescribeConfigs reports them as TOPIC_CONFIG, source 1). */
  readonly configs: Readonly<TopicConfigs>;
  /** Every supported config with its effective value (override, broker default or Kafka default). */
  readonly effectiveConfigs: Readonly<TopicConfigs>;
  /** True for internal topics (`__consumer_offsets`, `__transaction_state`). */
  readonly internal: boolean;
}

/** Options of `PartitionLog.append`. */
export interface AppendOptions {
  /** Broker time used for LogAppendTime and retention (default Date.now()). */
  now?: number;
  /**
   * Resolve only once the bytes are fsynced (default true: acks=1/all). With false (acks=0, and
   * batches inside a transaction, made durable by `flush` before the commit) the promise
   * resolves once written to the OS; a later group fsync still covers it.
   */
  durable?: boolean;
  /**
   * With `durable: false`: resolve as soon as offsets are assigned, before the bytes are copied
   * to the OS (the copy follows at once, still under the partition's lock, so every later
   * operation of this partition — appends, `flush`, markers, fsyncs — comes after it). For
   * transactional batches, whose durability point is `flush` before the commit: the ~1 ms copy
   * of a 1 MB batch then overlaps the producer's next request instead of delaying this answer.
   * If that copy fails, `flush` and later appends fail until restart (the answer was a promise).
   */
  ackBeforeWrite?: boolean;
  /**
   * With `durable: false`: start no fsync for these bytes; the partition's next fsync (another
   * append's, `flush`, a roll, close) covers them and only then does the high watermark pass
   * them. For records whose loss a restart repairs (the coordinator's Complete* record: if lost,
   * Prepare* is read back and the markers rewritten), so that the next record's fsync, which
   * someone waits for, is not queued behind one nobody waits for.
   */
  deferSync?: boolean;
  /**
   * Called once, before `append` returns, with a promise that settles when storage no longer
   * reads `records` (written to the OS, or refused). With `ackBeforeWrite` that is after the
   * answer: the Produce path uses it to reuse the request's frame buffer only then.
   */
  retainRecords?: (until: Promise<unknown>) => void;
  /**
   * The CRC-32C of `records[21..]` (everything a batch's CRC covers, if `records` is one whole
   * batch), computed by the caller while the bytes arrived: validation compares the batch's
   * stored CRC with it instead of checksumming the batch again.
   */
  batchCrc?: number;
  /** Who writes: clients may not write control batches; the coordinator (later) may. Default `client`. */
  origin?: 'client' | 'coordinator';
}

/** Result of one `append`; for a duplicate batch, the offsets it got the first time. */
export interface AppendResult {
  baseOffset: number;
  lastOffset: number;
  /** The log-append time when the topic uses LogAppendTime, else -1 (as the Produce response wants). */
  logAppendTime: number;
  logStartOffset: number;
  /** True when the (idempotent) batch was a retry of one already stored: nothing was written. */
  duplicate: boolean;
}

export interface ReadOptions {
  isolation: IsolationLevel;
  /**
   * Return the first batch whole even when it is larger than `maxBytes` (KIP-74: Fetch v3+,
   * always true for the first partition of a response with data).
   */
  minOneBatch: boolean;
}

/** An aborted transaction overlapping a fetched range (Fetch v4+ `aborted_transactions`). */
export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
}

export interface ReadResult {
  /**
   * Stored batches, concatenated, whole batches only, exactly as appended (except for the base
   * offset and partition leader epoch the broker writes). Empty when nothing is available.
   * The first batch may start before the requested offset (clients skip records below it).
   */
  records: Buffer;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  /** Only for `read_committed`; empty otherwise. */
  abortedTransactions: AbortedTransaction[];
}

/** ListOffsets result; `offset` -1 with timestamp -1 when no record matches (Kafka's answer). */
export interface OffsetAndTimestamp {
  offset: number;
  timestamp: number;
  leaderEpoch: number;
}

/** ListOffsets' special timestamps. */
export const LATEST_TIMESTAMP = -1;
export const EARLIEST_TIMESTAMP = -2;
/** KIP-734: the offset of the record with the largest timestamp. */
export const MAX_TIMESTAMP = -3;

/** A commit or abort marker the transaction coordinator writes (issue 5). */
export interface ControlMarker {
  producerId: number;
  producerEpoch: number;
  type: 'commit' | 'abort';
  coordinatorEpoch: number;
}

/** The log of one partition. All methods are safe to call concurrently; appends are serialised. */
/** One producer of a partition as Kafka's ProducerStateEntry shows it (-1 where none). */
export interface ActiveProducer {
  readonly producerId: number;
  readonly epoch: number;
  /** Sequence of the last record of the last batch, or -1 before any batch. */
  readonly lastSequence: number;
  readonly lastTimestamp: number;
  readonly coordinatorEpoch: number;
  /** First offset of the open transaction, or -1. */
  readonly txnStartOffset: number;
}

export interface PartitionLog {
  readonly topic: string;
  readonly partition: number;
  /** First offset still readable (moved by retention and DeleteRecords). */
  readonly logStartOffset: number;
  /** Offset after the last durable record: what consumers may read (single node: = log end once fsynced). */
  readonly highWatermark: number;
  /** First offset of the earliest open transaction, or the high watermark when none is open. */
  readonly lastStableOffset: number;
  /** Stable across restarts (0 for a new partition; bumped only if leadership were to change). */
  readonly leaderEpoch: number;

  /**
   * Validates and appends the record batches of one Produce request partition (record-batch v2
   * only; magic 0/1 → CORRUPT_MESSAGE). Assigns offsets and LogAppendTime; checks idempotent
   * producer state: a retried batch is acknowledged with its original offsets and not written
   * twice; OUT_OF_ORDER_SEQUENCE_NUMBER / INVALID_PRODUCER_EPOCH as Kafka returns them.
   * Throws `KafkaStorageError`: CORRUPT_MESSAGE (bad CRC, length, magic, record count),
   * MESSAGE_TOO_LARGE (batch over max.message.bytes), INVALID_RECORD (no key on a compacted
   * topic, bad offset deltas, control batch from a client), INVALID_TIMESTAMP,
   * UNSUPPORTED_COMPRESSION_TYPE (unknown codec), KAFKA_STORAGE_ERROR (disk failure).
   * Nothing of a rejected request is written. The broker-owned header fields (base offset,
   * partition leader epoch; with LogAppendTime also attributes, max timestamp and CRC) are
   * rewritten inside `records` itself: do not reuse the buffer while the append runs.
   */
  append(records: Buffer, options?: AppendOptions): Promise<AppendResult>;

  /**
   * Makes everything appended to this partition before the call (including appends still
   * waiting for their turn) durable: one group-commit fsync. The transaction coordinator calls
   * it for every partition of a transaction before PrepareCommit, because transactional
   * batches are acknowledged without waiting for their own fsync. A no-op under interval
   * flushing, which promises nothing between intervals.
   */
  flush(): Promise<void>;

  /**
   * The producers this partition keeps state for (idempotent and transactional), as Kafka's
   * UnifiedLog.activeProducers: what DescribeProducers answers.
   */
  activeProducers(): ActiveProducer[];

  /** Writes a transaction marker (control batch) and updates LSO / aborted index (issue 5). */
  appendControlMarker(marker: ControlMarker, options?: { now?: number }): Promise<AppendResult>;

  /**
   * Reads stored batches from `offset` (which must be in [logStartOffset, highWatermark], else
   * OFFSET_OUT_OF_RANGE) up to `maxBytes` (whole batches; see `minOneBatch`), never past the
   * high watermark (read_uncommitted) or the last stable offset (read_committed).
   */
  read(offset: number, maxBytes: number, options: ReadOptions): Promise<ReadResult>;

  /**
   * ListOffsets: the earliest offset whose timestamp is ≥ `timestamp`, or one of the special
   * values LATEST_TIMESTAMP (-1: HW or LSO), EARLIEST_TIMESTAMP (-2: log start), MAX_TIMESTAMP (-3).
   */
  offsetForTimestamp(timestamp: number, isolation: IsolationLevel): Promise<OffsetAndTimestamp>;

  /**
   * DeleteRecords: moves the log start offset to `beforeOffset` (-1 = high watermark) and
   * deletes whole segments below it. Returns the new low watermark. OFFSET_OUT_OF_RANGE when
   * `beforeOffset` > high watermark.
   */
  deleteRecords(beforeOffset: number): Promise<number>;

  /** OffsetForLeaderEpoch: the end offset of `epoch` (UNDEFINED_EPOCH -1 / offset -1 when unknown). */
  endOffsetForLeaderEpoch(epoch: number): { leaderEpoch: number; endOffset: number };

  /** Called (synchronously, without arguments) whenever the high watermark or LSO advances; returns unsubscribe. Use it to wake long-poll fetches. */
  subscribe(listener: () => void): () => void;

  /** Bytes stored on disk for this partition (DescribeLogDirs, metrics). */
  sizeInBytes(): number;
}

/** How appends reach the disk. */
export type FlushPolicy =
  /** Default: acknowledge only after fsync; concurrent appends share one fsync (group commit). */
  | { mode: 'sync' }
  /**
   * Weaker: acknowledge once written to the OS, fsync every `intervalMs` (Kafka's
   * `log.flush.interval.ms`). A machine crash (not a process crash) can lose the last interval.
   */
  | { mode: 'interval'; intervalMs: number };

export interface LogManagerOptions {
  /** Directory that holds everything: meta.properties, topics, partition folders. */
  dataDir: string;
  /** Child logger for the storage (default: silent). */
  logger?: import('../../common/logger.js').Logger;
  /** Node id written to meta.properties when the data dir is new (default 1); an existing dir keeps its own. */
  nodeId?: number;
  /** Broker-level defaults with Kafka's broker names (`log.retention.ms`, `log.segment.bytes`, `log.cleanup.policy`, `message.max.bytes`, …). */
  brokerConfigs?: Record<string, string | number | boolean>;
  flush?: FlushPolicy;
  /** How often retention and compaction run (default: broker config `log.retention.check.interval.ms`, else 300000). */
  retentionCheckIntervalMs?: number;
}

/** Durable state of the whole broker's storage. */
export interface LogManager {
  /** Generated once (Kafka's 22-char base64url UUID form) and kept in `meta.properties`. */
  readonly clusterId: string;
  /** Kept in `meta.properties` (default 1). */
  readonly nodeId: number;

  /** Creates or opens the data dir; recovers every partition (truncating torn writes). */
  open(): Promise<void>;
  /** Flushes and closes every file; pending appends finish first. */
  close(): Promise<void>;

  listTopics(): TopicInfo[];
  getTopic(name: string): TopicInfo | undefined;
  getTopicById(topicId: string): TopicInfo | undefined;
  /**
   * Creates a topic (durably) with `partitions` ≥ 1 and the given config overrides (validated:
   * INVALID_CONFIG, INVALID_TOPIC_EXCEPTION for a bad name, TOPIC_ALREADY_EXISTS,
   * INVALID_PARTITIONS). With `validateOnly`, checks without creating.
   */
  createTopic(
    name: string,
    partitions: number,
    configs?: TopicConfigs,
    options?: { validateOnly?: boolean },
  ): Promise<TopicInfo>;
  /** Deletes a topic and its files (UNKNOWN_TOPIC_OR_PARTITION when absent). */
  deleteTopic(name: string): Promise<void>;
  /** CreatePartitions: grows to `totalCount` (INVALID_PARTITIONS when not larger). */
  addPartitions(name: string, totalCount: number, options?: { validateOnly?: boolean }): Promise<TopicInfo>;
  /** IncrementalAlterConfigs (or AlterConfigs with `replace`: all overrides become `changes`' sets). */
  alterConfigs(
    name: string,
    changes: ConfigChange[],
    options?: { validateOnly?: boolean; replace?: boolean },
  ): Promise<TopicInfo>;
  /**
   * Replaces the broker-level defaults (Kafka broker names, as `brokerConfigs` at construction):
   * dynamic broker configs. Topics without an override follow at once; a bad value fails with
   * INVALID_CONFIG and changes nothing.
   */
  setBrokerConfigs(brokerConfigs: Record<string, string | number | boolean>): Promise<void>;
  /** The log of one partition (UNKNOWN_TOPIC_OR_PARTITION when absent). */
  partition(topic: string, partition: number): PartitionLog;
  /** Allocates a new producer id, unique across restarts (InitProducerId). */
  allocateProducerId(): Promise<number>;
}
