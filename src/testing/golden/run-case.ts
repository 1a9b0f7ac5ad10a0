/**
 * Running a golden case the ways users run `eddy sql`: in this process through the CLI's
 * `runSqlScript` (many cases per process), or as a child `node bin/eddy.js sql --file …
 * --output jsonl`. Both substitute `${input}` paths first and give each run a fresh temp dir.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, substitute, type GoldenCase } from './corpus.js';
import type { RunOutput } from './outcome.js';

/** The options `runSqlScript` takes (src/cli/commands/sql.ts). */
export interface SqlScriptOptions {
  text: string;
  file?: string;
  output: 'jsonl' | 'table';
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Serialise the physical plan to compiled-plan JSON and run the plan read back from it. */
  planRoundTrip?: boolean;
}

export type RunSqlScript = (opts: SqlScriptOptions) => Promise<number> | number;

export const SQL_COMMAND_JS = join(REPO_ROOT, 'dist', 'cli', 'commands', 'sql.js');
export const EDDY_BIN = join(REPO_ROOT, 'bin', 'eddy.js');

/** Loads `runSqlScript`, or returns why it cannot (not built yet). */
export async function loadRunSqlScript(): Promise<RunSqlScript | string> {
  if (!existsSync(SQL_COMMAND_JS)) return `${SQL_COMMAND_JS} does not exist (eddy sql not built yet)`;
  try {
    const mod = (await import(pathToFileURL(SQL_COMMAND_JS).href)) as Record<string, unknown>;
    if (typeof mod.runSqlScript !== 'function') return `${SQL_COMMAND_JS} exports no runSqlScript`;
    return mod.runSqlScript as RunSqlScript;
  } catch (err) {
    return `cannot load ${SQL_COMMAND_JS}: ${(err as Error).message}`;
  }
}

/**
 * Whether the engine supports the compiled-plan round trip: the engine, or the CLI's adapter to
 * it, uses the `planRoundTrip` option (run-script.ts only forwards it, so it does not count).
 * Until then those runs are reported "not run".
 */
export function planRoundTripSupported(): boolean {
  const adapter = join(REPO_ROOT, 'dist', 'cli', 'sql', 'engine-session.js');
  if (existsSync(adapter) && readFileSync(adapter, 'utf8').includes('planRoundTrip')) return true;
  const dirs = [join(REPO_ROOT, 'dist', 'engine')];
  const scan = (dir: string): boolean => {
    if (!existsSync(dir)) return false;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (scan(p)) return true;
      } else if (e.name.endsWith('.js') && !e.name.endsWith('.test.js')) {
        if (readFileSync(p, 'utf8').includes('planRoundTrip')) return true;
      }
    }
    return false;
  };
  return dirs.some(scan);
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms (${what})`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** Runs a case in this process. A thrown error counts as exit 1 with its message on stderr. */
export async function runInProcess(
  run: RunSqlScript,
  c: GoldenCase,
  opts: { planRoundTrip?: boolean; timeoutMs?: number } = {},
): Promise<RunOutput> {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-golden-'));
  const out = collector();
  const err = collector();
  try {
    const text = substitute(c, dir);
    const options: SqlScriptOptions = {
      text,
      file: c.sqlPath,
      output: 'jsonl',
      stdout: out.stream,
      stderr: err.stream,
    };
    if (opts.planRoundTrip) options.planRoundTrip = true;
    const code = await withTimeout(Promise.resolve(run(options)), opts.timeoutMs ?? 20_000, c.id);
    return { exitCode: typeof code === 'number' ? code : 0, stdout: out.text(), stderr: err.text() };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { exitCode: 1, stdout: out.text(), stderr: `${err.text()}\n[runner] runSqlScript threw: ${msg}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a case as a child process `node bin/eddy.js sql --file <script> --output jsonl`. */
export async function runChild(c: GoldenCase, timeoutMs = 30_000): Promise<RunOutput> {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-golden-'));
  try {
    // The script keeps its name so error messages name the same file.
    const file = join(dir, `${c.name}.sql`);
    // ${tmpdir} is a directory of its own: a filesystem table there must not read the script.
    const tables = join(dir, 'tmpdir');
    mkdirSync(tables);
    writeFileSync(file, substitute(c, tables));
    return await new Promise<RunOutput>((resolve) => {
      const child = spawn(process.execPath, [EDDY_BIN, 'sql', '--file', file, '--output', 'jsonl'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      const timer = setTimeout(() => {
        stderr += `\n[runner] timed out after ${timeoutMs} ms`;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        resolve({ exitCode: 127, stdout, stderr: `${stderr}\n[runner] spawn failed: ${e.message}` });
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
