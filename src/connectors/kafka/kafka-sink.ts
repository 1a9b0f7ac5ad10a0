/**
 * The `kafka` sink: an idempotent producer (acks=all), schemas registered under
 * `<topic>-key` / `<topic>-value` (TopicNameStrategy), records partitioned by Java's murmur2
 * of the serialized key bytes (without a key: round-robin in runs of one request, "sticky"). Commit points are explicit:
 * `flush()` resolves when every record written so far is acknowledged.
 * Changelog on the wire: append writes inserts only; upsert writes deletes as tombstones;
 * retract carries the kind in the `op` header (omitted for inserts).
 */
import { ConfigError, ExecutionError, errorMessage } from '../../common/errors.js';
import { KafkaClient, kafkaError } from '../../kafka/client/index.js';
import type { ParsedSchema } from '../../schema-wire/index.js';
import { RegistryClient } from '../../schema-wire/registry-client/registry-client.js';
import type { ChangeBatch, ChangeKind, ConnectorSchema, Sink, SinkWriter } from '../api.js';
import type { KafkaTableOptions } from './kafka-options.js';
import { partitionForKey } from './murmur2.js';
import { settlePendingTopic } from './pending-topics.js';
import { MAX_REQUEST_BYTES, SinkSender, type Message } from './sink-sender.js';
import { EDDY_PROTO_PACKAGE, PartEncoder, partSchema, type PartColumn } from './record-codec.js';
import { messageToFlink } from './proto-mapping.js';
import { ProtobufSchema } from '../../schema-wire/protobuf.js';
import { avroToFlink } from './avro-mapping.js';
import { jsonSchemaToFlink } from './json-schema-mapping.js';
import type { LogicalType } from '../logical-type.js';
import { rowType, tsMillis, type SqlValue, type TimestampValue } from '../../types/index.js';
import { metadataCasts } from './metadata-cast.js';
import { KAFKA_METADATA } from './kafka-source.js';
import { DEBEZIUM_FORMATS, isDebeziumFormat, opHeaderValue, OP_HEADER } from './changelog-codec.js';
import { debeziumEnvelope, envelopeColumns } from '../formats/debezium.js';

type Producer = Awaited<ReturnType<KafkaClient['producer']>>;

async function encoderFor(
  registry: RegistryClient | undefined,
  subject: string,
  format: KafkaTableOptions['valueFormat'],
  cols: PartColumn[],
): Promise<PartEncoder | undefined> {
  if (cols.length === 0) return undefined;
  const s = partSchema(format, cols);
  // A Debezium value is written as its envelope (before, after, op) in the underlying format.
  const base = isDebeziumFormat(format) ? DEBEZIUM_FORMATS[format] : format;
  const encCols = isDebeziumFormat(format) ? envelopeColumns(rowType(cols)) : cols;
  if (s === undefined) return new PartEncoder(base, encCols, 0, undefined);
  if (!registry) throw new ExecutionError(`the '${format}' format needs a Schema Registry ('registry.url')`);
  if (format === 'avro-registry' || format === 'json-registry') {
    // A topic whose latest schema reads as exactly these columns (an inferred table, or one
    // Eddy created) is written with that schema, as Confluent does: another producer's schema
    // (its record names, enums, logical types, titles) stays the subject's, no new version.
    const latest = await registry.latest(subject);
    const fits =
      format === 'avro-registry'
        ? latest?.schemaType === 'AVRO' && writesAvroAs(latest.schema, cols)
        : latest?.schemaType === 'JSON' && writesJsonAs(latest.schema, cols);
    if (latest && fits) return new PartEncoder(base, encCols, latest.id, await registry.parsed(latest.id));
  }
  if (format === 'proto-registry') {
    // Another producer's message (not Eddy's generated package) that reads as these columns is
    // written as that message (proto-write.ts): Eddy's own would be refused as incompatible.
    const latest = await registry.latest(subject);
    if (latest?.schemaType === 'PROTOBUF') {
      const parsed = await registry.parsed(latest.id);
      if (parsed instanceof ProtobufSchema && parsed.file.package !== EDDY_PROTO_PACKAGE) {
        const type = parsed.typeAt([0]);
        let fits = false;
        try {
          fits = sameColumns(messageToFlink(type), cols);
        } catch {
          fits = false;
        }
        if (fits) return new PartEncoder(base, encCols, latest.id, parsed, type);
      }
    }
  }
  const id = await registry.register(subject, s);
  const parsed: ParsedSchema = await registry.parsed(id);
  return new PartEncoder(base, encCols, id, parsed);
}

/** The type without what does not change the bytes (docs, time attributes). */
function typeKey(t: unknown): string {
  return JSON.stringify(t, (k, v: unknown) => (k === 'description' || k === 'timeAttribute' ? undefined : v));
}

/**
 * True when values of `cols` encode under the Avro schema `text` as they are: the schema reads
 * (Confluent's mapping) as exactly these columns, and has no union of several non-null types
 * (its ROW would need the branch to write).
 */
