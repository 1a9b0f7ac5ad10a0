/**
 * JSON numbers kept exact. `JSON.parse` reads every number as a double, so a long beyond 2^53
 * (9007199254740993) or a DECIMAL(38) of 38 digits lost its last digits before the Kafka
 * connector saw it, while Confluent's Java deserializer (Jackson) reads the number's text into
 * a long or a BigDecimal exactly. Here a number token with more than 15 significant digits (the
 * most a double always keeps) is read as a {@link JsonNumber} holding its text; shorter ones stay
 * plain numbers, so the common record still goes through `JSON.parse` alone. Writing is the
 * mirror: {@link stringifyJsonExact} writes a JsonNumber's text (and a bigint's digits) as the
 * number, as Jackson writes a long or a BigDecimal.
 *
 * @example
 * parseJsonExact('{"id": 9007199254740993}') // { id: JsonNumber { text: '9007199254740993' } }
 * stringifyJsonExact({ id: new JsonNumber('9007199254740993') }) // '{"id":9007199254740993}'
 */

import { readJson } from '../common/json-text.js';

/** A JSON number too long for a double, as written. */
export class JsonNumber {
  /** How many were made: lets an encoder see whether a value it built holds one (no walk). */
  static made = 0;
  constructor(readonly text: string) {
    JsonNumber.made++;
  }
  /** The nearest double (what `JSON.parse` would have given). */
  valueOf(): number {
    return Number(this.text);
  }
  toString(): string {
    return this.text;
  }
  /** `JSON.stringify` sees the nearest double; {@link stringifyJsonExact} writes the text. */
  toJSON(): number {
    return Number(this.text);
  }
}

/** Significant digits of a number token beyond which a double may not hold it exactly. */
const MAX_EXACT_DIGITS = 15;

/** True when a JSON number token has more significant digits than a double always keeps. */
export function needsExactText(token: string): boolean {
  let digits = 0;
  let leading = true;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 101 || c === 69) break; // e / E: the exponent does not count
    if (c < 48 || c > 57) continue; // sign, point
    if (leading && c === 48) continue;
    leading = false;
    if (++digits > MAX_EXACT_DIGITS) return true;
  }
  return false;
}

/** Length of the run of digits and points that a number with 16 significant digits needs. */
const RUN = MAX_EXACT_DIGITS + 1;

function isDigitOrPoint(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46;
}

/**
 * True when `text` has a run of 16 digits and points: the only shape in which a number with more
 * than 15 significant digits can appear (the run may also be inside a string: the exact parser
 * then finds nothing long). Such a run covers a multiple of 16, so only those places are
 * looked at (a regex scanning every place cost a third of a JSON.parse of a small record).
 */
export function mayHoldLongNumber(text: string): boolean {
  for (let i = RUN - 1; i < text.length; i += RUN) {
    if (!isDigitOrPoint(text.charCodeAt(i))) continue;
    let lo = i;
    while (lo > 0 && isDigitOrPoint(text.charCodeAt(lo - 1))) lo--;
    let hi = i + 1;
    while (hi < text.length && isDigitOrPoint(text.charCodeAt(hi))) hi++;
    if (hi - lo >= RUN) return true;
  }
  return false;
}

/**
 * `JSON.parse`, except that numbers with more than 15 significant digits are {@link JsonNumber}s
 * (read by common/json-text.ts; a malformed text then throws its JsonSyntaxError, a SyntaxError).
 */
export function parseJsonExact(text: string): unknown {
  if (!mayHoldLongNumber(text)) return JSON.parse(text);
  return readJson(text, { number: exactNumber, plainObjects: true });
}

function exactNumber(text: string): unknown {
  return needsExactText(text) ? new JsonNumber(text) : Number(text);
}

/** Sets `o[k]`, an own property even for `__proto__` (as JSON.parse makes it). */
function ownProperty(o: Record<string, unknown>, k: string, value: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
  else o[k] = value;
}

/**
 * `JSON.stringify` for a value that may hold {@link JsonNumber}s or bigints: both written as
 * their exact digits. Other values as `JSON.stringify` writes them (toJSON, undefined members
 * skipped, non-finite numbers as null).
 */
export function stringifyJsonExact(v: unknown): string {
  return write(v) ?? 'null';
}

function write(v: unknown): string | undefined {
  if (v instanceof JsonNumber) return v.text;
  if (typeof v === 'bigint') return v.toString();
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => write(x) ?? 'null').join(',')}]`;
  const toJSON = (v as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return write((toJSON as () => unknown).call(v));
  const parts: string[] = [];
  for (const k of Object.keys(v)) {
    const x = write((v as Record<string, unknown>)[k]);
    if (x !== undefined) parts.push(`${JSON.stringify(k)}:${x}`);
  }
  return `{${parts.join(',')}}`;
}

/** A copy with each {@link JsonNumber} and bigint as its nearest double (for a validator). */
export function withPlainNumbers(v: unknown): unknown {
  if (v instanceof JsonNumber) return Number(v.text);
  if (typeof v === 'bigint') return Number(v);
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
  if (Array.isArray(v)) return v.map(withPlainNumbers);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) ownProperty(out, k, withPlainNumbers((v as Record<string, unknown>)[k]));
  return out;
}
