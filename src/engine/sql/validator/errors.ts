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

export { didYouMean } from '../../../common/closest-name.js';