function writesAvroAs(text: string, cols: readonly PartColumn[]): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  if (hasMultiUnion(json)) return false;
  try {
    return sameColumns(avroToFlink(json), cols);
  } catch {
    return false;
  }
}

/** True when the JSON schema `text` reads (Confluent's mapping) as exactly these columns. */
function writesJsonAs(text: string, cols: readonly PartColumn[]): boolean {
  try {
    return sameColumns(jsonSchemaToFlink(JSON.parse(text) as unknown), cols);
  } catch {
    return false;
  }
}

/** True when a part's inferred type is exactly these columns (a ROW of them, or one column). */
function sameColumns(t: LogicalType, cols: readonly PartColumn[]): boolean {
  if (t.kind === 'ROW' && (cols.length !== 1 || t.fields.length === 1)) {
    return (
      t.fields.length === cols.length &&
      t.fields.every((f, i) => f.name === cols[i]!.name && typeKey(f.type) === typeKey(cols[i]!.type))
    );
  }
  return cols.length === 1 && typeKey(t) === typeKey(cols[0]!.type);
}

/** True when an Avro schema has a union of two or more non-null types anywhere. */
function hasMultiUnion(s: unknown): boolean {
  if (Array.isArray(s)) return s.filter((m) => m !== 'null').length > 1 || s.some(hasMultiUnion);
  if (s === null || typeof s !== 'object') return false;
  const o = s as { type?: unknown; fields?: { type: unknown }[]; items?: unknown; values?: unknown };
  if (o.type === 'record') return (o.fields ?? []).some((f) => hasMultiUnion(f.type));
  if (o.type === 'array') return hasMultiUnion(o.items);
  if (o.type === 'map') return hasMultiUnion(o.values);
  return typeof o.type === 'object' && hasMultiUnion(o.type);
}

const ENVELOPE_AT = [0, 1, 2];

/** The metadata keys a Kafka sink writes (Flink's KafkaDynamicSink.WritableMetadata). */
export const KAFKA_WRITABLE_METADATA = ['headers', 'timestamp'] as const;

/**
 * Where the persisted metadata columns' values sit in a written row (after the physical
 * columns, in `schema.metadata` order, as Flink's SupportsWritingMetadata appends them).
 */
function writableMetadata(schema: ConnectorSchema): { headers?: number; timestamp?: number } {
  const at: { headers?: number; timestamp?: number } = {};
  (schema.metadata ?? []).forEach((m, j) => {
    if (m.key !== 'headers' && m.key !== 'timestamp')
      throw new ConfigError(
        `Invalid metadata key '${m.key}' in table ${schema.tableName}: the Kafka sink writes only ${KAFKA_WRITABLE_METADATA.map((k) => `'${k}'`).join(', ')}; declare read-only metadata columns VIRTUAL`,
      );
    at[m.key] = schema.columns.length + j;
  });
  return at;
}

/**
 * A `headers` MAP<STRING, BYTES> value as record headers (entries with a NULL key or value
 * skipped, as Flink's); on a retract table the `op` header is the change kind's (`op`, none for
 * inserts), never the user's.
 */
function headersOf(v: unknown, retract: boolean, op: Buffer | undefined): Map<Buffer, Buffer> | undefined {
  const byName = new Map<string, Buffer>();
  if (v !== null && v !== undefined)
    for (const [k, x] of v as Map<unknown, unknown>) {
      // As Flink's KafkaDynamicSink.WritableMetadata.HEADERS: an entry with a NULL key or a
      // NULL value is not written (no header, not an empty one).
      if (k === null || k === undefined || x === null || x === undefined) continue;
      byName.set(String(k), typeof x === 'string' ? Buffer.from(x) : Buffer.from(x as Uint8Array));
    }
  // On a retract table `op` is the change kind's (absent for inserts): never a user header.
  if (retract) byName.delete(OP_HEADER);
  if (op !== undefined) byName.set(OP_HEADER, op);
  if (byName.size === 0) return undefined;
  return new Map([...byName].map(([k, x]) => [Buffer.from(k), x]));
}

