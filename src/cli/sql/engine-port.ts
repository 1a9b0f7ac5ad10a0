/**
 * What `eddy sql` needs from the engine, kept to one small interface so the script runner,
 * the output writers and the tests do not depend on the session's internals
 * (engine-session.ts adapts the engine's session to it).
 */
import type { ScriptStatement } from '../../engine/sql/parser/parse.js';
import type { ResultChange, ResultColumn } from './result-writer.js';

/** The outcome of one statement. */
export type StatementOutcome =
  | { readonly kind: 'status'; readonly message: string }
  | {
      readonly kind: 'result';
      readonly columns: readonly ResultColumn[];
      /** Batches of changes until the result ends (a bounded query ends with its inputs). */
      readonly changes: AsyncIterable<readonly ResultChange[]>;
      /** Stops an unbounded result (Ctrl-C); the iterator then ends. */
      cancel(): void;
    };

/** One session of the engine: statements run in order against its catalogs and settings. */
export interface SqlEngineSession {
  execute(statement: ScriptStatement): Promise<StatementOutcome>;
  /** The session time zone (`sql.local-time-zone`), for printing TIMESTAMP_LTZ values. */
  timeZone(): string;
  close(): Promise<void>;
}

/** Options for opening a session. */
export interface SqlEngineOptions {
  /** Directory that relative paths in table options resolve against. */
  baseDir: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Run each plan through its compiled-plan JSON and back. */
  planRoundTrip: boolean;
  signal: AbortSignal;
}

export type SqlEngineFactory = (opts: SqlEngineOptions) => Promise<SqlEngineSession>;
