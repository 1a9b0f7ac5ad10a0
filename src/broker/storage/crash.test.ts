/**
 * Crash test (issue 4): an idempotent acks=all producer (librdkafka through Debian's
 * confluent_kafka) writes while the broker process (`eddy up --components broker`) is killed
 * with SIGKILL at random moments, at least 20 times. Afterwards every acknowledged record is
 * at its acknowledged offset byte for byte, nothing appears twice, the producer never reported
 * a fatal error, and the log reads to the end. Time budget: ~90 s of kills; prints its duration.
 */
import { BrokerProcess, crashSeed, seededRandom } from '../../testing/broker-process.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { requireTool } from '../../testing/tools.js';
import { tempDir } from './test-support.js';

const KILLS = 20;
const SEED = crashSeed();

const PRODUCER = String.raw`
import json, sys, time, threading
from confluent_kafka import Producer, KafkaError
from confluent_kafka.admin import AdminClient, NewTopic
bootstrap, topic = sys.argv[1], sys.argv[2]
admin = AdminClient({'bootstrap.servers': bootstrap})
while True:
    try:
        admin.create_topics([NewTopic(topic, 2, 1)])[topic].result(10)
        break
    except Exception as e:
        if 'already exists' in str(e).lower() or 'TOPIC_ALREADY_EXISTS' in str(e): break
        time.sleep(0.2)
stop = threading.Event()
def watch_stdin():
    sys.stdin.read()
    stop.set()
threading.Thread(target=watch_stdin, daemon=True).start()
def on_error(err):
    print(json.dumps({'error': str(err), 'fatal': err.fatal()}), flush=True)
p = Producer({'bootstrap.servers': bootstrap, 'enable.idempotence': True, 'acks': 'all', 'linger.ms': 2,
              'message.timeout.ms': 300000, 'reconnect.backoff.ms': 50, 'reconnect.backoff.max.ms': 200,
              'error_cb': on_error})
def report(err, msg):
    if err is not None:
        print(json.dumps({'failed': msg.value().decode(), 'error': str(err)}), flush=True)
    else:
        print(json.dumps({'p': msg.partition(), 'o': msg.offset(), 'v': msg.value().decode()}), flush=True)
n = 0
while not stop.is_set():
    for _ in range(20):
        try:
            p.produce(topic, key=('k%d' % n).encode(), value=('value-%08d-%s' % (n, 'x' * (n % 300))).encode(), on_delivery=report)
            n += 1
        except BufferError:
            break
    p.poll(0.005)
left = p.flush(120)
print(json.dumps({'done': n, 'left': left}), flush=True)
`;

interface Acked {
  p: number;
  o: number;
  v: string;
}

test('acknowledged records survive repeated SIGKILLs of the broker', { timeout: 240_000 }, async () => {
  const python = requireTool('python');
  const kcat = requireTool('kcat');
  const started = Date.now();
  const random = seededRandom(SEED);
  console.log(`crash test seed ${SEED} (set EDDY_CRASH_SEED to repeat)`);
  const { dir, cleanup } = await tempDir('eddy-crash-');
  const broker = new BrokerProcess({ dir, logLevel: 'warn', startTimeoutMs: 10_000 });
  let producer: ChildProcess | undefined;

  try {
    const port = await broker.start(0);
    const acked: Acked[] = [];
    const problems: string[] = [];
    let done: { done: number; left: number } | undefined;
    producer = spawn(python, ['-c', PRODUCER, `127.0.0.1:${port}`, 'crash'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    producer.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
    const lines = createInterface({ input: producer.stdout! });
    lines.on('line', (line) => {
      const m = JSON.parse(line) as Partial<Acked> & {
        error?: string;
        fatal?: boolean;
        failed?: string;
        done?: number;
        left?: number;
      };
      if (m.done !== undefined) done = m as { done: number; left: number };
      else if (m.fatal) problems.push(`fatal producer error: ${m.error}`);
      else if (m.failed) problems.push(`delivery failed for ${m.failed}: ${m.error}`);
      else if (m.v !== undefined) acked.push(m as Acked);
    });
    const producerExit = new Promise<number | null>((r) => producer!.once('exit', r));

    const ackedAtKill: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      await new Promise((r) => setTimeout(r, 300 + random() * 1500));
      ackedAtKill.push(acked.length);
      await broker.kill();
      await new Promise((r) => setTimeout(r, random() * 300));
      await broker.start(port);
    }
    // let the producer catch up, then stop it and flush
    await new Promise((r) => setTimeout(r, 1500));
    producer.stdin!.end();
    const code = await producerExit;
    assert.equal(code, 0, `producer exited with ${code}: ${stderr.join('').slice(-2000)}`);
    assert.deepEqual(problems, []);
    assert.ok(done && done.left === 0, `producer left ${done?.left} messages undelivered`);
    assert.equal(acked.length, done.done, 'every produced record was acknowledged');
    assert.ok(
      ackedAtKill.filter((n, i) => i === 0 || n > ackedAtKill[i - 1]!).length >= KILLS / 2,
      `the producer made progress between kills: ${ackedAtKill.join(',')}`,
    );

    // read everything back (broker still up) and compare
    const out = await new Promise<string>((resolve, reject) => {
      const c = spawn(
        kcat,
        ['-C', '-b', `127.0.0.1:${port}`, '-t', 'crash', '-e', '-q', '-f', '%p %o %s\n', '-o', 'beginning'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let text = '';
      let err = '';
      c.stdout.on('data', (d: Buffer) => (text += d.toString()));
      c.stderr.on('data', (d: Buffer) => (err += d.toString()));
      c.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`kcat exited ${code}: ${err}`))));
    });
    const stored = new Map<string, string>();
    const seen = new Set<string>();
    for (const line of out.split('\n').filter(Boolean)) {
      const [p, o, v] = line.split(' ');
      assert.ok(!seen.has(v!), `record ${v} appears twice (again at ${p}/${o})`);
      seen.add(v!);
      stored.set(`${p}/${o}`, v!);
    }
    for (const a of acked)
      assert.equal(stored.get(`${a.p}/${a.o}`), a.v, `acknowledged ${a.v} at ${a.p}/${a.o}`);
    assert.equal(stored.size, acked.length, 'the log holds exactly the acknowledged records');
    console.log(
      `crash test: ${KILLS} SIGKILLs, ${acked.length} acknowledged records verified, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    producer?.kill('SIGKILL');
    await broker.kill().catch(() => undefined);
    await cleanup();
  }
});
