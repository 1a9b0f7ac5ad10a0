/** Kafka wire-protocol primitives shared by the broker and Eddy's own Kafka tooling. */
export * from './reader.js';
export * from './writer.js';
export * from './schema.js';
export * from './codec.js';
export * from './headers.js';
export * from './error-codes.js';
