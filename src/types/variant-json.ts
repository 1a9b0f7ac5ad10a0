/**
 * JSON text → Variant, as Flink's BinaryVariantInternalBuilder.parseJson does it on a default
 * Jackson JsonParser: one root value is read and whatever follows a root object, array or string
 * is ignored (a root number or keyword must be followed by whitespace or the end); integers that
 * fit a Java long become the narrowest integer type, others and plain-notation fractions become
 * DECIMAL when they fit 38 digits, everything else DOUBLE; duplicate object keys fail unless
 * allowed, then the last one wins.
 */

import { Variant } from './variant.js';

/** A parse failure; `message` is Jackson-like and names what was wrong. */
export class VariantJsonError extends Error {}

/** Jackson's StreamReadConstraints default nesting limit. */
const MAX_DEPTH = 1000;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const MAX_DECIMAL_PRECISION = 38;

/**
 * Parses JSON text into a Variant.
 *
 * @throws VariantJsonError on malformed JSON, a duplicate key (`VARIANT_DUPLICATE_KEY`) or too deep nesting
 * @example
 * parseVariantJson('{"b":1,"a":[1.50,"x"]}').toJson(); // '{"a":[1.5,"x"],"b":1}'
 */
export function parseVariantJson(text: string, allowDuplicateKeys = false): Variant {
  return new Parser(text, allowDuplicateKeys).root();
}

class Parser {
  private pos = 0;
  constructor(
    private readonly s: string,
    private readonly allowDuplicates: boolean,
  ) {}

  root(): Variant {
    this.skipWs();
    if (this.pos >= this.s.length) throw new VariantJsonError('Unexpected null token');
    const c = this.s.charCodeAt(this.pos);
    const v = this.value(0);
    // Jackson checks the character after a root-level scalar that has no closing delimiter
    if (c !== 0x7b && c !== 0x5b && c !== 0x22 && this.pos < this.s.length) {
      const n = this.s.charCodeAt(this.pos);
      if (n !== 0x20 && n !== 0x09 && n !== 0x0a && n !== 0x0d)
        throw this.error(`Expected space separating root-level values`);
    }
    return v;
  }

  private error(msg: string): VariantJsonError {
    return new VariantJsonError(`${msg} at character ${this.pos + 1}`);
  }

