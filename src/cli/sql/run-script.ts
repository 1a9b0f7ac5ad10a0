/**
 * Runs a `;`-separated SQL script statement by statement in one engine session, printing each
 * query's result as it arrives. The first error (a parse error, a validation error with its
 * span, a failure at run time) is printed on stderr as `<file>:<line>:<column>: <message>`
 * after the output of the statements before it, and the run ends with exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { EddyError, errorMessage, SqlError, type Span } from '../../common/errors.js';
import { parseScript, type ScriptStatement } from '../../engine/sql/parser/parse.js';
import type { SqlEngineFactory, SqlEngineSession } from './engine-port.js';
import { JsonlWriter } from './jsonl-writer.js';
import type { ResultWriter, TextOut } from './result-writer.js';
import { TableWriter } from './table-writer.js';
import { traceStartup } from './startup-trace.js';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_USAGE = 2;

/** Options of {@link runSqlScript}. */
export interface SqlScriptOptions {
  /** The script; read from `file` when absent. */
  text?: string;
  /** The script's path (`-` = standard input): read when `text` is absent, named in error messages. */
  file?: string;
  output?: 'jsonl' | 'table';
  stdout: TextOut;
  stderr: TextOut;
  /** Run every plan through compiled-plan JSON and back (golden tests). */
  planRoundTrip?: boolean;
  /** Stops an unbounded query (Ctrl-C); the script then ends with exit 0. */
  signal?: AbortSignal;
  /** Directory for relative paths in table options (default: the script's directory, else cwd). */
  baseDir?: string;
  /** The engine; defaults to the engine's session (engine-session.ts). */
  engine?: SqlEngineFactory;
}

/** The whole of standard input (`--file -`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `file:line:column: ` of a span, or of the statement when the error has none. */
function where(file: string, span: Span | undefined): string {
  return span === undefined ? `${file}: ` : `${file}:${span.start.line}:${span.start.column}: `;
}

function errorSpan(err: unknown): Span | undefined {
  if (err instanceof SqlError) return err.diagnostics.find((d) => d.span !== undefined)?.span;
  // Run-time failures (division by zero, a failing CAST) carry the failing expression's span.
  if (err instanceof EddyError && isSpan(err.props.span)) return err.props.span;
  return undefined;
}

function isSpan(v: unknown): v is Span {
  const s = v as Span | undefined;
  return typeof s?.start?.line === 'number' && typeof s.start.column === 'number';
}

function report(stderr: TextOut, file: string, err: unknown, fallback: Span | undefined): void {
  const msg =
    err instanceof EddyError
      ? err.message
      : `unexpected error: ${errorMessage(err)} (this is a bug in Eddy; please report it)`;
  stderr.write(`eddy: ${where(file, errorSpan(err) ?? fallback)}${msg}\n`);
  if (!(err instanceof EddyError) && process.env.EDDY_DEBUG && err instanceof Error)
    stderr.write(`${err.stack}\n`);
}

/** Runs the statements; resolves to the exit code. Never throws for bad input. */
export async function runSqlScript(opts: SqlScriptOptions): Promise<number> {
  const file = opts.file ?? '<script>';
  let text = opts.text;
  if (text === undefined) {
    if (opts.file === undefined) {
      opts.stderr.write('eddy: no SQL script given: pass --file <script.sql>\n');
      return EXIT_USAGE;
    }
    try {
      text = opts.file === '-' ? await readStdin() : await readFile(opts.file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : errorMessage(e);
      opts.stderr.write(`eddy: cannot read SQL script ${opts.file}: ${why}\n`);
      return EXIT_USAGE;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = parseScript(text);
  if (parsed.statements.length === 0 && parsed.diagnostics.length === 0) {
    opts.stderr.write(`eddy: the SQL script ${file} is empty (no statements)\n`);
    return EXIT_USAGE;
  }
  const baseDir =
    opts.baseDir ??
    (opts.file !== undefined && opts.file !== '-' ? dirname(resolve(opts.file)) : process.cwd());
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const engine = opts.engine ?? (await import('./engine-session.js')).openEngineSession;
  let session: SqlEngineSession;
  try {
    session = await engine({
      baseDir,
      // The `print` sink's lines would corrupt the JSON Lines stream: with --output jsonl they go
      // to stderr, so stdout stays one JSON object per line.
      stdout: opts.output === 'jsonl' ? opts.stderr : opts.stdout,
      stderr: opts.stderr,
      planRoundTrip: opts.planRoundTrip ?? false,
      signal: controller.signal,
    });
  } catch (e) {
    report(opts.stderr, file, e, undefined);
    return EXIT_ERROR;
  }
  const firstParseError = parsed.diagnostics[0];
  try {
    for (const st of parsed.statements) {
      if (firstParseError && firstParseError.span.start.offset < st.span.start.offset) break;
      if (controller.signal.aborted) return EXIT_OK;
      const ok = await runOne(session, st, opts, file, controller.signal);
      if (!ok) return EXIT_ERROR;
    }
    if (firstParseError) {
      opts.stderr.write(
        `eddy: ${where(file, firstParseError.span)}SQL parse error: ${firstParseError.message}\n`,
      );
      return EXIT_ERROR;
    }
    return EXIT_OK;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await session.close().catch(() => undefined);
  }
}

async function runOne(
  session: SqlEngineSession,
  st: ScriptStatement,
  opts: SqlScriptOptions,
  file: string,
  signal: AbortSignal,
): Promise<boolean> {
  let writer: ResultWriter | undefined;
  try {
    const outcome = await session.execute(st);
    if (outcome.kind === 'status') {
      // jsonl carries query results only (a columns line, then changes), so a machine reading
      // it sees nothing but results; DDL, SET and USE succeed silently there.
      if (opts.output === 'table') opts.stdout.write(`[INFO] ${outcome.message}\n`);
      return true;
    }
    writer = opts.output === 'table' ? new TableWriter(opts.stdout) : new JsonlWriter(opts.stdout);
    writer.begin(outcome.columns, session.timeZone());
    const cancel = (): void => outcome.cancel();
    signal.addEventListener('abort', cancel, { once: true });
    let failed = true;
    try {
      for await (const batch of outcome.changes) {
        if (batch.length > 0) traceStartup('first rows');
        writer.changes(batch);
      }
      failed = false;
    } finally {
      signal.removeEventListener('abort', cancel);
      writer.end(failed);
    }
    return true;
  } catch (e) {
    report(opts.stderr, file, e, st.span);
    return false;
  }
}
