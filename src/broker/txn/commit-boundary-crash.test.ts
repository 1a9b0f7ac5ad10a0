/**
 * SIGKILL at the commit boundary (README "Durability"): right after EndTxn is answered the
 * coordinator writes the markers and fsyncs them, writes Complete* without an fsync of its own,
 * and answers the next transaction's AddPartitionsToTxn before its Ongoing record is written.
 * A confluent_kafka producer commits small transactions (20 records over 2 partitions) back to
 * back; the broker (`eddy up --components broker`) is killed a few ms after the producer sees a
 * commit succeed, i.e. while those steps run, 8 times. Afterwards read_committed shows every
 * transaction whole or not at all, and every transaction whose commit succeeded. Prints its
 * duration and seed.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { BrokerProcess, crashSeed, seededRandom } from '../../testing/broker-process.js';
import { requireTool } from '../../testing/tools.js';
import { readCommitted, TXN_LOOP_PRELUDE } from '../test-support/txn-crash.py.js';

const KILLS = 8;
const PER_TXN = 20;
const SEED = crashSeed();

const LOOP =
  TXN_LOOP_PRELUDE +
  String.raw`
from confluent_kafka.admin import AdminClient, NewTopic
bs, per_txn = sys.argv[1], int(sys.argv[2])
admin = AdminClient({'bootstrap.servers': bs})
admin.create_topics([NewTopic('C', 2, 1)])['C'].result(10)
conf = {'bootstrap.servers': bs, 'transactional.id': 'boundary-tx', 'transaction.timeout.ms': 10000,
        'linger.ms': 1, 'reconnect.backoff.ms': 20, 'reconnect.backoff.max.ms': 100}
p = new_producer(conf, 0.1)
log(ready=True)
txn = 0
while not stop.is_set():
    txn += 1
    try:
        p.begin_transaction()
        for i in range(per_txn):
            p.produce('C', key=str(i).encode(), value=('%d-%d' % (txn, i)).encode())
        commit(p)
        log(committed=txn)
    except KafkaException as e:
        err = e.args[0]
        log(txn_error=str(err), txn=txn, fatal=err.fatal())
        p = recover(p, err, conf, 0.1)
log(done=True)
`;

test(
  'a SIGKILL at the commit boundary leaves every transaction whole or absent',
  { timeout: 180_000 },
  async () => {
    const python = requireTool('python');
    const started = Date.now();
    const random = seededRandom(SEED);
    console.log(`commit-boundary crash test seed ${SEED} (set EDDY_CRASH_SEED to repeat)`);
    const dir = await mkdtemp(join(tmpdir(), 'eddy-txn-boundary-'));
    const settings = {
      'transaction.abort.timed.out.transaction.cleanup.interval.ms': 1000,
      'transaction.state.log.num.partitions': 3,
    };
    const broker = new BrokerProcess({ dir, settings, logLevel: 'warn', startTimeoutMs: 15_000 });
    let loop: ChildProcess | undefined;
    try {
      const port = await broker.start(0);
      const events: Record<string, unknown>[] = [];
      const stderr: string[] = [];
      let commits = 0;
      let waiter: { after: number; resolve: () => void } | undefined;
      let ready!: () => void;
      const readyP = new Promise<void>((r) => (ready = r));
      loop = spawn(python, ['-c', LOOP, `127.0.0.1:${port}`, String(PER_TXN)], {
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      loop.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
      createInterface({ input: loop.stdout! }).on('line', (line) => {
        const e = JSON.parse(line) as Record<string, unknown>;
        events.push(e);
        if (e.ready) ready();
        if (e.committed !== undefined) {
          commits++;
          // Resolved synchronously on the line, so the kill lands within ms of the EndTxn answer.
          if (waiter && commits >= waiter.after) {
            waiter.resolve();
            waiter = undefined;
          }
        }
      });
      const loopExit = new Promise<number | null>((r) => loop!.once('exit', r));
      await Promise.race([
        readyP,
        loopExit.then((code) => {
          throw new Error(`producer exited ${code}: ${stderr.join('').slice(-1500)}`);
        }),
      ]);
      for (let k = 0; k < KILLS; k++) {
        await new Promise<void>(
          (resolve) => (waiter = { after: commits + 2 + Math.floor(random() * 5), resolve }),
        );
        const delayMs = random() * 6;
        if (delayMs >= 1) await new Promise((r) => setTimeout(r, delayMs));
        await broker.kill();
        await new Promise((r) => setTimeout(r, random() * 100));
        await broker.start(port);
      }
      await new Promise<void>((resolve) => (waiter = { after: commits + 3, resolve }));
      loop.stdin!.end();
      const code = await loopExit;
      assert.equal(code, 0, `producer exited ${code}: ${stderr.join('').slice(-2000)}`);

      const got = await readCommitted(python, `127.0.0.1:${port}`, 'C', 3);
      const byTxn = new Map<number, Set<number>>();
      for (const v of got) {
        const [txn, i] = v.split('-').map(Number) as [number, number];
        const set = byTxn.get(txn) ?? new Set<number>();
        assert.ok(!set.has(i), `record ${v} appears twice`);
        set.add(i);
        byTxn.set(txn, set);
      }
      const partial = [...byTxn].filter(([, s]) => s.size !== PER_TXN).map(([t, s]) => `${t}: ${s.size}`);
      assert.deepEqual(partial, [], 'transactions visible in part to read_committed');
      const committed = events.filter((e) => e.committed !== undefined).map((e) => e.committed as number);
      const missing = committed.filter((t) => !byTxn.has(t));
      assert.deepEqual(missing, [], 'transactions whose commit succeeded are missing');
      const failed = events.filter((e) => e.txn_error !== undefined).length;
      console.log(
        `commit-boundary crash test: ${KILLS} SIGKILLs, ${committed.length} commits acknowledged, ${byTxn.size} transactions visible (all whole), ${failed} failed, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      if (loop && loop.exitCode === null && loop.signalCode === null) {
        const exited = new Promise((r) => loop!.once('exit', r));
        loop.kill('SIGKILL');
        await exited;
      }
      await broker.kill().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  },
);
