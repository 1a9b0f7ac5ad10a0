/**
 * kcat (librdkafka 2.0.2) options users reach for: -J output with key, headers and timestamp
 * type; -o beginning / -o -N (relative to the end, per partition) / -o N -c N / -o s@ts;
 * -Q offsets by timestamp, -2 (earliest) and -1 (end), also as -J; -G balanced group consume
 * with committed offsets; -X api.version.request=false (librdkafka's fallback versions);
 * -X check.crcs=true; a LogAppendTime topic reports the broker's time and type.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { startTestBroker, type TestBroker } from './test-support/harness.js';
import { run } from './test-support/run.js';

let tb: TestBroker;
let kcat: string;
const BASE = 1_700_000_000_000;

before(async () => {
  kcat = requireTool('kcat');
  tb = await startTestBroker({ 'num.partitions': 1 });
  // Two partitions, ten records each, timestamps BASE + i * 1000 (i = 0..19, partition i % 2).
  const script = String.raw`
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, NewTopic
bs = ${JSON.stringify(tb.bootstrap)}
admin = AdminClient({'bootstrap.servers': bs})
admin.create_topics([NewTopic('ko', 2, 1), NewTopic('ko-lat', 1, 1, config={'message.timestamp.type': 'LogAppendTime'})])['ko'].result()
p = Producer({'bootstrap.servers': bs})
for i in range(20):
    p.produce('ko', key=b'k%d' % i, value=b'v%d' % i, partition=i % 2, timestamp=${BASE} + i * 1000, headers=[('n', b'%d' % i), ('empty', b'')])
assert p.flush(20) == 0
`;
  await run(requireTool('python'), ['-c', script], { timeoutMs: 30_000 });
});
after(async () => {
  await tb?.stop();
});

const k = async (...args: string[]) =>
  (await run(kcat, ['-b', tb.bootstrap, ...args], { timeoutMs: 30_000 })).stdout;
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

test('-J prints key, payload, headers, partition, offset and the CreateTime timestamp', async () => {
  const out = lines(await k('-C', '-t', 'ko', '-p', '0', '-o', 'beginning', '-e', '-q', '-J'));
  assert.equal(out.length, 10);
  assert.deepEqual(JSON.parse(out[1]!), {
    topic: 'ko',
    partition: 0,
    offset: 1,
    tstype: 'create',
    ts: BASE + 2000,
    broker: 1,
    headers: ['n', '2', 'empty', ''],
    key: 'k2',
    payload: 'v2',
  });
});

test('-o -N starts N before the end of each partition; -o N -c N stops after N', async () => {
  const tail = lines(await k('-C', '-t', 'ko', '-o', '-2', '-e', '-q', '-f', '%p:%o:%s\n')).sort();
  assert.deepEqual(tail, ['0:8:v16', '0:9:v18', '1:8:v17', '1:9:v19']);
  const some = lines(await k('-C', '-t', 'ko', '-p', '1', '-o', '3', '-c', '2', '-q', '-f', '%o:%s\n'));
  assert.deepEqual(some, ['3:v7', '4:v9']);
});

test('-o s@ts starts at the first record at or after a timestamp', async () => {
  const out = lines(
    await k('-C', '-t', 'ko', '-p', '0', '-o', `s@${BASE + 5500}`, '-e', '-q', '-f', '%o:%T\n'),
  );
  assert.deepEqual(out[0], `3:${BASE + 6000}`);
  assert.equal(out.length, 7);
});

test('-Q answers offsets for timestamps, -2 (earliest) and -1 (end)', async () => {
  const out = await k('-Q', '-t', `ko:0:${BASE + 4500}`, '-t', `ko:1:${BASE + 10 ** 9}`);
  assert.match(out, /ko \[0\] offset 3\n/);
  assert.match(out, /ko \[1\] offset -1\n/);
  const json = JSON.parse((await k('-Q', '-J', '-t', 'ko:0:-2', '-t', 'ko:1:-1')).trim()) as Record<
    string,
    Record<string, unknown>
  >;
  assert.deepEqual(json.ko, {
    topic: 'ko',
    '0': { partition: 0, offset: 0 },
    '1': { partition: 1, offset: 10 },
  });
});

test('-G consumes as a balanced group member and commits what it read', async () => {
  const out = lines(await k('-G', 'ko-group', '-o', 'beginning', '-e', '-q', '-f', '%p:%o\n', 'ko'));
  assert.equal(out.length, 20);
  // Without -o (which kcat applies to every assigned partition) a second member starts at the
  // committed offsets: nothing left to read.
  const again = lines(await k('-G', 'ko-group', '-e', '-q', '-f', '%p:%o\n', 'ko'));
  assert.deepEqual(again, []);
});

test('-X api.version.request=false and -X check.crcs=true still produce and consume', async () => {
  await run(kcat, ['-b', tb.bootstrap, '-X', 'api.version.request=false', '-P', '-t', 'ko-fallback'], {
    input: 'one\ntwo\n',
    timeoutMs: 30_000,
  });
  const out = lines(
    await k('-X', 'api.version.request=false', '-C', '-t', 'ko-fallback', '-o', 'beginning', '-e', '-q'),
  );
  assert.deepEqual(out, ['one', 'two']);
  const crc = lines(
    await k('-X', 'check.crcs=true', '-C', '-t', 'ko', '-p', '0', '-c', '3', '-q', '-f', '%k\n'),
  );
  assert.deepEqual(crc, ['k0', 'k2', 'k4']);
});

test('a LogAppendTime topic reports the broker time and tstype logappend', async () => {
  const before = Date.now();
  await run(kcat, ['-b', tb.bootstrap, '-P', '-t', 'ko-lat'], { input: 'x\n', timeoutMs: 30_000 });
  const rec = JSON.parse(lines(await k('-C', '-t', 'ko-lat', '-o', 'beginning', '-e', '-q', '-J'))[0]!) as {
    tstype: string;
    ts: number;
  };
  assert.equal(rec.tstype, 'logappend');
  assert.ok(rec.ts >= before - 5 && rec.ts <= Date.now() + 5, `ts ${rec.ts}`);
});
