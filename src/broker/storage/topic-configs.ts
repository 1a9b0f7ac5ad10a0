/**
 * Topic configs with Kafka's names, types and defaults (Kafka's `TopicConfig` / `LogConfig`),
 * the broker-level names that override those defaults (`log.retention.ms` …), validation with
 * INVALID_CONFIG, and the parsed form the log uses.
 */
import { KafkaStorageError } from './errors.js';

export type ConfigType = 'string' | 'list' | 'int' | 'long' | 'double' | 'boolean';

/** One supported topic config, as DescribeConfigs v3+ documents it. */
export interface TopicConfigDef {
  name: string;
  type: ConfigType;
  /** Kafka's default (as a string, the way DescribeConfigs returns it). */
  default: string;
  /** Broker config that overrides the default (DescribeConfigs source DEFAULT_CONFIG vs STATIC_BROKER_CONFIG). */
  brokerName?: string;
  documentation: string;
  /** Allowed values for enumerations / lists. */
  allowed?: readonly string[];
  min?: number;
  max?: number;
}

const LONG_MAX = '9223372036854775807';

/** Every topic config the broker accepts, in Kafka's order of importance. */
export const TOPIC_CONFIG_DEFS: readonly TopicConfigDef[] = [
  {
    name: 'cleanup.policy',
    type: 'list',
    default: 'delete',
    brokerName: 'log.cleanup.policy',
    allowed: ['delete', 'compact'],
    documentation: 'delete old segments by time/size, compact to the latest value per key, or both',
  },
  {
    name: 'compression.type',
    type: 'string',
    default: 'producer',
    brokerName: 'compression.type',
    allowed: ['producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd'],
    documentation:
      '"producer" stores batches as the producer compressed them; a codec name recompresses batches that use another',
  },
  {
    name: 'delete.retention.ms',
    type: 'long',
    default: '86400000',
    brokerName: 'log.cleaner.delete.retention.ms',
    min: 0,
    documentation: 'how long tombstones are kept on compacted topics',
  },
  {
    name: 'file.delete.delay.ms',
    type: 'long',
    default: '60000',
    brokerName: 'log.segment.delete.delay.ms',
    min: 0,
    documentation: 'accepted for compatibility; segments are deleted at once',
  },
  {
    name: 'flush.messages',
    type: 'long',
    default: LONG_MAX,
    brokerName: 'log.flush.interval.messages',
    min: 1,
    documentation: 'accepted for compatibility; see the broker flush policy',
  },
  {
    name: 'flush.ms',
    type: 'long',
    default: LONG_MAX,
    brokerName: 'log.flush.interval.ms',
    min: 0,
    documentation: 'accepted for compatibility; see the broker flush policy',
  },
  {
    name: 'index.interval.bytes',
    type: 'int',
    default: '4096',
    brokerName: 'log.index.interval.bytes',
    min: 0,
    documentation: 'bytes between sparse offset/time index entries',
  },
  {
    name: 'max.compaction.lag.ms',
    type: 'long',
    default: LONG_MAX,
    brokerName: 'log.cleaner.max.compaction.lag.ms',
    min: 1,
    documentation: 'longest time a record stays uncompacted',
  },
  {
    name: 'max.message.bytes',
    type: 'int',
    default: '1048588',
    brokerName: 'message.max.bytes',
    min: 0,
    documentation: 'largest record batch accepted',
  },
  {
    name: 'message.timestamp.type',
    type: 'string',
    default: 'CreateTime',
    brokerName: 'log.message.timestamp.type',
    allowed: ['CreateTime', 'LogAppendTime'],
    documentation: 'producer timestamp or broker append time',
  },
  {
    name: 'message.timestamp.difference.max.ms',
    type: 'long',
    default: LONG_MAX,
    brokerName: 'log.message.timestamp.difference.max.ms',
    min: 0,
    documentation: 'largest allowed |timestamp - now| for CreateTime (deprecated in Kafka 3.6)',
  },
  {
    name: 'message.timestamp.before.max.ms',
    type: 'long',
    default: LONG_MAX,
    brokerName: 'log.message.timestamp.before.max.ms',
    min: 0,
    documentation: 'largest allowed now - timestamp for CreateTime (KIP-937)',
  },
  {
    name: 'message.timestamp.after.max.ms',
    type: 'long',
    default: LONG_MAX,
    brokerName: 'log.message.timestamp.after.max.ms',
    min: 0,
    documentation: 'largest allowed timestamp - now for CreateTime (KIP-937)',
  },
  {
    name: 'min.cleanable.dirty.ratio',
    type: 'double',
    default: '0.5',
    brokerName: 'log.cleaner.min.cleanable.ratio',
    min: 0,
    documentation: 'dirty share of the log that triggers compaction',
  },
  {
    name: 'min.compaction.lag.ms',
    type: 'long',
    default: '0',
    brokerName: 'log.cleaner.min.compaction.lag.ms',
    min: 0,
    documentation: 'shortest time a record stays uncompacted',
  },
  {
    name: 'min.insync.replicas',
    type: 'int',
    default: '1',
    brokerName: 'min.insync.replicas',
    min: 1,
    documentation: 'single node: always satisfied',
  },
  {
    name: 'preallocate',
    type: 'boolean',
    default: 'false',
    brokerName: 'log.preallocate',
    documentation: 'accepted for compatibility',
  },
  {
    name: 'retention.bytes',
    type: 'long',
    default: '-1',
    brokerName: 'log.retention.bytes',
    min: -1,
    documentation: 'largest partition size before old segments are deleted (-1: no limit)',
  },
  {
    name: 'retention.ms',
    type: 'long',
    default: '604800000',
    brokerName: 'log.retention.ms',
    min: -1,
    documentation: 'longest time a segment is kept (-1: forever)',
  },
  {
    name: 'segment.bytes',
    type: 'int',
    default: '1073741824',
    brokerName: 'log.segment.bytes',
    min: 14,
    documentation: 'segment file size that triggers a roll',
  },
  {
    name: 'segment.index.bytes',
    type: 'int',
    default: '10485760',
    brokerName: 'log.index.size.max.bytes',
    min: 8,
    documentation: 'largest index file',
  },
  {
    name: 'segment.jitter.ms',
    type: 'long',
    default: '0',
    brokerName: 'log.roll.jitter.ms',
    min: 0,
    documentation: 'accepted for compatibility',
  },
  {
    name: 'segment.ms',
    type: 'long',
    default: '604800000',
    brokerName: 'log.roll.ms',
    min: 1,
    documentation: 'segment age that triggers a roll',
  },
  {
    name: 'unclean.leader.election.enable',
    type: 'boolean',
    default: 'false',
    brokerName: 'unclean.leader.election.enable',
    documentation: 'single node: no effect',
  },
  // Kafka 3.9 topic configs with no effect on one node without tiered storage, replication
  // throttles or down-conversion; accepted (and described) so that tools which set or read
  // them work unchanged.
  ...inert('compression.gzip.level', 'int', '-1', 'compression.gzip.level', -1, 9),
  ...inert('compression.lz4.level', 'int', '9', 'compression.lz4.level', 1, 17),
  ...inert('compression.zstd.level', 'int', '3', 'compression.zstd.level', -131072, 22),
  ...inert('follower.replication.throttled.replicas', 'string', ''),
  ...inert('leader.replication.throttled.replicas', 'string', ''),
  ...inert('local.retention.bytes', 'long', '-2', 'log.local.retention.bytes', -2),
  ...inert('local.retention.ms', 'long', '-2', 'log.local.retention.ms', -2),
  ...inert('message.downconversion.enable', 'boolean', 'true', 'log.message.downconversion.enable'),
  ...inert('message.format.version', 'string', '3.0-IV1', 'log.message.format.version'),
  ...inert('remote.log.copy.disable', 'boolean', 'false'),
  ...inert('remote.log.delete.on.disable', 'boolean', 'false'),
  ...inert('remote.storage.enable', 'boolean', 'false'),
];

