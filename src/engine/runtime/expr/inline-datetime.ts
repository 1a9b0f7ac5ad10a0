/**
 * `timestamp ± INTERVAL '…' SECOND` (a day-time interval literal) compiled to JS arithmetic for
 * the common millisecond-precision value, e.g. every Nexmark watermark `dateTime - INTERVAL '4'
 * SECOND`, evaluated once per row. A TIMESTAMP/TIMESTAMP_LTZ value is a number (epoch or local
 * millis) unless it carries sub-millisecond digits (PreciseTimestamp, src/types/values.ts): only
 * the number case is inlined, as the library does it (millis + sign × interval millis); any other
 * value goes to the library's implementation, bound as usual.
 */
import { decodeValue } from '../plan/encode-value.js';
import type { RexExpr } from '../plan/expr.js';

const TIMESTAMP_KINDS: ReadonlySet<string> = new Set(['TIMESTAMP', 'TIMESTAMP_LTZ']);

/**
 * The index of the timestamp operand when `e` is `ts + lit`, `lit + ts` or `ts - lit` with a
 * non-NULL day-time interval literal of whole milliseconds; otherwise -1.
 */
export function inlineDatetimePlusInterval(e: Extract<RexExpr, { k: 'call' }>): number {
  if ((e.op !== '+' && e.op !== '-') || e.args.length !== 2) return -1;
  if (!TIMESTAMP_KINDS.has(e.type.kind)) return -1;
  const ts = e.op === '+' && TIMESTAMP_KINDS.has(e.args[1]!.type.kind) ? 1 : 0;
  const iv = e.args[1 - ts]!;
  if (!TIMESTAMP_KINDS.has(e.args[ts]!.type.kind) || iv.type.kind !== 'INTERVAL_DAY_TIME') return -1;
  if (iv.k !== 'lit' || iv.value === null) return -1;
  const v = decodeValue(iv.value);
  return typeof v === 'number' && Number.isSafeInteger(v) ? ts : -1;
}

/**
 * The JS expression for a call accepted by {@link inlineDatetimePlusInterval}: `values` are the
 * operand codes (non-NULL), `f` the bound library implementation for the other cases.
 */
export function datetimePlusIntervalCode(
  e: Extract<RexExpr, { k: 'call' }>,
  ts: number,
  values: readonly string[],
  f: string,
  temp: () => string,
): string {
  const v = values[ts]!;
  // The operand is a temporary (or a literal): reading it twice costs nothing.
  const t = /^t\d+$/.test(v) ? v : temp();
  const read = t === v ? v : `(${t} = ${v})`;
  return `(typeof ${read} === 'number' ? ${datetimePlusIntervalNumber(e, ts, t)} : ${f}(${values.join(', ')}))`;
}

/** The arithmetic of {@link datetimePlusIntervalCode} on `t`, a local holding a number. */
export function datetimePlusIntervalNumber(
  e: Extract<RexExpr, { k: 'call' }>,
  ts: number,
  t: string,
): string {
  const iv = e.args[1 - ts]!;
  const ms = decodeValue((iv as { value: unknown }).value) as number;
  return `${t} + ${e.op === '-' ? -ms : ms}`;
}
