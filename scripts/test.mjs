#!/usr/bin/env node
// `npm test`: the one entry point. Builds, checks tools, lint, format and layer rules, then
// runs every compiled test file (found recursively under dist/), each in its own process,
// two at a time, and ends with one line `N passed, N failed` covering everything.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const skipChecks = args.includes('--no-checks');
const concurrency = Number(process.env.EDDY_TEST_CONCURRENCY ?? Math.max(2, Math.min(4, cpus().length)));
const fileTimeoutMs = Number(process.env.EDDY_TEST_FILE_TIMEOUT_MS ?? 240_000);
const started = Date.now();

let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, cmdArgs, { timeoutMs = 600_000, env = {} } = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(cmd, cmdArgs, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Reap anything the test left behind in its process group.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* group already gone */
      }
      resolve({ code, signal, out, timedOut, ms: Date.now() - t0 });
    });
  });
}

const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

async function check(name, cmd, cmdArgs, opts) {
  const r = await run(cmd, cmdArgs, opts);
  if (r.code === 0) {
    passed++;
    console.log(`ok   ${name} (${secs(r.ms)})`);
  } else {
    failed++;
    failures.push(name);
    console.log(`FAIL ${name} (${secs(r.ms)})${r.timedOut ? ' timed out' : ''}\n${indent(r.out)}`);
  }
  return r.code === 0;
}

function indent(text) {
  const lines = text.trimEnd().split('\n');
  const tail =
    lines.length > 400 ? ['… (' + (lines.length - 400) + ' lines cut)', ...lines.slice(-400)] : lines;
  return tail.map((l) => '     | ' + l).join('\n');
}

function findTests(dir, acc = []) {
  if (!existsSync(dir)) return acc;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, acc);
    else if (name.endsWith('.test.js')) acc.push(p);
  }
  return acc;
}

function findSources(dir, acc = []) {
  if (!existsSync(dir)) return acc;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findSources(p, acc);
    else if (name.endsWith('.test.ts')) acc.push(p);
  }
  return acc;
}

function parseTap(out) {
  const num = (k) => {
    const m = out.match(new RegExp(`^# ${k} (\\d+)$`, 'm'));
    return m ? Number(m[1]) : undefined;
  };
  return {
    tests: num('tests'),
    pass: num('pass'),
    fail: num('fail'),
    skipped: num('skipped'),
    todo: num('todo'),
    cancelled: num('cancelled'),
  };
}

async function main() {
  console.log(`eddy test: concurrency ${concurrency}, per-file budget ${secs(fileTimeoutMs)}`);
  const build = await check('build (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json']);
  if (!build) return finish();
  if (!skipChecks) {
    await check('test tools (scripts/ensure-test-tools)', 'bash', ['scripts/ensure-test-tools']);
    await check('lint (eslint)', 'npx', ['eslint', '.']);
    await check('format (prettier --check)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
    await check('layer rules (dependency-cruiser)', 'npx', [
      'depcruise',
      'src',
      '--config',
      '.dependency-cruiser.cjs',
    ]);
  }

  const sources = findSources(join(root, 'src')).map((p) =>
    relative(join(root, 'src'), p).replace(/\.ts$/, '.js'),
  );
  let files = findTests(join(root, 'dist')).filter((f) => sources.includes(relative(join(root, 'dist'), f)));
  if (only.length > 0) files = files.filter((f) => only.some((o) => f.includes(o)));
  const expected = only.length > 0 ? files.length : sources.length;
  console.log(`test files: ${files.length} found in dist/ for ${sources.length} in src/`);
  if (files.length !== expected) {
    failed++;
    const missing = sources.filter((s) => !files.some((f) => f.endsWith(s)));
    failures.push('test file count');
    console.log(
      `FAIL test files: ${missing.length} source test files have no compiled file: ${missing.join(', ')}`,
    );
  }
  files.sort((a, b) => weight(b) - weight(a));

  let ran = 0;
  const queue = [...files];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    while (queue.length > 0) {
      const file = queue.shift();
      const rel = relative(root, file);
      const r = await run(process.execPath, ['--test', '--test-reporter=tap', file], {
        timeoutMs: fileTimeoutMs,
        env: { EDDY_TEST: '1', FORCE_COLOR: '0' },
      });
      ran++;
      const tap = parseTap(r.out);
      const ok =
        r.code === 0 &&
        !r.timedOut &&
        tap.fail === 0 &&
        (tap.pass ?? 0) > 0 &&
        !tap.skipped &&
        !tap.todo &&
        !tap.cancelled;
      passed += tap.pass ?? 0;
      const bad = Math.max(tap.fail ?? 0, ok ? 0 : 1) + (tap.skipped ?? 0) + (tap.cancelled ?? 0);
      failed += ok ? 0 : bad;
      const counts = `${tap.pass ?? 0} passed, ${tap.fail ?? 0} failed${tap.skipped ? `, ${tap.skipped} skipped (not allowed)` : ''}`;
      if (ok) {
        console.log(`ok   ${rel} (${secs(r.ms)}; ${counts})`);
        // What a suite prints itself (seeds, budgets, measured durations) stays visible.
        const notes = suiteNotes(r.out);
        if (notes.length > 0) console.log(notes.map((l) => '     > ' + l).join('\n'));
      } else {
        failures.push(rel);
        const why = r.timedOut
          ? ` timed out after ${secs(fileTimeoutMs)}`
          : (tap.pass ?? 0) === 0 && !tap.fail
            ? ' ran no test'
            : '';
        console.log(`FAIL ${rel} (${secs(r.ms)}; ${counts})${why}\n${indent(r.out)}`);
      }
    }
  });
  await Promise.all(workers);
  if (ran !== files.length) {
    failed++;
    failures.push(`ran ${ran} of ${files.length} files`);
  }
  finish();
}

const TAP_SUMMARY = /^# (Subtest: |(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms)\b)/;

/** Lines a test file wrote with console.log (TAP `# ` comments), at most 12. */
function suiteNotes(out) {
  const lines = out
    .split('\n')
    .filter((l) => l.startsWith('# ') && !TAP_SUMMARY.test(l))
    .map((l) => l.slice(2).trimEnd())
    .filter((l) => l !== '');
  // The head (seed, budget) and the tail (totals, duration) matter most.
  return lines.length > 12
    ? [...lines.slice(0, 5), `… (${lines.length - 11} lines)`, ...lines.slice(-6)]
    : lines;
}

// Slow suites first so the two lanes finish together.
function weight(f) {
  return /crash|fuzz|golden|e2e|bench|restart|kafka|python|kcat|client/.test(f) ? 1 : 0;
}

function finish() {
  console.log(`\ntotal ${secs(Date.now() - started)}`);
  if (failures.length > 0) console.log(`failed: ${failures.join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
});
