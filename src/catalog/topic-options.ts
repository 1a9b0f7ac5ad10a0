/**
 * The `kafka.*` table options that are topic configurations, as Confluent Cloud for Apache
 * Flink has them: CREATE TABLE sets every one of them on the topic (Confluent's defaults where
 * the DDL is silent), ALTER TABLE … SET / RESET changes the topic, and SHOW CREATE TABLE prints
 * them in Flink's normal form (`'kafka.retention.time' = '7 d'`,
 * `'kafka.max-message-size' = '2097164 bytes'`).
 *
 * | option                         | topic config            | default           |
 * |--------------------------------|-------------------------|-------------------|
 * | `kafka.cleanup-policy`         | `cleanup.policy`        | `delete`          |
 * | `kafka.compaction.time`        | `min.compaction.lag.ms` | `0 ms`            |
 * | `kafka.max-message-size`       | `max.message.bytes`     | `2097164 bytes`   |
 * | `kafka.retention.size`         | `retention.bytes`       | `0 bytes` (none)  |
 * | `kafka.retention.time`         | `retention.ms`          | `7 d`; `0` = none |
 *
 * A retention of 0 means "keep for ever" in Confluent's options and -1 in Kafka's (Kafka's 0
 * would delete everything at once).
 */
import { ConfigError } from '../common/errors.js';

/** Confluent's defaults, in normal form (an upsert table's: {@link topicDefaults}). */
export const TOPIC_OPTION_DEFAULTS: Readonly<Record<string, string>> = {
  'kafka.cleanup-policy': 'delete',
  'kafka.compaction.time': '0 ms',
  'kafka.max-message-size': '2097164 bytes',
  'kafka.retention.size': '0 bytes',
  'kafka.retention.time': '7 d',
};

/**
 * Confluent's defaults for a table of this changelog mode: an upsert table's topic is compacted
 * and keeps its newest 7 days uncompacted (Confluent's option table: cleanup policy "compact for
 * upsert tables, delete for all other tables", compaction time "7 days for upsert tables").
 */
export function topicDefaults(changelogMode: string | undefined): Readonly<Record<string, string>> {
  return changelogMode === 'upsert'
    ? { ...TOPIC_OPTION_DEFAULTS, 'kafka.cleanup-policy': 'compact', 'kafka.compaction.time': '7 d' }
    : TOPIC_OPTION_DEFAULTS;
}

const POLICIES: Readonly<Record<string, string>> = {
  delete: 'delete',
  compact: 'compact',
  'delete-compact': 'compact,delete',
};

/** Flink's TimeUtils units (label → ms), longest labels first is not needed: exact match. */
const TIME_UNITS: readonly (readonly [readonly string[], number])[] = [
  [['d', 'day', 'days'], 86_400_000],
  [['h', 'hour', 'hours'], 3_600_000],
  [['min', 'm', 'minute', 'minutes'], 60_000],
  [['s', 'sec', 'secs', 'second', 'seconds'], 1000],
  [['ms', 'milli', 'millis', 'millisecond', 'milliseconds'], 1],
];

/** Flink's MemorySize units (label → bytes). */
const SIZE_UNITS: readonly (readonly [readonly string[], number])[] = [
  [['tb', 't', 'terabytes'], 1024 ** 4],
  [['gb', 'g', 'gigabytes'], 1024 ** 3],
  [['mb', 'm', 'megabytes'], 1024 ** 2],
  [['kb', 'k', 'kilobytes'], 1024],
  [['b', 'bytes'], 1],
];

function parseWithUnits(
  option: string,
  text: string,
  units: readonly (readonly [readonly string[], number])[],
  bare: number,
  example: string,
): number {
  const m = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!m) throw new ConfigError(`Invalid value '${text}' for option '${option}': expected e.g. ${example}`);
  const unit = m[2]!.toLowerCase();
  const mult = unit === '' ? bare : units.find(([labels]) => labels.includes(unit))?.[1];
  if (mult === undefined)
    throw new ConfigError(`Invalid value '${text}' for option '${option}': unknown unit '${m[2]}'`);
  const n = Number(m[1]) * mult;
  if (!Number.isSafeInteger(n))
    throw new ConfigError(`Invalid value '${text}' for option '${option}': too large`);
  return n;
}

/** A duration option in ms (Flink's units; a bare number is ms). */
export function parseDurationMs(option: string, text: string): number {
  return parseWithUnits(option, text, TIME_UNITS, 1, "'7 d', '1 h', '3600000 ms'");
}

/** A memory-size option in bytes (Flink's units; a bare number is bytes). */
export function parseBytes(option: string, text: string): number {
  return parseWithUnits(option, text, SIZE_UNITS, 1, "'2097164 bytes', '1 mb'");
}