/** Builds the sink of a table. */
export function kafkaSink(schema: ConnectorSchema, o: KafkaTableOptions, timeZone = 'UTC'): Sink {
  const meta = writableMetadata(schema);
  // Declared values cast to the metadata types (a `timestamp` column declared TIMESTAMP(3) is a
  // wall-clock time in the session zone, as Flink's planner casts it to TIMESTAMP_LTZ(3)).
  const casts = metadataCasts(schema, KAFKA_METADATA, 'write', timeZone);
  const metaValue = (row: readonly unknown[], at: number | undefined): unknown => {
    if (at === undefined) return null;
    const cast = casts[at - schema.columns.length];
    const v = row[at] ?? null;
    return cast === undefined ? v : cast(v as SqlValue);
  };
  const cols = (idx: number[], prefix: string): PartColumn[] =>
    idx.map((i) => {
      const c = schema.columns[i]!;
      return {
        name: prefix && c.name.startsWith(prefix) ? c.name.slice(prefix.length) : c.name,
        type: c.type,
      };
    });
  const debezium = isDebeziumFormat(o.valueFormat);
  return {
    // Upsert tables write no -U (upsert-kafka's ChangelogMode.upsert()): the planner need not make them.
    changelogMode: debezium
      ? 'all'
      : o.changelog === 'append'
        ? 'append'
        : o.changelog === 'upsert'
          ? 'upsert'
          : 'all',
    async open(): Promise<SinkWriter> {
      const registry = o.registryUrl ? new RegistryClient(o.registryUrl) : undefined;
      const kafka = new KafkaClient({ bootstrapServers: o.bootstrap, clientId: 'eddy-sink' });
      let producer: Producer;
      let partitions: number;
      let keyEnc: PartEncoder | undefined;
      let valueEnc: PartEncoder | undefined;
      try {
        await settlePendingTopic(o.bootstrap, o.topic);
        const md = await (await kafka.admin()).metadata({ topics: [o.topic] });
        partitions = md.topics.get(o.topic)?.partitionsCount ?? 0;
        if (partitions === 0)
          throw new ExecutionError(`Topic '${o.topic}' of table ${schema.tableName} does not exist`);
        keyEnc = await encoderFor(registry, `${o.topic}-key`, o.keyFormat, cols(o.keyColumns, o.keyPrefix));
        valueEnc = await encoderFor(registry, `${o.topic}-value`, o.valueFormat, cols(o.valueColumns, ''));
        producer = await kafka.producer({ idempotent: true });
      } catch (err) {
        await kafka.close();
        throw err instanceof ExecutionError
          ? err
          : new ExecutionError(
              `Cannot write table ${schema.tableName} (topic ${o.topic}): ${errorMessage(err)}`,
            );
      }
      // Records without a key: round-robin over partitions in runs of about one produce request
      // (Kafka's sticky partitioner, KIP-480): each request then appends to one partition.
      let sticky = 0;
      let stickyBytes = 0;
      const sender = new SinkSender(
        producer,
        (err) =>
          new ExecutionError(
            errorMessage(kafkaError(`Writing to topic ${o.topic} of table ${schema.tableName} failed`, err)),
          ),
      );
      let closed = false;
      const writer: SinkWriter = {
        async write(batch: ChangeBatch): Promise<void> {
          if (sender.failure) throw sender.failure;
          const messages: Message[] = [];
          const { rows, kinds } = batch;
          for (let i = 0; i < rows.length; i++) {
            const row = rows[i]!;
            const kind = kinds?.[i] ?? 0;
            if (o.changelog === 'append' && !debezium && kind !== 0 && kind !== 2) continue;
            if (o.changelog === 'upsert' && kind === 1) continue;
            const key = keyEnc?.encode(row, o.keyColumns) ?? null;
            let value: Buffer | null;
            if (debezium) {
              // +I / +U: a create of the new row; -U / -D: a delete of the old one.
              const env = debeziumEnvelope(
                o.valueColumns.map((j) => row[j]),
                kind as ChangeKind,
              );
              value = valueEnc?.encode(env, ENVELOPE_AT) ?? null;
            } else
              value =
                o.changelog === 'upsert' && kind === 3
                  ? null
                  : (valueEnc?.encode(row, o.valueColumns) ?? null);
            let partition: number;
            if (key !== null) partition = partitionForKey(key, partitions);
            else {
              partition = sticky;
              stickyBytes += (value?.length ?? 0) + 64;
              if (stickyBytes >= MAX_REQUEST_BYTES) {
                sticky = (sticky + 1) % partitions;
                stickyBytes = 0;
              }
            }
            const m: Message = { topic: o.topic, partition };
            if (key !== null) m.key = key;
            if (value !== null) m.value = value;
            const op = o.changelog === 'retract' && !debezium ? opHeaderValue(kind) : undefined;
            const headers = headersOf(
              metaValue(row, meta.headers),
              o.changelog === 'retract' && !debezium,
              op,
            );
            if (headers !== undefined) m.headers = headers;
            // `timestamp` metadata: the record's CreateTime; NULL (or none) lets the producer stamp it.
            const ts = metaValue(row, meta.timestamp);
            if (ts !== null && ts !== undefined) {
              const millis = tsMillis(ts as TimestampValue);
              // As Kafka's ProducerRecord (Flink's sink fails the same way): no negative CreateTime.
              if (millis < 0)
                throw new ExecutionError(
                  `Invalid timestamp: ${millis}. Timestamp should always be non-negative or null. (table ${schema.tableName}, 'timestamp' metadata)`,
                );
              m.timestamp = BigInt(millis);
            }
            messages.push(m);
          }
          if (messages.length > 0) await sender.enqueue(messages);
        },
        flush: () => sender.flush(),
        async close(): Promise<void> {
          if (closed) return;
          closed = true;
          try {
            await sender.flush();
          } finally {
            await kafka.close();
          }
        },
      };
      return writer;
    },
  };
}
