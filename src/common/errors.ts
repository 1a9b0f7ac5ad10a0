/**
 * One error type for all of Eddy, a closed set of codes, and subclasses that say whose fault
 * it is (STYLE.md #4). Message prefixes are stable: tests and clients match on them.
 *
 * @example
 * throw new ConfigError('--http-port must be a number from 0 to 65535, got "abc"');
 */

export const ERROR_CODES = [
  'EDDY_CONFIG',
  'EDDY_USAGE',
  'EDDY_SQL_PARSE',
  'EDDY_SQL_VALIDATE',
  'EDDY_NOT_SUPPORTED',
  'EDDY_EXECUTION',
  'EDDY_PROTOCOL',
  'EDDY_STORAGE',
  'EDDY_NOT_FOUND',
  'EDDY_CONFLICT',
  'EDDY_UNAUTHORIZED',
  'EDDY_FORBIDDEN',
  'EDDY_TIMEOUT',
  'EDDY_INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface EddyErrorOptions {
  cause?: unknown;
  /** True when retrying the same operation may succeed. */
  retriable?: boolean;
  [prop: string]: unknown;
}

/** A position in a source text; lines and columns are 1-based. */
export interface Span {
  readonly start: { readonly line: number; readonly column: number; readonly offset: number };
  readonly end: { readonly line: number; readonly column: number; readonly offset: number };
}

/** One problem found in a user's input, with where it is; the same shape for REST, CLI and web. */
export interface Diagnostic {
  message: string;
  span?: Span;
  notes?: string[];
  hint?: string;
}

export class EddyError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  readonly props: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: EddyErrorOptions = {}) {
    const { cause, retriable, ...props } = options;
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = retriable ?? false;
    this.props = props;
  }
}

/** Bad configuration or command-line input: the user can fix it; the CLI exits 2 without a stack. */
export class ConfigError extends EddyError {
  constructor(message: string, options: EddyErrorOptions = {}) {
    super('EDDY_CONFIG', message, options);
  }
}

/** The user's SQL is wrong; diagnostics say where. */
export class SqlError extends EddyError {
  readonly diagnostics: Diagnostic[];
  constructor(
    code: 'EDDY_SQL_PARSE' | 'EDDY_SQL_VALIDATE',
    message: string,
    diagnostics: Diagnostic[],
    options: EddyErrorOptions = {},
  ) {
    super(code, message, options);
    this.diagnostics = diagnostics;
  }
}

/** A known gap: valid input that Eddy does not support yet. */
export class NotSupportedError extends EddyError {
  constructor(message: string, options: EddyErrorOptions = {}) {
    super('EDDY_NOT_SUPPORTED', message, options);
  }
}

/** A failure while running (a statement, a request): not a bug in Eddy, not a syntax error. */
export class ExecutionError extends EddyError {
  constructor(message: string, options: EddyErrorOptions = {}) {
    super('EDDY_EXECUTION', message, options);
  }
}

/** Our bug. The message says so and asks for a report. */
export class InternalError extends EddyError {
  constructor(message: string, options: EddyErrorOptions = {}) {
    super('EDDY_INTERNAL', `internal error: ${message} (this is a bug in Eddy; please report it)`, options);
  }
}

/** Narrow `unknown` (a caught value) to a message, never printing a stack for expected errors. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Exhaustiveness check for switches over discriminated unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new InternalError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