/** A config Kafka defines that changes nothing here (see above). */
function inert(
  name: string,
  type: ConfigType,
  def: string,
  brokerName?: string,
  min?: number,
  max?: number,
): TopicConfigDef[] {
  return [
    {
      name,
      type,
      default: def,
      brokerName,
      min,
      max,
      documentation: 'accepted for compatibility; no effect',
    },
  ];
}

const DEFS = new Map(TOPIC_CONFIG_DEFS.map((d) => [d.name, d]));

/** The definition of a topic config, or undefined when Kafka has no such topic config. */
export function topicConfigDef(name: string): TopicConfigDef | undefined {
  return DEFS.get(name);
}

/** Checks one value; throws INVALID_CONFIG naming the config and what is allowed. */
export function validateTopicConfig(name: string, value: string): void {
  const def = DEFS.get(name);
  if (!def) throw new KafkaStorageError('INVALID_CONFIG', `Unknown topic config name: ${name}`);
  const bad = (why: string): never => {
    throw new KafkaStorageError('INVALID_CONFIG', `Invalid value ${value} for configuration ${name}: ${why}`);
  };
  switch (def.type) {
    case 'int':
    case 'long': {
      // Kafka's ConfigDef wording (parseType, Range), which clients show verbatim.
      const typeName = def.type === 'int' ? 'INT' : 'LONG';
      if (!/^-?\d+$/.test(value.trim())) bad(`Not a number of type ${typeName}`);
      const n = Number(value.trim());
      if (def.type === 'int' && (n > 2147483647 || n < -2147483648)) bad('Not a number of type INT');
      if (def.min !== undefined && n < def.min) bad(`Value must be at least ${def.min}`);
      if (def.max !== undefined && n > def.max) bad(`Value must be no more than ${def.max}`);
      break;
    }
    case 'double': {
      const n = Number(value.trim());
      if (value.trim() === '' || !Number.isFinite(n)) bad('Not a number of type DOUBLE');
      if (def.min !== undefined && n < def.min) bad(`Value must be at least ${def.min}`);
      if (name === 'min.cleanable.dirty.ratio' && n > 1) bad('Value must be no more than 1');
      break;
    }
    case 'boolean':
      if (!/^(true|false)$/i.test(value.trim())) bad('Expected value to be either true or false');
      break;
    case 'list': {
      const items = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      if (items.length === 0) bad(`expected one or more of ${def.allowed?.join(', ')}`);
      for (const item of items)
        if (def.allowed && !def.allowed.includes(item))
          bad(`String must be one of: ${def.allowed.join(', ')}`);
      break;
    }
    case 'string':
      if (def.allowed && !def.allowed.includes(value.trim()))
        bad(`String must be one of: ${def.allowed.join(', ')}`);
      break;
  }
}

