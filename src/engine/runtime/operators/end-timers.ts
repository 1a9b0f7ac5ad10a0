/**
 * Event-time timers of windows that grow (session windows), filed lazily: an item is filed
 * under some time no later than its current end, and only moved when that time is reached.
 * A session extended by every row of its key is then re-filed at most once per watermark
 * instead of once per row. Items fire in order of end time, then of the moment their end last
 * changed (`seq`), which is the order eager re-filing into insertion-ordered sets gave.
 */

/** What an {@link EndTimers} holds. */
export interface TimedItem {
  /** Exclusive end: the item fires when the watermark reaches end - 1. */
  end: number;
  /** Ordering among items with the same end: larger = its end changed later. */
  seq: number;
  /** The time it is filed under (<= end). */
  filed: number;
  /** Dropped (merged away or fired): skipped when met. */
  dead: boolean;
}

/** Timers keyed by end time: a min-heap of distinct times, a bucket per time. */
export class EndTimers<T extends TimedItem> {
  private readonly buckets = new Map<number, T[]>();
  private readonly heap: number[] = [];
  private seqNext = 0;

  /** A fresh ordering stamp: call when an item is created or its end changes. */
  stamp(): number {
    return this.seqNext++;
  }

  /** Files a new item under its end. */
  add(item: T): void {
    item.filed = item.end;
    let b = this.buckets.get(item.end);
    if (b === undefined) {
      b = [];
      this.buckets.set(item.end, b);
      this.push(item.end);
    }
    b.push(item);
  }

  /**
   * Calls `fire` for every live item whose end - 1 <= watermark, in order (end, then seq);
   * `fire` must mark the item dead. Items filed early are moved to their end on the way.
   */
  fireUpTo(watermark: number, fire: (item: T) => void): void {
    const heap = this.heap;
    while (heap.length > 0 && heap[0]! - 1 <= watermark) {
      const t = this.pop();
      const bucket = this.buckets.get(t)!;
      this.buckets.delete(t);
      let due: T[] | undefined;
      for (const item of bucket) {
        if (item.dead || item.filed !== t) continue;
        if (item.end === t) (due ??= []).push(item);
        else this.add(item);
      }
      if (due === undefined) continue;
      let sorted = true;
      for (let i = 1; i < due.length; i++) if (due[i - 1]!.seq > due[i]!.seq) sorted = false;
      if (!sorted) due.sort((a, b) => a.seq - b.seq);
      for (const item of due) fire(item);
    }
  }

  private push(t: number): void {
    const h = this.heap;
    let i = h.length;
    h.push(t);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]! <= t) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = t;
  }

  private pop(): number {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      const n = h.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && h[r]! < h[l]! ? r : l;
        if (h[c]! >= last) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