  private skipWs(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else break;
    }
  }

  private value(depth: number): Variant {
    const s = this.s;
    if (this.pos >= s.length) throw this.error('Unexpected end-of-input');
    const c = s[this.pos]!;
    switch (c) {
      case '{':
        return this.object(depth + 1);
      case '[':
        return this.array(depth + 1);
      case '"':
        return Variant.string(this.string());
      case 't':
        this.keyword('true');
        return Variant.TRUE;
      case 'f':
        this.keyword('false');
        return Variant.FALSE;
      case 'n':
        this.keyword('null');
        return Variant.NULL;
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.number();
        throw this.error(`Unexpected character ('${c}' (code ${c.charCodeAt(0)}))`);
    }
  }

  private keyword(word: string): void {
    const s = this.s;
    let end = this.pos;
    while (end < s.length && /[A-Za-z0-9_$]/.test(s[end]!)) end++;
    const token = s.slice(this.pos, end);
    if (token !== word)
      throw this.error(
        `Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
      );
    this.pos = end;
  }

  private object(depth: number): Variant {
    if (depth > MAX_DEPTH)
      throw this.error(`Document nesting depth exceeds the maximum allowed (${MAX_DEPTH})`);
    this.pos++;
    const fields = new Map<string, Variant>();
    this.skipWs();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return Variant.object([]);
    }
    for (;;) {
      this.skipWs();
      if (this.s[this.pos] !== '"')
        throw this.error('Unexpected character: was expecting double-quote to start field name');
      const key = this.string();
      this.skipWs();
      if (this.s[this.pos] !== ':')
        throw this.error('Unexpected character: was expecting a colon to separate field name and value');
      this.pos++;
      this.skipWs();
      const v = this.value(depth);
      if (fields.has(key)) {
        if (!this.allowDuplicates) throw new VariantJsonError('VARIANT_DUPLICATE_KEY');
        fields.delete(key);
      }
      fields.set(key, v);
      this.skipWs();
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return Variant.object([...fields]);
      }
      throw this.error(
        c === undefined
          ? 'Unexpected end-of-input: expected close marker for OBJECT'
          : 'Unexpected character: was expecting comma to separate Object entries',
      );
    }
  }

  private array(depth: number): Variant {
    if (depth > MAX_DEPTH)
      throw this.error(`Document nesting depth exceeds the maximum allowed (${MAX_DEPTH})`);
    this.pos++;
    const es: Variant[] = [];
    this.skipWs();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return Variant.array(es);
    }
    for (;;) {
      this.skipWs();
      es.push(this.value(depth));
      this.skipWs();
      const c = this.s[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return Variant.array(es);
      }
      throw this.error(
        c === undefined
          ? 'Unexpected end-of-input: expected close marker for ARRAY'
          : 'Unexpected character: was expecting comma to separate Array entries',
      );
    }
  }

  private string(): string {
    const s = this.s;
    this.pos++;
    let out = '';
    let start = this.pos;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        out += s.slice(start, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20)
        throw this.error(
          `Illegal unquoted character (CTRL-CHAR, code ${c}): has to be escaped using backslash to be included in string value`,
        );
      if (c === 0x5c) {
        out += s.slice(start, this.pos);
        out += this.escape();
        start = this.pos;
        continue;
      }
      this.pos++;
    }
    throw this.error('Unexpected end-of-input: was expecting closing quote for a string value');
  }

  private escape(): string {
    const s = this.s;
    const c = s[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case '/':
        return '/';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u': {
        const hex = s.slice(this.pos, this.pos + 4);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex))
          throw this.error('Unexpected character in character escape sequence: expected a hex-digit');
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case undefined:
        throw this.error('Unexpected end-of-input in character escape sequence');
      default:
        throw this.error(`Unrecognized character escape '${c}' (code ${c.charCodeAt(0)})`);
    }
  }

  private number(): Variant {
    const s = this.s;
    const start = this.pos;
    if (s[this.pos] === '-') this.pos++;
    const intStart = this.pos;
    while (this.pos < s.length && s[this.pos]! >= '0' && s[this.pos]! <= '9') this.pos++;
    const intDigits = this.pos - intStart;
    if (intDigits === 0)
      throw this.error(
        'Unexpected character: expected digit (0-9) to follow minus sign, for valid numeric value',
      );
    if (intDigits > 1 && s[intStart] === '0')
      throw this.error('Invalid numeric value: Leading zeroes not allowed');
    let isFloat = false;
    if (s[this.pos] === '.') {
      isFloat = true;
      this.pos++;
      const f = this.pos;
      while (this.pos < s.length && s[this.pos]! >= '0' && s[this.pos]! <= '9') this.pos++;
      if (this.pos === f) throw this.error('Unexpected character: Decimal point not followed by a digit');
    }
    if (s[this.pos] === 'e' || s[this.pos] === 'E') {
      isFloat = true;
      this.pos++;
      if (s[this.pos] === '+' || s[this.pos] === '-') this.pos++;
      const e = this.pos;
      while (this.pos < s.length && s[this.pos]! >= '0' && s[this.pos]! <= '9') this.pos++;
      if (this.pos === e)
        throw this.error('Unexpected character: Exponent indicator not followed by a digit');
    }
    const text = s.slice(start, this.pos);
    if (!isFloat) {
      const n = BigInt(text);
      if (n >= LONG_MIN && n <= LONG_MAX) return Variant.integer(n);
    }
    return decimalOrDouble(text);
  }
}

/** tryParseDecimal: plain notation (no exponent) within 38 digits of precision and scale, else DOUBLE. */
function decimalOrDouble(text: string): Variant {
  if (!/[eE]/.test(text)) {
    const neg = text.startsWith('-');
    const body = neg ? text.slice(1) : text;
    const dot = body.indexOf('.');
    const scale = dot < 0 ? 0 : body.length - dot - 1;
    const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
    const unscaled = BigInt(digits);
    // BigDecimal.precision(): digits of the unscaled value, 1 for zero
    const precision = unscaled === 0n ? 1 : unscaled.toString().length;
    if (scale <= MAX_DECIMAL_PRECISION && precision <= MAX_DECIMAL_PRECISION)
      return Variant.decimal(neg ? -unscaled : unscaled, scale);
  }
  return Variant.double(Number(text));
}
