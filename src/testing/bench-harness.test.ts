// scripts/bench.mjs: runs named benchmark files and fails on an error or a missing ratio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/bench.mjs', import.meta.url));

function harness(files: Record<string, string>, args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-bench-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    const r = spawnSync(process.execPath, [script, '--dir', dir, ...args], { encoding: 'utf8' });
    return { code: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const good = "console.log('thing: 12.5 MB/s (ratio 0.83 vs baseline)');\n";

test('a named benchmark runs and passes with a ratio line', () => {
  const r = harness({ 'broker/bench/produce.bench.js': good, 'other/bench/x.bench.js': 'process.exit(3)' }, [
    'broker',
  ]);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /thing: 12.5 MB\/s \(ratio 0.83 vs baseline\)/);
  assert.match(r.out, /1 results, 0 failed/);
});

test('a benchmark that fails makes the run fail', () => {
  const r = harness({ 'a/bench/x.bench.js': good + 'process.exit(3)\n' }, ['x']);
  assert.equal(r.code, 1);
  assert.match(r.out, /FAIL .*exited with code 3/);
});

test('a benchmark that prints no ratio makes the run fail', () => {
  const r = harness({ 'a/bench/y.bench.js': "console.log('thing: 12 MB/s');\n" }, ['y']);
  assert.equal(r.code, 1);
  assert.match(r.out, /printed no result line/);
});

test('an unknown name fails and lists what exists', () => {
  const r = harness({ 'a/bench/y.bench.js': good }, ['nope']);
  assert.equal(r.code, 1);
  assert.match(r.out, /no benchmark matches nope; available: a\/bench\/y.bench.js/);
});
