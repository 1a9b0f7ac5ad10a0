/**
 * Durations of the commit cycle's steps (EndTxn's partition fsyncs and Prepare* record, the
 * markers, the Ongoing record's fsync, a produce's wait for it), kept in memory for the
 * transactions bench, which runs the broker in its own process and prints them. Recording is a
 * push onto a bounded array: cheap enough to stay on in production.
 */

const KEEP = 4096;

export class PhaseTimings {
  private readonly samples = new Map<string, number[]>();

  /** Adds one duration (ms) of `phase`. */
  record(phase: string, ms: number): void {
    let list = this.samples.get(phase);
    if (!list) this.samples.set(phase, (list = []));
    list.push(ms);
    if (list.length > KEEP) list.splice(0, KEEP / 2);
  }

  /** Times `fn` as `phase`, whether it resolves or rejects. */
  async time<T>(phase: string, fn: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      this.record(phase, performance.now() - t0);
    }
  }

  clear(): void {
    this.samples.clear();
  }

  /** One line per phase: count, p50, p90 and mean in ms. */
  summary(): string[] {
    const lines: string[] = [];
    for (const [phase, list] of [...this.samples].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...list].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
      lines.push(
        `${phase}: n=${sorted.length} p50 ${at(0.5).toFixed(1)} p90 ${at(0.9).toFixed(1)} mean ${mean.toFixed(1)} ms`,
      );
    }
    return lines;
  }
}

/** The broker process's timings (one coordinator per process in practice). */
export const txnPhaseTimings = new PhaseTimings();

/**
 * The commit boundary as the producer's partition pipeline sees it: per transactional id, the
 * time from the last transactional batch answered before EndTxn to the first one answered
 * after it ('cycle.gap'), and between consecutive answers inside a transaction
 * ('produce.interval', one round trip while librdkafka keeps one request in flight). Their
 * difference is what a commit costs the producer.
 */
export class TxnCycles {
  private readonly ids = new Map<string, { answeredMs: number; boundaryFromMs?: number }>();

  constructor(private readonly timings: PhaseTimings) {}

  /** A transactional batch of `id` was answered. */
  answered(id: string): void {
    const now = performance.now();
    const s = this.ids.get(id);
    if (s?.boundaryFromMs !== undefined) this.timings.record('cycle.gap', now - s.boundaryFromMs);
    else if (s) this.timings.record('produce.interval', now - s.answeredMs);
    if (!s && this.ids.size >= KEEP) this.ids.clear(); // bounded: a measurement, not state
    this.ids.set(id, { answeredMs: now });
  }

  /** EndTxn of `id` arrived: the boundary starts at its last answered batch. */
  ended(id: string): void {
    const s = this.ids.get(id);
    if (s) s.boundaryFromMs = s.answeredMs;
  }
}

/** The broker process's commit-boundary measurement. */
export const txnCycles = new TxnCycles(txnPhaseTimings);
