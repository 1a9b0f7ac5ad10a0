/**
 * The broker's storage as a whole: `meta.properties` (cluster id, node id), `topics.json`
 * (names, stable topic ids, partition counts, config overrides), the producer-id block, one
 * PartitionLogImpl per partition folder, the shared group commit, and the background work
 * (retention, compaction, segment.ms rolls, interval flushing). See types.ts for the contract.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { ConfigError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { compactLog } from './compaction.js';
import { KafkaStorageError } from './errors.js';
import { atomicWrite, failedAfterRename, fsyncDir, partitionDir } from './files.js';
import { GroupCommit } from './group-commit.js';
import { PartitionLogImpl } from './partition-log.js';
import { IndexCache } from './segment.js';
import { readIfExists } from './sparse-index.js';
import {
  brokerDefaults,
  parseLogConfig,
  topicConfigDef,
  validateTopicConfigs,
  type LogConfig,
} from './topic-configs.js';
import type {
  ConfigChange,
  FlushPolicy,
  LogManager,
  LogManagerOptions,
  PartitionLog,
  TopicConfigs,
  TopicInfo,
} from './types.js';

/** Partitions created at once by createTopic / addPartitions. */
const PARTITION_CREATE_CONCURRENCY = 16;

const INTERNAL_TOPICS = new Set(['__consumer_offsets', '__transaction_state']);
const CLEAN_SHUTDOWN = '.clean-shutdown';
const PRODUCER_ID_BLOCK = 1000;

interface TopicState {
  name: string;
  topicId: string;
  partitions: number;
  configs: TopicConfigs;
  parsed: LogConfig;
  logs: PartitionLogImpl[];
}

/** Kafka's UUID text form for cluster ids: 22 chars of unpadded base64url. */
function kafkaUuid(): string {
  return Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64url');
}

function uuidBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

/** Kafka's topic name rules (Topic.validate). */
export function validateTopicName(name: string): void {
  const bad = (why: string): never => {
    throw new KafkaStorageError('INVALID_TOPIC_EXCEPTION', `invalid topic name '${name}': ${why}`);
  };
  if (name.length === 0) bad('the name is empty');
  if (name === '.' || name === '..') bad('"." and ".." are not allowed');
  if (name.length > 249) bad('longer than 249 characters');
  if (!/^[a-zA-Z0-9._-]+$/.test(name)) bad("only ASCII letters, digits, '.', '_' and '-' are allowed");
}

export class LogManagerImpl implements LogManager {
  clusterId = '';
  nodeId = 1;
  readonly groupCommit = new GroupCommit();
  private readonly topics = new Map<string, TopicState>();
  private readonly dataDir: string;
  private readonly logger: Logger;
  private readonly flush: FlushPolicy;
  private defaults: Record<string, string>;
  private readonly cache = new IndexCache(64);
  private timers: NodeJS.Timeout[] = [];
  private background: Promise<void> | undefined;
  private nextProducerId = 0;
  private producerIdLimit = 0;
  private metaLock: Promise<unknown> = Promise.resolve();
  private opened = false;

  constructor(private readonly options: LogManagerOptions) {
    this.dataDir = options.dataDir;
    this.logger = options.logger ?? pino({ level: 'silent' });
    this.flush = options.flush ?? { mode: 'sync' };
    if (this.flush.mode === 'interval' && !(this.flush.intervalMs > 0))
      throw new ConfigError(`flush interval must be a positive number of ms, got ${this.flush.intervalMs}`);
    try {
      this.defaults = brokerDefaults(options.brokerConfigs);
    } catch (err) {
      throw new ConfigError(`broker storage config: ${(err as Error).message}`);
    }
  }

