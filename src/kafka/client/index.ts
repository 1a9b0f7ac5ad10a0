/** The Kafka client wrapper (see kafka-client.ts). */
export {
  KafkaClient,
  parseBootstrap,
  closeQuietly,
  kafkaError,
  installZstd,
  type KafkaClientConfig,
  type TopicSpec,
} from './kafka-client.js';
export { PartitionReader, type PartitionRecord, type PartitionReaderOptions } from './partition-reader.js';
