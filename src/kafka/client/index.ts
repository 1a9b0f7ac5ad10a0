/** The Kafka client wrapper (see kafka-client.ts) and its light read path (light-client.ts). */
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
export {
  LightClient,
  EARLIEST,
  LATEST,
  type ClusterMetadata,
  type TopicInfo,
  type PartitionInfo,
  type BrokerInfo,
  type IsolationLevel,
  type TopicConfigResult,
} from './light-client.js';
export { WireConnection } from './wire-connection.js';
export {
  parseKafkaSecurity,
  parseJaasConfig,
  registerClusterSecurity,
  clusterSecurity,
  describeSecurity,
  KAFKA_SECURITY_KEYS,
  type KafkaSecurity,
  type SaslConfig,
  type TlsConfig,
  type SecurityProtocol,
  type SaslMechanism,
} from './security.js';
