/**
 * Group commit: appends wait here until their bytes are fsynced. While one round of fsyncs
 * runs, new waiters queue up and share the next round, so N concurrent producers cost about
 * one fsync per partition per round instead of N.
 */

/** A partition that can make everything written so far durable. */
export interface Syncable {
  /** fsyncs the active segment; returns the bytes that became durable. */
  sync(): Promise<number>;
}

export interface GroupCommitStats {
  /** fsync rounds run. */
  rounds: number;
  /** Per-partition fsyncs. */
  syncs: number;
  /** Bytes made durable in total. */
  bytes: number;
  /** Appends acknowledged by those fsyncs. */
  waiters: number;
  /** Sizes (bytes) of the last few thousand per-partition fsyncs, for the benchmark's baseline. */
  recentSyncBytes: number[];
  /** Durations (ms) of the same fsyncs. */
  recentSyncMs: number[];
}

interface Waiter {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class GroupCommit {
  private waiting = new Map<Syncable, Waiter[]>();
  private running = false;
  readonly stats: GroupCommitStats = {
    rounds: 0,
    syncs: 0,
    bytes: 0,
    waiters: 0,
    recentSyncBytes: [],
    recentSyncMs: [],
  };

  /** Resolves once everything `p` had written before this call is durable. */
  wait(p: Syncable): Promise<void> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(p);
      if (list) list.push({ resolve, reject });
      else this.waiting.set(p, [{ resolve, reject }]);
      if (!this.running) void this.loop();
    });
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.size > 0) {
        const round = this.waiting;
        this.waiting = new Map();
        this.stats.rounds++;
        await Promise.all(
          [...round].map(async ([p, waiters]) => {
            const t0 = performance.now();
            try {
              const bytes = await p.sync();
              this.record(bytes, performance.now() - t0, waiters.length);
              for (const w of waiters) w.resolve();
            } catch (err) {
              for (const w of waiters) w.reject(err);
            }
          }),
        );
      }
    } finally {
      this.running = false;
    }
  }

  private record(bytes: number, ms: number, waiters: number): void {
    const s = this.stats;
    s.syncs++;
    s.bytes += bytes;
    s.waiters += waiters;
    s.recentSyncBytes.push(bytes);
    s.recentSyncMs.push(ms);
    if (s.recentSyncBytes.length > 4096) {
      s.recentSyncBytes.splice(0, 2048);
      s.recentSyncMs.splice(0, 2048);
    }
  }
}
