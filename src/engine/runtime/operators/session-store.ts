/**
 * The open session windows of a session window aggregation, as Flink's MergingWindowSet keeps
 * them per key, laid out as parallel typed arrays instead of an object per session: a row
 * reaches its key's sessions through two array reads, with no boxed number per session bound
 * (event times in ms do not fit a small integer, so object fields would hold heap numbers) and
 * nothing for the garbage collector to trace.
 *
 * Sessions and keys are integer slots, reused once freed. A key's sessions form a singly linked
 * list in creation order (a key rarely has more than one or two open sessions). A session's
 * numbers sit together in `f` (one cache line for a row's visit): from `s * stride`, its start,
 * end, seq, then `width` numbers of its own (accumulators that are plain numbers).
 */
import type { Row } from '../batch.js';

const NONE = -1;

/** Offsets in a session's stride of {@link SessionStore.f}. */
export const START = 0;
export const END = 1;
/** When its end last changed (orders sessions ending at the same time). */
export const SEQ = 2;
/** Where the session's own numbers begin. */
export const VALS = 3;

/** Session and key slots; the arrays are replaced when they grow, so re-read them after `add*`. */
export class SessionStore {
  /** Per session, `stride` numbers: its window [start, end) in ms, seq, its own numbers. */
  f: Float64Array;
  readonly stride: number;
  /** Per session: the next session of the same key (-1 at the end), and the key's slot. */
  next: Int32Array;
  owner: Int32Array;
  /** Per key: its first and last session (-1 when none). */
  head: Int32Array;
  tail: Int32Array;
  /** Per key: the key columns' values (null when the slot is free). */
  readonly keyValues: (Row | null)[] = [];

  private readonly freeSessions: number[] = [];
  private readonly freeKeys: number[] = [];
  private sessionTop = 0;
  private keyTop = 0;
  private live = 0;

  constructor(readonly width: number) {
    const n = 64;
    this.stride = VALS + width;
    this.f = new Float64Array(n * this.stride);
    this.next = new Int32Array(n);
    this.owner = new Int32Array(n);
    this.head = new Int32Array(n);
    this.tail = new Int32Array(n);
  }

  /** Open sessions. */
  get sessionCount(): number {
    return this.live;
  }

  /** A key slot with no sessions yet. */
  addKey(values: Row): number {
    let k = this.freeKeys.pop();
    if (k === undefined) {
      k = this.keyTop++;
      if (k === this.head.length) {
        this.head = grow(this.head, Int32Array);
        this.tail = grow(this.tail, Int32Array);
      }
    }
    this.head[k] = NONE;
    this.tail[k] = NONE;
    this.keyValues[k] = values;
    return k;
  }

  /** Frees a key slot (its sessions must be gone). */
  removeKey(k: number): void {
    this.keyValues[k] = null;
    this.freeKeys.push(k);
  }

  /** A new session [start, end) of key `k`, last in its list; its own numbers are zero. */
  addSession(k: number, start: number, end: number, seq: number): number {
    let s = this.freeSessions.pop();
    if (s === undefined) {
      s = this.sessionTop++;
      if (s === this.next.length) this.growSessions();
    }
    const f = this.f;
    const b = s * this.stride;
    f[b + START] = start;
    f[b + END] = end;
    f[b + SEQ] = seq;
    for (let i = b + VALS; i < b + this.stride; i++) f[i] = 0;
    this.next[s] = NONE;
    this.owner[s] = k;
    const t = this.tail[k]!;
    if (t === NONE) this.head[k] = s;
    else this.next[t] = s;
    this.tail[k] = s;
    this.live++;
    return s;
  }

  /** Unlinks session `s` from its key's list and frees its slot. */
  removeSession(s: number): void {
    const k = this.owner[s]!;
    let prev = NONE;
    let x = this.head[k]!;
    while (x !== s) {
      prev = x;
      x = this.next[x]!;
    }
    const after = this.next[s]!;
    if (prev === NONE) this.head[k] = after;
    else this.next[prev] = after;
    if (this.tail[k] === s) this.tail[k] = prev;
    this.freeSessions.push(s);
    this.live--;
  }

  private growSessions(): void {
    this.f = grow(this.f, Float64Array);
    this.next = grow(this.next, Int32Array);
    this.owner = grow(this.owner, Int32Array);
  }
}

/** A copy of `a` twice as long. */
export function grow<A extends Float64Array | Int32Array>(a: A, Ctor: new (n: number) => A): A {
  const b = new Ctor(a.length * 2);
  b.set(a);
  return b;
}
