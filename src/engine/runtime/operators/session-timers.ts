/**
 * Event-time timers of session windows: a binary min-heap of session slots on (time, seq),
 * held in typed arrays (the heap's keys sit next to each other, not behind a pointer per
 * session), with each slot's heap position so a session merged away leaves at once.
 *
 * A session is filed under its end when created. Its end grows with its rows, but it is not
 * re-filed per row: when its filed time comes, the caller finds its end moved and files it
 * again under the new end (`refileTop`), so a session extended by every row of its key moves at
 * most once per watermark. Sessions then fire in order of end, then of the moment their end last
 * changed (`seq`, kept with the filing: a session whose end is still its filed time has not
 * changed since).
 */
import { grow } from './session-store.js';

/** Timers of session slots. */
export class SessionTimers {
  private time = new Float64Array(64);
  private seq = new Float64Array(64);
  private slot = new Int32Array(64);
  /** Per session slot: its heap position, or -1. */
  private pos = new Int32Array(64).fill(-1);
  private n = 0;

  /** Filed sessions. */
  get size(): number {
    return this.n;
  }

  /** Time of the earliest timer (size must be > 0). */
  topTime(): number {
    return this.time[0]!;
  }

  /** Session of the earliest timer (size must be > 0). */
  topSlot(): number {
    return this.slot[0]!;
  }

  /** Files session `s` (not filed yet) under `time`, ordered among equal times by `seq`. */
  add(s: number, time: number, seq: number): void {
    if (s >= this.pos.length) {
      const old = this.pos.length;
      this.pos = grow(this.pos, Int32Array);
      this.pos.fill(-1, old);
    }
    if (this.n === this.time.length) {
      this.time = grow(this.time, Float64Array);
      this.seq = grow(this.seq, Float64Array);
      this.slot = grow(this.slot, Int32Array);
    }
    this.up(this.n++, time, seq, s);
  }

  /** Files the earliest timer's session again under (time, seq) (later than it was). */
  refileTop(time: number, seq: number): void {
    this.down(0, time, seq, this.slot[0]!);
  }

  /** Removes the earliest timer and returns its session. */
  pop(): number {
    const s = this.slot[0]!;
    this.removeAt(0);
    return s;
  }

  /** Removes session `s`'s timer (it must be filed). */
  remove(s: number): void {
    this.removeAt(this.pos[s]!);
  }

  private removeAt(i: number): void {
    const s = this.slot[i]!;
    this.pos[s] = -1;
    const last = --this.n;
    if (i === last) return;
    const t = this.time[last]!;
    const q = this.seq[last]!;
    const ls = this.slot[last]!;
    if (i > 0 && before(t, q, this.time[(i - 1) >> 1]!, this.seq[(i - 1) >> 1]!)) this.up(i, t, q, ls);
    else this.down(i, t, q, ls);
  }

  /** Puts (t, q, s) at position i or above. */
  private up(i: number, t: number, q: number, s: number): void {
    const time = this.time;
    const seq = this.seq;
    const slot = this.slot;
    const pos = this.pos;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(t, q, time[p]!, seq[p]!)) break;
      time[i] = time[p]!;
      seq[i] = seq[p]!;
      slot[i] = slot[p]!;
      pos[slot[i]!] = i;
      i = p;
    }
    time[i] = t;
    seq[i] = q;
    slot[i] = s;
    pos[s] = i;
  }

  /** Puts (t, q, s) at position i or below. */
  private down(i: number, t: number, q: number, s: number): void {
    const time = this.time;
    const seq = this.seq;
    const slot = this.slot;
    const pos = this.pos;
    const n = this.n;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(time[r]!, seq[r]!, time[l]!, seq[l]!) ? r : l;
      if (!before(time[c]!, seq[c]!, t, q)) break;
      time[i] = time[c]!;
      seq[i] = seq[c]!;
      slot[i] = slot[c]!;
      pos[slot[i]!] = i;
      i = c;
    }
    time[i] = t;
    seq[i] = q;
    slot[i] = s;
    pos[s] = i;
  }
}

function before(t1: number, q1: number, t2: number, q2: number): boolean {
  return t1 < t2 || (t1 === t2 && q1 < q2);
}
