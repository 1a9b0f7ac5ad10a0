/**
 * kcat (librdkafka 2.0.2) against the broker: metadata, keyed produce, formatted consume that
 * exits at the end, every compression codec, 10,000 records with headers, ~1 MB records,
 * NULL values, and a consumer at the end of the log woken by a produce (long poll).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { run } from './test-support/run.js';

let tb: TestBroker;
let kcat: string;

before(async () => {
  kcat = requireTool('kcat');
  tb = await startTestBroker();
});
after(async () => {
  await tb?.stop();
});

const k = (args: string[], input?: string) =>
  run(kcat, ['-b', tb.bootstrap, ...args], { input, timeoutMs: 40_000 });

test('metadata lists this broker as controller, and topics with partitions', async () => {
  await k(['-P', '-t', 'meta-t', '-K:'], 'a:1\n');
  const { stdout } = await k(['-L', '-t', 'meta-t']);
  assert.match(stdout, new RegExp(`broker 1 at 127\\.0\\.0\\.1:${tb.port} \\(controller\\)`));
  assert.match(stdout, /topic "meta-t" with 1 partitions:\s+partition 0, leader 1, replicas: 1, isrs: 1/);
});

test('keyed produce and formatted consume that exits at the end of the log', async () => {
  const lines = Array.from({ length: 100 }, (_, i) => `key${i}:value ${i}`).join('\n') + '\n';
  await k(['-P', '-t', 'keyed', '-K:'], lines);
  const { stdout } = await k(['-C', '-t', 'keyed', '-e', '-f', '%k|%s|%p|%o\n']);
  const got = stdout.trim().split('\n');
  assert.equal(got.length, 100);
  assert.equal(got[0], 'key0|value 0|0|0');
  assert.equal(got[99], 'key99|value 99|0|99');
});

for (const codec of ['gzip', 'snappy', 'lz4', 'zstd']) {
  test(`codec ${codec}: produce and consume 2,000 records`, async () => {
    const topic = `codec-${codec}`;
    const lines =
      Array.from({ length: 2000 }, (_, i) => `k${i % 50}:${codec} payload ${i} ${'x'.repeat(i % 100)}`).join(
        '\n',
      ) + '\n';
    await k(['-P', '-t', topic, '-K:', '-z', codec, '-X', 'linger.ms=20'], lines);
    const { stdout } = await k(['-C', '-t', topic, '-e', '-f', '%k:%s\n']);
    assert.equal(stdout, lines);
  });
}

test('10,000 records with keys and headers round-trip', async () => {
  const lines = Array.from({ length: 10_000 }, (_, i) => `key-${i}\tval-${i}`).join('\n') + '\n';
  await k(['-P', '-t', 'tenk', '-K\t', '-H', 'source=kcat', '-H', 'n=1'], lines);
  const { stdout } = await k(['-C', '-t', 'tenk', '-e', '-f', '%k\t%s\t%h\n']);
  const got = stdout.trim().split('\n');
  assert.equal(got.length, 10_000);
  assert.equal(got[1234], 'key-1234\tval-1234\tsource=kcat,n=1');
});

test('records near 1 MB', async () => {
  const big = 'b'.repeat(900_000);
  await k(['-P', '-t', 'big', '-X', 'message.max.bytes=2000000'], `${big}\n${big}\n`);
  const { stdout } = await k(['-C', '-t', 'big', '-e', '-f', '%S\n', '-X', 'fetch.message.max.bytes=1000']);
  assert.equal(stdout, '900000\n900000\n');
});

test('empty values are produced as NULL with -Z and read back as NULL', async () => {
  await k(['-P', '-t', 'nulls', '-K:', '-Z'], 'a:\nb:x\n');
  const { stdout } = await k(['-C', '-t', 'nulls', '-e', '-Z', '-f', '%k=%S\n']);
  assert.equal(stdout, 'a=-1\nb=1\n');
});

test('a consumer at the end of the log is woken by a produce (long poll)', async () => {
  await k(['-P', '-t', 'wake', '-K:'], 'a:0\n');
  const t0 = Date.now();
  const consumer = k([
    '-C',
    '-t',
    'wake',
    '-o',
    'end',
    '-c',
    '1',
    '-f',
    '%s\n',
    '-X',
    'fetch.wait.max.ms=10000',
  ]);
  await new Promise((r) => setTimeout(r, 1500));
  await k(['-P', '-t', 'wake', '-K:'], 'b:1\n');
  const { stdout } = await consumer;
  assert.equal(stdout, '1\n');
  assert.ok(Date.now() - t0 < 8000, 'the waiting fetch returned once data arrived');
});
