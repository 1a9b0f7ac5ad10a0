/**
 * One JSON reader (RFC 8259) for the layers that must see a number's text: the JSON Schema wire
 * format keeps long numbers exact (schema-wire/json-exact.ts), the `json` format reads every
 * number as written (connectors/formats/json-parse.ts). What differs between them is passed in:
 * what a number token becomes, whether a string may hold a raw control character (Flink's json
 * format enables Jackson's ALLOW_UNESCAPED_CONTROL_CHARS; Confluent's deserializer does not),
 * whether text after the first value is ignored, and the prototype of the objects made.
 * A repeated key keeps its last value, as Jackson and `JSON.parse` do.
 *
 * @example
 * readJson('{"n": 1.50}', { number: (t) => t }) // { n: '1.50' }
 * readJson('[1,]', { number: Number }) // throws JsonSyntaxError('unexpected character \']\' at position 3')
 */

/** Malformed JSON; the message ends with `at position <offset>` (0-based, in UTF-16 units). */
export class JsonSyntaxError extends SyntaxError {
  constructor(
    what: string,
    readonly position: number,
  ) {
    super(`${what} at position ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

/** How {@link readJson} reads a document. */
export interface JsonReadOptions {
  /** The value of a number token, from its text (which matches JSON's number grammar). */
  readonly number: (text: string) => unknown;
  /** Raw characters U+0000..U+001F inside a string are kept (default: refused, as RFC 8259). */
  readonly controlCharacters?: boolean;
  /** Text after the first value is ignored, as a streaming JsonParser reads one value. */
  readonly allowTrailing?: boolean;
  /**
   * Objects inherit Object.prototype and `__proto__` is an own property, as `JSON.parse` makes
   * them (default: objects without a prototype, so a key such as `toString` is never inherited).
   */
  readonly plainObjects?: boolean;
}

/** Reads one JSON document (surrounding whitespace allowed). */
export function readJson(text: string, options: JsonReadOptions): unknown {
  const r = new Reader(text, options);
  r.ws();
  const v = r.value();
  if (options.allowTrailing === true) return v;
  r.ws();
  if (r.i < text.length) r.fail('unexpected trailing characters');
  return v;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Reader {
  i = 0;
  private readonly number: (text: string) => unknown;
  private readonly controls: boolean;
  private readonly plain: boolean;

  constructor(
    readonly s: string,
    o: JsonReadOptions,
  ) {
    this.number = o.number;
    this.controls = o.controlCharacters === true;
    this.plain = o.plainObjects === true;
  }

  fail(what: string): never {
    throw new JsonSyntaxError(what, this.i);
  }

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else break;
    }
  }

  value(): unknown {
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
        return this.number(m[0]);
      }
    }
  }

  private literal(word: string, v: unknown): unknown {
    if (!this.s.startsWith(word, this.i)) this.fail('unexpected token');
    this.i += word.length;
    return v;
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = this.plain ? {} : (Object.create(null) as Record<string, unknown>);
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
      const v = this.value();
      // On a plain object `out.__proto__ = v` would set the prototype; JSON.parse makes a key.
      if (this.plain && k === '__proto__')
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      else out[k] = v;
      this.ws();
      const c = this.s[this.i];
      if (c !== ',' && c !== '}') this.fail("expected ',' or '}'");
      this.i++;
      if (c === '}') return out;
    }
  }

  private array(): unknown[] {
    const out: unknown[] = [];
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
      const c = this.s[this.i];
      if (c !== ',' && c !== ']') this.fail("expected ',' or ']'");
      this.i++;
      if (c === ']') return out;
    }
  }

  private string(): string {
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
      if (c < 32 && !this.controls) {
        this.i = i;
        this.fail('unescaped control character in string');
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
