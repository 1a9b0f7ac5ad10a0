/**
 * Event-time timers of windows that grow (session windows), filed lazily: an item is filed
 * under some time no later than its current end, and only moved when that time is reached.
 * A session extended by every row of its key is then re-filed at most once per watermark
 * instead of once per row. Items fire in order of end time, then of the moment their end last
 * changed (`seq`), which is the order eager re-filing into insertion-ordered sets gave.
 *
 * The items themselves form a binary min-heap on (filed, seq): no bucket or map entry per
 * distinct time (session ends are nearly all distinct), nothing allocated per item.
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

const before = (a: TimedItem, b: TimedItem): boolean =>
  a.filed < b.filed || (a.filed === b.filed && a.seq < b.seq);

/** Timers of growing windows, fired in (end, seq) order. */
export class EndTimers<T extends TimedItem> {
  private readonly heap: T[] = [];
  private seqNext = 0;

  /** A fresh ordering stamp: call when an item is created or its end changes. */
  stamp(): number {
    return this.seqNext++;
  }

  /** Number of filed items (dead ones included until they are met). */
  get size(): number {
    return this.heap.length;
  }

  /** Files a new item under its end. */
  add(item: T): void {
    item.filed = item.end;
    this.push(item);
  }

  /**
   * Calls `fire` for every live item whose end - 1 <= watermark, in order (end, then seq);
   * `fire` must mark the item dead. Items filed early are moved to their end on the way.
   */
  fireUpTo(watermark: number, fire: (item: T) => void): void {
    const heap = this.heap;
    while (heap.length > 0 && heap[0]!.filed - 1 <= watermark) {
      const item = this.pop();
      if (item.dead) continue;
      if (item.end !== item.filed) {
        // Its end grew since it was filed: file it under the end (it keeps its seq).
        item.filed = item.end;
        this.push(item);
        continue;
      }
      fire(item);
    }
  }

  private push(item: T): void {
    const h = this.heap;
    let i = h.length;
    h.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(item, h[p]!)) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = item;
  }

  private pop(): T {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    const n = h.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(h[r]!, h[l]!) ? r : l;
        if (!before(h[c]!, last)) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
