/**
 * A hand-written lexer for Flink SQL (Calcite's lexical rules): `--` and `/* *\/` comments,
 * `/*+ … *\/` hints, backtick identifiers (doubled backticks escape, `$` allowed), strings with
 * `''` escapes, `U&'\0041'` Unicode strings (with optional UESCAPE), `X'..'` binary strings,
 * exact and approximate numbers. It never throws: unreadable input becomes an 'error' token.
 *
 * Speed matters (scripts of thousands of lines are parsed on every deploy and in the editor):
 * the scanner works on char codes with a class table, slices each token's text once, upper-cases
 * only words that contain lower-case letters, and takes symbol texts from constants.
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
const SYMBOL = 4; // one-character symbols (two-character ones start with one of these or '!')
const CLASS = new Uint8Array(128);
for (const c of ' \t\n\r\f') CLASS[c.charCodeAt(0)] = SPACE;
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = IDENT;
CLASS[95] = CLASS[36] = IDENT;
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (const c of '()[]{},;.+-*/%=<>?|^$:') if (c !== '$') CLASS[c.charCodeAt(0)] = SYMBOL;

/** The text of each one-character symbol, so that tokens share one string. */
const SYM1: string[] = [];
for (let c = 0; c < 128; c++) SYM1.push(String.fromCharCode(c));

/** The two-character symbol starting with char codes `c`, `d`, if any. */
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

/** Calcite's LETTER includes '$', so `$rowtime` needs no backticks. */
function isIdentStartCode(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return CLASS[c] === IDENT;
  return c === c && /[\p{L}_]/u.test(text[j]!);
}

function isIdentPartCode(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) {
    const k = CLASS[c];
    return k === IDENT || k === DIGIT;
  }
  return c === c && /[\p{L}\p{N}_$]/u.test(text[j]!);
}

function isDigitAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j); // NaN past the end
  return c >= 48 && c <= 57;
}

/** Appends tokens; `space` says whether whitespace or a comment came before the next one. */
class TokenSink {
  readonly tokens: Token[] = [];
  space = false;

  constructor(private readonly text: string) {}

  push(type: TokenType, start: number, end: number, value?: string): void {
    const raw = this.text.slice(start, end);
    this.add(type, raw, value ?? raw, raw, start, end);
  }

  add(type: TokenType, raw: string, value: string, upper: string, start: number, end: number): void {
    this.tokens.push({ type, text: raw, value, upper, start, end, spaceBefore: this.space });
    this.space = false;
  }
}

/**
 * The body of a quoted form starting after its opening quote: the decoded text (doubled quotes
 * become one) and the index after the closing quote, or undefined when it is not closed.
 */
function readQuoted(text: string, from: number, quote: string): [string, number] | undefined {
  let close = text.indexOf(quote, from);
  if (close < 0) return undefined;
  if (text.charCodeAt(close + 1) !== quote.charCodeAt(0)) return [text.slice(from, close), close + 1];
  let out = '';
  let j = from;
  for (;;) {
    if (close < 0) return undefined;
    if (text.charCodeAt(close + 1) === quote.charCodeAt(0)) {
      out += text.slice(j, close + 1);
      j = close + 2;
      close = text.indexOf(quote, j);
      continue;
    }
    return [out + text.slice(j, close), close + 1];
  }
}