/** Validates a whole override map (CreateTopics / AlterConfigs). */
export function validateTopicConfigs(configs: Record<string, string>): void {
  for (const [name, value] of Object.entries(configs)) {
    if (value === null || value === undefined)
      throw new KafkaStorageError('INVALID_CONFIG', `Null value not supported for topic config ${name}`);
    validateTopicConfig(name, String(value));
  }
}

/** Broker-level defaults (Kafka broker names) → topic-config defaults; bad values fail with INVALID_CONFIG. */
export function brokerDefaults(
  brokerConfigs: Record<string, string | number | boolean> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const def of TOPIC_CONFIG_DEFS) {
    out[def.name] = def.default;
    if (def.brokerName && brokerConfigs[def.brokerName] !== undefined) {
      const v = String(brokerConfigs[def.brokerName]);
      validateTopicConfig(def.name, v);
      out[def.name] = v;
    }
  }
  // Kafka also takes log.retention.hours/minutes and log.roll.hours when the ms form is absent.
  if (brokerConfigs['log.retention.ms'] === undefined) {
    if (brokerConfigs['log.retention.minutes'] !== undefined)
      out['retention.ms'] = String(Number(brokerConfigs['log.retention.minutes']) * 60000);
    else if (brokerConfigs['log.retention.hours'] !== undefined)
      out['retention.ms'] = String(Number(brokerConfigs['log.retention.hours']) * 3600000);
  }
  if (brokerConfigs['log.roll.ms'] === undefined && brokerConfigs['log.roll.hours'] !== undefined) {
    out['segment.ms'] = String(Number(brokerConfigs['log.roll.hours']) * 3600000);
  }
  return out;
}

/** The parsed configs one partition log works with. */
export interface LogConfig {
  compact: boolean;
  deleteByRetention: boolean;
  retentionMs: number;
  retentionBytes: number;
  segmentBytes: number;
  segmentMs: number;
  segmentIndexBytes: number;
  indexIntervalBytes: number;
  maxMessageBytes: number;
  logAppendTime: boolean;
  timestampDifferenceMaxMs: number;
  timestampBeforeMaxMs: number;
  timestampAfterMaxMs: number;
  /** Codec id batches are recompressed to, or undefined for compression.type=producer. */
  compression: number | undefined;
  minCompactionLagMs: number;
  deleteRetentionMs: number;
  minCleanableDirtyRatio: number;
  maxCompactionLagMs: number;
}

const CODECS: Record<string, number | undefined> = {
  producer: undefined,
  uncompressed: 0,
  gzip: 1,
  snappy: 2,
  lz4: 3,
  zstd: 4,
};

const num = (s: string): number => {
  const n = Number(s);
  return n > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : n;
};

/** Effective configs (defaults + overrides) → the log's parsed form. */
export function parseLogConfig(effective: Record<string, string>): LogConfig {
  const policy = (effective['cleanup.policy'] ?? 'delete').split(',').map((s) => s.trim());
  return {
    compact: policy.includes('compact'),
    deleteByRetention: policy.includes('delete'),
    retentionMs: num(effective['retention.ms']!),
    retentionBytes: num(effective['retention.bytes']!),
    segmentBytes: num(effective['segment.bytes']!),
    segmentMs: num(effective['segment.ms']!),
    segmentIndexBytes: num(effective['segment.index.bytes']!),
    indexIntervalBytes: num(effective['index.interval.bytes']!),
    maxMessageBytes: num(effective['max.message.bytes']!),
    logAppendTime: effective['message.timestamp.type'] === 'LogAppendTime',
    timestampDifferenceMaxMs: num(effective['message.timestamp.difference.max.ms']!),
    timestampBeforeMaxMs: num(
      effective['message.timestamp.before.max.ms'] ?? String(Number.MAX_SAFE_INTEGER),
    ),
    timestampAfterMaxMs: num(effective['message.timestamp.after.max.ms'] ?? String(Number.MAX_SAFE_INTEGER)),
    compression: CODECS[effective['compression.type'] ?? 'producer'],
    minCompactionLagMs: num(effective['min.compaction.lag.ms']!),
    deleteRetentionMs: num(effective['delete.retention.ms']!),
    minCleanableDirtyRatio: Number(effective['min.cleanable.dirty.ratio']),
    maxCompactionLagMs: num(effective['max.compaction.lag.ms']!),
  };
}
