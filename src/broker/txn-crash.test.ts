/**
 * Transactional crash test (issue 5): a consume-transform-produce loop (librdkafka through
 * Debian's confluent_kafka: read topic A read_committed, write topic B, commit the offsets in the
 * same transaction) runs while the broker process (`eddy up --components broker`) is killed with
 * SIGKILL at random moments, 20 times. Afterwards topic B read with read_committed holds every
 * input record exactly once. Time budget: ~60 s of kills; prints its duration and seed.
 */
import { BrokerProcess, crashSeed, seededRandom } from '../testing/broker-process.js';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { requireTool } from '../testing/tools.js';
import { readCommitted, TXN_LOOP_PRELUDE } from './test-support/txn-crash.py.js';

const KILLS = 20;
const INPUT = 3000;
const SEED = crashSeed();

const LOOP =
  TXN_LOOP_PRELUDE +
  String.raw`
from confluent_kafka import Consumer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.admin import AdminClient, NewTopic
bs, n_input = sys.argv[1], int(sys.argv[2])
admin = AdminClient({'bootstrap.servers': bs})
for t, parts in (('A', 2), ('B', 3)):
    try:
        admin.create_topics([NewTopic(t, parts, 1)])[t].result(10)
    except Exception as e:
        pass
seed = Producer({'bootstrap.servers': bs, 'enable.idempotence': True, 'linger.ms': 5})
for i in range(n_input):
    seed.produce('A', key=str(i).encode(), value=('in-%05d' % i).encode())
assert seed.flush(60) == 0
log(seeded=n_input)
parts = [TopicPartition('A', 0), TopicPartition('A', 1)]
cons = Consumer({'bootstrap.servers': bs, 'group.id': 'ctp', 'enable.auto.commit': False,
                 'isolation.level': 'read_committed', 'auto.offset.reset': 'earliest',
                 'reconnect.backoff.ms': 50, 'reconnect.backoff.max.ms': 200})
cons.assign(parts)
conf = {'bootstrap.servers': bs, 'transactional.id': 'ctp-tx', 'transaction.timeout.ms': 10000,
        'linger.ms': 5, 'reconnect.backoff.ms': 50, 'reconnect.backoff.max.ms': 200}
def rewind():
    while True:
        try:
            for tp in cons.committed(parts, timeout=10):
                cons.seek(TopicPartition('A', tp.partition, tp.offset if tp.offset >= 0 else OFFSET_BEGINNING))
            return
        except KafkaException as e:
            time.sleep(0.2)
p = new_producer(conf, 0.2)
commits = aborts = 0
while not stop.is_set():
    msgs = cons.consume(10, 0.2)
    msgs = [m for m in msgs if not m.error()]
    if not msgs:
        continue
    try:
        p.begin_transaction()
        for m in msgs:
            p.produce('B', key=m.key(), value=m.value())
        p.send_offsets_to_transaction(cons.position(parts), cons.consumer_group_metadata(), 30)
        commit(p)
        commits += 1
        log(committed=commits)
        time.sleep(0.1)  # spread the input over the whole kill period
    except KafkaException as e:
        err = e.args[0]
        log(txn_error=str(err), abortable=err.txn_requires_abort(), fatal=err.fatal())
        p = recover(p, err, conf, 0.2)
        aborts += 1
        rewind()
log(done=True, commits=commits, aborts=aborts)
`;

test('consume-transform-produce is exactly once across repeated SIGKILLs', { timeout: 300_000 }, async () => {
  const python = requireTool('python');
  const started = Date.now();
  const random = seededRandom(SEED);
  console.log(`transactional crash test seed ${SEED} (set EDDY_CRASH_SEED to repeat)`);
  const dir = await mkdtemp(join(tmpdir(), 'eddy-txn-crash-'));
  const settings = {
    'transaction.abort.timed.out.transaction.cleanup.interval.ms': 1000,
    'transaction.state.log.num.partitions': 3,
    'offsets.topic.num.partitions': 3,
    'group.initial.rebalance.delay.ms': 0,
  };
  const broker = new BrokerProcess({ dir, settings, logLevel: 'warn', startTimeoutMs: 15_000 });
  let loop: ChildProcess | undefined;
  try {
    const port = await broker.start(0);
    const events: Record<string, unknown>[] = [];
    let seeded!: () => void;
    const seededP = new Promise<void>((r) => (seeded = r));
    loop = spawn(python, ['-c', LOOP, `127.0.0.1:${port}`, String(INPUT)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stderr: string[] = [];
    loop.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
    createInterface({ input: loop.stdout! }).on('line', (line) => {
      const e = JSON.parse(line) as Record<string, unknown>;
      events.push(e);
      if (e.seeded !== undefined) seeded();
    });
    const loopExit = new Promise<number | null>((r) => loop!.once('exit', r));
    await seededP;
    const committedAtKill: number[] = [];
    const commitsSoFar = () => events.filter((e) => e.committed !== undefined).length;
    for (let k = 0; k < KILLS; k++) {
      committedAtKill.push(commitsSoFar());
      await new Promise((r) => setTimeout(r, 200 + random() * 1800));
      await broker.kill();
      await new Promise((r) => setTimeout(r, random() * 300));
      await broker.start(port);
    }
    // Let the loop finish the input (a transaction open at the last kill times out in ≤ 10 s).
    const read = (): Promise<string[]> => readCommitted(python, `127.0.0.1:${port}`, 'B', 4);
    let got: string[] = [];
    for (let i = 0; i < 12 && got.length < INPUT; i++) got = await read();
    loop.stdin!.end();
    const code = await loopExit;
    assert.equal(code, 0, `loop exited with ${code}: ${stderr.join('').slice(-2000)}`);
    const counts = new Map<string, number>();
    for (const v of got) counts.set(v, (counts.get(v) ?? 0) + 1);
    const dupes = [...counts].filter(([, n]) => n > 1);
    assert.deepEqual(dupes.slice(0, 5), [], `${dupes.length} records appear more than once in B`);
    assert.equal(counts.size, INPUT, `B holds ${counts.size} of ${INPUT} input records`);
    const summary = events.find((e) => e.done) ?? {};
    // The kills must hit the loop while it works, not after it has finished.
    const during = committedAtKill.filter((n) => n < INPUT / 10).length;
    assert.ok(
      during >= KILLS / 2,
      `only ${during} kills happened while input remained: ${committedAtKill.join(',')}`,
    );
    console.log(
      `transactional crash test: ${KILLS} SIGKILLs, ${INPUT} records exactly once, commits ${String(summary.commits)}, aborts ${String(summary.aborts)}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    loop?.kill('SIGKILL');
    await broker.kill().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});
