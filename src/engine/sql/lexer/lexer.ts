/**
 * A hand-written lexer for Flink SQL (Calcite's lexical rules): `--` and `/* *\/` comments,
 * `/*+ … *\/` hints, backtick identifiers (doubled backticks escape, `$` allowed), strings with
 * `''` escapes, `U&'\0041'` Unicode strings (with optional UESCAPE), `X'..'` binary strings,
 * exact and approximate numbers. It never throws: unreadable input becomes an 'error' token.
 *
 * Speed: a script is lexed once, so most of the cost is V8 warming up, not steady-state speed.
 * The main loop is kept small (whitespace, words, symbols) and every rarer form lives in its own
 * method: V8 then compiles the loop quickly and does not throw the compiled code away when a
 * rare form first shows up. Lookahead never reads past the end (a NaN char code would also
 * deoptimise), words are upper-cased only when they hold lower-case letters, and symbol texts
 * are shared constants.
 *
 * @example
 * const tokens = tokenize("SELECT 'it''s' FROM `my$table`");
 */
import type { Token, TokenType } from './token.js';

// Character classes of ASCII codes.
const OTHER = 0;
const SPACE = 1;
const IDENT = 2; // letters, '_', '$'
const DIGIT = 3;
const SYMBOL = 4; // a one-character symbol that starts no longer form
const SPECIAL = 5; // starts a comment, hint end, quoted form, number or two-character symbol
const CLASS = new Uint8Array(128);
for (const c of ' \t\n\r\f') CLASS[c.charCodeAt(0)] = SPACE;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = IDENT;
CLASS[95] = CLASS[36] = IDENT;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const c of '()[]{},;+%?^') CLASS[c.charCodeAt(0)] = SYMBOL;
for (const c of "-/*.<>=|:!`'") CLASS[c.charCodeAt(0)] = SPECIAL;

/** The text of each ASCII character, so that symbol tokens share one string. */
const CHAR: string[] = [];
for (let c = 0; c < 128; c++) CHAR.push(String.fromCharCode(c));

/** One-character symbols. */
const SYMBOLS1 = new Set('()[]{},;.+-*/%=<>?|^:');

/** The two-character symbol made of char codes `c`, `d`, if any. */
function symbol2(c: number, d: number): string | undefined {
  switch (c) {
    case 60: // <
      return d === 62 ? '<>' : d === 61 ? '<=' : undefined;
    case 62: // >
      return d === 61 ? '>=' : undefined;
    case 33: // !
      return d === 61 ? '!=' : undefined;
    case 124: // |
      return d === 124 ? '||' : undefined;
    case 61: // =
      return d === 62 ? '=>' : undefined;
    case 58: // :
      return d === 58 ? '::' : undefined;
    default:
      return undefined;
  }
}

/** `UESCAPE 'c'` after a Unicode string. */
const UESCAPE = /\s+UESCAPE\s+'([^'])'/iy;

/** Split `text` into tokens; the last token is always 'eof'. */
export function tokenize(text: string): Token[] {
  return new Lexer(text).run();
}

class Lexer {
  readonly tokens: Token[] = [];
  /** Whether whitespace or a comment came since the last token. */
  space = false;
  inHint = false;
  readonly n: number;

  constructor(readonly text: string) {
    this.n = text.length;
  }

  /** The char code at `j`, or -1 past the end. */
  at(j: number): number {
    return j < this.n ? this.text.charCodeAt(j) : -1;
  }

  emit(type: TokenType, raw: string, value: string, upper: string, start: number, end: number): void {
    this.tokens.push({ type, text: raw, value, upper, start, end, spaceBefore: this.space });
    this.space = false;
  }

  /** A token whose text is the source between two offsets. */
  emitRange(type: TokenType, start: number, end: number, value?: string): void {
    const raw = this.text.slice(start, end);
    this.emit(type, raw, value ?? raw, raw, start, end);
  }

