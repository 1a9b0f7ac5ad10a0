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

// The lexer's state lives in module variables rather than an object: tokenize is synchronous
// and never re-entered, and V8's compiled code then needs no checks of the object's shape.
let src = '';
let len = 0;
/**
 * Tokens so far. One array is reused (emptied after each call, the caller gets an exact-size
 * copy): a fresh `[]` starts with small-integer elements and would deoptimise the compiled push.
 */
const out: Token[] = [];
/** Whether whitespace or a comment came since the last token. */
let space = false;
let inHint = false;

/** Split `text` into tokens; the last token is always 'eof'. */
export function tokenize(text: string): Token[] {
  src = text;
  len = text.length;
  out.length = 0;
  space = false;
  inHint = false;
  try {
    run();
    finish();
    return out.slice();
  } finally {
    src = '';
    out.length = 0;
  }
}

/** The char code at `j`, or -1 past the end. */
function at(j: number): number {
  return j < len ? src.charCodeAt(j) : -1;
}

/**
 * Tokens are class instances rather than object literals: V8 tracks literals' allocation sites
 * and, once a parse's tokens have survived a few young-generation collections, switches them to
 * old-space allocation, which throws away all compiled code that creates them mid-warm-up.
 */
class LexedToken implements Token {
  constructor(
    readonly type: TokenType,
    readonly text: string,
    readonly value: string,
    readonly upper: string,
    readonly start: number,
    readonly end: number,
    readonly spaceBefore: boolean,
  ) {}
}

function emit(type: TokenType, raw: string, value: string, upper: string, start: number, end: number): void {
  out.push(new LexedToken(type, raw, value, upper, start, end, space));
  space = false;
}

/** A token whose text is the source between two offsets. */
function emitRange(type: TokenType, start: number, end: number, value?: string): void {
  const raw = src.slice(start, end);
  emit(type, raw, value ?? raw, raw, start, end);
}

/**
 * Lex the whole text. Nothing follows the loop: V8 compiles this long loop on the fly (OSR),
 * and code after it that has not run yet would throw that compiled code away on every call.
 */
function run(): void {
  const text = src;
  const n = len;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : OTHER;
    if (cls === SPACE) {
      space = true;
      i++;
    } else if (cls === IDENT) {
      i = lexWord(i, c);
    } else if (cls === SYMBOL) {
      const s = CHAR[c]!;
      emit('symbol', s, s, s, i, i + 1);
      i++;
    } else if (cls === DIGIT) {
      i = lexNumber(i);
    } else {
      i = lexOther(i, c);
    }
  }
}

/** The end of the text: an unclosed hint, then 'eof'. */
function finish(): void {
  const n = len;
  if (inHint) emitRange('error', n, n, 'unterminated hint: /*+ has no closing */');
  emitRange('eof', n, n);
}