/** Split `text` into tokens; the last token is always 'eof'. */
export function tokenize(text: string): Token[] {
  const sink = new TokenSink(text);
  const n = text.length;
  let i = 0;
  let inHint = false;

  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : OTHER;
    if (cls === SPACE) {
      i++;
      sink.space = true;
      continue;
    }
    if (cls === IDENT) {
      // Words: U&'…' and X'…' start like one.
      const d = text.charCodeAt(i + 1);
      if ((c === 85 || c === 117) && d === 38 && text.charCodeAt(i + 2) === 39) {
        i = lexUnicodeString(sink, text, i);
        continue;
      }
      if ((c === 88 || c === 120) && d === 39) {
        i = lexBinaryString(sink, text, i);
        continue;
      }
      let j = i + 1;
      let lower = c >= 97;
      let ascii = true;
      for (; j < n; j++) {
        const e = text.charCodeAt(j);
        if (e < 128) {
          const k = CLASS[e];
          if (k === IDENT) {
            if (e >= 97) lower = true;
          } else if (k !== DIGIT) break;
        } else if (isIdentPartCode(text, j)) ascii = false;
        else break;
      }
      const raw = text.slice(i, j);
      sink.add('word', raw, raw, lower || !ascii ? raw.toUpperCase() : raw, i, j);
      i = j;
      continue;
    }
    if (cls === DIGIT || (c === 46 && isDigitAt(text, i + 1))) {
      let j = i;
      while (isDigitAt(text, j)) j++;
      if (
        text.charCodeAt(j) === 46 &&
        (isDigitAt(text, j + 1) || j + 1 >= n || !isIdentStartCode(text, j + 1))
      ) {
        j++;
        while (isDigitAt(text, j)) j++;
      }
      const e = text.charCodeAt(j);
      if (e === 101 || e === 69) {
        const s = text.charCodeAt(j + 1);
        if (isDigitAt(text, j + 1) || ((s === 43 || s === 45) && isDigitAt(text, j + 2))) {
          j += 2;
          while (isDigitAt(text, j)) j++;
        }
      }
      sink.push('number', i, j);
      i = j;
      continue;
    }
    const d = text.charCodeAt(i + 1);
    if (c === 45 && d === 45) {
      // `--` comment up to the end of the line.
      const eol = text.indexOf('\n', i + 2);
      i = eol < 0 ? n : eol;
      sink.space = true;
      continue;
    }
    if (c === 47 && d === 42) {
      if (text.charCodeAt(i + 2) === 43 && !inHint) {
        sink.push('hintStart', i, i + 3);
        i += 3;
        inHint = true;
        continue;
      }
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        sink.push('error', i, n, 'unterminated comment: /* has no closing */');
        i = n;
        break;
      }
      i = close + 2;
      sink.space = true;
      continue;
    }
    if (inHint && c === 42 && d === 47) {
      sink.push('hintEnd', i, i + 2);
      i += 2;
      inHint = false;
      continue;
    }
    if (c === 96 || c === 39) {
      const quote = c === 96 ? '`' : "'";
      const r = readQuoted(text, i + 1, quote);
      if (!r) {
        sink.push(
          'error',
          i,
          n,
          c === 96
            ? 'unterminated quoted identifier: ` has no closing `'
            : "unterminated string literal: ' has no closing '",
        );
        i = n;
        break;
      }
      sink.push(c === 96 ? 'quoted' : 'string', i, r[1], r[0]);
      i = r[1];
      continue;
    }
    if (cls === SYMBOL || c === 33) {
      const two = symbol2(c, d);
      if (two !== undefined) {
        sink.add('symbol', two, two, two, i, i + 2);
        i += 2;
        continue;
      }
      if (cls === SYMBOL) {
        const s = SYM1[c]!;
        sink.add('symbol', s, s, s, i, i + 1);
        i++;
        continue;
      }
    }
    if (c >= 128 && isIdentStartCode(text, i)) {
      // A word that starts with a non-ASCII letter.
      let j = i + 1;
      while (j < n && isIdentPartCode(text, j)) j++;
      const raw = text.slice(i, j);
      sink.add('word', raw, raw, raw.toUpperCase(), i, j);
      i = j;
      continue;
    }
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    sink.push(
      'error',
      i,
      i + cp.length,
      cp === '"'
        ? `unexpected character '"': Flink SQL quotes names with backticks (\`name\`) and strings with single quotes ('text')`
        : `unexpected character '${cp}'`,
    );
    i += cp.length;
  }
  if (inHint) sink.push('error', n, n, 'unterminated hint: /*+ has no closing */');
  sink.push('eof', n, n);
  return sink.tokens;
}

/** `X'…'`: hex digits, spaces allowed between them; returns the new index. */
function lexBinaryString(sink: TokenSink, text: string, i: number): number {
  const r = readQuoted(text, i + 2, "'");
  if (!r) {
    sink.push('error', i, text.length, "unterminated binary literal: ' has no closing '");
    return text.length;
  }
  const hex = r[0].replace(/\s+/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) {
    sink.push('error', i, r[1], `invalid binary literal X'${r[0]}': expected an even number of hex digits`);
  } else {
    sink.push('binary', i, r[1], hex.toUpperCase());
  }
  return r[1];
}

/** Decode `U&'…' [UESCAPE 'c']` (Calcite: `\XXXX`, `\+XXXXXX`, `\\`); returns the new index. */
function lexUnicodeString(sink: TokenSink, text: string, start: number): number {
  const body = readQuoted(text, start + 3, "'");
  if (!body) {
    sink.push('error', start, text.length, "unterminated string literal: ' has no closing '");
    return text.length;
  }
  let end = body[1];
  let escape = '\\';
  UESCAPE.lastIndex = end;
  const m = UESCAPE.exec(text);
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
      sink.push(
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
  sink.push('string', start, end, out);
  return end;
}