  run(): Token[] {
    const text = this.text;
    const n = this.n;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? CLASS[c]! : OTHER;
      if (cls === SPACE) {
        this.space = true;
        i++;
      } else if (cls === IDENT) {
        i = this.word(i, c);
      } else if (cls === SYMBOL) {
        const s = CHAR[c]!;
        this.emit('symbol', s, s, s, i, i + 1);
        i++;
      } else if (cls === DIGIT) {
        i = lexNumber(this, i);
      } else {
        i = lexOther(this, i, c);
      }
    }
    if (this.inHint) this.emitRange('error', n, n, 'unterminated hint: /*+ has no closing */');
    this.emitRange('eof', n, n);
    return this.tokens;
  }

  /** A word (or the U&'…' / X'…' forms, which start like one); returns the index after it. */
  word(i: number, c: number): number {
    const text = this.text;
    const n = this.n;
    let j = i + 1;
    if (j < n) {
      const d = text.charCodeAt(j);
      if ((c === 85 || c === 117) && d === 38 && this.at(i + 2) === 39) return this.unicodeString(i);
      if ((c === 88 || c === 120) && d === 39) return this.binaryString(i);
    }
    let lower = c >= 97;
    let ascii = true;
    for (; j < n; j++) {
      const e = text.charCodeAt(j);
      if (e < 128) {
        const k = CLASS[e];
        if (k === IDENT) {
          if (e >= 97) lower = true;
        } else if (k !== DIGIT) break;
      } else if (isIdentPart(text, j)) ascii = false;
      else break;
    }
    const raw = text.slice(i, j);
    this.emit('word', raw, raw, lower || !ascii ? raw.toUpperCase() : raw, i, j);
    return j;
  }

  /** Exact and approximate numbers: `1`, `1.5`, `.5`, `1.`, `1e3`, `2.5E-3`. */
  number(i: number): number {
    let j = i;
    while (this.isDigit(j)) j++;
    if (this.at(j) === 46 && (this.isDigit(j + 1) || j + 1 >= this.n || !isIdentStart(this.text, j + 1))) {
      j++;
      while (this.isDigit(j)) j++;
    }
    const e = this.at(j);
    if (e === 101 || e === 69) {
      const s = this.at(j + 1);
      if (this.isDigit(j + 1) || ((s === 43 || s === 45) && this.isDigit(j + 2))) {
        j += 2;
        while (this.isDigit(j)) j++;
      }
    }
    this.emitRange('number', i, j);
    return j;
  }

  isDigit(j: number): boolean {
    const c = this.at(j);
    return c >= 48 && c <= 57;
  }

  /** Everything but whitespace, words, plain symbols and numbers; returns the next index. */
  other(i: number, c: number): number {
    const text = this.text;
    const n = this.n;
    const d = this.at(i + 1);
    if (c === 45 && d === 45) {
      // `--` comment up to the end of the line.
      const eol = text.indexOf('\n', i + 2);
      this.space = true;
      return eol < 0 ? n : eol;
    }
    if (c === 47 && d === 42) {
      if (this.at(i + 2) === 43 && !this.inHint) {
        this.emitRange('hintStart', i, i + 3);
        this.inHint = true;
        return i + 3;
      }
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        this.emitRange('error', i, n, 'unterminated comment: /* has no closing */');
        return n;
      }
      this.space = true;
      return close + 2;
    }
    if (this.inHint && c === 42 && d === 47) {
      this.emitRange('hintEnd', i, i + 2);
      this.inHint = false;
      return i + 2;
    }
    if (c === 96 || c === 39) {
      const r = readQuoted(text, i + 1, c === 96 ? '`' : "'");
      if (!r) {
        this.emitRange(
          'error',
          i,
          n,
          c === 96
            ? 'unterminated quoted identifier: ` has no closing `'
            : "unterminated string literal: ' has no closing '",
        );
        return n;
      }
      this.emitRange(c === 96 ? 'quoted' : 'string', i, r[1], r[0]);
      return r[1];
    }
    if (c === 46 && d >= 48 && d <= 57) return this.number(i);
    if (c < 128) {
      const two = symbol2(c, d);
      if (two !== undefined) {
        this.emit('symbol', two, two, two, i, i + 2);
        return i + 2;
      }
      const s = CHAR[c]!;
      if (SYMBOLS1.has(s)) {
        this.emit('symbol', s, s, s, i, i + 1);
        return i + 1;
      }
    } else if (isIdentStart(text, i)) {
      // A word that starts with a non-ASCII letter.
      let j = i + 1;
      while (j < n && isIdentPart(text, j)) j++;
      const raw = text.slice(i, j);
      this.emit('word', raw, raw, raw.toUpperCase(), i, j);
      return j;
    }
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    this.emitRange(
      'error',
      i,
      i + cp.length,
      cp === '"'
        ? `unexpected character '"': Flink SQL quotes names with backticks (\`name\`) and strings with single quotes ('text')`
        : `unexpected character '${cp}'`,
    );
    return i + cp.length;
  }

  /** `X'…'`: hex digits, spaces allowed between them; returns the new index. */
  binaryString(i: number): number {
    const r = readQuoted(this.text, i + 2, "'");
    if (!r) {
      this.emitRange('error', i, this.n, "unterminated binary literal: ' has no closing '");
      return this.n;
    }
    const hex = r[0].replace(/\s+/g, '');
    if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) {
      this.emitRange(
        'error',
        i,
        r[1],
        `invalid binary literal X'${r[0]}': expected an even number of hex digits`,
      );
    } else {
      this.emitRange('binary', i, r[1], hex.toUpperCase());
    }
    return r[1];
  }

  /** Decode `U&'…' [UESCAPE 'c']` (Calcite: `\XXXX`, `\+XXXXXX`, `\\`); returns the new index. */
  unicodeString(start: number): number {
    const body = readQuoted(this.text, start + 3, "'");
    if (!body) {
      this.emitRange('error', start, this.n, "unterminated string literal: ' has no closing '");
      return this.n;
    }
    let end = body[1];
    let escape = '\\';
    UESCAPE.lastIndex = end;
    const m = UESCAPE.exec(this.text);
    if (m) {
      escape = m[1]!;
      end = UESCAPE.lastIndex;
    }
    const raw = body[0];
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      if (c !== escape) {
        out += c;
        continue;
      }
      if (raw[k + 1] === escape) {
        out += escape;
        k++;
        continue;
      }
      const long = raw[k + 1] === '+';
      const digits = long ? raw.slice(k + 2, k + 8) : raw.slice(k + 1, k + 5);
      const want = long ? 6 : 4;
      if (digits.length !== want || !/^[0-9a-fA-F]+$/.test(digits)) {
        this.emitRange(
          'error',
          start,
          end,
          `invalid Unicode escape in U&'${raw}': expected ${escape} followed by ${want} hex digits`,
        );
        return end;
      }
      out += String.fromCodePoint(parseInt(digits, 16));
      k += long ? 7 : 4;
    }
    this.emitRange('string', start, end, out);
    return end;
  }
}

