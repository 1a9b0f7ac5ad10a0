/**
 * The golden corpus (test/golden): runs test/golden through `eddy sql` in a child runner
 * process (run-corpus.js, which exits when done even if a statement leaves work behind) and
 * requires every non-pending case to pass. Budget: 3 minutes; the runner prints its duration.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RUNNER = fileURLToPath(new URL('./run-corpus.js', import.meta.url));

test("golden corpus: every non-pending case gives Flink's result", { timeout: 240_000 }, async () => {
  const child = spawn(process.execPath, [RUNNER], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 230_000);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearTimeout(timer);
  console.log(out);
  assert.equal(
    code,
    0,
    `golden runner failed:\n${out
      .split('\n')
      .filter((l) => l.startsWith('FAIL') || l.startsWith('golden'))
      .slice(0, 40)
      .join('\n')}`,
  );
});
