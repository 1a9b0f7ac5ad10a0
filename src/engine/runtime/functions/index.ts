/** The built-in function library (see README.md). */
export { BUILTIN_FUNCTIONS, builtinAggregates, builtinScalars } from './registry.js';
export type { BuiltinAggregate, BuiltinScalar, Category } from './define.js';
export { RawJson, jsonValueText } from './json-text.js';