// Rare forms are called through module functions: a call whose target V8 has not seen yet
// compiles to a generic call, where a method load without feedback would deoptimise the loop.
function lexNumber(lx: Lexer, i: number): number {
  return lx.number(i);
}

function lexOther(lx: Lexer, i: number, c: number): number {
  return lx.other(i, c);
}

/** Calcite's LETTER includes '$', so `$rowtime` needs no backticks. */
function isIdentStart(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return CLASS[c] === IDENT;
  return /[\p{L}_]/u.test(text[j]!);
}

function isIdentPart(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) {
    const k = CLASS[c];
    return k === IDENT || k === DIGIT;
  }
  return /[\p{L}\p{N}_$]/u.test(text[j]!);
}

/**
 * The body of a quoted form starting after its opening quote: the decoded text (doubled quotes
 * become one) and the index after the closing quote, or undefined when it is not closed.
 */
function readQuoted(text: string, from: number, quote: string): [string, number] | undefined {
  const q = quote.charCodeAt(0);
  let close = text.indexOf(quote, from);
  if (close < 0) return undefined;
  if (close + 1 >= text.length || text.charCodeAt(close + 1) !== q)
    return [text.slice(from, close), close + 1];
  let out = '';
  let j = from;
  for (;;) {
    if (close < 0) return undefined;
    if (close + 1 < text.length && text.charCodeAt(close + 1) === q) {
      out += text.slice(j, close + 1);
      j = close + 2;
      close = text.indexOf(quote, j);
      continue;
    }
    return [out + text.slice(j, close), close + 1];
  }
}
