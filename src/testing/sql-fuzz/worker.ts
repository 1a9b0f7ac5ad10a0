/**
 * The fuzz test's worker thread: runs scripts through `runSqlScript` (the code path of
 * `eddy sql --output jsonl`) with the engine session wrapped so every error that reaches the
 * CLI is seen as an object (class, code), not only as text. A worker the runner must terminate
 * (a hang, a crash, memory exhausted) takes only itself down.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { EddyError } from '../../common/errors.js';
import { openEngineSession } from '../../cli/sql/engine-session.js';
import type { SqlEngineFactory, StatementOutcome } from '../../cli/sql/engine-port.js';
import { runSqlScript } from '../../cli/sql/run-script.js';
import type { CaseOutcome, SeenError } from './oracle.js';

/** A request to the worker. */
export interface WorkerRequest {
  readonly id: number;
  readonly sql: string;
  readonly files: Readonly<Record<string, string>>;
}

function seen(err: unknown, where: string): SeenError {
  if (err instanceof EddyError)
    return { name: err.name, eddy: true, code: err.code, message: err.message, where };
  if (err instanceof Error)
    return { name: err.name, eddy: false, message: err.message, where, stack: err.stack };
  return { name: typeof err, eddy: false, message: String(err), where };
}

let aborter: AbortController | undefined;

async function runCase(req: WorkerRequest): Promise<CaseOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-fuzz-'));
  const errors: SeenError[] = [];
  let stdout = '';
  let stderr = '';
  const t0 = Date.now();
  const sql = req.sql.replaceAll('${tmpdir}', dir);
  try {
    for (const [name, text] of Object.entries(req.files)) writeFileSync(join(dir, name), text);
    const engine: SqlEngineFactory = async (o) => {
      const s = await openEngineSession(o);
      return {
        timeZone: () => s.timeZone(),
        close: async () => {
          try {
            await s.close();
          } catch (e) {
            errors.push(seen(e, 'close'));
            throw e;
          }
        },
        async execute(st): Promise<StatementOutcome> {
          let out: StatementOutcome;
          try {
            out = await s.execute(st);
          } catch (e) {
            errors.push(seen(e, 'execute'));
            throw e;
          }
          if (out.kind !== 'result') return out;
          const changes = out.changes;
          return {
            ...out,
            cancel: () => out.kind === 'result' && out.cancel(),
            changes: (async function* () {
              try {
                yield* changes;
              } catch (e) {
                errors.push(seen(e, 'results'));
                throw e;
              }
            })(),
          };
        },
      };
    };
    aborter = new AbortController();
    const exitCode = await runSqlScript({
      text: sql,
      output: 'jsonl',
      stdout: { write: (s: string) => ((stdout += s), true) },
      stderr: { write: (s: string) => ((stderr += s), true) },
      baseDir: dir,
      signal: aborter.signal,
      engine,
    });
    return { sql, exitCode, stdout, stderr, errors, ms: Date.now() - t0 };
  } catch (e) {
    errors.push(seen(e, 'runSqlScript threw'));
    return { sql, exitCode: 1, stdout, stderr, errors, ms: Date.now() - t0 };
  } finally {
    aborter = undefined;
    rmSync(dir, { recursive: true, force: true });
  }
}

process.on('unhandledRejection', (e) =>
  parentPort!.postMessage({ kind: 'crash', error: seen(e, 'unhandled rejection') }),
);
process.on('uncaughtException', (e) =>
  parentPort!.postMessage({ kind: 'crash', error: seen(e, 'uncaught exception') }),
);

parentPort!.on('message', (msg: WorkerRequest | { abort: true }) => {
  if ('abort' in msg) {
    aborter?.abort();
    return;
  }
  void runCase(msg).then((outcome) => parentPort!.postMessage({ kind: 'done', id: msg.id, outcome }));
});
