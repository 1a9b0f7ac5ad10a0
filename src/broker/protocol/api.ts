/**
 * The API definition helper now lives in the shared Kafka module (src/kafka/protocol/api.ts),
 * so that Eddy's own clients use the same message specs as the broker; re-exported here.
 */
export { defineApi, Reader, Writer, type ApiDefinition } from '../../kafka/protocol/api.js';
