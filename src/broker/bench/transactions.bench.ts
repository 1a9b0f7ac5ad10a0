/**
 * Transactions bench (issue 5): confluent_kafka (librdkafka, Debian's /usr/bin/python3) writes
 * 1 KB records to the broker (started in this process on a temp dir) for a fixed time, once
 * transactionally with one commit per 100 ms and once non-transactionally with acks=all
 * (the baseline, same client, same run). Runs alternate; the best of 3 each is reported (the
 * machine is shared: the best run is the least disturbed). Target ratio ≥ 0.8.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRootLogger } from '../../common/logger.js';
import { requireTool } from '../../testing/tools.js';
import { Broker } from '../broker.js';
import { defaultLogManagerFactory } from '../index.js';
import { parseBrokerSettings } from '../settings.js';
import { txnPhaseTimings } from '../txn/phase-timings.js';

const SECONDS = Number(process.env.EDDY_BENCH_TXN_SECONDS ?? 6);
const RUNS = 3;

const SCRIPT = String.raw`
import json, sys, time
from confluent_kafka import Producer
bs, mode, seconds, run = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
conf = {'bootstrap.servers': bs, 'acks': 'all', 'linger.ms': 5, 'queue.buffering.max.messages': 200000}
if mode == 'txn':
    conf['transactional.id'] = 'bench-' + run
if mode == 'idem':
    conf['enable.idempotence'] = True
p = Producer(conf)
value = b'x' * 1024
acked = [0]
def cb(err, msg):
    if err is None:
        acked[0] += 1
if mode == 'txn':
    p.init_transactions(30)
topic = 'bench-txn-' + mode
# Warm up, the same on both sides: metadata, connections, topic creation, one record (in a
# transaction of its own for 'txn', so its coordinator lookup and first AddPartitionsToTxn are
# not timed either, as the plain side's metadata lookup is not).
if mode == 'txn':
    p.begin_transaction()
p.produce(topic, value=value, on_delivery=cb)
if mode == 'txn':
    p.commit_transaction(30)
p.flush(10)
acked[0] = 0
t0 = time.time()
end = t0 + seconds
while time.time() < end:
    if mode == 'txn':
        p.begin_transaction()
    slice_end = min(end, time.time() + 0.1)
    while time.time() < slice_end:
        try:
            for _ in range(100):
                p.produce(topic, value=value, on_delivery=cb)
        except BufferError:
            p.poll(0.001)
        p.poll(0)
    if mode == 'txn':
        p.commit_transaction(30)
p.flush(30)
elapsed = time.time() - t0
print(json.dumps({'records': acked[0], 'seconds': elapsed}))
`;

function runClient(python: string, script: string, port: number, mode: string, run: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const c = spawn(python, [script, `127.0.0.1:${port}`, mode, String(SECONDS), String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => (err += d.toString()));
    c.on('close', (code) => {
      if (code !== 0) return reject(new Error(`client (${mode}) exited ${code}: ${err.slice(-800)}`));
      const r = JSON.parse(out.trim().split('\n').pop()!) as { records: number; seconds: number };
      resolve(r.records / r.seconds);
    });
  });
}

async function main(): Promise<void> {
  const python = requireTool('python');
  const dir = await mkdtemp(join(tmpdir(), 'eddy-txn-bench-'));
  const broker = new Broker(
    parseBrokerSettings(
      {
        'transaction.state.log.num.partitions': 3,
        // Kafka-like interval flushing instead of an fsync per acknowledgement (for comparison).
        ...(process.env.EDDY_BENCH_TXN_FLUSH_MS
          ? { 'log.flush.interval.ms': process.env.EDDY_BENCH_TXN_FLUSH_MS }
          : {}),
      },
      { host: '127.0.0.1', port: 0 },
    ),
    defaultLogManagerFactory,
    createRootLogger({ level: 'warn' }),
  );
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  const loadBefore = load();
  try {
    const { port } = await broker.start(join(dir, 'broker'));
    const script = join(dir, 'bench.py');
    await writeFile(script, SCRIPT);
    const txn: number[] = [];
    const plain: number[] = [];
    const idem: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate the order so neither side always runs on a fuller disk.
      if (i % 2 === 0) plain.push(await runClient(python, script, port, 'plain', i));
      txn.push(await runClient(python, script, port, 'txn', i));
      if (i % 2 === 1) plain.push(await runClient(python, script, port, 'plain', i));
      if (process.env.EDDY_BENCH_TXN_IDEMPOTENT) idem.push(await runClient(python, script, port, 'idem', i));
    }
    // Where the commit cycle's time goes on the broker side (all transactional runs).
    for (const line of txnPhaseTimings.summary()) console.log(`  txn phase ${line}`);
    if (idem.length)
      console.log(`idempotent (no transactions) records/s: ${idem.map((x) => x.toFixed(0)).join('/')}`);
    const best = (xs: number[]) => Math.max(...xs);
    const mbps = (rps: number) => (rps * 1024) / 1e6;
    console.log(
      `baseline (non-transactional acks=all, same client): ${mbps(best(plain)).toFixed(1)} MB/s; runs records/s plain ${plain.map((x) => x.toFixed(0)).join('/')} txn ${txn.map((x) => x.toFixed(0)).join('/')}; load average before ${loadBefore}, after ${load()}`,
    );
    console.log(
      `broker transactional produce confluent_kafka 1KB, commit per 100 ms: ${mbps(best(txn)).toFixed(1)} MB/s (ratio ${(best(txn) / best(plain)).toFixed(2)} vs baseline)`,
    );
  } finally {
    await broker.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
