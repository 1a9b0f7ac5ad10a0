/**
 * Broker settings with Kafka's names, from the config file's `broker:` map. The `log.*` and
 * other storage names are passed through to the LogManager as broker-level defaults; a name
 * the broker does not know is refused (ConfigError with a did-you-mean).
 *
 * @example
 * parseBrokerSettings({ 'auto.create.topics.enable': false, 'num.partitions': 3 }, { host: '127.0.0.1', port: 0 });
 */
import { didYouMean } from '../common/closest-name.js';
import { ConfigError } from '../common/errors.js';
import {
  isSecuritySetting,
  parseSecuritySettings,
  SECURITY_SETTING_NAMES,
  type SecuritySettings,
} from './security/config.js';
import { TOPIC_CONFIG_DEFS } from './storage/topic-configs.js';
import type { FlushPolicy } from './storage/types.js';

export interface BrokerSettings {
  /** Interface to bind. */
  host: string;
  /** Port to bind (0 = chosen by the OS). */
  port: number;
  /** Host clients are told to connect to (default: the bound host, or 127.0.0.1 for 0.0.0.0). */
  advertisedHost?: string;
  /** Port clients are told (default: the bound port). */
  advertisedPort?: number;
  autoCreateTopics: boolean;
  numPartitions: number;
  /** socket.request.max.bytes: larger frames close the connection. */
  maxFrameBytes: number;
  /** queued.max.request.bytes: total bytes of unanswered requests before reading pauses. */
  maxInflightBytes: number;
  /** queued.max.request.bytes.per.connection (Eddy's own): unanswered request bytes per connection before its reading pauses; at least socket.request.max.bytes. */
  maxInflightBytesPerConnection: number;
  /** connections.max.idle.ms */
  idleTimeoutMs: number;
  groupMinSessionTimeoutMs: number;
  groupMaxSessionTimeoutMs: number;
  groupInitialRebalanceDelayMs: number;
  offsetsTopicNumPartitions: number;
  offsetMetadataMaxBytes: number;
  /** offsets.retention.minutes: offsets of groups empty this long (or standalone commits this old) expire. */
  offsetsRetentionMs: number;
  /** offsets.retention.check.interval.ms */
  offsetsRetentionCheckIntervalMs: number;
  /** transaction.max.timeout.ms (for issue 5; InitProducerId validates against it). */
  transactionMaxTimeoutMs: number;
  /** transaction.abort.timed.out.transaction.cleanup.interval.ms (Kafka default 10000). */
  transactionAbortScanIntervalMs: number;
  /** transaction.state.log.num.partitions (Kafka default 50). */
  transactionStateLogNumPartitions: number;
  /** transactional.id.expiration.ms: idle transactional ids are forgotten after this (Kafka default 7 days). */
  transactionalIdExpirationMs: number;
  /** transaction.remove.expired.transaction.cleanup.interval.ms (Kafka default 3600000). */
  transactionRemoveExpiredIntervalMs: number;
  flush: FlushPolicy;
  /** Listeners and their TLS / SASL settings (`listeners`, `security.protocol`, `ssl.*`, `sasl.*`). */
  security: SecuritySettings;
  /** Everything else (log.retention.ms …): broker-level topic defaults for storage. */
  storageConfigs: Record<string, string | number | boolean>;
}

type Raw = Record<string, string | number | boolean>;

function num(raw: Raw, name: string, dflt: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = raw[name];
  if (v === undefined) return dflt;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(
      `broker setting '${name}' must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`,
    );
  }
  return n;
}

function bool(raw: Raw, name: string, dflt: boolean): boolean {
  const v = raw[name];
  if (v === undefined) return dflt;
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  throw new ConfigError(`broker setting '${name}' must be true or false, got ${JSON.stringify(v)}`);
}

const OWN = new Set([
  'advertised.host',
  'advertised.port',
  'auto.create.topics.enable',
  'num.partitions',
  'socket.request.max.bytes',
  'queued.max.request.bytes',
  'queued.max.request.bytes.per.connection',
  'connections.max.idle.ms',
  'group.min.session.timeout.ms',
  'group.max.session.timeout.ms',
  'group.initial.rebalance.delay.ms',
  'offsets.topic.num.partitions',
  'offset.metadata.max.bytes',
  'offsets.retention.minutes',
  'offsets.retention.check.interval.ms',
  'transaction.max.timeout.ms',
  'transaction.abort.timed.out.transaction.cleanup.interval.ms',
  'transaction.state.log.num.partitions',
  'transactional.id.expiration.ms',
  'transaction.remove.expired.transaction.cleanup.interval.ms',
  'log.flush.interval.ms',
]);

/**
 * Every setting a `broker:` map may hold (`sasl.users.<name>` aside), sorted: the broker's own,
 * the security ones, and the Kafka broker names of the topic defaults (with Kafka's
 * `log.retention.minutes` / `.hours` and `log.roll.hours` forms).
 */
