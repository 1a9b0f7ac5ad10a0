/**
 * DATE_FORMAT(ts, '<constant pattern>') with a one-entry memo per call site, checked inline in
 * the generated code (Nexmark q15–q17 format every bid's rowtime as 'yyyy-MM-dd' or 'HH:mm').
 *
 * Exactness: a TIMESTAMP (or TIME, DATE) is local wall-clock time without a zone, and a pattern
 * whose letters all name a unit of a day or coarser, an hour, a minute or a second
 * (`patternGranularityMs` > 0: no fractions, nanos or zone letters) formats every instant of
 * one such local unit alike. So after formatting a millisecond value `v` the text is reused for
 * every value in [floor(v / unit) · unit, + unit). Events arrive nearly in time order, so
 * 'yyyy-MM-dd' is formatted once a day and 'HH:mm' once a minute. TIMESTAMP_LTZ keeps the plain
 * call: its local time moves with the zone's offset, which may change within a unit.
 * Values with nanoseconds (objects, not numbers) and NULL take the library's own path.
 */
import { decodeValue } from '../plan/encode-value.js';
import type { RexExpr } from '../plan/expr.js';
import { patternGranularityMs } from '../functions/java-date-format.js';

/** The library's DATE_FORMAT implementation for one call site. */
export type DateFormatImpl = (value: unknown, pattern: string) => string | null;

/**
 * The last text a call site produced and the half-open range of input values (ms for TIMESTAMP
 * and TIME, days for DATE) it holds for. Empty (lo > hi) until the first number is formatted.
 */
export class DateFormatMemo {
  lo = 1;
  hi = 0;
  text = '';

  constructor(
    private readonly impl: DateFormatImpl,
    private readonly pattern: string,
    /** Width of the memo's range in input units (ms, or 1 day for DATE). */
    private readonly unit: number,
  ) {}

  /** Formats through the library and remembers the text for the value's whole unit. */
  format(value: unknown): string | null {
    const text = this.impl(value, this.pattern);
    // Within ±2^53 the unit's bounds are exact (floor of an exactly rounded quotient).
    if (typeof value === 'number' && text !== null && Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
      const lo = Math.floor(value / this.unit) * this.unit;
      this.lo = lo;
      this.hi = lo + this.unit;
      this.text = text;
    }
    return text;
  }
}

const MEMO_KINDS: ReadonlySet<string> = new Set(['TIMESTAMP', 'TIME', 'DATE']);

/**
 * A memo for `e` when it is DATE_FORMAT(<TIMESTAMP, TIME or DATE>, <non-NULL string literal>)
 * with a pattern of whole seconds or coarser; null otherwise (the plain call stays). `impl` is the
 * built-in implementation bound for this call.
 */
export function dateFormatMemo(
  e: Extract<RexExpr, { k: 'call' }>,
  impl: DateFormatImpl,
): DateFormatMemo | null {
  if (e.op !== 'DATE_FORMAT' || e.args.length !== 2) return null;
  const [value, pattern] = e.args as [RexExpr, RexExpr];
  if (!MEMO_KINDS.has(value.type.kind) || pattern.k !== 'lit' || pattern.value === null) return null;
  const text = decodeValue(pattern.value);
  if (typeof text !== 'string') return null;
  const unit = patternGranularityMs(text);
  if (unit <= 0) return null;
  // A DATE is a day number: every value is its own (whole-day) unit.
  return new DateFormatMemo(impl, text, value.type.kind === 'DATE' ? 1 : unit);
}

/**
 * The JS expression of a memoised call: `memo` is the bound {@link DateFormatMemo}, `value` the
 * (non-NULL) operand's code, a temporary or a literal, so reading it twice costs nothing.
 */
export function dateFormatCode(memo: string, value: string): string {
  return `(typeof ${value} === 'number' && ${value} >= ${memo}.lo && ${value} < ${memo}.hi ? ${memo}.text : ${memo}.format(${value}))`;
}
