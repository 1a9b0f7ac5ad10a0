/**
 * Validation errors as Flink words them, with the position in the script:
 * `SQL validation failed. From line 1, column 8 to line 1, column 12: Column 'prcie' not found
 * in table 'bid'; did you mean 'price'?`. The diagnostics carry the span for editors.
 */
import { SqlError, type Span } from '../../../common/errors.js';

/** Builds a validation SqlError. */
export function validationError(message: string, span: Span | undefined, hint?: string): SqlError {
  const where =
    span === undefined
      ? ''
      : `From line ${span.start.line}, column ${span.start.column} to line ${span.end.line}, column ${Math.max(1, span.end.column - 1)}: `;
  const text = `SQL validation failed. ${where}${message}${hint === undefined ? '' : ` (hint: ${hint})`}`;
  return new SqlError('EDDY_SQL_VALIDATE', text, [
    hint === undefined
      ? { message, ...(span ? { span } : {}) }
      : { message, hint, ...(span ? { span } : {}) },
  ]);
}

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n]!;
}

/** The closest candidate (case-insensitive distance ≤ max(2, len/3)), for "did you mean" hints. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = c === name ? Infinity : editDistance(lower, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** `; did you mean 'x'?` or the empty string. */
export function didYouMean(name: string, candidates: readonly string[]): string {
  const c = closestName(name, candidates);
  return c === undefined ? '' : `; did you mean '${c}'?`;
}
