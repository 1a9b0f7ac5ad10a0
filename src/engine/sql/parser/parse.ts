/**
 * Entry points of the Flink SQL front end.
 *
 * @example
 * import { parseScript, parseStatement, parseExpression } from './parse.js';
 * const { statements, diagnostics } = parseScript('SELECT 1;\nSELECT * FROM t;');
 * const stmt = parseStatement("SELECT a FROM t WHERE b > 1");
 * const expr = parseExpression('a + 1');
 */
import { SqlError } from '../../../common/errors.js';
import type { Span } from '../../../common/errors.js';
import type { DataType, Expr, Statement } from '../ast/index.js';
import { tokenize } from '../lexer/lexer.js';
import { LineMap } from '../lexer/positions.js';
import type { Token } from '../lexer/token.js';
import { ParseFailure, type ParseDiagnostic } from './diagnostics.js';
import { StatementParser } from './statement-parser.js';

export type { ParseDiagnostic };

/** One statement of a script with the span of its text (without the `;`). */
export interface ScriptStatement {
  readonly statement: Statement;
  readonly span: Span;
  /** The statement's source text. */
  readonly text: string;
}

export interface ParseScriptResult {
  readonly statements: readonly ScriptStatement[];
  /** Parse errors, in source order; statements with errors are left out of `statements`. */
  readonly diagnostics: readonly ParseDiagnostic[];
}

export interface ParseOptions {
  /** Stop after this many errors (default 10). */
  readonly maxErrors?: number;
}

function makeParser(text: string): StatementParser {
  return new StatementParser(text, tokenize(text), new LineMap(text));
}

/** Build the SqlError for a list of diagnostics. */
export function parseError(diagnostics: readonly ParseDiagnostic[]): SqlError {
  const head = diagnostics.length === 1 ? 'SQL parse error' : `SQL parse errors (${diagnostics.length})`;
  return new SqlError('EDDY_SQL_PARSE', `${head} at ${diagnostics.map((d) => d.message).join('\n')}`, [
    ...diagnostics,
  ]);
}

/**
 * Parse a script of `;`-separated statements. Never throws for bad SQL: errors come back as
 * diagnostics (positions are in the whole script), and parsing resumes at the next `;`.
 */
export function parseScript(text: string, options: ParseOptions = {}): ParseScriptResult {
  const maxErrors = options.maxErrors ?? 10;
  const p = makeParser(text);
  const statements: ScriptStatement[] = [];
  const diagnostics: ParseDiagnostic[] = [];
  for (;;) {
    while (p.acceptSym(';'));
    if (p.peek().type === 'eof') break;
    const start = p.peek().start;
    const startIndex = p.pos;
    try {
      const statement = p.statement();
      if (!p.atStatementEnd()) p.fail(["';'", 'end of input']);
      statements.push({ statement, span: p.spanFrom(start), text: text.slice(start, p.prevEnd) });
    } catch (err) {
      if (!(err instanceof ParseFailure)) throw err;
      diagnostics.push(err.diagnostic);
      if (diagnostics.length >= maxErrors) break;
      // Rescan from the statement's start so BEGIN … END blocks are balanced.
      p.pos = startIndex;
      skipToStatementEnd(p);
    }
  }
  return { statements, diagnostics };
}

/** Recovery: skip to the `;` that ends the current statement (outside parentheses and BEGIN … END). */
function skipToStatementEnd(p: StatementParser): void {
  let depth = 0;
  let block = 0;
  for (;;) {
    const t: Token = p.peek();
    if (t.type === 'eof') return;
    if (t.type === 'symbol') {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      else if (t.text === ';' && depth === 0 && block === 0) return;
    } else if (t.type === 'word') {
      // BEGIN … END (statement sets) and CASE … END can hold a ';' or an END of their own.
      if (t.upper === 'BEGIN' || t.upper === 'CASE') block++;
      else if (t.upper === 'END' && block > 0) block--;
    }
    p.next();
  }
}

/** Parse exactly one statement (a trailing `;` is allowed). Throws SqlError('EDDY_SQL_PARSE'). */
export function parseStatement(text: string): Statement {
  const p = makeParser(text);
  try {
    const s = p.statement();
    p.acceptSym(';');
    if (p.peek().type !== 'eof') p.fail(['end of statement']);
    return s;
  } catch (err) {
    if (err instanceof ParseFailure) throw parseError([err.diagnostic]);
    throw err;
  }
}

/** Parse one expression. Throws SqlError('EDDY_SQL_PARSE'). */
export function parseExpression(text: string): Expr {
  const p = makeParser(text);
  try {
    const e = p.expr();
    if (p.peek().type !== 'eof') p.fail(['end of expression']);
    return e;
  } catch (err) {
    if (err instanceof ParseFailure) throw parseError([err.diagnostic]);
    throw err;
  }
}

/** Parse one data type (`DECIMAL(10, 2) NOT NULL`). Throws SqlError('EDDY_SQL_PARSE'). */
export function parseDataType(text: string): DataType {
  const p = makeParser(text);
  try {
    const t = p.dataType();
    if (p.peek().type !== 'eof') p.fail(['end of data type']);
    return t;
  } catch (err) {
    if (err instanceof ParseFailure) throw parseError([err.diagnostic]);
    throw err;
  }
}