/** A word (or the U&'…' / X'…' forms, which start like one); returns the index after it. */
function lexWord(i: number, c: number): number {
  const text = src;
  const n = len;
  let j = i + 1;
  if (j < n) {
    const d = text.charCodeAt(j);
    if ((c === 85 || c === 117) && d === 38 && at(i + 2) === 39) return unicodeString(i);
    if ((c === 88 || c === 120) && d === 39) return binaryString(i);
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
  emit('word', raw, raw, lower || !ascii ? raw.toUpperCase() : raw, i, j);
  return j;
}

/** Exact and approximate numbers: `1`, `1.5`, `.5`, `1.`, `1e3`, `2.5E-3`. */
function lexNumber(i: number): number {
  let j = i;
  while (isDigit(j)) j++;
  if (at(j) === 46 && (isDigit(j + 1) || j + 1 >= len || !isIdentStart(src, j + 1))) {
    j++;
    while (isDigit(j)) j++;
  }
  const e = at(j);
  if (e === 101 || e === 69) {
    const s = at(j + 1);
    if (isDigit(j + 1) || ((s === 43 || s === 45) && isDigit(j + 2))) {
      j += 2;
      while (isDigit(j)) j++;
    }
  }
  emitRange('number', i, j);
  return j;
}

function isDigit(j: number): boolean {
  const c = at(j);
  return c >= 48 && c <= 57;
}

/** Everything but whitespace, words, plain symbols and numbers; returns the next index. */
function lexOther(i: number, c: number): number {
  const text = src;
  const n = len;
  const d = at(i + 1);
  if (c === 45 && d === 45) {
    // `--` comment up to the end of the line.
    const eol = text.indexOf('\n', i + 2);
    space = true;
    return eol < 0 ? n : eol;
  }
  if (c === 47 && d === 42) {
    if (at(i + 2) === 43 && !inHint) {
      emitRange('hintStart', i, i + 3);
      inHint = true;
      return i + 3;
    }
    const close = text.indexOf('*/', i + 2);
    if (close < 0) {
      emitRange('error', i, n, 'unterminated comment: /* has no closing */');
      return n;
    }
    space = true;
    return close + 2;
  }
  if (inHint && c === 42 && d === 47) {
    emitRange('hintEnd', i, i + 2);
    inHint = false;
    return i + 2;
  }
  if (c === 96 || c === 39) {
    const r = readQuoted(text, i + 1, c === 96 ? '`' : "'");
    if (!r) {
      emitRange(
        'error',
        i,
        n,
        c === 96
          ? 'unterminated quoted identifier: ` has no closing `'
          : "unterminated string literal: ' has no closing '",
      );
      return n;
    }
    emitRange(c === 96 ? 'quoted' : 'string', i, r[1], r[0]);
    return r[1];
  }
  if (c === 46 && d >= 48 && d <= 57) return lexNumber(i);
  if (c < 128) {
    const two = symbol2(c, d);
    if (two !== undefined) {
      emit('symbol', two, two, two, i, i + 2);
      return i + 2;
    }
    const s = CHAR[c]!;
    if (SYMBOLS1.has(s)) {
      emit('symbol', s, s, s, i, i + 1);
      return i + 1;
    }
  } else if (isIdentStart(text, i)) {
    // A word that starts with a non-ASCII letter.
    let j = i + 1;
    while (j < n && isIdentPart(text, j)) j++;
    const raw = text.slice(i, j);
    emit('word', raw, raw, raw.toUpperCase(), i, j);
    return j;
  }
  const cp = String.fromCodePoint(text.codePointAt(i)!);
  emitRange(
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
function binaryString(i: number): number {
  const r = readQuoted(src, i + 2, "'");
  if (!r) {
    emitRange('error', i, len, "unterminated binary literal: ' has no closing '");
    return len;
  }
  const hex = r[0].replace(/\s+/g, '');
  // An odd number of hex digits still lexes (Calcite's BINARY_STRING_LITERAL token); the validator
  // refuses it with Calcite's "Binary literal string must contain an even number of hexits".
  if (!/^[0-9a-fA-F]*$/.test(hex)) {
    emitRange('error', i, r[1], `invalid binary literal X'${r[0]}': expected hex digits`);
  } else {
    emitRange('binary', i, r[1], hex.toUpperCase());
  }
  return r[1];
}

/** Decode `U&'…' [UESCAPE 'c']` (Calcite: `\XXXX`, `\+XXXXXX`, `\\`); returns the new index. */
function unicodeString(start: number): number {
  const body = readQuoted(src, start + 3, "'");
  if (!body) {
    emitRange('error', start, len, "unterminated string literal: ' has no closing '");
    return len;
  }
  let end = body[1];
  let escape = '\\';
  UESCAPE.lastIndex = end;
  const m = UESCAPE.exec(src);
  if (m) {
    escape = m[1]!;
    end = UESCAPE.lastIndex;
  }
  const raw = body[0];
  let decoded = '';
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k]!;
    if (c !== escape) {
      decoded += c;
      continue;
    }
    if (raw[k + 1] === escape) {
      decoded += escape;
      k++;
      continue;
    }
    const long = raw[k + 1] === '+';
    const digits = long ? raw.slice(k + 2, k + 8) : raw.slice(k + 1, k + 5);
    const want = long ? 6 : 4;
    if (digits.length !== want || !/^[0-9a-fA-F]+$/.test(digits)) {
      emitRange(
        'error',
        start,
        end,
        `invalid Unicode escape in U&'${raw}': expected ${escape} followed by ${want} hex digits`,
      );
      return end;
    }
    decoded += String.fromCodePoint(parseInt(digits, 16));
    k += long ? 7 : 4;
  }
  emitRange('string', start, end, decoded);
  return end;
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
