/** Record batch v2 (KIP-98): header, records, CRC-32C, varints, codecs. */
export * from './batch-header.js';
export * from './builder.js';
export * from './compression.js';
export * from './crc32c.js';
export * from './errors.js';
export * from './records.js';
export * from './varint.js';
