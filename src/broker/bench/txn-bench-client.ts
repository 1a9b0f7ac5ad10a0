/**
 * The transactions bench's client side and per-run measurements: one confluent_kafka producer
 * process per run (Debian's /usr/bin/python3), the same script and settings for the plain and
 * the transactional side, plus what the machine and the broker did during the run (CPU of the
 * whole machine including steal and iowait, the broker process's CPU, GC pauses, fsyncs).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';

/**
 * Writes 1 KB records for `seconds`; with mode 'txn' one transaction per 100 ms
 * (begin, produce for 100 ms, commit). Everything else is the same on both sides.
 */
export const CLIENT_SCRIPT = String.raw`
import json, resource, sys, time
from confluent_kafka import Producer
bs, mode, seconds, topic, tid, keyed = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6] == 'keyed'
conf = {'bootstrap.servers': bs, 'acks': 'all', 'linger.ms': 5, 'queue.buffering.max.messages': 200000}
if mode == 'txn':
    conf['transactional.id'] = tid
p = Producer(conf)
value = b'x' * 1024
# Keyed records (a sink's key columns): 1024 distinct 8-byte keys, spread by librdkafka's
# partitioner; keyless records go to one partition at a time (sticky partitioner).
keys = [b'k%07d' % i for i in range(1024)] if keyed else [None] * 1024
acked = [0]
def cb(err, msg):
    if err is None:
        acked[0] += 1
if mode == 'txn':
    p.init_transactions(30)
# Warm up, the same on both sides: metadata, connections, topic creation, one record (in a
# transaction of its own for 'txn', so its coordinator lookup and first AddPartitionsToTxn are
# not timed either, as the plain side's metadata lookup is not).
if mode == 'txn':
    p.begin_transaction()
p.produce(topic, value=value, on_delivery=cb)
if mode == 'txn':
    p.commit_transaction(30)
n = 0
p.flush(10)
acked[0] = 0
commits = []
ru0 = resource.getrusage(resource.RUSAGE_SELF)
t0 = time.time()
end = t0 + seconds
while time.time() < end:
    if mode == 'txn':
        p.begin_transaction()
    slice_end = min(end, time.time() + 0.1)
    while time.time() < slice_end:
        try:
            for i in range(100):
                p.produce(topic, value=value, key=keys[(n + i) & 1023], on_delivery=cb)
            n += 100
        except BufferError:
            p.poll(0.001)
        p.poll(0)
    if mode == 'txn':
        c0 = time.time()
        p.commit_transaction(30)
        commits.append((time.time() - c0) * 1000)
p.flush(30)
elapsed = time.time() - t0
ru1 = resource.getrusage(resource.RUSAGE_SELF)
cpu = ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime
print(json.dumps({'records': acked[0], 'seconds': elapsed, 'cpu': cpu, 'commitsMs': commits}))
`;

export interface ClientResult {
  recordsPerSec: number;
  /** Client CPU seconds per wall second (librdkafka's threads included). */
  cpu: number;
  /** Duration of each commit_transaction call (drain of the queue + EndTxn), ms. */
  commitsMs: number[];
}

/** Runs the client once; rejects with its stderr tail if it fails. */
export function runClient(
  python: string,
  script: string,
  bootstrap: string,
  mode: 'plain' | 'txn',
  seconds: number,
  topic: string,
  transactionalId: string,
  keyed: boolean,
): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const args = [
      script,
      bootstrap,
      mode,
      String(seconds),
      topic,
      transactionalId,
      keyed ? 'keyed' : 'keyless',
    ];
    const c = spawn(python, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    c.stdout.on('data', (d: Buffer) => (out += d.toString()));
    c.stderr.on('data', (d: Buffer) => (err += d.toString()));
    c.on('error', reject);
    c.on('close', (code) => {
      if (code !== 0) return reject(new Error(`client (${mode}) exited ${code}: ${err.slice(-800)}`));
      const r = JSON.parse(out.trim().split('\n').pop()!) as {
        records: number;
        seconds: number;
        cpu: number;
        commitsMs: number[];
      };
      resolve({ recordsPerSec: r.records / r.seconds, cpu: r.cpu / r.seconds, commitsMs: r.commitsMs });
    });
  });
}

/** Jiffies of the whole machine from /proc/stat's first line. */
interface CpuTimes {
  busy: number;
  iowait: number;
  steal: number;
  total: number;
}

function cpuTimes(): CpuTimes {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = f;
  return {
    busy: user + nice + system + irq + softirq,
    iowait,
    steal,
    total: user + nice + system + idle + iowait + irq + softirq + steal,
  };
}

/** What the machine and this (broker) process did between `start()` and `stop()`. */
export interface RunUsage {
  /** Share of all cores busy (user+system), waiting for I/O, and stolen by the hypervisor. */
  machineBusy: number;
  iowait: number;
  steal: number;
  /** This process's CPU seconds per wall second. */
  brokerCpu: number;
  /** Sum of GC pauses in this process, ms per wall second. */
  gcMsPerSec: number;
  /** The part of it in full (mark-compact) collections. */
  majorGcMsPerSec: number;
}

/** Measures one run. GC pauses come from a performance observer kept for the whole bench. */
export class UsageMeter {
  private gcMs = 0;
  private majorGcMs = 0;
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      this.gcMs += e.duration;
      if (
        ((e as { detail?: unknown }).detail as { kind?: number } | undefined)?.kind ===
        constants.NODE_PERFORMANCE_GC_MAJOR
      )
        this.majorGcMs += e.duration;
    }
  });
  private from?: { cpu: CpuTimes; proc: NodeJS.CpuUsage; gc: number; major: number; t: number };

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  start(): void {
    this.from = {
      cpu: cpuTimes(),
      proc: process.cpuUsage(),
      gc: this.gcMs,
      major: this.majorGcMs,
      t: performance.now(),
    };
  }

  stop(): RunUsage {
    const f = this.from!;
    const c = cpuTimes();
    const total = Math.max(1, c.total - f.cpu.total);
    const secs = (performance.now() - f.t) / 1000;
    const p = process.cpuUsage(f.proc);
    return {
      machineBusy: (c.busy - f.cpu.busy) / total,
      iowait: (c.iowait - f.cpu.iowait) / total,
      steal: (c.steal - f.cpu.steal) / total,
      brokerCpu: (p.user + p.system) / 1e6 / secs,
      gcMsPerSec: (this.gcMs - f.gc) / secs,
      majorGcMsPerSec: (this.majorGcMs - f.major) / secs,
    };
  }

  close(): void {
    this.observer.disconnect();
  }
}

/** The q-quantile of `xs` (nearest rank), NaN when empty. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** The median (mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
