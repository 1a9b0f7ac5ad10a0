#!/usr/bin/env node
// `npm run bench [-- <name> …] [--dir DIR]`: runs benchmark files (`**/bench/*.bench.js` under
// dist/), each in its own process (JIT state of one must not colour another). A name selects
// files whose base name or any folder equals it (`broker` runs dist/broker/**/bench/*).
// Each result line reads `name: value unit (ratio x.xx vs baseline)`, the baseline measured
// in the same run. A file that fails, or prints no ratio line, fails the run.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
let dir = join(root, 'dist');
const names = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--dir') dir = argv[++i];
  else if (argv[i] === '--list') names.push('--list');
  else names.push(argv[i]);
}
export const RESULT_LINE =
  /^(\S.*?): (-?[\d.]+(?:e[+-]?\d+)?) (\S.*?) \(ratio (\d+(?:\.\d+)?) vs baseline\)\s*$/i;

function findBenches(d, acc = []) {
  if (!existsSync(d)) return acc;
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) findBenches(p, acc);
    else if (name.endsWith('.bench.js') && p.split(sep).includes('bench')) acc.push(p);
  }
  return acc.sort();
}

function selects(file, name) {
  const rel = relative(dir, file);
  const base = rel
    .split(sep)
    .pop()
    .replace(/\.bench\.js$/, '');
  return base === name || rel.split(sep).slice(0, -1).includes(name);
}

function runFile(file) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', file], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code, out, ms: Date.now() - t0 }));
  });
}

const all = findBenches(dir);
if (names.includes('--list')) {
  for (const f of all) console.log(relative(dir, f));
  process.exit(0);
}
const files = names.length === 0 ? all : all.filter((f) => names.some((n) => selects(f, n)));
let failed = 0;
let results = 0;
if (files.length === 0) {
  console.log(
    `no benchmark matches ${names.join(', ') || '(any)'}; available: ${all.map((f) => relative(dir, f)).join(', ') || 'none'}`,
  );
  failed++;
}
for (const file of files) {
  const rel = relative(dir, file);
  console.log(`== ${rel}`);
  const r = await runFile(file);
  const lines = r.out.split('\n').filter((l) => RESULT_LINE.test(l));
  results += lines.length;
  if (r.code !== 0) {
    failed++;
    console.log(`FAIL ${rel}: exited with code ${r.code}`);
  } else if (lines.length === 0) {
    failed++;
    console.log(`FAIL ${rel}: printed no result line "name: value unit (ratio x.xx vs baseline)"`);
  } else {
    console.log(`ok ${rel} (${lines.length} results, ${(r.ms / 1000).toFixed(1)}s)`);
  }
}
console.log(`${results} results, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
