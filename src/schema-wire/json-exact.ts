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

/** `JSON.parse`, except that numbers with more than 15 significant digits are {@link JsonNumber}s. */
export function parseJsonExact(text: string): unknown {
  if (!mayHoldLongNumber(text)) return JSON.parse(text);
  return new ExactParser(text).parseDocument();
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in a string
const STRING_RE = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WS_RE = /[ \t\n\r]*/y;

/** Sets `o[k]`, an own property even for `__proto__` (as JSON.parse makes it). */
function ownProperty(o: Record<string, unknown>, k: string, value: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
  else o[k] = value;
}

/** A recursive-descent JSON reader (RFC 8259), only for texts that hold a long number. */
class ExactParser {
  private at = 0;
  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    const v = this.value();
    this.ws();
    if (this.at !== this.text.length) this.fail('Unexpected token');
    return v;
  }

  private fail(what: string): never {
    throw new SyntaxError(`${what} in JSON at position ${this.at}`);
  }

  private ws(): void {
    WS_RE.lastIndex = this.at;
    WS_RE.exec(this.text);
    this.at = WS_RE.lastIndex;
  }

  private value(): unknown {
    this.ws();
    const c = this.text[this.at];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      case 't':
        return this.word('true', true);
      case 'f':
        return this.word('false', false);
      case 'n':
        return this.word('null', null);
      default: {
        NUMBER_RE.lastIndex = this.at;
        const m = NUMBER_RE.exec(this.text);
        if (m === null) this.fail(c === undefined ? 'Unexpected end of JSON input' : 'Unexpected token');
        this.at = NUMBER_RE.lastIndex;
        return needsExactText(m[0]) ? new JsonNumber(m[0]) : Number(m[0]);
      }
    }
  }

  private word(w: string, v: unknown): unknown {
    if (!this.text.startsWith(w, this.at)) this.fail('Unexpected token');
    this.at += w.length;
    return v;
  }

  private string(): string {
    STRING_RE.lastIndex = this.at;
    const m = STRING_RE.exec(this.text);
    if (m === null) this.fail('Bad string');
    this.at = STRING_RE.lastIndex;
    // The escapes are JSON.parse's to decode.
    return m[0].includes('\\') ? (JSON.parse(m[0]) as string) : m[0].slice(1, -1);
  }

  private array(): unknown[] {
    this.at++;
    const out: unknown[] = [];
    this.ws();
    if (this.text[this.at] === ']') {
      this.at++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const c = this.text[this.at++];
      if (c === ']') return out;
      if (c !== ',') this.fail('Expected , or ]');
    }
  }

  private object(): Record<string, unknown> {
    this.at++;
    const out: Record<string, unknown> = {};
    this.ws();
    if (this.text[this.at] === '}') {
      this.at++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.text[this.at] !== '"') this.fail('Expected a property name');
      const k = this.string();
      this.ws();
      if (this.text[this.at++] !== ':') this.fail('Expected :');
      ownProperty(out, k, this.value());
      this.ws();
      const c = this.text[this.at++];
      if (c === '}') return out;
      if (c !== ',') this.fail('Expected , or }');
    }
  }
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
