/**
 * The `kafka` connector's options (Confluent's names and defaults) and how a table's physical
 * columns split into the record key and value.
 */
import { ConfigError, NotSupportedError } from '../../common/errors.js';
import type { ConnectorColumn, ConnectorOptions, OptionSpec } from '../api.js';
import { DEBEZIUM_FORMATS, type DebeziumFormat } from './changelog-codec.js';

export const KAFKA_FORMATS = ['avro-registry', 'json-registry', 'proto-registry', 'raw'] as const;
export type KafkaFormat = (typeof KAFKA_FORMATS)[number];
/** Value formats: the key formats plus Debezium envelopes (read as retract changes). */
export const VALUE_FORMATS = [
  ...KAFKA_FORMATS,
  ...(Object.keys(DEBEZIUM_FORMATS) as DebeziumFormat[]),
] as const;
export type ValueFormat = KafkaFormat | DebeziumFormat;

/** Every option the connector accepts. */
export const KAFKA_OPTIONS: readonly OptionSpec[] = [
  { key: 'topic', required: true, description: 'the topic the table reads and writes' },
  { key: 'properties.bootstrap.servers', required: true, description: "the cluster's bootstrap servers" },
  { key: 'registry.url', description: 'Schema Registry URL for the *-registry formats' },
  { key: 'key.format', description: 'avro-registry | json-registry | proto-registry | raw' },
  {
    key: 'value.format',
    description:
      'avro-registry (default) | json-registry | proto-registry | raw | avro-/json-/proto-debezium-registry',
  },
  { key: 'key.fields', description: "physical columns of the key, ';'-separated" },
  { key: 'key.fields-prefix', description: 'prefix of key column names (not part of the key schema)' },
  { key: 'value.fields-include', description: 'except-key (default) | all' },
  { key: 'changelog.mode', description: 'append (default) | upsert | retract' },
  {
    key: 'scan.startup.mode',
    description: 'earliest-offset (default) | latest-offset | timestamp | specific-offsets',
  },
  { key: 'scan.startup.timestamp-millis' },
  { key: 'scan.startup.specific-offsets' },
  {
    key: 'scan.bounded.mode',
    description: 'unbounded (default) | latest-offset | timestamp | specific-offsets',
  },
  { key: 'scan.bounded.timestamp-millis' },
  { key: 'scan.bounded.specific-offsets' },
  { key: 'error-handling.mode', description: 'fail (default) | ignore | log' },
  { key: 'error-handling.log.target' },
  { key: 'kafka.partitions' },
  { key: 'kafka.cleanup-policy', description: 'delete (default) | compact | delete-compact' },
  { key: 'kafka.compaction.time', description: "min.compaction.lag.ms ('0 ms' default)" },
  { key: 'kafka.retention.time', description: "'7 d' default; '0' keeps records for ever" },
  { key: 'kafka.retention.size', description: "'0 bytes' default (no size limit)" },
  { key: 'kafka.max-message-size', description: "'2097164 bytes' default" },
  { key: 'kafka.producer.compression.type' },
  { key: 'kafka.consumer.isolation-level' },
  { key: 'properties.client.rack', description: "the reading client's rack (the cluster's zone)" },
  {
    key: 'scan.idle-timeout',
    description: "partition idle timeout ('15 s', '0' disables); default progressive 15 s .. 5 min",
  },
];

function oneOf<T extends string>(
  table: string,
  key: string,
  value: string | undefined,
  allowed: readonly T[],
  dflt: T,
): T {
  if (value === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(value)) {
    const extra = ['json', 'avro', 'csv'].includes(value)
      ? ` The '${value}' format is not supported on Kafka tables; use '${value === 'avro' ? 'avro' : 'json'}-registry' or 'raw'.`
      : '';
    throw new ConfigError(
      `Invalid value '${value}' for option '${key}' of table ${table}.${extra} Supported values: ${allowed.join(', ')}`,
      { table },
    );
  }
  return value as T;
}

/** Parsed options of one table. */
export interface KafkaTableOptions {
  readonly topic: string;
  readonly bootstrap: string;
  readonly registryUrl: string | undefined;
  readonly keyFormat: KafkaFormat;
  readonly valueFormat: ValueFormat;
  /** Indexes of the physical columns in the key, in key order. */
  readonly keyColumns: number[];
  readonly keyPrefix: string;
  /** Indexes of the physical columns in the value. */
  readonly valueColumns: number[];
  readonly changelog: 'append' | 'upsert' | 'retract';
  readonly startup: 'earliest-offset' | 'latest-offset' | 'timestamp' | 'specific-offsets' | 'group-offsets';
  readonly startupTimestamp: number | undefined;
  readonly startupOffsets: Map<number, bigint>;
  readonly bounded: 'unbounded' | 'latest-offset' | 'timestamp' | 'specific-offsets';
  readonly boundedTimestamp: number | undefined;
  readonly boundedOffsets: Map<number, bigint>;
  readonly errorMode: 'fail' | 'ignore' | 'log';
  /** The dead-letter table of `log` mode. */
  readonly errorTarget: string;
  /** `client.rack` of the source's fetches (follower fetching from a nearby replica). */
  readonly rack: string | undefined;
  /** `kafka.consumer.isolation-level`: 1 = read_committed (default), 0 = read_uncommitted. */
  readonly isolationLevel: 0 | 1;
  /** Fixed partition idle timeout (ms, 0 = never idle); undefined = progressive idleness. */
  readonly idleTimeoutMs: number | undefined;
}