export const BROKER_SETTING_NAMES: readonly string[] = [
  ...new Set([
    ...OWN,
    ...SECURITY_SETTING_NAMES,
    ...TOPIC_CONFIG_DEFS.flatMap((d) => (d.brokerName === undefined ? [] : [d.brokerName])),
    'log.retention.minutes',
    'log.retention.hours',
    'log.roll.hours',
  ]),
].sort();
const KNOWN = new Set(BROKER_SETTING_NAMES);

/**
 * Why `name` is no broker setting (`unknown broker setting 'x'; did you mean 'y'? …`), or
 * undefined when it is one. A misspelt name would otherwise be ignored and its default used.
 */
export function unknownBrokerSetting(name: string): string | undefined {
  if (KNOWN.has(name) || isSecuritySetting(name)) return undefined;
  return `unknown broker setting '${name}'${didYouMean(name, BROKER_SETTING_NAMES)} (the settings are listed in src/broker/README.md, Settings)`;
}

/** Throws a ConfigError for the first name of `raw` that is no broker setting. */
export function checkBrokerSettingNames(raw: Raw): void {
  for (const name of Object.keys(raw)) {
    const why = unknownBrokerSetting(name);
    if (why !== undefined) throw new ConfigError(why, { setting: name });
  }
}

export function parseBrokerSettings(raw: Raw, bind: { host: string; port: number }): BrokerSettings {
  checkBrokerSettingNames(raw);
  const maxFrameBytes = num(raw, 'socket.request.max.bytes', 100 * 1024 * 1024, 1024, 2 ** 31 - 1);
  const advertisedHost = raw['advertised.host'];
  const flushInterval = raw['log.flush.interval.ms'];
  const storageConfigs: Raw = {};
  for (const [k, v] of Object.entries(raw)) if (!OWN.has(k) && !isSecuritySetting(k)) storageConfigs[k] = v;
  const security = parseSecuritySettings(raw, bind);
  const settings: BrokerSettings = {
    // `listeners`, when given, names the primary listener's address.
    host: security.listeners[0]!.host,
    port: security.listeners[0]!.port,
    security,
    autoCreateTopics: bool(raw, 'auto.create.topics.enable', true),
    numPartitions: num(raw, 'num.partitions', 1, 1, 100000),
    maxFrameBytes,
    maxInflightBytes: num(raw, 'queued.max.request.bytes', 512 * 1024 * 1024, 1024),
    // Never below one frame: a connection paused with a partial frame and nothing in flight
    // would never resume.
    maxInflightBytesPerConnection: Math.max(
      num(raw, 'queued.max.request.bytes.per.connection', Math.max(maxFrameBytes, 16 * 1024 * 1024), 1024),
      maxFrameBytes,
    ),
    idleTimeoutMs: num(raw, 'connections.max.idle.ms', 600000, 1),
    groupMinSessionTimeoutMs: num(raw, 'group.min.session.timeout.ms', 6000, 1),
    groupMaxSessionTimeoutMs: num(raw, 'group.max.session.timeout.ms', 1800000, 1),
    groupInitialRebalanceDelayMs: num(raw, 'group.initial.rebalance.delay.ms', 3000, 0),
    offsetsTopicNumPartitions: num(raw, 'offsets.topic.num.partitions', 50, 1, 1000),
    offsetMetadataMaxBytes: num(raw, 'offset.metadata.max.bytes', 4096, 0),
    offsetsRetentionMs: num(raw, 'offsets.retention.minutes', 10080, 1) * 60_000,
    offsetsRetentionCheckIntervalMs: num(raw, 'offsets.retention.check.interval.ms', 600000, 1),
    transactionMaxTimeoutMs: num(raw, 'transaction.max.timeout.ms', 900000, 1),
    transactionAbortScanIntervalMs: num(
      raw,
      'transaction.abort.timed.out.transaction.cleanup.interval.ms',
      10000,
      1,
    ),
    transactionStateLogNumPartitions: num(raw, 'transaction.state.log.num.partitions', 50, 1, 1000),
    transactionalIdExpirationMs: num(raw, 'transactional.id.expiration.ms', 604_800_000, 1, 2 ** 31 - 1),
    transactionRemoveExpiredIntervalMs: num(
      raw,
      'transaction.remove.expired.transaction.cleanup.interval.ms',
      3_600_000,
      1,
    ),
    flush:
      flushInterval === undefined
        ? { mode: 'sync' }
        : { mode: 'interval', intervalMs: num(raw, 'log.flush.interval.ms', 1000, 1) },
    storageConfigs,
  };
  if (advertisedHost !== undefined) settings.advertisedHost = String(advertisedHost);
  if (raw['advertised.port'] !== undefined)
    settings.advertisedPort = num(raw, 'advertised.port', 0, 1, 65535);
  return settings;
}
