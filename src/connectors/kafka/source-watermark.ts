/**
 * Confluent Cloud's default watermark strategy, `WATERMARK FOR $rowtime AS SOURCE_WATERMARK()`,
 * computed per Kafka partition by the source (reference: confluent-flink.md §4.5):
 *
 * - each record's out-of-orderness is how far its timestamp lies behind the largest timestamp
 *   seen before it (0 for a record in order);
 * - a moving window of the last 5000 of these values per partition; the delay is their 95th
 *   percentile (nearest rank), clamped to [50 ms, 7 days];
 * - during warm-up a safety margin bounds the delay from below, by records seen: 1–250 → 7 days,
 *   251–500 → 30 s, 501–750 → 10 s, 751–1000 → 1 s (no useful watermark before ~250 records);
 * - watermark = max timestamp − delay, never decreasing.
 *
 * Progressive idleness: a partition with nothing new for the idle timeout is idle; the timeout
 * starts at 15 s and grows linearly with the statement's age up to 5 minutes.
 *
 * @example
 * const g = new SourceWatermarkGenerator();
 * for (const ts of timestamps) g.observe(ts);
 * const wm = g.watermark(); // undefined before the first record
 */

/** Records kept in the moving window of out-of-orderness values. */
export const WINDOW_SIZE = 5000;
/** The percentile of out-of-orderness the watermark allows for (≈5% of records late). */
export const PERCENTILE = 0.95;
export const MIN_DELAY_MS = 50;
export const MAX_DELAY_MS = 7 * 24 * 3600 * 1000;

/** The warm-up safety margin after `seen` records (0 once past 1000). */
export function warmupMargin(seen: number): number {
  if (seen <= 250) return MAX_DELAY_MS;
  if (seen <= 500) return 30_000;
  if (seen <= 750) return 10_000;
  if (seen <= 1000) return 1_000;
  return 0;
}

/** Per-partition generator of `SOURCE_WATERMARK()`. */
export class SourceWatermarkGenerator {
  /** Ring buffer of the last WINDOW_SIZE out-of-orderness values (ms). */
  private readonly ring = new Float64Array(WINDOW_SIZE);
  private filled = 0;
  private pos = 0;
  /** How many values in the ring are > 0: when few enough, the percentile is 0 without sorting. */
  private positive = 0;
  private maxTs = -Infinity;
  private seen = 0;
  private last: number | undefined;

  /** Records one record's timestamp (epoch ms). */
  observe(ts: number): void {
    const ooo = ts < this.maxTs ? this.maxTs - ts : 0;
    if (ts > this.maxTs) this.maxTs = ts;
    if (this.filled === WINDOW_SIZE) {
      if (this.ring[this.pos]! > 0) this.positive--;
    } else this.filled++;
    this.ring[this.pos] = ooo;
    if (ooo > 0) this.positive++;
    this.pos = this.pos + 1 === WINDOW_SIZE ? 0 : this.pos + 1;
    this.seen++;
  }

  /** Records seen so far. */
  get count(): number {
    return this.seen;
  }

  /** The 95th percentile (nearest rank) of the window's out-of-orderness values. */
  percentile(): number {
    const n = this.filled;
    if (n === 0) return 0;
    const rank = Math.ceil(PERCENTILE * n); // 1-based
    // Values are ≥ 0: with at least `rank` zeros the rank-th smallest is 0.
    if (n - this.positive >= rank) return 0;
    const sorted = Float64Array.from(this.ring.subarray(0, n)).sort();
    return sorted[rank - 1]!;
  }

  /** The delay behind the largest timestamp: clamped percentile, at least the warm-up margin. */
  delay(): number {
    const p = Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, this.percentile()));
    return Math.max(p, warmupMargin(this.seen));
  }

  /** The partition's watermark (monotonic), or undefined before the first record. */
  watermark(): number | undefined {
    if (this.seen === 0) return undefined;
    const w = this.maxTs - this.delay();
    if (this.last === undefined || w > this.last) this.last = w;
    return this.last;
  }
}

export const IDLE_START_MS = 15_000;
export const IDLE_MAX_MS = 5 * 60_000;
/**
 * Statement age at which the progressive idle timeout reaches its maximum. Confluent documents
 * only "grows linearly with the statement's age"; one hour is Eddy's choice.
 */
export const IDLE_RAMP_MS = 3600_000;

/**
 * The idle timeout of a partition: fixed when `fixedMs` is given (`0` disables idleness), else
 * progressive: 15 s at start, growing linearly with the statement's age up to 5 minutes.
 */
export function idleTimeout(statementAgeMs: number, fixedMs?: number): number {
  if (fixedMs !== undefined) return fixedMs;
  const f = Math.min(1, Math.max(0, statementAgeMs) / IDLE_RAMP_MS);
  return IDLE_START_MS + f * (IDLE_MAX_MS - IDLE_START_MS);
}
