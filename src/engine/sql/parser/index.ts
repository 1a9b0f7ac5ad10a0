/** Flink SQL parser: parseScript, parseStatement, parseExpression, parseDataType. */
export * from './parse.js';
export { formatDiagnostic } from './diagnostics.js';
export { PREC } from './expression-parser.js';
