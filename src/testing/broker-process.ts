/**
 * An `eddy up --components broker` child process for crash tests: started on a data directory,
 * killed with SIGKILL, restarted on the same port. Test-only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EDDY = fileURLToPath(new URL('../../bin/eddy.js', import.meta.url));

export interface BrokerProcessOptions {
  /** The data directory (kept across restarts; `endpoints.json` is written there). */
  readonly dir: string;
  /** An eddy.yaml to pass with `-c`. */
  readonly config?: string;
  /** Broker settings (Kafka's names): written to `<dir>/eddy.yaml` and passed with `-c`. */
  readonly settings?: Readonly<Record<string, string | number | boolean>>;
  readonly logLevel?: 'warn' | 'info' | 'debug';
  readonly startTimeoutMs?: number;
}

export class BrokerProcess {
  /** The child's stdout and stderr, in arrival order (for failure messages). */
  readonly log: string[] = [];
  private child: ChildProcess | undefined;

  constructor(private readonly opts: BrokerProcessOptions) {}

  /** Whether the last started broker is still running. */
  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the broker on `port` (0: the OS picks) and resolves with its port once it listens. */
  async start(port: number): Promise<number> {
    const { dir, settings, logLevel = 'warn', startTimeoutMs = 15_000 } = this.opts;
    let config = this.opts.config;
    if (settings !== undefined) {
      config = join(dir, 'eddy.yaml');
      const lines = Object.entries(settings).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`);
      await writeFile(config, ['broker:', ...lines, ''].join('\n'));
    }
    const endpoints = join(dir, 'endpoints.json');
    await writeFile(endpoints, '{}');
    const args = [EDDY, 'up', ...(config ? ['-c', config] : []), '--components', 'broker'];
    args.push('--kafka-port', String(port), '--data-dir', dir, '--log-level', logLevel);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => this.log.push(d.toString()));
    child.stderr!.on('data', (d: Buffer) => this.log.push(d.toString()));
    this.child = child;
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      if (child.exitCode !== null)
        throw new Error(`broker exited with ${child.exitCode}: ${this.log.slice(-5).join('')}`);
      try {
        const e = JSON.parse(await readFile(endpoints, 'utf8')) as {
          pid?: number;
          components?: { broker?: { port: number } };
        };
        if (e.pid === child.pid && e.components?.broker) return e.components.broker.port;
      } catch {
        // not written yet
      }
    }
    throw new Error(`broker did not start within ${startTimeoutMs / 1000} s`);
  }

  /** SIGKILL (no shutdown hooks run: a crash) and waits for the exit. */
  async kill(): Promise<void> {
    const b = this.child;
    if (b === undefined || b.exitCode !== null || b.signalCode !== null) return;
    const exited = new Promise((r) => b.once('exit', r));
    b.kill('SIGKILL');
    await exited;
  }
}

/** A crash test's seed: EDDY_CRASH_SEED when set (to repeat a run), else from the clock. */
export function crashSeed(): number {
  return Number(process.env.EDDY_CRASH_SEED ?? Date.now() % 1_000_000);
}

/** xorshift32 in [0, 1): repeatable kill timings from a crash test's seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}
