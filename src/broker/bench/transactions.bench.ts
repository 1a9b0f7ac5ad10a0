/**
 * Transactions bench (issue 5): confluent_kafka (librdkafka, Debian's /usr/bin/python3) writes
 * 1 KB records to the broker (started in this process on a temp dir), transactionally with one
 * commit per 100 ms, against the baseline of the same client with the same settings writing
 * non-transactionally with acks=all. Target ratio ≥ 0.8.
 *
 * How it is made fair on a shared machine whose load moves within seconds: short runs in
 * pairs (plain and transactional back to back, the order alternating from pair to pair), each
 * run on a fresh topic (no run pays for a segment roll or a longer log left by an earlier
 * one), the previous run's topic deleted and `sync` run before each run (no run pays for
 * another's deletion or writeback), after an untimed 1 s run of each side (the broker's JIT
 * warm on both paths). The result is the median of the per-pair ratios (with
 * their spread) — not a ratio of two "best of" figures, which compares the luckiest run of
 * each side. Each run also prints what the machine and the broker did (CPU busy, iowait,
 * steal, broker CPU and GC, fsync latencies), so a swing can be traced to its cause.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRootLogger } from '../../common/logger.js';
import { requireTool } from '../../testing/tools.js';
import { Broker } from '../broker.js';
import { parseBrokerSettings } from '../settings.js';
import { LogManagerImpl } from '../storage/log-manager.js';
import { txnPhaseTimings } from '../txn/phase-timings.js';
import {
  CLIENT_SCRIPT,
  UsageMeter,
  median,
  quantile,
  runClient,
  type ClientResult,
  type RunUsage,
} from './txn-bench-client.js';

const SECONDS = Number(process.env.EDDY_BENCH_TXN_SECONDS ?? 2.5);
const PAIRS = Number(process.env.EDDY_BENCH_TXN_PAIRS ?? 8);
/**
 * The headline is what a statement's transactional sink writes: keyed records (1024 distinct
 * keys) to a topic of 6 partitions, the partition count Eddy gives a table's topic by default
 * (src/catalog/kafka-catalog.ts). Keyless records are measured too and printed before it, on one
 * partition and on six: librdkafka keeps a single Produce in flight per partition for an
 * idempotent/transactional producer (src/broker/README.md) and sends keyless records to one
 * partition at a time (sticky partitioner), so those figures are bound by the client's round
 * trip, not by the broker. Both sides of every pair use the same records and settings.
 */
const PARTITIONS = Number(process.env.EDDY_BENCH_TXN_PARTITIONS ?? 6);
const KEYLESS_PAIRS = Number(process.env.EDDY_BENCH_TXN_KEYLESS_PAIRS ?? 4);

const CORES = availableParallelism();

type Mode = 'plain' | 'txn';

interface RunResult extends ClientResult, RunUsage {
  mode: Mode;
  fsyncs: number;
  fsyncP50: number;
  fsyncP90: number;
  fsyncMax: number;
  load: number;
}

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const pct = (x: number) => `${Math.round(x * 100)}%`;

function describe(r: RunResult): string {
  const commit = r.commitsMs.length
    ? ` commit_transaction p50 ${fmt(median(r.commitsMs))} ms (${r.commitsMs.length} txns)`
    : '';
  return (
    `${r.mode.padEnd(5)} ${fmt(r.recordsPerSec / 1000).padStart(6)}k rec/s; machine busy ${pct(r.machineBusy)}` +
    ` (others ${fmt(Math.max(0, r.machineBusy * CORES - r.brokerCpu - r.cpu), 2)} cores)` +
    ` iowait ${pct(r.iowait)} steal ${pct(r.steal)}; broker cpu ${fmt(r.brokerCpu, 2)} gc ${fmt(r.gcMsPerSec)} ms/s (major ${fmt(r.majorGcMsPerSec)});` +
    ` client cpu ${fmt(r.cpu, 2)}; ${r.fsyncs} fsyncs p50 ${fmt(r.fsyncP50)} p90 ${fmt(r.fsyncP90)} max ${fmt(r.fsyncMax)} ms;` +
    ` load ${fmt(r.load)}${commit}`
  );
}

