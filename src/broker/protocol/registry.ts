/**
 * Every API the broker serves, by API key. The list is pure data and lives in the shared Kafka
 * module (src/kafka/protocol/registry.ts) with the message specs; the broker serves exactly it,
 * and ApiVersions is built from it.
 */
export { APIS, apiByKey, advertisedVersions } from '../../kafka/protocol/registry.js';
