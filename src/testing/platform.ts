/**
 * Start the platform for a test — in this process or as a child process, the way users start
 * it — on ports the OS chooses (read back from endpoints.json), and always stop it.
 *
 * @example
 * const p = await startPlatformProcess({ components: ['broker'] });
 * try { … p.endpoints.broker.port … } finally { await p.stop(); }
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComponentEndpoint } from '../common/component.js';
import { silentLogger } from '../common/logger.js';
import { knownComponents, startPlatform } from '../server/platform.js';
import type { EddyConfig } from '../server/config.js';

/** Absolute path of bin/eddy.js. */
export const EDDY_BIN = fileURLToPath(new URL('../../bin/eddy.js', import.meta.url));

export interface TestPlatform {
  dataDir: string;
  endpoints: Record<string, ComponentEndpoint>;
  /** Stops the platform (and removes its data dir unless `keepDataDir`). */
  stop(): Promise<void>;
}

export interface StartOptions {
  components?: string[];
  dataDir?: string;
  keepDataDir?: boolean;
  broker?: EddyConfig['broker'];
  registry?: EddyConfig['registry'];
}

export async function startPlatformInProcess(opts: StartOptions = {}): Promise<TestPlatform> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'eddy-test-'));
  const config: EddyConfig = {
    dataDir,
    host: '127.0.0.1',
    httpPort: 0,
    kafkaPort: 0,
    registryPort: 0,
    logLevel: 'silent',
    logFormat: 'json',
    components: opts.components ?? knownComponents(),
    broker: opts.broker ?? {},
    registry: opts.registry ?? {},
  };
  const platform = await startPlatform(config, { logger: silentLogger() });
  return {
    dataDir,
    endpoints: platform.endpoints,
    async stop() {
      await platform.stop();
      if (!opts.keepDataDir && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ChildPlatform extends TestPlatform {
  child: ChildProcess;
  /** Everything the process wrote to stdout / stderr so far. */
  output(): { stdout: string; stderr: string };
  /** SIGKILL, for crash tests; the data dir is kept. */
  kill(): Promise<void>;
}

/**
 * Runs `eddy up` as a child process with ports 0 and waits for endpoints.json.
 * `extraArgs` are appended (e.g. ['--config', file]).
 */
export async function startPlatformProcess(
  opts: StartOptions & { extraArgs?: string[]; timeoutMs?: number } = {},
): Promise<ChildPlatform> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'eddy-test-'));
  const args = [
    EDDY_BIN,
    'up',
    '--data-dir',
    dataDir,
    '--http-port',
    '0',
    '--kafka-port',
    '0',
    '--registry-port',
    '0',
    '--log-format',
    'json',
    '--log-level',
    'warn',
  ];
  if (opts.components) args.push('--components', opts.components.join(','));
  args.push(...(opts.extraArgs ?? []));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  let endpoints: Record<string, ComponentEndpoint> | undefined;
  while (!endpoints) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `eddy up exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${stderr}`,
      );
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`eddy up was not ready within ${opts.timeoutMs ?? 20_000} ms:\n${stderr}`);
    }
    try {
      const ep = JSON.parse(readFileSync(join(dataDir, 'endpoints.json'), 'utf8')) as {
        pid: number;
        components: Record<string, ComponentEndpoint>;
      };
      if (ep.pid === child.pid) endpoints = ep.components;
    } catch {
      /* not written yet */
    }
    if (!endpoints) await new Promise((r) => setTimeout(r, 50));
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(t);
  };
  return {
    dataDir,
    endpoints,
    child,
    output: () => ({ stdout, stderr }),
    async stop() {
      await stopWith('SIGTERM');
      if (!opts.keepDataDir && !opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    async kill() {
      await stopWith('SIGKILL');
    },
  };
}

/** Runs `eddy <args>` to completion; returns its exit code and output. */
export function runEddy(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [EDDY_BIN, ...args], {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('close', (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr });
    });
  });
}
