/**
 * Run `eddy up --components broker,registry` as a child process on OS-chosen ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '../../../bin/eddy.js');

export interface EddyProcess {
  child: ChildProcess;
  registryUrl: string;
  kafka: string;
  output(): string;
}

export async function startEddy(dataDir: string, timeoutMs = 30_000): Promise<EddyProcess> {
  await rm(join(dataDir, 'endpoints.json'), { force: true });
  const child = spawn(
    process.execPath,
    [
      BIN,
      'up',
      '--components',
      'broker,registry',
      '--kafka-port',
      '0',
      '--registry-port',
      '0',
      '--data-dir',
      dataDir,
      '--log-level',
      'warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`eddy up exited with ${child.exitCode}: ${out}`);
    try {
      const ep = JSON.parse(await readFile(join(dataDir, 'endpoints.json'), 'utf8')) as {
        pid: number;
        components: Record<string, { url: string }>;
      };
      if (ep.pid === child.pid && ep.components.registry) {
        return {
          child,
          registryUrl: ep.components.registry.url,
          kafka: ep.components.broker!.url,
          output: () => out,
        };
      }
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`eddy up did not start within ${timeoutMs} ms: ${out}`);
}

/** SIGKILL and wait for the exit. */
export async function killEddy(p: EddyProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return;
  const exited = new Promise((r) => p.child.once('exit', r));
  p.child.kill(signal);
  await exited;
}
