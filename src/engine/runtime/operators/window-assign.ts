/**
 * Window assignment as Flink's window table functions define it (TUMBLE, HOP, CUMULATE), over
 * event-time milliseconds. Kept free of row handling so the TVF operator and tests share it.
 */

/** A window spec in milliseconds. */
export type WindowSpec =
  | { readonly kind: 'TUMBLE'; readonly size: number; readonly offset: number }
  | { readonly kind: 'HOP'; readonly size: number; readonly slide: number; readonly offset: number }
  | { readonly kind: 'CUMULATE'; readonly size: number; readonly step: number; readonly offset: number }
  | { readonly kind: 'SESSION'; readonly gap: number };

/** Flink's TimeWindow.getWindowStartWithOffset: the start of the window of `size` holding `ts`. */
export function windowStart(ts: number, offset: number, size: number): number {
  const r = (ts - offset + size) % size;
  return ts - (r < 0 ? r + size : r);
}

/**
 * Appends [start, end) pairs of every window containing `ts` to `out` (flattened), in the order
 * Flink's assigners produce them: HOP from the latest window back, CUMULATE from the first end.
 * Returns the number of windows.
 */
export function assignWindows(spec: WindowSpec, ts: number, out: number[]): number {
  const n = assignWindowsAt(spec, ts, out, out.length);
  return n;
}

/**
 * {@link assignWindows} writing the pairs from `out[at]` on (a reused buffer needs no clearing:
 * setting an array's length is a slow call).
 */
export function assignWindowsAt(spec: WindowSpec, ts: number, out: number[], at: number): number {
  switch (spec.kind) {
    case 'TUMBLE': {
      const s = windowStart(ts, spec.offset, spec.size);
      out[at] = s;
      out[at + 1] = s + spec.size;
      return 1;
    }
    case 'HOP': {
      let n = 0;
      const last = windowStart(ts, spec.offset, spec.slide);
      for (let s = last; s > ts - spec.size; s -= spec.slide) {
        out[at + 2 * n] = s;
        out[at + 2 * n + 1] = s + spec.size;
        n++;
      }
      return n;
    }
    case 'CUMULATE': {
      const s = windowStart(ts, spec.offset, spec.size);
      const firstEnd = windowStart(ts, spec.offset, spec.step) + spec.step;
      let n = 0;
      for (let e = firstEnd; e <= s + spec.size; e += spec.step) {
        out[at + 2 * n] = s;
        out[at + 2 * n + 1] = e;
        n++;
      }
      return n;
    }
    case 'SESSION':
      out[at] = ts;
      out[at + 1] = ts + spec.gap;
      return 1;
  }
}

/** A short text of a window spec for EXPLAIN. */
export function displayWindow(spec: WindowSpec): string {
  const d = (ms: number): string => `${ms} ms`;
  switch (spec.kind) {
    case 'TUMBLE':
      return `TUMBLE(size=[${d(spec.size)}]${spec.offset ? `, offset=[${d(spec.offset)}]` : ''})`;
    case 'HOP':
      return `HOP(size=[${d(spec.size)}], slide=[${d(spec.slide)}]${spec.offset ? `, offset=[${d(spec.offset)}]` : ''})`;
    case 'CUMULATE':
      return `CUMULATE(max_size=[${d(spec.size)}], step=[${d(spec.step)}]${spec.offset ? `, offset=[${d(spec.offset)}]` : ''})`;
    case 'SESSION':
      return `SESSION(gap=[${d(spec.gap)}])`;
  }
}
