/**
 * Parse diagnostics built like sqlglot's: structured fields (description, line, column,
 * highlight, start/end context, what was expected and what was found) plus a message that
 * shows the line and underlines the offending text.
 *
 * @example
 * // formatDiagnostic(d, lines) →
 * // line 1, column 8: expected an identifier but found reserved keyword 'value'
 * //   1 | SELECT value FROM t
 * //     |        ^^^^^
 * //   hint: `value` is a reserved keyword; quote it as `value` to use it as a name
 */
import type { Diagnostic, Span } from '../../../common/errors.js';
import type { LineMap } from '../lexer/positions.js';

/** A parse error with sqlglot-style fields; `span` is always set. */
export interface ParseDiagnostic extends Diagnostic {
  readonly span: Span;
  /** What went wrong, without the position: "expected ')' but found 'FROM'". */
  readonly description: string;
  /** 1-based line and column of the start of the offending text. */
  readonly line: number;
  readonly column: number;
  /** The offending text itself (the token), empty at end of input. */
  readonly highlight: string;
  /** Up to 40 characters of the text before and after the highlight. */
  readonly startContext: string;
  readonly endContext: string;
  /** What the parser would have accepted, e.g. ["')'", "','"]. Empty for lexical errors. */
  readonly expected: readonly string[];
  /** The offending token described: "keyword 'FROM'", "end of input", … */
  readonly found: string;
}

/** Build a diagnostic for the text between two offsets. */
export function makeDiagnostic(
  lines: LineMap,
  start: number,
  end: number,
  description: string,
  expected: readonly string[],
  found: string,
  hint?: string,
): ParseDiagnostic {
  const span = lines.span(start, end);
  const text = lines.text;
  const d: ParseDiagnostic = {
    message: '',
    span,
    description,
    line: span.start.line,
    column: span.start.column,
    highlight: text.slice(start, end),
    startContext: text.slice(Math.max(0, start - 40), start),
    endContext: text.slice(end, end + 40),
    expected,
    found,
    ...(hint ? { hint } : {}),
  };
  return { ...d, message: formatDiagnostic(d, lines) };
}

/** The human message: position, description, the source line with the span underlined, hint. */
export function formatDiagnostic(d: Omit<ParseDiagnostic, 'message'>, lines: LineMap): string {
  const { start, end } = d.span;
  const src = lines.lineText(start.line);
  const gutter = String(start.line);
  const width =
    end.line === start.line
      ? Math.max(1, end.column - start.column)
      : Math.max(1, src.length - start.column + 1);
  const out = [
    `line ${start.line}, column ${start.column}: ${d.description}`,
    `  ${gutter} | ${src}`,
    `  ${' '.repeat(gutter.length)} | ${' '.repeat(start.column - 1)}${'^'.repeat(width)}`,
  ];
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join('\n');
}

/** Thrown inside the parser and caught at statement boundaries (never escapes the module). */
export class ParseFailure extends Error {
  constructor(readonly diagnostic: ParseDiagnostic) {
    super(diagnostic.message);
  }
}
