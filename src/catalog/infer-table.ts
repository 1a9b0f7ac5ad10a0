/**
 * A topic's table as Confluent infers it from the topic and its `<topic>-key` /
 * `<topic>-value` subjects (TopicNameStrategy): raw `key VARBINARY, val VARBINARY` without
 * schemas, record fields as columns, an atomic schema as one column `key` / `val`, key columns
 * renamed with `key_` when they collide with value fields, the hidden `$rowtime`. The topic's
 * live configuration decides the changelog mode (a compacted topic is an upsert table keyed by
 * its key columns) and fills the `kafka.*` topic options.
 */
import { avroToFlink } from '../connectors/kafka/avro-mapping.js';
import { debeziumRowType } from '../connectors/formats/debezium.js';
import type { KafkaFormat } from '../connectors/kafka/kafka-options.js';
import type { CatalogColumn, CatalogTable } from '../engine/sql/catalog/catalog-api.js';
import type { ProtobufSchema } from '../schema-wire/protobuf.js';
import type { RegisteredSchema, RegistryClient } from '../schema-wire/registry-client/registry-client.js';
import { bytesType, notNull, timestampLtzType, type LogicalType } from '../types/index.js';
import { isCompacted, topicOptionsOf } from './topic-options.js';
import { jsonSchemaToFlink } from '../connectors/kafka/json-schema-mapping.js';
import { messageToFlink } from '../connectors/kafka/proto-mapping.js';

/** Where a cluster's tables read and write. */
export interface ClusterConnection {
  readonly bootstrapServers: string;
  readonly registryUrl?: string;
  /** The zone Eddy runs in: sources fetch with `client.rack` = zone (nearest replica). */
  readonly zone?: string;
}

/** The hidden system column every Kafka table has. */
export const ROWTIME_COLUMN: CatalogColumn = {
  kind: 'metadata',
  name: '$rowtime',
  type: notNull(timestampLtzType(3)),
  key: 'timestamp',
  virtual: true,
};

/** What a subject's latest schema says about one part (key or value) of the records. */
export interface PartInfo {
  readonly format: KafkaFormat;
  /** The schema's Flink type: a ROW gives one column per field, anything else one column. */
  readonly type: LogicalType;
}

/** The Flink type of a registered schema (Protobuf: the first message, references resolved). */
export async function partInfo(s: RegisteredSchema, registry: RegistryClient): Promise<PartInfo> {
  if (s.schemaType === 'AVRO')
    return { format: 'avro-registry', type: avroToFlink(JSON.parse(s.schema) as unknown) };
  if (s.schemaType === 'JSON')
    return { format: 'json-registry', type: jsonSchemaToFlink(JSON.parse(s.schema) as unknown) };
  const parsed = (await registry.parse(s)) as ProtobufSchema;
  return { format: 'proto-registry', type: messageToFlink(parsed.typeAt([0])) };
}

function fieldsOf(s: PartInfo | undefined, atomicName: string): { name: string; type: LogicalType }[] {
  if (s === undefined) return [{ name: atomicName, type: bytesType() }];
  if (s.type.kind === 'ROW') return s.type.fields.map((f) => ({ name: f.name, type: f.type }));
  return [{ name: atomicName, type: s.type }];
}

/**
 * The table of a topic. `topicConfigs` (the topic's Kafka configs, when they could be read):
 * a Debezium envelope is a retract table; otherwise a compacted topic (`cleanup.policy`
 * `compact` or `compact,delete`) is an upsert table whose key columns (the raw `key` too) are
 * its PRIMARY KEY NOT ENFORCED, made NOT NULL as Flink's primary keys are; any other is append.
 */
export function inferTable(
  topic: string,
  partitions: number,
  key: PartInfo | undefined,
  envelope: PartInfo | undefined,
  conn: ClusterConnection,
  topicConfigs?: Readonly<Record<string, string>>,
): CatalogTable {
  // A Debezium envelope (before / after / op): a retract table with the columns of `after`.
  const after = envelope && debeziumRowType(envelope.type);
  const value = after ? { format: envelope!.format, type: after } : envelope;
  const valueFields = fieldsOf(value, 'val');
  let keyFields = fieldsOf(key, 'key');
  const valueNames = new Set(valueFields.map((f) => f.name));
  const same = (
    a: { name: string; type: LogicalType },
    b: { name: string; type: LogicalType } | undefined,
  ): boolean => b !== undefined && JSON.stringify(a.type) === JSON.stringify(b.type);
  // Key fully contained in the value (same names and types): the value carries the key columns.
  const contained =
    key !== undefined &&
    keyFields.every((k) =>
      same(
        k,
        valueFields.find((v) => v.name === k.name),
      ),
    );
  let prefix = '';
  if (!contained && keyFields.some((k) => valueNames.has(k.name))) {
    prefix = 'key_';
    keyFields = keyFields.map((k) => ({ name: prefix + k.name, type: k.type }));
  }
  const upsert = !after && isCompacted(topicConfigs);
  const keyNames = new Set(keyFields.map((k) => k.name));
  const physical = contained ? valueFields : [...keyFields, ...valueFields];
  const columns: CatalogColumn[] = [
    ...physical.map((f): CatalogColumn => ({
      kind: 'physical',
      name: f.name,
      type: upsert && keyNames.has(f.name) ? notNull(f.type) : f.type,
    })),
    ROWTIME_COLUMN,
  ];
  const options: Record<string, string> = {
    connector: 'kafka',
    topic,
    'properties.bootstrap.servers': conn.bootstrapServers,
    ...(conn.registryUrl ? { 'registry.url': conn.registryUrl } : {}),
    'changelog.mode': after ? 'retract' : upsert ? 'upsert' : 'append',
    'key.format': key?.format ?? 'raw',
    'key.fields': keyFields.map((k) => k.name).join(';'),
    ...(prefix ? { 'key.fields-prefix': prefix } : {}),
    'value.format': after
      ? value!.format.replace(/-registry$/, '-debezium-registry')
      : (value?.format ?? 'raw'),
    'value.fields-include': contained ? 'all' : 'except-key',
    'scan.startup.mode': 'earliest-offset',
    'kafka.partitions': String(partitions),
    ...(topicConfigs ? topicOptionsOf(topicConfigs) : {}),
    ...(conn.zone ? { 'properties.client.rack': conn.zone } : {}),
  };
  return {
    kind: 'TABLE',
    columns,
    watermark: { column: '$rowtime', expr: 'SOURCE_WATERMARK()' },
    ...(upsert ? { primaryKey: { columns: keyFields.map((k) => k.name) } } : {}),
    options,
    distribution: { algorithm: 'HASH', columns: keyFields.map((k) => k.name), buckets: partitions },
  };
}