/** Parses a duration such as `15 s`, `500 ms`, `5 min`, `0` into milliseconds. */
export function parseDurationMs(table: string, key: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m =
    /^\s*(\d+(?:\.\d+)?)\s*(ms|milli|millis|s|sec|secs|second|seconds|min|mins|minute|minutes|h|hour|hours|d|day|days)?\s*$/i.exec(
      text,
    );
  if (!m)
    throw new ConfigError(`Invalid '${key}' of table ${table}: '${text}' is not a duration such as '15 s'`);
  const n = Number(m[1]);
  const u = (m[2] ?? 'ms').toLowerCase();
  const unit =
    u.startsWith('ms') || u.startsWith('milli')
      ? 1
      : u.startsWith('min')
        ? 60_000
        : u.startsWith('s')
          ? 1000
          : u.startsWith('h')
            ? 3600_000
            : 86_400_000;
  return Math.round(n * unit);
}

function offsets(table: string, key: string, text: string | undefined): Map<number, bigint> {
  const out = new Map<number, bigint>();
  if (text === undefined) return out;
  for (const part of text.split(';').filter((s) => s.trim() !== '')) {
    const m = /^\s*partition:(\d+),offset:(\d+)\s*$/.exec(part);
    if (!m)
      throw new ConfigError(
        `Invalid '${key}' of table ${table}: '${part}' is not 'partition:<p>,offset:<o>'`,
      );
    out.set(Number(m[1]), BigInt(m[2]!));
  }
  return out;
}

function millis(table: string, key: string, text: string | undefined, needed: boolean): number | undefined {
  if (text === undefined) {
    if (needed) throw new ConfigError(`Option '${key}' is required by the chosen mode of table ${table}`);
    return undefined;
  }
  if (!/^\d+$/.test(text))
    throw new ConfigError(`Invalid '${key}' of table ${table}: '${text}' is not epoch milliseconds`);
  return Number(text);
}

/** Parses and checks the options against the physical columns. */
export function parseKafkaOptions(
  table: string,
  columns: readonly ConnectorColumn[],
  o: ConnectorOptions,
): KafkaTableOptions {
  // Confluent's per-format options (schema contexts, RecordNameStrategy subject names, the
  // schema id in a header) change which subjects and bytes a table uses: refused until Eddy
  // follows them, rather than accepted and ignored.
  const formatOptions = Object.keys(o).filter((k) => /^(key|value)\.[a-z-]+-registry\./.test(k));
  if (formatOptions.length > 0)
    throw new NotSupportedError(
      `Format options are not supported yet on table ${table}: ${formatOptions.map((k) => `'${k}'`).join(', ')} (Eddy uses the TopicNameStrategy subjects <topic>-key / <topic>-value in the default context, schema ids in the payload)`,
    );
  const names = columns.map((c) => c.name);
  const keyFields = (o['key.fields'] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const keyColumns = keyFields.map((k) => {
    const i = names.indexOf(k);
    if (i < 0)
      throw new ConfigError(
        `Key field '${k}' of table ${table} is not a physical column (${names.join(', ')})`,
      );
    return i;
  });
  const include = oneOf(
    table,
    'value.fields-include',
    o['value.fields-include'],
    ['except-key', 'all'],
    'except-key',
  );
  const valueColumns = names.map((_, i) => i).filter((i) => include === 'all' || !keyColumns.includes(i));
  const startup = oneOf(
    table,
    'scan.startup.mode',
    o['scan.startup.mode'],
    ['earliest-offset', 'latest-offset', 'timestamp', 'specific-offsets', 'group-offsets'],
    'earliest-offset',
  );
  const bounded = oneOf(
    table,
    'scan.bounded.mode',
    o['scan.bounded.mode'],
    ['unbounded', 'latest-offset', 'timestamp', 'specific-offsets'],
    'unbounded',
  );
  const isolation = oneOf(
    table,
    'kafka.consumer.isolation-level',
    o['kafka.consumer.isolation-level'],
    ['read-committed', 'read-uncommitted'],
    'read-committed',
  );
  return {
    isolationLevel: isolation === 'read-committed' ? 1 : 0,
    topic: o['topic']!,
    bootstrap: o['properties.bootstrap.servers']!,
    registryUrl: o['registry.url'],
    keyFormat: oneOf(table, 'key.format', o['key.format'], KAFKA_FORMATS, 'raw'),
    valueFormat: oneOf(table, 'value.format', o['value.format'], VALUE_FORMATS, 'avro-registry'),
    keyColumns,
    keyPrefix: o['key.fields-prefix'] ?? '',
    valueColumns,
    changelog: oneOf(table, 'changelog.mode', o['changelog.mode'], ['append', 'upsert', 'retract'], 'append'),
    startup,
    startupTimestamp: millis(
      table,
      'scan.startup.timestamp-millis',
      o['scan.startup.timestamp-millis'],
      startup === 'timestamp',
    ),
    startupOffsets: offsets(table, 'scan.startup.specific-offsets', o['scan.startup.specific-offsets']),
    bounded,
    boundedTimestamp: millis(
      table,
      'scan.bounded.timestamp-millis',
      o['scan.bounded.timestamp-millis'],
      bounded === 'timestamp',
    ),
    boundedOffsets: offsets(table, 'scan.bounded.specific-offsets', o['scan.bounded.specific-offsets']),
    errorTarget: o['error-handling.log.target'] ?? 'error_log',
    rack: o['properties.client.rack'] || undefined,
    idleTimeoutMs: parseDurationMs(table, 'scan.idle-timeout', o['scan.idle-timeout']),
    errorMode: oneOf(
      table,
      'error-handling.mode',
      o['error-handling.mode'],
      ['fail', 'ignore', 'log'],
      'fail',
    ),
  };
}
