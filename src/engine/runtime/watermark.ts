/**
 * Event-time watermarks of one source: a generator per split keeps the maximum of the
 * watermark expression's values (Flink SQL's WATERMARK FOR … AS expr: the watermark is the
 * largest expression value seen, without Flink DataStream's extra -1 ms), splits combine by
 * minimum, a split that ended no longer holds the source back, and a split idle for longer than
 * the idle timeout (`table.exec.source.idle-timeout`, 0 = never) is left out of the minimum.
 *
 * Emission follows Flink's WatermarkAssignerOperator: a new watermark goes downstream at once
 * when it is more than the interval (`pipeline.auto-watermark-interval`, default 200 ms) ahead
 * of the last one emitted, otherwise when the interval of processing time has passed since the
 * last emission (Flink's periodic timer); the driver also checks between the rows of a batch.
 */
import { MAX_WATERMARK, MIN_WATERMARK } from './operator.js';

interface SplitMark {
  watermark: number;
  finished: boolean;
  idle: boolean;
  lastActive: number;
}

/** The watermark state of one source's splits. */
export class SourceWatermarks {
  private readonly splits = new Map<string, SplitMark>();
  private emitted = MIN_WATERMARK;
  private emittedAt = -Infinity;

  constructor(
    private readonly idleTimeoutMs: number,
    /** `pipeline.auto-watermark-interval` in ms (0 = every advance at once). */
    readonly intervalMs = 0,
  ) {}

  /** Registers a split (before reading it). */
  addSplit(id: string, now: number): void {
    this.splits.set(id, { watermark: MIN_WATERMARK, finished: false, idle: false, lastActive: now });
  }

  /** Records a value of the watermark expression read from split `id` (already computed per row). */
  observe(id: string, value: number, now: number): void {
    const s = this.splits.get(id)!;
    if (value > s.watermark) s.watermark = value;
    s.idle = false;
    s.lastActive = now;
  }

  /** Records that split `id` delivered rows (even without a watermark strategy). */
  active(id: string, now: number): void {
    const s = this.splits.get(id)!;
    s.idle = false;
    s.lastActive = now;
  }

  /** Records that split `id` had nothing to read; it may become idle. */
  nothing(id: string, now: number): void {
    const s = this.splits.get(id)!;
    if (this.idleTimeoutMs > 0 && now - s.lastActive >= this.idleTimeoutMs) s.idle = true;
  }

  /** The connector says split `id` is idle (its own idleness policy): left out until it has rows. */
  markIdle(id: string): void {
    this.splits.get(id)!.idle = true;
  }

  /** Split `id` ended: it no longer holds the watermark back. */
  finish(id: string): void {
    const s = this.splits.get(id)!;
    s.finished = true;
    s.watermark = MAX_WATERMARK;
  }

  /**
   * The smallest watermark of the splits other than `id` that hold the source back
   * (MAX_WATERMARK when none): the combined watermark can rise no higher while `id` reads.
   */
  othersMin(id: string): number {
    let min = MAX_WATERMARK;
    for (const [k, s] of this.splits) {
      if (k === id || (s.idle && !s.finished)) continue;
      if (s.watermark < min) min = s.watermark;
    }
    return min;
  }

  /**
   * The combined watermark if it advanced since the last emission and is due (more than the
   * interval ahead, the interval of processing time passed, or the end), else null.
   */
  advance(now = Infinity): number | null {
    let min = MAX_WATERMARK;
    let any = false;
    for (const s of this.splits.values()) {
      if (s.idle && !s.finished) continue;
      any = true;
      if (s.watermark < min) min = s.watermark;
    }
    if (!any) return null; // every split idle: the source holds no one back, emits nothing
    if (this.splits.size === 0) min = MAX_WATERMARK;
    if (min <= this.emitted) return null;
    const due =
      min - this.emitted > this.intervalMs ||
      min === MAX_WATERMARK ||
      now - this.emittedAt >= this.intervalMs;
    if (!due) return null;
    this.emitted = min;
    this.emittedAt = now;
    return min;
  }

  /** The last watermark `advance` returned. */
  get current(): number {
    return this.emitted;
  }

  /** True when every split ended. */
  get allFinished(): boolean {
    for (const s of this.splits.values()) if (!s.finished) return false;
    return true;
  }
}
