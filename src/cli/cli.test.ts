import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runEddy } from '../testing/platform.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

test('eddy --version prints the package version', async () => {
  const r = await runEddy(['--version']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), pkg.version);
});

test('eddy --help lists the commands', async () => {
  const r = await runEddy(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Usage: eddy/);
  assert.match(r.stdout, /\bup\b/);
});

test('eddy up --help lists every flag with its environment variable', async () => {
  const r = await runEddy(['up', '--help']);
  assert.equal(r.code, 0);
  for (const flag of [
    '--data-dir',
    '--host',
    '--http-port',
    '--kafka-port',
    '--registry-port',
    '--log-level',
    '--log-format',
    '--components',
    '--config',
  ]) {
    assert.ok(r.stdout.includes(flag), `help mentions ${flag}`);
  }
  assert.match(r.stdout, /EDDY_HTTP_PORT/);
});

test('an unknown flag is one clear line and exit code 2', async () => {
  const r = await runEddy(['up', '--bogus-flag']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /unknown option '--bogus-flag'/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
});

test('an unknown command is exit code 2', async () => {
  const r = await runEddy(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
});

test('a bad port value is one clear line and exit code 2', async () => {
  const r = await runEddy(['up', '--http-port', '99999']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--http-port: '99999' is not a port/);
});

test('a bad value in the environment names the variable', async () => {
  const r = await runEddy(['up', '--components', 'http'], { env: { EDDY_LOG_LEVEL: 'loud' } });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /EDDY_LOG_LEVEL: 'loud' is not one of/);
});

test('an unwritable data dir is one clear line and exit code 2', async () => {
  const r = await runEddy(['up', '--data-dir', '/proc/version/eddy', '--http-port', '0']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /data dir \/proc\/version\/eddy is not writable/);
});

test('a missing config file is one clear line and exit code 2', async () => {
  const r = await runEddy(['up', '--config', '/nonexistent/eddy.yaml']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /config file \/nonexistent\/eddy.yaml cannot be read/);
});
