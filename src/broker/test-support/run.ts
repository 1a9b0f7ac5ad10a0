/**
 * Test support: run an external client (kcat, /usr/bin/python3) asynchronously — the broker
 * under test runs in the same process, so a blocking call would freeze it.
 */
import { spawn } from 'node:child_process';

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs `cmd args`, writing `input` to stdin; rejects on timeout or a non-zero exit unless `allowFail`. */
export function run(
  cmd: string,
  args: string[],
  options: { input?: string | Buffer; timeoutMs?: number; allowFail?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${cmd} ${args.join(' ')} timed out after ${options.timeoutMs ?? 30000} ms\n${Buffer.concat(err).toString()}`,
        ),
      );
    }, options.timeoutMs ?? 30000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const r = { stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), code };
      if (code !== 0 && !options.allowFail)
        reject(new Error(`${cmd} ${args.slice(0, 6).join(' ')} exited ${code}\n${r.stderr.slice(-3000)}`));
      else resolve(r);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
