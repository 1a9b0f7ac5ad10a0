/**
 * Event-time timers of session windows: a binary min-heap on (time, seq) of session slots, in
 * one Float64Array with an entry's four numbers side by side (time, seq, slot, generation) and
 * the root at index 1, so the two children a sift compares share one 64-byte stretch: a level
 * of the heap costs one memory access, not one per array.
 *
 * A session is filed under its end when created. Its end grows with its rows, but it is not
 * re-filed per row: when its filed time comes, the caller finds its end moved and files it
 * again under the new end (`refileTop`), so a session extended by every row of its key moves at
 * most once per watermark. Sessions then fire in order of end, then of the moment their end last
 * changed (`seq`, kept with the filing: a session whose end is still its filed time has not
 * changed since). A session merged away is not searched for: its entry stays until it reaches
 * the top, where its generation (the slot's, bumped when the slot is freed) no longer matches.
 */
import { grow } from './session-store.js';

const W = 4;
const TIME = 0;
const SEQ = 1;
const SLOT = 2;
const GEN = 3;

/** Timers of session slots. */
export class SessionTimers {
  /** Entry i (1-based) at [i * W, i * W + W). */
  private h = new Float64Array(64 * W);
  private n = 0;

  /** Filed entries (stale ones included until they reach the top). */
  get size(): number {
    return this.n;
  }

  /** Time of the earliest entry (size must be > 0). */
  topTime(): number {
    return this.h[W + TIME]!;
  }

  /** Session slot of the earliest entry. */
  topSlot(): number {
    return this.h[W + SLOT]!;
  }

  /** Slot generation the earliest entry was filed with. */
  topGen(): number {
    return this.h[W + GEN]!;
  }

  /** Files session slot `s` (of generation `gen`) under `time`, ordered among equal times by `seq`. */
  add(s: number, gen: number, time: number, seq: number): void {
    const i = ++this.n;
    if ((i + 1) * W > this.h.length) this.h = grow(this.h, Float64Array);
    this.up(i, time, seq, s, gen);
  }

  /** Files the earliest entry's session again under (time, seq), later than before. */
  refileTop(time: number, seq: number): void {
    const h = this.h;
    this.down(1, time, seq, h[W + SLOT]!, h[W + GEN]!);
  }

  /** Removes the earliest entry. */
  pop(): void {
    const n = this.n--;
    if (n === 1) return;
    const h = this.h;
    const b = n * W;
    this.down(1, h[b + TIME]!, h[b + SEQ]!, h[b + SLOT]!, h[b + GEN]!);
  }

  /** Puts entry (t, q, s, g) at position i or above. */
  private up(i: number, t: number, q: number, s: number, g: number): void {
    const h = this.h;
    while (i > 1) {
      const p = (i >> 1) * W;
      const pt = h[p + TIME]!;
      if (!(t < pt || (t === pt && q < h[p + SEQ]!))) break;
      copy(h, i * W, p);
      i >>= 1;
    }
    set(h, i * W, t, q, s, g);
  }

  /** Puts entry (t, q, s, g) at position i or below (among the first n entries). */
  private down(i: number, t: number, q: number, s: number, g: number): void {
    const h = this.h;
    const n = this.n;
    for (;;) {
      let c = 2 * i;
      if (c > n) break;
      let cb = c * W;
      if (c < n) {
        // The smaller child: c or c + 1 (side by side).
        const rt = h[cb + W + TIME]!;
        const lt = h[cb + TIME]!;
        if (rt < lt || (rt === lt && h[cb + W + SEQ]! < h[cb + SEQ]!)) {
          c++;
          cb += W;
        }
      }
      const ct = h[cb + TIME]!;
      if (!(ct < t || (ct === t && h[cb + SEQ]! < q))) break;
      copy(h, i * W, cb);
      i = c;
    }
    set(h, i * W, t, q, s, g);
  }
}

function copy(h: Float64Array, to: number, from: number): void {
  h[to + TIME] = h[from + TIME]!;
  h[to + SEQ] = h[from + SEQ]!;
  h[to + SLOT] = h[from + SLOT]!;
  h[to + GEN] = h[from + GEN]!;
}

function set(h: Float64Array, b: number, t: number, q: number, s: number, g: number): void {
  h[b + TIME] = t;
  h[b + SEQ] = q;
  h[b + SLOT] = s;
  h[b + GEN] = g;
}
