/**
 * Flink SQL printer: any AST back to one-line SQL that parses to the same AST.
 *
 * @example
 * import { printStatement } from './printer/index.js';
 * printStatement(parseStatement('select * from t where a>1')); // 'SELECT * FROM t WHERE a > 1'
 */
export { printStatement } from './print-statement.js';
export { printQuery, printTableRef } from './print-query.js';
export { printExpression, printWindowSpec } from './print-expression.js';
export { printDataType } from './print-data-type.js';
export { printIdent, printName, printString } from './print-base.js';