async function main(): Promise<void> {
  const python = requireTool('python');
  const dir = await mkdtemp(join(tmpdir(), 'eddy-txn-bench-'));
  let logs: LogManagerImpl | undefined;
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
    (o) => (logs = new LogManagerImpl(o)),
    createRootLogger({ level: 'warn' }),
  );
  const usage = new UsageMeter();
  const loadBefore = loadavg().map((x) => fmt(x));
  try {
    const { port } = await broker.start(join(dir, 'broker'));
    const script = join(dir, 'bench.py');
    await writeFile(script, CLIENT_SCRIPT);
    const run = async (
      mode: Mode,
      pair: string,
      partitions: number,
      keyed: boolean,
      seconds = SECONDS,
    ): Promise<RunResult> => {
      const topic = `bench-${mode}-${pair}`;
      await logs!.createTopic(topic, partitions);
      // No run pays for the previous one's dirty pages or deleted files (see the header).
      spawnSync('sync');
      const stats = logs!.groupCommit.stats;
      const syncs0 = stats.syncs;
      usage.start();
      const r = await runClient(
        python,
        script,
        `127.0.0.1:${port}`,
        mode,
        seconds,
        topic,
        `bench-${pair}`,
        keyed,
      );
      const u = usage.stop();
      // The run's fsync durations: the last ones recorded (the list keeps a few thousand).
      const fsyncs = stats.syncs - syncs0;
      const kept = Math.min(fsyncs, stats.recentSyncMs.length);
      const ms = kept > 0 ? stats.recentSyncMs.slice(-kept) : [];
      await logs!.deleteTopic(topic);
      return {
        mode,
        ...r,
        ...u,
        fsyncs,
        fsyncP50: quantile(ms, 0.5),
        fsyncP90: quantile(ms, 0.9),
        fsyncMax: quantile(ms, 1),
        load: loadavg()[0]!,
      };
    };
    // The broker's JIT warms up on both paths first, so neither side of pair 0 runs on cold code.
    await run('plain', 'warmup', PARTITIONS, true, 1);
    await run('txn', 'warmup', PARTITIONS, true, 1);
    const mbps = (rps: number) => (rps * 1024) / 1e6;
    const measure = async (
      partitions: number,
      keyed: boolean,
      count: number,
    ): Promise<{ ratio: number; txnMbps: number }> => {
      const what = `${partitions}-partition topic, ${keyed ? 'keyed' : 'keyless'}`;
      txnPhaseTimings.clear();
      const pairs: { plain: RunResult; txn: RunResult }[] = [];
      for (let i = 0; i < count; i++) {
        // Alternate the order: neither side always runs first after the sync and deletion.
        const order: Mode[] = i % 2 === 0 ? ['plain', 'txn'] : ['txn', 'plain'];
        const got: Partial<Record<Mode, RunResult>> = {};
        for (const mode of order)
          got[mode] = await run(mode, `${partitions}p-${keyed ? 'k' : 'n'}-${i}`, partitions, keyed);
        const p = { plain: got.plain!, txn: got.txn! };
        pairs.push(p);
        console.log(`${what}, pair ${i} ratio ${fmt(p.txn.recordsPerSec / p.plain.recordsPerSec, 2)}`);
        for (const mode of order) console.log(`  ${describe(got[mode]!)}`);
      }
      // Where the commit cycle's time goes on the broker side (these transactional runs).
      for (const line of txnPhaseTimings.summary()) console.log(`  txn phase ${line}`);
      const ratios = pairs.map((p) => p.txn.recordsPerSec / p.plain.recordsPerSec);
      const plain = pairs.map((p) => p.plain.recordsPerSec);
      const txn = pairs.map((p) => p.txn.recordsPerSec);
      const range = (xs: number[], d = 2, k = 1) =>
        `${fmt(median(xs) / k, d)} (${fmt(Math.min(...xs) / k, d)}–${fmt(Math.max(...xs) / k, d)})`;
      console.log(
        `${what}, ${count} pairs of ${SECONDS} s: ratio per pair median ${range(ratios)} [${ratios.map((r) => fmt(r, 2)).join(' ')}];` +
          ` records/s median (min–max) plain ${range(plain, 0, 1000)}k, txn ${range(txn, 0, 1000)}k;` +
          ` load average before ${loadBefore.join(' ')}, now ${loadavg()
            .map((x) => fmt(x))
            .join(' ')}`,
      );
      return { ratio: median(ratios), txnMbps: mbps(median(txn)) };
    };
    const result = (label: string, r: { ratio: number; txnMbps: number }) =>
      console.log(
        `broker transactional produce confluent_kafka 1KB, commit per 100 ms, ${label}: ${fmt(r.txnMbps)} MB/s (ratio ${fmt(r.ratio, 2)} vs baseline)`,
      );
    // The keyless figures first, the headline last (the line a reader looks for).
    if (KEYLESS_PAIRS > 0) {
      result('keyless, 1 partition', await measure(1, false, KEYLESS_PAIRS));
      result(`keyless, ${PARTITIONS} partitions`, await measure(PARTITIONS, false, KEYLESS_PAIRS));
    }
    result(`keyed, ${PARTITIONS} partitions (a table's default)`, await measure(PARTITIONS, true, PAIRS));
  } finally {
    usage.close();
    await broker.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
