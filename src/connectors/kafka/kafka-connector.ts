/**
 * The one `kafka` connector (Confluent's `confluent` connector): every Kafka table, both
 * directions. Options and defaults: kafka-options.ts; reading: kafka-source.ts; writing:
 * kafka-sink.ts. The Kafka catalog fills `topic`, `properties.bootstrap.servers` and
 * `registry.url` for the tables of its clusters.
 */
import type { ConnectorFactory } from '../api.js';
import { KAFKA_OPTIONS, parseKafkaOptions } from './kafka-options.js';
import { KAFKA_METADATA, kafkaSource } from './kafka-source.js';
import { KAFKA_WRITABLE_METADATA, kafkaSink } from './kafka-sink.js';

export const KAFKA_CONNECTOR = 'kafka';

export const kafkaConnector: ConnectorFactory = {
  identifier: KAFKA_CONNECTOR,
  options: KAFKA_OPTIONS,
  metadataKeys: KAFKA_METADATA,
  writableMetadataKeys: KAFKA_WRITABLE_METADATA,
  createSource(schema, options, ctx) {
    return kafkaSource(schema, parseKafkaOptions(schema.tableName, schema.columns, options), ctx);
  },
  createSink(schema, options, ctx) {
    return kafkaSink(schema, parseKafkaOptions(schema.tableName, schema.columns, options), ctx.timeZone);
  },
};
