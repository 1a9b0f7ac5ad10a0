/** ANALYZE TABLE, TRUNCATE TABLE, DELETE, UPDATE, STOP JOB and DESCRIBE JOB back to SQL. */
import { assertNever } from '../../../common/errors.js';
import type { AdminStatement, Statement } from '../ast/index.js';
import { printIdent, printName, printString } from './print-base.js';
import { printExpression } from './print-expression.js';

/**
 * One admin statement on one line (no trailing `;`); it parses to the same AST. `printStatement`
 * prints the statement COMPILE PLAN wraps (passed in: print-statement.ts imports this module).
 */
export function printAdminStatement(s: AdminStatement, printStatement: (s: Statement) => string): string {
  switch (s.kind) {
    case 'AnalyzeTable': {
      let out = `ANALYZE TABLE ${printName(s.table)}`;
      if (s.partition.length)
        out += ` PARTITION (${s.partition
          .map((p) => printIdent(p.key) + (p.value ? ` = ${printExpression(p.value)}` : ''))
          .join(', ')})`;
      out += ' COMPUTE STATISTICS';
      if (s.columns === 'ALL') out += ' FOR ALL COLUMNS';
      else if (s.columns.length) out += ` FOR COLUMNS ${s.columns.map(printIdent).join(', ')}`;
      return out;
    }
    case 'TruncateTable':
      return `TRUNCATE TABLE ${printName(s.table)}`;
    case 'DeleteFrom':
      return (
        `DELETE FROM ${printName(s.table)}` +
        (s.alias ? ` AS ${printIdent(s.alias)}` : '') +
        (s.where ? ` WHERE ${printExpression(s.where)}` : '')
      );
    case 'UpdateTable':
      return (
        `UPDATE ${printName(s.table)}` +
        (s.alias ? ` AS ${printIdent(s.alias)}` : '') +
        ` SET ${s.assignments.map((a) => `${printIdent(a.column)} = ${printExpression(a.value)}`).join(', ')}` +
        (s.where ? ` WHERE ${printExpression(s.where)}` : '')
      );
    case 'StopJob':
      return (
        `STOP JOB ${printString(s.jobId)}` +
        (s.withSavepoint ? ' WITH SAVEPOINT' : '') +
        (s.withDrain ? ' WITH DRAIN' : '')
      );
    case 'DescribeJob':
      return `${s.keyword} JOB ${printString(s.jobId)}`;
    case 'CompilePlan':
      return `COMPILE ${s.execute ? 'AND EXECUTE ' : ''}PLAN ${printString(s.path)}${s.ifNotExists ? ' IF NOT EXISTS' : ''} FOR ${printStatement(s.statement).replace(/^EXECUTE /, '')}`;
    case 'JarStatement':
      return `${s.action} JAR ${printString(s.path)}`;
    case 'ExecutePlan':
      return `EXECUTE PLAN ${printString(s.path)}`;
    case 'CallProcedure':
      return `CALL ${printName(s.name)}(${s.args.map(printExpression).join(', ')})`;
    default:
      return assertNever(s, 'admin statement');
  }
}
