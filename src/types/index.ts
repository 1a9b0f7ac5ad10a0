/** Public surface of the shared types module (see README.md). */
export * from './logical-type.js';
export * from './format-type.js';
export * from './parse-type.js';
export * from './values.js';
export * from './decimal.js';
export * from './date-time.js';
export * from './time-zone.js';
export * from './java-number-format.js';
export * from './format-value.js';
export * from './parse-text.js';
export * from './cast-rules.js';
export * from './cast.js';
export * from './arith.js';
export * from './type-merging.js';
export * from './compare.js';
export * from './variant.js';
export * from './variant-json.js';