  /** Serialises metadata changes (topics.json writes). */
  private meta<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.metaLock.then(fn, fn);
    this.metaLock = run.catch(() => undefined);
    return run;
  }

  async open(): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    await this.takeLock();
    await this.loadMeta();
    const clean = (await readIfExists(join(this.dataDir, CLEAN_SHUTDOWN))) !== undefined;
    const topicsPath = join(this.dataDir, 'topics.json');
    const topicsFile = await readIfExists(topicsPath);
    const stored = topicsFile ? parseTopicList(topicsFile.toString('utf8'), topicsPath) : [];
    for (const t of stored) {
      const state: TopicState = {
        ...t,
        parsed: parseLogConfig({ ...this.defaults, ...t.configs }),
        logs: [],
      };
      this.topics.set(t.name, state);
      for (let p = 0; p < t.partitions; p++) state.logs.push(await this.openPartition(state, p, clean));
    }
    await this.removeStrayDirs();
    if (clean) {
      await unlink(join(this.dataDir, CLEAN_SHUTDOWN));
      await fsyncDir(this.dataDir);
    }
    this.opened = true;
    const fromBroker = Number(this.options.brokerConfigs?.['log.retention.check.interval.ms']);
    const interval = this.options.retentionCheckIntervalMs ?? (fromBroker > 0 ? fromBroker : 300_000);
    this.timers.push(setInterval(() => void this.runBackground(), interval).unref());
    if (this.flush.mode === 'interval')
      this.timers.push(setInterval(() => void this.flushAll(), this.flush.intervalMs).unref());
    this.logger.info(
      { dataDir: this.dataDir, topics: this.topics.size, clean, flush: this.flush.mode },
      'log storage open',
    );
  }

  private async takeLock(): Promise<void> {
    const lockPath = join(this.dataDir, '.lock');
    const prev = await readIfExists(lockPath);
    const pid = prev ? Number(prev.toString().trim()) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid) {
      let alive = false;
      try {
        process.kill(pid, 0);
        alive = true;
      } catch {
        alive = false;
      }
      if (alive)
        throw new ConfigError(
          `data dir ${this.dataDir} is in use by process ${pid} (remove ${lockPath} if that is wrong)`,
        );
    }
    await atomicWrite(lockPath, `${process.pid}\n`);
  }

  private async loadMeta(): Promise<void> {
    const path = join(this.dataDir, 'meta.properties');
    const text = (await readIfExists(path))?.toString();
    if (text) {
      const props = Object.fromEntries(
        text
          .split('\n')
          .filter((l) => l.includes('=') && !l.startsWith('#'))
          .map((l) => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]),
      );
      this.clusterId = props['cluster.id'] ?? '';
      this.nodeId = Number(props['node.id'] ?? 1);
      if (!this.clusterId || !Number.isInteger(this.nodeId))
        throw new ConfigError(`${path} is damaged: expected cluster.id and node.id`);
    } else {
      this.clusterId = kafkaUuid();
      this.nodeId = this.options.nodeId ?? 1;
      await atomicWrite(
        path,
        `#Written by Eddy's broker; do not edit\nversion=1\ncluster.id=${this.clusterId}\nnode.id=${this.nodeId}\n`,
      );
    }
    const ids = await readIfExists(join(this.dataDir, 'producer-id-block'));
    this.nextProducerId = this.producerIdLimit = ids ? Number(ids.toString().trim()) || 0 : 0;
  }

  setBrokerConfigs(brokerConfigs: Record<string, string | number | boolean>): Promise<void> {
    return this.meta(async () => {
      // Validated before anything changes; the partition logs read t.parsed on every use.
      const defaults = brokerDefaults(brokerConfigs);
      const parsed = [...this.topics.values()].map((t) => parseLogConfig({ ...defaults, ...t.configs }));
      this.defaults = defaults;
      [...this.topics.values()].forEach((t, i) => (t.parsed = parsed[i]!));
    });
  }

  /**
   * Creates partitions [from, to) of `t` afresh, a few at a time: each costs three fsyncs, and
   * one after another the 50 partitions of `__transaction_state` (created by the first
   * FindCoordinator for a transactional id) kept a client's init_transactions waiting 0.4–6.4 s
   * on a loaded 2-core machine; concurrent fsyncs share the file system's journal commits.
   */
  private async createPartitions(t: TopicState, from: number, to: number): Promise<PartitionLogImpl[]> {
    const logs: PartitionLogImpl[] = [];
    for (let start = from; start < to; start += PARTITION_CREATE_CONCURRENCY) {
      const end = Math.min(to, start + PARTITION_CREATE_CONCURRENCY);
      const batch: Promise<PartitionLogImpl>[] = [];
      for (let p = start; p < end; p++) {
        batch.push(
          rm(partitionDir(this.dataDir, t.name, p), { recursive: true, force: true }).then(() =>
            this.openPartition(t, p, false),
          ),
        );
      }
      // All settled, so that no partition of the batch is still being opened when the opened
      // ones are discarded below.
      const settled = await Promise.allSettled(batch);
      for (const r of settled) if (r.status === 'fulfilled') logs.push(r.value);
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) {
        await this.discardPartitions(t, logs, from, end);
        throw failed.reason;
      }
    }
    return logs;
  }

  /**
   * Undoes {@link createPartitions}: Kafka creates a topic's new partitions all or none (one
   * metadata record batch), so partitions [from, to) that were made before a failure are closed,
   * forgotten and their folders removed. A failure here is logged: the next start removes
   * folders beyond topics.json's partition count (removeStrayDirs).
   */
  private async discardPartitions(
    t: TopicState,
    logs: readonly PartitionLogImpl[],
    from: number,
    to: number,
  ): Promise<void> {
    await this.closePartitions(logs);
    for (let p = from; p < to; p++) {
      await rm(partitionDir(this.dataDir, t.name, p), { recursive: true, force: true }).catch(
        (err: unknown) =>
          this.logger.warn(
            { topic: t.name, partition: p, err },
            'could not remove the folder of a partition not created',
          ),
      );
    }
  }

  /** Closes logs that will not be served (their folders are left as they are). */
  private async closePartitions(logs: readonly PartitionLogImpl[]): Promise<void> {
    for (const log of logs) {
      await log.abandon().catch(() => undefined);
      for (const seg of log.segments) this.cache.forget(seg);
    }
  }

  /**
   * Writes topics.json with `pending` (a topic created, or grown to partitions [from, to) whose
   * logs are `logs`); on failure the new partitions are undone and the error thrown. A write
   * that failed after its rename (the folder's fsync) may have left a file that lists them, and
   * the file is the truth at the next start: it is first written back without them, and only
   * once that write is durable are their folders removed. If it fails too, the folders stay
   * (their logs closed): a next start that reads them listed finds them whole, one that does
   * not removes them (removeStrayDirs).
   */
  private async saveNewPartitions(
    pending: TopicState,
    logs: readonly PartitionLogImpl[],
    from: number,
    to: number,
  ): Promise<void> {
    try {
      await this.saveTopics(pending);
    } catch (err) {
      try {
        if (failedAfterRename(err)) await this.saveTopics();
      } catch (again) {
        this.logger.warn(
          { topic: pending.name, partitions: `${from}..${to - 1}`, err: again },
          'topics.json could not be written back: the new partitions stay on disk for the next start',
        );
        await this.closePartitions(logs);
        throw err;
      }
      await this.discardPartitions(pending, logs, from, to);
      throw err;
    }
  }

  private openPartition(t: TopicState, p: number, clean: boolean): Promise<PartitionLogImpl> {
    return PartitionLogImpl.open(
      {
        dir: partitionDir(this.dataDir, t.name, p),
        topic: t.name,
        partition: p,
        config: () => t.parsed,
        cache: this.cache,
        groupCommit: this.groupCommit,
        flush: this.flush,
        logger: this.logger,
      },
      { clean },
    );
  }

  /** Partition folders of deleted topics (a crash during DeleteTopics) are removed. */
  private async removeStrayDirs(): Promise<void> {
    for (const entry of await readdir(this.dataDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const m = /^(.+)-(\d+)$/.exec(entry.name);
      const t = m ? this.topics.get(m[1]!) : undefined;
      const stray = entry.name.endsWith('-delete') || (m !== null && (!t || Number(m[2]) >= t.partitions));
      if (!stray) continue;
      this.logger.warn({ dir: entry.name }, 'removing the folder of a deleted topic');
      await rm(join(this.dataDir, entry.name), { recursive: true, force: true });
    }
  }

  /** Writes topics.json: the topics, with `pending` (a topic being created or grown) as given. */
  private async saveTopics(pending?: TopicState): Promise<void> {
    const all = [...this.topics.values()].map((t) => (t.name === pending?.name ? pending : t));
    if (pending !== undefined && !this.topics.has(pending.name)) all.push(pending);
    const topics = all.map((t) => ({
      name: t.name,
      topicId: t.topicId,
      partitions: t.partitions,
      configs: t.configs,
    }));
    await atomicWrite(join(this.dataDir, 'topics.json'), JSON.stringify({ version: 1, topics }, null, 1));
  }

  private info(t: TopicState): TopicInfo {
    return {
      name: t.name,
      topicId: t.topicId,
      topicIdBytes: uuidBytes(t.topicId),
      partitions: t.partitions,
      configs: { ...t.configs },
      effectiveConfigs: { ...this.defaults, ...t.configs },
      internal: INTERNAL_TOPICS.has(t.name),
    };
  }

  listTopics(): TopicInfo[] {
    return [...this.topics.values()].map((t) => this.info(t));
  }

  getTopic(name: string): TopicInfo | undefined {
    const t = this.topics.get(name);
    return t && this.info(t);
  }

  getTopicById(topicId: string): TopicInfo | undefined {
    const want = topicId.replace(/-/g, '').toLowerCase();
    for (const t of this.topics.values()) if (t.topicId.replace(/-/g, '') === want) return this.info(t);
    return undefined;
  }

  private requireTopic(name: string): TopicState {
    const t = this.topics.get(name);
    if (!t)
      throw new KafkaStorageError('UNKNOWN_TOPIC_OR_PARTITION', `this server does not host topic '${name}'`);
    return t;
  }

  createTopic(
    name: string,
    partitions: number,
    configs: TopicConfigs = {},
    options: { validateOnly?: boolean } = {},
  ): Promise<TopicInfo> {
    return this.meta(async () => {
      validateTopicName(name);
      if (this.topics.has(name))
        throw new KafkaStorageError('TOPIC_ALREADY_EXISTS', `topic '${name}' already exists`);
      const collides = [...this.topics.keys()].find(
        (n) => n.replace(/\./g, '_') === name.replace(/\./g, '_'),
      );
      if (collides)
        throw new KafkaStorageError(
          'INVALID_TOPIC_EXCEPTION',
          `topic '${name}' collides with existing topic: ${collides}`,
        );
      if (!Number.isInteger(partitions) || partitions <= 0)
        throw new KafkaStorageError('INVALID_PARTITIONS', 'number of partitions must be larger than 0');
      if (partitions > 10_000)
        throw new KafkaStorageError(
          'INVALID_PARTITIONS',
          `number of partitions ${partitions} is over this broker's limit of 10000`,
        );
      validateTopicConfigs(configs);
      const state: TopicState = {
        name,
        topicId: randomUUID(),
        partitions,
        configs: { ...configs },
        parsed: parseLogConfig({ ...this.defaults, ...configs }),
        logs: [],
      };
      if (options.validateOnly) return this.info(state);
      state.logs.push(...(await this.createPartitions(state, 0, partitions)));
      // Listed only once topics.json holds it (Kafka's metadata record is committed first), so
      // no client produces to a topic that a failed save then takes away.
      await this.saveNewPartitions(state, state.logs, 0, partitions);
      this.topics.set(name, state);
      this.logger.info({ topic: name, partitions, topicId: state.topicId }, 'topic created');
      return this.info(state);
    });
  }

  deleteTopic(name: string): Promise<void> {
    return this.meta(async () => {
      const t = this.requireTopic(name);
      this.topics.delete(name);
      try {
        await this.saveTopics();
      } catch (err) {
        // topics.json, the truth at the next start, may still list the topic: its data stays.
        // Before the rename the file is unchanged, so the topic is served again; after it (the
        // folder's fsync) the file most likely no longer lists it: it is closed, and the next
        // start removes its folders unless the old file is the one that survived.
        if (failedAfterRename(err)) await this.closePartitions(t.logs);
        else this.topics.set(name, t);
        throw err;
      }
      await this.closePartitions(t.logs);
      for (let p = 0; p < t.partitions; p++) {
        const dir = partitionDir(this.dataDir, name, p);
        const gone = `${dir}.${t.topicId.replace(/-/g, '')}-delete`;
        await rename(dir, gone).catch(() => undefined);
        await rm(gone, { recursive: true, force: true });
      }
      await fsyncDir(this.dataDir);
      this.logger.info({ topic: name }, 'topic deleted');
    });
  }

  addPartitions(
    name: string,
    totalCount: number,
    options: { validateOnly?: boolean } = {},
  ): Promise<TopicInfo> {
    return this.meta(async () => {
      const t = this.requireTopic(name);
      if (!Number.isInteger(totalCount) || totalCount <= t.partitions) {
        throw new KafkaStorageError(
          'INVALID_PARTITIONS',
          `topic currently has ${t.partitions} partitions, which is higher than the requested ${totalCount}.`,
        );
      }
      if (options.validateOnly) return { ...this.info(t), partitions: totalCount };
      const added = await this.createPartitions(t, t.partitions, totalCount);
      // The new partitions are served only once topics.json counts them (as in createTopic).
      await this.saveNewPartitions({ ...t, partitions: totalCount }, added, t.partitions, totalCount);
      t.logs.push(...added);
      t.partitions = totalCount;
      return this.info(t);
    });
  }

  alterConfigs(
    name: string,
    changes: ConfigChange[],
    options: { validateOnly?: boolean; replace?: boolean } = {},
  ): Promise<TopicInfo> {
    return this.meta(async () => {
      const t = this.requireTopic(name);
      const next: TopicConfigs = options.replace ? {} : { ...t.configs };
      for (const c of changes) {
        const def = topicConfigDef(c.name);
        if (!def) throw new KafkaStorageError('INVALID_CONFIG', `Unknown topic config name: ${c.name}`);
        const current = (next[c.name] ?? this.defaults[c.name] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const items = (c.value ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        switch (c.op) {
          case 'set':
            if (c.value == null)
              throw new KafkaStorageError(
                'INVALID_CONFIG',
                `Null value not supported for topic config ${c.name}`,
              );
            next[c.name] = c.value;
            break;
          case 'delete':
            delete next[c.name];
            break;
          case 'append':
          case 'subtract':
            if (def.type !== 'list')
              throw new KafkaStorageError(
                'INVALID_CONFIG',
                `config value append/subtract is not allowed for config key ${c.name} (not a list)`,
              );
            next[c.name] = (
              c.op === 'append'
                ? [...current, ...items.filter((i) => !current.includes(i))]
                : current.filter((i) => !items.includes(i))
            ).join(',');
            if (next[c.name] === '')
              throw new KafkaStorageError('INVALID_CONFIG', `${c.name} cannot be empty`);
            break;
        }
      }
      validateTopicConfigs(next);
      if (options.validateOnly)
        return { ...this.info(t), configs: next, effectiveConfigs: { ...this.defaults, ...next } };
      // Applied once topics.json holds them, so a failed write changes nothing (as in createTopic).
      const parsed = parseLogConfig({ ...this.defaults, ...next });
      try {
        await this.saveTopics({ ...t, configs: next });
      } catch (err) {
        if (failedAfterRename(err))
          await this.saveTopics().catch((again: unknown) =>
            this.logger.warn({ topic: name, err: again }, 'topics.json could not be written back'),
          );
        throw err;
      }
      t.configs = next;
      t.parsed = parsed;
      return this.info(t);
    });
  }

  partition(topic: string, partition: number): PartitionLog {
    return this.partitionImpl(topic, partition);
  }

  /** The implementation object (tests, compaction, metrics). */
  partitionImpl(topic: string, partition: number): PartitionLogImpl {
    const t = this.requireTopic(topic);
    const log = t.logs[partition];
    if (!log)
      throw new KafkaStorageError(
        'UNKNOWN_TOPIC_OR_PARTITION',
        `topic '${topic}' has no partition ${partition}`,
      );
    return log;
  }

  allocateProducerId(): Promise<number> {
    return this.meta(async () => {
      if (this.nextProducerId >= this.producerIdLimit) {
        this.producerIdLimit = this.nextProducerId + PRODUCER_ID_BLOCK;
        await atomicWrite(join(this.dataDir, 'producer-id-block'), `${this.producerIdLimit}\n`);
      }
      return this.nextProducerId++;
    });
  }

  /** Retention, segment.ms rolls and compaction over every partition, once (also run by the timer). */
  runBackground(now = Date.now()): Promise<void> {
    if (this.background) return this.background;
    this.background = (async () => {
      for (const t of [...this.topics.values()]) {
        for (const log of t.logs) {
          if (!this.opened || !this.topics.has(t.name)) break;
          try {
            await log.enforceRetention(now);
            const r = await compactLog(log, now);
            if (r) this.logger.info({ topic: t.name, partition: log.partition, ...r }, 'compacted');
          } catch (err) {
            this.logger.error(
              { err, topic: t.name, partition: log.partition },
              'retention/compaction failed',
            );
          }
        }
      }
    })().finally(() => (this.background = undefined));
    return this.background;
  }

  private async flushAll(): Promise<void> {
    for (const t of this.topics.values())
      for (const log of t.logs)
        await log.sync().catch((err: unknown) => this.logger.error({ err }, 'interval flush failed'));
  }

  async close(): Promise<void> {
    if (!this.opened) return;
    this.opened = false;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.background;
    await this.metaLock;
    for (const t of this.topics.values()) for (const log of t.logs) await log.close();
    await atomicWrite(join(this.dataDir, CLEAN_SHUTDOWN), `${new Date().toISOString()}\n`);
    await unlink(join(this.dataDir, '.lock')).catch(() => undefined);
    this.topics.clear();
    this.logger.info('log storage closed');
  }
}

interface StoredTopic {
  name: string;
  topicId: string;
  partitions: number;
  configs: TopicConfigs;
}

/**
 * The topic list of topics.json. The broker writes it only by atomicWrite, so a file that does
 * not parse was damaged outside the broker: the start fails naming the file (not a bare
 * SyntaxError), and nothing is rewritten, so the partitions' data stay as they are.
 */
function parseTopicList(text: string, path: string): StoredTopic[] {
  const damaged = (why: string): ConfigError =>
    new ConfigError(
      `${path} is damaged (${why}); restore it from a backup: the broker cannot tell its topics without it`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw damaged((e as Error).message);
  }
  const topics = (raw as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(topics)) throw damaged('no "topics" list');
  for (const [i, t] of topics.entries()) {
    const x = t as Partial<StoredTopic> | null;
    if (
      typeof x?.name !== 'string' ||
      typeof x.topicId !== 'string' ||
      !Number.isInteger(x.partitions) ||
      (x.partitions as number) < 1 ||
      typeof x.configs !== 'object' ||
      x.configs === null
    )
      throw damaged(`topic ${i} is not {name, topicId, partitions, configs}`);
  }
  return topics as StoredTopic[];
}