/** ms in the largest unit that divides it (Flink's TimeUtils.formatWithHighestUnit); 0 → `0 ms`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0 ms';
  for (const [labels, mult] of TIME_UNITS) if (ms % mult === 0) return `${ms / mult} ${labels[0]}`;
  return `${ms} ms`;
}

/** bytes in the largest unit that divides it (Flink's MemorySize.toString); 0 → `0 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes === 0) return '0 bytes';
  for (const [labels, mult] of SIZE_UNITS)
    if (bytes % mult === 0) return `${bytes / mult} ${mult === 1 ? 'bytes' : labels[0]}`;
  return `${bytes} bytes`;
}

/** The value of one topic option in normal form (a ConfigError names a bad one). */
function normalValue(k: string, v: string): string {
  if (k === 'kafka.cleanup-policy') {
    const policy = v.trim().toLowerCase();
    if (!(policy in POLICIES))
      throw new ConfigError(
        `Invalid value '${v}' for option 'kafka.cleanup-policy': expected delete, compact or delete-compact`,
      );
    return policy;
  }
  if (k === 'kafka.compaction.time' || k === 'kafka.retention.time')
    return formatDuration(parseDurationMs(k, v));
  const bytes = parseBytes(k, v);
  if (k === 'kafka.max-message-size' && bytes === 0)
    throw new ConfigError(`Invalid value '${v}' for option 'kafka.max-message-size': must be positive`);
  return formatBytes(bytes);
}

/**
 * The options with the topic options they set in normal form; with `withDefaults`, Confluent's
 * defaults fill the topic options they leave out (a created table's full set).
 */
export function normalTopicOptions(
  options: Readonly<Record<string, string>>,
  withDefaults: boolean,
): Record<string, string> {
  const o: Record<string, string> = { ...options };
  for (const [k, dflt] of Object.entries(topicDefaults(options['changelog.mode']))) {
    const v = options[k] ?? (withDefaults ? dflt : undefined);
    if (v !== undefined) o[k] = normalValue(k, v);
  }
  return o;
}

/** True when options list every topic option (a table Eddy created). */
export function hasAllTopicOptions(options: Readonly<Record<string, string>>): boolean {
  return Object.keys(TOPIC_OPTION_DEFAULTS).every((k) => options[k] !== undefined);
}

/** The Kafka topic configuration of one topic option (normal form); undefined for others. */
function topicConfig(k: string, v: string): { name: string; value: string } | undefined {
  const forever = (n: number): string => String(n === 0 ? -1 : n);
  switch (k) {
    case 'kafka.cleanup-policy':
      return { name: 'cleanup.policy', value: POLICIES[v]! };
    case 'kafka.compaction.time':
      return { name: 'min.compaction.lag.ms', value: String(parseDurationMs(k, v)) };
    case 'kafka.max-message-size':
      return { name: 'max.message.bytes', value: String(parseBytes(k, v)) };
    case 'kafka.retention.size':
      return { name: 'retention.bytes', value: forever(parseBytes(k, v)) };
    case 'kafka.retention.time':
      return { name: 'retention.ms', value: forever(parseDurationMs(k, v)) };
    default:
      return undefined;
  }
}

/** The Kafka topic configs that the topic options stand for (what a reload asks the broker). */
export const TOPIC_CONFIG_NAMES: readonly string[] = [
  'cleanup.policy',
  'min.compaction.lag.ms',
  'max.message.bytes',
  'retention.bytes',
  'retention.ms',
];

/** Whether a topic's `cleanup.policy` (`compact`, `compact,delete`, …) compacts it. */
export function isCompacted(configs: Readonly<Record<string, string>> | undefined): boolean {
  return (configs?.['cleanup.policy'] ?? '').split(',').some((p) => p.trim().toLowerCase() === 'compact');
}

/**
 * The topic options of a topic's live configuration, in normal form (what SHOW CREATE TABLE of
 * an inferred table shows): `compact,delete` → `delete-compact`, a retention of -1 (none) →
 * `0 ms` / `0 bytes`. A config the broker did not report, or cannot be read as a number, is
 * left out rather than guessed.
 */
export function topicOptionsOf(configs: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const num = (name: string): number | undefined => {
    const v = configs[name];
    if (v === undefined || !/^-?\d+$/.test(v.trim())) return undefined;
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : undefined;
  };
  const policy = configs['cleanup.policy'];
  if (policy !== undefined) {
    const parts = new Set(policy.split(',').map((p) => p.trim().toLowerCase()));
    const name =
      parts.has('compact') && parts.has('delete')
        ? 'delete-compact'
        : parts.has('compact')
          ? 'compact'
          : 'delete';
    out['kafka.cleanup-policy'] = name;
  }
  const lag = num('min.compaction.lag.ms');
  if (lag !== undefined && lag >= 0) out['kafka.compaction.time'] = formatDuration(lag);
  const maxMsg = num('max.message.bytes');
  if (maxMsg !== undefined && maxMsg > 0) out['kafka.max-message-size'] = formatBytes(maxMsg);
  const size = num('retention.bytes');
  if (size !== undefined) out['kafka.retention.size'] = formatBytes(size < 0 ? 0 : size);
  const time = num('retention.ms');
  if (time !== undefined) out['kafka.retention.time'] = formatDuration(time < 0 ? 0 : time);
  return out;
}

/** The topic configurations that normal-form options set. */
export function topicConfigs(normal: Readonly<Record<string, string>>): { name: string; value: string }[] {
  return Object.entries(normal).flatMap(([k, v]) => topicConfig(k, v) ?? []);
}

/**
 * What ALTER TABLE changes on the topic: the topic options set to a new value, and those
 * RESET (set back to Confluent's default), as topic configurations.
 */
export function changedTopicConfigs(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const [k, dflt] of Object.entries(topicDefaults(after['changelog.mode']))) {
    if (before[k] === after[k]) continue;
    const v = after[k] ?? normalValue(k, dflt);
    out.push(topicConfig(k, v)!);
  }
  return out;
}
