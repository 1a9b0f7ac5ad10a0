/** Flink SQL lexer: tokens, keyword tables and offset → line/column mapping. */
export * from './token.js';
export * from './lexer.js';
export * from './positions.js';
export * from './keywords.js';
