/**
 * schema-wire: Confluent's serializer wire format and the Avro / Protobuf / JSON Schema parsers,
 * canonical forms, compatibility rules and codecs. Used by the registry and the Kafka connector.
 */
export * from './types.js';
export * from './framing.js';
export * from './compat-types.js';
export { AvroSchema, parseAvro } from './avro.js';
export { ProtobufSchema, parseProtobuf } from './protobuf.js';
export { JsonSchema, parseJsonSchema, draftOf, type JsonDraft } from './json-schema.js';
export { parseSchema } from './parse.js';
// Compatibility rules (compat.js) are the registry's: imported from there, not loaded with the codecs.
export { JsonNumber, parseJsonExact, stringifyJsonExact, withPlainNumbers } from './json-exact.js';
export { encodeValue, decodeValue, type DecodedValue, type EncodeOptions } from './codec.js';
