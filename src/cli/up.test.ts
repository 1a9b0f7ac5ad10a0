// `eddy up` as users run it: a child process, banner, endpoints.json, health, lock, signals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDDY_BIN, runEddy, startPlatformProcess } from '../testing/platform.js';

test('eddy up prints a banner, writes endpoints.json and serves /health and /version', async () => {
  const p = await startPlatformProcess({ components: ['http'] });
  try {
    const ep = JSON.parse(readFileSync(join(p.dataDir, 'endpoints.json'), 'utf8'));
    assert.equal(ep.pid, p.child.pid);
    assert.ok(ep.components.http.port > 0);
    const health = await fetch(`${p.endpoints.http.url}/health`);
    assert.equal(health.status, 200);
    const body = (await health.json()) as { status: string; components: Record<string, { state: string }> };
    assert.equal(body.status, 'ok');
    assert.equal(body.components.http.state, 'running');
    const version = (await (await fetch(`${p.endpoints.http.url}/version`)).json()) as { version: string };
    assert.match(version.version, /^\d+\.\d+\.\d+/);
    // The banner arrives right after endpoints.json.
    for (let i = 0; i < 50 && !p.output().stdout.includes('Ctrl-C'); i++)
      await new Promise((r) => setTimeout(r, 20));
    assert.match(p.output().stdout, /Eddy .* is up/);
    assert.ok(p.output().stdout.includes(p.endpoints.http.url));
  } finally {
    await p.stop();
  }
});

test('a second instance on the same data dir exits 2 naming the pid', async () => {
  const p = await startPlatformProcess({ components: ['http'] });
  try {
    const r = await runEddy(['up', '--data-dir', p.dataDir, '--http-port', '0', '--components', 'http']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`data dir .* in use by pid ${p.child.pid}`));
    assert.ok(existsSync(join(p.dataDir, 'endpoints.json')), 'the first instance keeps its endpoints.json');
  } finally {
    await p.stop();
  }
});

test('a second instance on the same port exits 2 with the port and the flag to change it', async () => {
  const p = await startPlatformProcess({ components: ['http'] });
  const other = mkdtempSync(join(tmpdir(), 'eddy-test-'));
  try {
    const r = await runEddy([
      'up',
      '--data-dir',
      other,
      '--http-port',
      String(p.endpoints.http.port),
      '--components',
      'http',
    ]);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      new RegExp(`port 127.0.0.1:${p.endpoints.http.port} is already in use.*--http-port`),
    );
    assert.equal(existsSync(join(other, 'eddy.lock')), false, 'the failed instance released its lock');
  } finally {
    await p.stop();
    rmSync(other, { recursive: true, force: true });
  }
});

test('SIGTERM stops everything, removes endpoints.json and exits 0 within 5 s', async () => {
  const p = await startPlatformProcess({ keepDataDir: true });
  const t0 = Date.now();
  const code = new Promise<number | null>((r) => p.child.on('exit', (c) => r(c)));
  p.child.kill('SIGTERM');
  assert.equal(await code, 0);
  assert.ok(Date.now() - t0 < 5000, `exit took ${Date.now() - t0} ms`);
  assert.equal(existsSync(join(p.dataDir, 'endpoints.json')), false);
  assert.equal(existsSync(join(p.dataDir, 'eddy.lock')), false);
  rmSync(p.dataDir, { recursive: true, force: true });
});

test('SIGINT exits 0; a stale lock of a dead process is taken over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-test-'));
  writeFileSync(join(dir, 'eddy.lock'), '999999999\n');
  const p = await startPlatformProcess({ dataDir: dir, components: ['http'] });
  const code = new Promise<number | null>((r) => p.child.on('exit', (c) => r(c)));
  p.child.kill('SIGINT');
  assert.equal(await code, 0);
  rmSync(dir, { recursive: true, force: true });
});

test('the config file sets the same keys as the flags; flags win', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-test-'));
  const cfg = join(dir, 'eddy.yaml');
  writeFileSync(cfg, `data-dir: ${join(dir, 'data')}\nhttp-port: 0\ncomponents: [http]\nlog-level: warn\n`);
  const child = spawn(process.execPath, [EDDY_BIN, 'up', '--config', cfg, '--log-format', 'json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let ep: { components: Record<string, { url: string }> } | undefined;
    for (let i = 0; i < 200 && !ep; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        ep = JSON.parse(readFileSync(join(dir, 'data', 'endpoints.json'), 'utf8'));
      } catch {
        /* not yet */
      }
    }
    assert.ok(ep, 'endpoints.json appeared in the data dir named by the config file');
    assert.deepEqual(Object.keys(ep.components), ['http']);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
  const bad = mkdtempSync(join(tmpdir(), 'eddy-test-'));
  writeFileSync(join(bad, 'eddy.yaml'), 'http-prot: 1\n');
  const r = await runEddy(['up', '--config', join(bad, 'eddy.yaml')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown key 'http-prot'/);
  rmSync(bad, { recursive: true, force: true });
});
