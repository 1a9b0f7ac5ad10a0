/**
 * Lanes for the golden corpus over Kafka (kafka-run-corpus.ts): several cases run at once, each
 * lane on its own embedded platform (broker + registry in this process), and a lane starts a
 * fresh platform every `casesPerPlatform` cases. Why: before each statement the Kafka catalog
 * reloads every topic of the cluster (one Metadata for all topics, the whole `_eddy_tables`
 * log for a new session), so a case's cost grows with the topics earlier cases left behind; a
 * small cluster keeps it flat. Lanes overlap one case's network waits with another's CPU.
 */
import { mkdtempSync, statfsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaEngineFactory } from '../../cli/sql/kafka-session.js';
import type { SqlEngineFactory, SqlEngineSession } from '../../cli/sql/engine-port.js';
import { KafkaClient } from '../../kafka/client/index.js';
import { startPlatformInProcess, type TestPlatform } from '../platform.js';
import { ProduceContext } from './kafka-produce.js';

/** What a case runs against: one lane's current platform. */
export interface LaneContext {
  readonly flags: { readonly bootstrapServers: string; readonly registryUrl: string };
  readonly kafka: KafkaClient;
  readonly produce: ProduceContext;
  /**
   * An engine whose every run shares one session of this platform (its close is a no-op), for
   * the cases' setup DDL: a session's start (clients, the catalog's first load) costs as much
   * as a CREATE TABLE. The scripts themselves run in fresh sessions.
   */
  readonly setupEngine: SqlEngineFactory;
}

/** A factory that opens one session on first use and hands it out again, never closed by a run. */
class SharedSession {
  private session: Promise<SqlEngineSession> | undefined;

  constructor(private readonly flags: { bootstrapServers: string; registryUrl: string }) {}

  readonly engine: SqlEngineFactory = (opts) => {
    this.session ??= kafkaEngineFactory(this.flags)(opts);
    // A failed open is not kept: the next run tries again (and reports its own error).
    this.session.catch(() => (this.session = undefined));
    return this.session.then((s) => ({
      execute: (st) => s.execute(st),
      timeZone: () => s.timeZone(),
      close: async () => undefined,
    }));
  };

  async close(): Promise<void> {
    const s = await this.session?.catch(() => undefined);
    this.session = undefined;
    await s?.close();
  }
}

/** Wall-clock milliseconds summed per phase over all cases (lanes overlap, so sums exceed the run). */
export class PhaseClock {
  private readonly ms = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private readonly cpu = new Map<string, number>();

  /**
   * Runs `f`, adding its duration to `phase`, and the process's CPU time meanwhile (which
   * counts the other lanes' work too: exact with one lane).
   */
  async time<T>(phase: string, f: () => Promise<T>): Promise<T> {
    const t = performance.now();
    const c = process.cpuUsage();
    try {
      return await f();
    } finally {
      const d = process.cpuUsage(c);
      this.ms.set(phase, (this.ms.get(phase) ?? 0) + performance.now() - t);
      this.cpu.set(phase, (this.cpu.get(phase) ?? 0) + (d.user + d.system) / 1000);
      this.counts.set(phase, (this.counts.get(phase) ?? 0) + 1);
    }
  }

  /** One line per phase: total seconds, count, mean ms, mean process CPU ms. */
  summary(): string[] {
    return [...this.ms].map(([phase, ms]) => {
      const n = this.counts.get(phase) ?? 1;
      const cpu = (this.cpu.get(phase) ?? 0) / n;
      return (
        `  ${phase.padEnd(9)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${String(n).padStart(4)} x ` +
        `${(ms / n).toFixed(0).padStart(5)} ms (CPU ${cpu.toFixed(0).padStart(4)} ms)`
      );
    });
  }
}

/**
 * Where the lanes' data dirs go: a memory file system (/dev/shm) when it has room, else the
 * temp dir. The broker fsyncs every topic creation (topics.json, its directory) and each
 * segment's indexes at stop, whatever the flush policy; on a disk shared with other jobs those
 * fsyncs took longer than the cases (a platform's stop 1-5 s).
 */
export function dataDirBase(): string {
  try {
    const fs = statfsSync('/dev/shm');
    if (fs.bavail * fs.bsize >= 1024 ** 3) return '/dev/shm';
  } catch {
    // no /dev/shm (not Linux): the temp dir
  }
  return tmpdir();
}

async function openLane(clock: PhaseClock, base: string): Promise<Lane> {
  return clock.time('start', async () => {
    // The data dir is removed asynchronously below: a synchronous rm of a few hundred segment
    // files would stall every lane of this process.
    const platform = await startPlatformInProcess({
      components: ['broker', 'registry'],
      dataDir: mkdtempSync(join(base, 'eddy-golden-kafka-')),
      // Appends are acknowledged once written to the OS (as Kafka's default, no fsync per
      // append): the corpus checks results, not crash durability, and a per-append fsync on a
      // busy disk costs more than the case.
      broker: { 'log.flush.interval.ms': 600_000 },
    });
    const flags = {
      bootstrapServers: platform.endpoints['broker']!.url,
      registryUrl: platform.endpoints['registry']!.url,
    };
    const kafka = new KafkaClient({ bootstrapServers: flags.bootstrapServers });
    const shared = new SharedSession(flags);
    const ctx = {
      flags,
      kafka,
      produce: new ProduceContext(kafka, flags.registryUrl),
      setupEngine: shared.engine,
    };
    return { platform, shared, ctx };
  });
}

interface Lane {
  readonly platform: TestPlatform;
  readonly shared: SharedSession;
  readonly ctx: LaneContext;
}

async function closeLane(lane: Lane, clock: PhaseClock): Promise<void> {
  await clock.time('stop', async () => {
    // Each step even when one before failed: the platform must stop in any case.
    for (const step of [
      () => lane.shared.close(),
      () => lane.ctx.produce.close(),
      () => lane.ctx.kafka.close(),
    ])
      await step().catch(() => undefined);
    await lane.platform.stop();
  });
  await clock.time('rm', () => rm(lane.platform.dataDir, { recursive: true, force: true }));
}

/**
 * Runs every item of `items` through `run`, `lanes` at a time; each lane takes the next item
 * when it is free (so a slow case does not hold up a fixed share). `run` is not called for the
 * items left when `stop()` turns true; they go to `skipped`.
 */
export async function runInLanes<T>(
  items: readonly T[],
  opts: {
    lanes: number;
    casesPerPlatform: number;
    clock: PhaseClock;
    stop: () => boolean;
    /** The directory the platforms' data dirs go in (the caller removes it). */
    dataDir: string;
  },
  run: (item: T, ctx: LaneContext) => Promise<void>,
  skipped: (item: T) => void,
): Promise<void> {
  const queue = items[Symbol.iterator]();
  const base = opts.dataDir;
  // A replaced platform stops in the background (closing clients, writing indexes), while the
  // lane goes on with the next one.
  const closing: Promise<void>[] = [];
  const lane = async (): Promise<void> => {
    let current: Lane | undefined;
    let used = 0;
    try {
      for (let next = queue.next(); !next.done; next = queue.next()) {
        if (opts.stop()) {
          skipped(next.value);
          continue;
        }
        if (current && used >= opts.casesPerPlatform) {
          closing.push(closeLane(current, opts.clock));
          current = undefined;
        }
        if (!current) {
          current = await openLane(opts.clock, base);
          used = 0;
        }
        used++;
        await run(next.value, current.ctx);
      }
    } finally {
      if (current) closing.push(closeLane(current, opts.clock));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.lanes) }, lane));
  } finally {
    await Promise.all(closing);
  }
}
