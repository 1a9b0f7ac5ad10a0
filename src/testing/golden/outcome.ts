/**
 * Judging one run of a case: its exit code, stdout and stderr against the header and the
 * expected changelog. Returns undefined when the run matches, else a one-line reason.
 */
import type { GoldenCase } from './corpus.js';
import { compareChangelogs, parseChangelog } from './changelog.js';

export interface RunOutput {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** True when `text` states the position `line:column` (as `L:C` or `line L, column C`). */
export function mentionsPosition(text: string, line: number, column: number): boolean {
  const re = new RegExp(`(?<![0-9])${line}:${column}(?![0-9])|line ${line},? column ${column}(?![0-9])`, 'i');
  return re.test(text);
}

export function judge(c: GoldenCase, out: RunOutput): string | undefined {
  let actual;
  try {
    actual = parseChangelog(out.stdout, 'stdout');
  } catch (err) {
    return (err as Error).message;
  }
  const fail = c.header.fail;
  if (fail) {
    if (out.exitCode === 0) return `expected failure '${fail.substring}', but exit 0`;
    // Case-insensitive: 'Column' and 'column' are the same message to a user.
    if (!out.stderr.toLowerCase().includes(fail.substring.toLowerCase())) {
      return `stderr lacks '${fail.substring}': ${firstLine(out.stderr) || '(empty)'}`;
    }
    if (fail.line !== undefined && !mentionsPosition(out.stderr, fail.line, fail.column!)) {
      return `stderr lacks position ${fail.line}:${fail.column}: ${firstLine(out.stderr)}`;
    }
    // Output of the statements before the error must still be right, when the case says what it is.
    return c.hasExpected ? compareChangelogs(c.expected, actual, c.header) : undefined;
  }
  if (out.exitCode !== 0) return `exit ${out.exitCode}: ${firstLine(out.stderr) || '(no stderr)'}`;
  return compareChangelogs(c.expected, actual, c.header);
}
