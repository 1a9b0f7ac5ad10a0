/**
 * The open session windows of a session window aggregation, as Flink's MergingWindowSet keeps
 * them per key, laid out as parallel typed arrays instead of an object per session: a row
 * reaches its key's sessions through one array read, with no boxed number per session bound
 * (event times in ms do not fit a small integer, so object fields would hold heap numbers) and
 * nothing for the garbage collector to trace.
 *
 * Sessions are integer slots, reused once freed. A key's sessions form a doubly linked list in
 * creation order (a key rarely has more than one or two open sessions), whose head the operator
 * keeps in its keyed state. A session's numbers sit together in `f` (one cache line for a row's
 * visit): from `s * stride`, its start, end, seq, then `width` numbers of its own (accumulators
 * that are plain numbers).
 */
import type { Row } from '../batch.js';

/** No session (end of a list). */
export const NONE = -1;

/** Offsets in a session's stride of {@link SessionStore.f}. */
export const START = 0;
export const END = 1;
/** When its end last changed (orders sessions ending at the same time). */
export const SEQ = 2;
/** Where the session's own numbers begin. */
export const VALS = 3;

/** Session slots; the arrays are replaced when they grow, so re-read them after `add`. */
export class SessionStore {
  /** Per session, `stride` numbers: its window [start, end) in ms, seq, its own numbers. */
  f: Float64Array;
  readonly stride: number;
  /** Per session: the next and previous session of the same key (-1 at the ends). */
  next: Int32Array;
  prev: Int32Array;
  /** Per session slot: how many times it was freed (tells a stale timer from a live one). */
  gen: Int32Array;
  /** Per session: its key's column values (one array shared by a key's sessions), or null. */
  readonly keys: (Row | null)[] = [];

  private readonly free: number[] = [];
  private top = 0;
  private live = 0;

  constructor(readonly width: number) {
    const n = 64;
    this.stride = VALS + width;
    this.f = new Float64Array(n * this.stride);
    this.next = new Int32Array(n);
    this.prev = new Int32Array(n);
    this.gen = new Int32Array(n);
  }

  /** Open sessions. */
  get size(): number {
    return this.live;
  }

  /**
   * A new session [start, end) of the key whose values are `key`, linked after session `after`
   * (its key's last; NONE for a key's first); its own numbers are zero.
   */
  add(after: number, key: Row, start: number, end: number, seq: number): number {
    let s = this.free.pop();
    if (s === undefined) {
      s = this.top++;
      if (s === this.next.length) {
        this.f = grow(this.f, Float64Array);
        this.next = grow(this.next, Int32Array);
        this.prev = grow(this.prev, Int32Array);
        this.gen = grow(this.gen, Int32Array);
      }
    }
    const f = this.f;
    const b = s * this.stride;
    f[b + START] = start;
    f[b + END] = end;
    f[b + SEQ] = seq;
    for (let i = b + VALS; i < b + this.stride; i++) f[i] = 0;
    this.keys[s] = key;
    this.prev[s] = after;
    this.next[s] = NONE;
    if (after !== NONE) this.next[after] = s;
    this.live++;
    return s;
  }

  /** Unlinks session `s` from its key's list and frees its slot. */
  remove(s: number): void {
    const p = this.prev[s]!;
    const n = this.next[s]!;
    if (p !== NONE) this.next[p] = n;
    if (n !== NONE) this.prev[n] = p;
    this.keys[s] = null;
    this.gen[s]!++;
    this.free.push(s);
    this.live--;
  }
}

/** A copy of `a` twice as long. */
export function grow<A extends Float64Array | Int32Array>(a: A, Ctor: new (n: number) => A): A {
  const b = new Ctor(a.length * 2);
  b.set(a);
  return b;
}
