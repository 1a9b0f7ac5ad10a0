/**
 * A strict JSON parser that keeps numbers as their source text, so BIGINT and DECIMAL columns
 * are read exactly (JSON.parse would round them through doubles). Objects keep the last value
 * of a repeated key, as Jackson does.
 */

import { formatDouble } from '../../types/java-number-format.js';
import { javaDecimalTextOf } from './decimal-text.js';

/** A JSON number with its exact source text. */
export class JsonNumber {
  constructor(readonly text: string) {}
  /** True when the text has no fraction and no exponent. */
  get isIntegral(): boolean {
    return /^-?\d+$/.test(this.text);
  }
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | { [k: string]: JsonValue };

/** Thrown for malformed JSON, with the offset. */
export class JsonSyntaxError extends Error {}

/**
 * Parses one JSON document (surrounding whitespace allowed). Unescaped control characters in
 * strings are accepted, as Flink enables Jackson's ALLOW_UNESCAPED_CONTROL_CHARS. With
 * `allowTrailing`, text after the first value is ignored, as Flink's JsonParser-based decoder
 * (the default, `json.decode.json-parser.enabled`) reads only the first value of a record.
 */
export function parseJson(text: string, allowTrailing = false): JsonValue {
  const p = new Parser(text);
  p.ws();
  const v = p.value();
  if (allowTrailing) return v;
  p.ws();
  if (p.i < text.length) p.fail('unexpected trailing characters');
  return v;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  fail(what: string): never {
    throw new JsonSyntaxError(`${what} at position ${this.i}`);
  }

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  value(): JsonValue {
    const c = this.s[this.i];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default: {
        NUMBER.lastIndex = this.i;
        const m = NUMBER.exec(this.s);
        if (!m || m[0].length === 0)
          this.fail(c === undefined ? 'unexpected end of input' : `unexpected character '${c}'`);
        this.i += m[0].length;
        return new JsonNumber(m[0]);
      }
    }
  }

  literal<T>(word: string, v: T): T {
    if (!this.s.startsWith(word, this.i)) this.fail('unexpected token');
    this.i += word.length;
    return v;
  }

  object(): { [k: string]: JsonValue } {
    const out: { [k: string]: JsonValue } = Object.create(null);
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('expected a field name');
      const k = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail("expected ':'");
      this.i++;
      this.ws();
      out[k] = this.value();
      this.ws();
      const c = this.s[this.i++];
      if (c === '}') return out;
      if (c !== ',') this.fail("expected ',' or '}'");
    }
  }

  array(): JsonValue[] {
    const out: JsonValue[] = [];
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      this.ws();
      out.push(this.value());
      this.ws();
      const c = this.s[this.i++];
      if (c === ']') return out;
      if (c !== ',') this.fail("expected ',' or ']'");
    }
  }

  string(): string {
    const s = this.s;
    let i = ++this.i;
    let out = '';
    let start = i;
    for (;;) {
      if (i >= s.length) {
        this.i = i;
        this.fail('unterminated string');
      }
      const c = s.charCodeAt(i);
      if (c === 34) {
        out += s.slice(start, i);
        this.i = i + 1;
        return out;
      }
      if (c === 92) {
        out += s.slice(start, i);
        const e = s[i + 1];
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e;
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = s.slice(i + 2, i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
              this.i = i;
              this.fail('bad unicode escape');
            }
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          default:
            this.i = i;
            this.fail('bad escape');
        }
        i += 2;
        start = i;
        continue;
      }
      i++;
    }
  }
}

/**
 * Jackson's text of a number node: integers as written; floats as Java's Double.toString
 * (`1.50` → `1.5`, `1e3` → `1000.0`), or as written when Flink parses floats as BigDecimal
 * (`bigDecimals`: the table has a DECIMAL column, USE_BIG_DECIMAL_FOR_FLOATS).
 */
export function numberText(n: JsonNumber, bigDecimals: boolean): string {
  if (n.isIntegral) return n.text;
  if (bigDecimals) return javaDecimalTextOf(n.text);
  return formatDouble(Number(n.text));
}

/** Jackson's JsonNode.toString (compact JSON) of a parsed value, for STRING columns. */
export function jsonText(v: JsonValue, bigDecimals = true): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof JsonNumber) return numberText(v, bigDecimals);
  if (Array.isArray(v)) return '[' + v.map((x) => jsonText(x, bigDecimals)).join(',') + ']';
  const keys = Object.keys(v);
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + jsonText(v[k]!, bigDecimals)).join(',') + '}';
}
