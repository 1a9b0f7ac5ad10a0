/**
 * Runs fuzz scripts in a worker thread (worker.ts) with a time limit per script: at the limit
 * the worker is asked to cancel the script (as Ctrl-C does); if it does not answer soon after,
 * it is terminated — that counts as a hang — and a fresh worker takes over. Crashes (an
 * uncaught exception or unhandled rejection in the worker, memory exhausted) count too.
 */
import { Worker } from 'node:worker_threads';
import type { CaseOutcome, SeenError } from './oracle.js';
import type { WorkerRequest } from './worker.js';

/** What a run gave: an outcome, or why there is none. */
export type RunResult =
  | {
      readonly kind: 'outcome';
      readonly outcome: CaseOutcome;
      readonly cancelled: boolean;
      readonly crash?: SeenError;
    }
  | { readonly kind: 'hang'; readonly ms: number }
  | { readonly kind: 'crash'; readonly message: string };

type Done = { kind: 'done'; id: number; outcome: CaseOutcome };
type Msg = Done | { kind: 'crash'; error: SeenError };

/** One worker thread at a time, replaced when it hangs or dies. */
export class FuzzRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending: ((m: Done | { kind: 'exit'; message: string }) => void) | undefined;
  private crash: SeenError | undefined;

  constructor(
    private readonly softMs = 4000,
    private readonly hardMs = 3000,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 768 },
      stdout: true,
      stderr: true,
    });
    // The engine may log: the fuzz test does not print it.
    w.stdout.resume();
    w.stderr.resume();
    w.on('message', (m: Msg) => {
      if (m.kind === 'crash') this.crash ??= m.error;
      else this.pending?.(m);
    });
    w.on('error', (e) => this.pending?.({ kind: 'exit', message: `worker error: ${e.message}` }));
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      this.pending?.({ kind: 'exit', message: `worker exited with code ${code}` });
    });
    this.worker = w;
    return w;
  }

  /** Runs one script. */
  async run(sql: string, files: Readonly<Record<string, string>>): Promise<RunResult> {
    const w = this.ensure();
    const id = this.nextId++;
    this.crash = undefined;
    const t0 = Date.now();
    let cancelled = false;
    let clear = (): void => {};
    const answer = new Promise<Done | { kind: 'exit'; message: string } | { kind: 'hang' }>((resolve) => {
      this.pending = (m) => {
        if (m.kind === 'done' && m.id !== id) return;
        resolve(m);
      };
      const soft = setTimeout(() => {
        cancelled = true;
        w.postMessage({ abort: true });
        hard = setTimeout(() => resolve({ kind: 'hang' }), this.hardMs);
      }, this.softMs);
      let hard: NodeJS.Timeout | undefined;
      clear = () => {
        clearTimeout(soft);
        if (hard) clearTimeout(hard);
      };
    });
    const req: WorkerRequest = { id, sql, files };
    w.postMessage(req);
    const m = await answer;
    clear();
    this.pending = undefined;
    if (m.kind === 'hang') {
      await this.restart();
      return { kind: 'hang', ms: Date.now() - t0 };
    }
    if (m.kind === 'exit') {
      await this.restart();
      return { kind: 'crash', message: m.message };
    }
    // Give a stray rejection of this script a moment to surface.
    await new Promise((r) => setImmediate(r));
    return { kind: 'outcome', outcome: m.outcome, cancelled, crash: this.crash };
  }

  private async restart(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.restart();
  }
}
