/**
 * A hand-written lexer for Flink SQL (Calcite's lexical rules): `--` and `/* *\/` comments,
 * `/*+ … *\/` hints, backtick identifiers (doubled backticks escape, `$` allowed), strings with
 * `''` escapes, `U&'\0041'` Unicode strings (with optional UESCAPE), `X'..'` binary strings,
 * exact and approximate numbers. It never throws: unreadable input becomes an 'error' token.
 *
 * @example
 * const tokens = tokenize("SELECT 'it''s' FROM `my$table`");
 */
import type { Token, TokenType } from './token.js';

const SYMBOLS2 = new Set(['<>', '<=', '>=', '!=', '||', '=>', '::']);
const SYMBOLS1 = new Set([
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  '.',
  '+',
  '-',
  '*',
  '/',
  '%',
  '=',
  '<',
  '>',
  '?',
  '|',
  '^',
  '$',
  ':',
]);

function isIdentStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Calcite's LETTER includes '$', so `$rowtime` needs no backticks.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
  return /[\p{L}_]/u.test(ch);
}

function isIdentPart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128)
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36;
  return /[\p{L}\p{N}_$]/u.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Split `text` into tokens; the last token is always 'eof'. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = false;
  let inHint = false;

  const push = (type: TokenType, start: number, end: number, value?: string): void => {
    const raw = text.slice(start, end);
    tokens.push({
      type,
      text: raw,
      value: value ?? raw,
      upper: type === 'word' ? raw.toUpperCase() : raw,
      start,
      end,
      spaceBefore: space,
    });
    space = false;
  };

  /** Read a quoted body starting after the opening quote; returns [decoded, endIndex] or null. */
  const readQuoted = (from: number, quote: string): [string, number] | null => {
    let out = '';
    let j = from;
    while (j < n) {
      const ch = text[j]!;
      if (ch === quote) {
        if (text[j + 1] === quote) {
          out += quote;
          j += 2;
          continue;
        }
        return [out, j + 1];
      }
      out += ch;
      j++;
    }
    return null;
  };

  while (i < n) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') {
      i++;
      space = true;
      continue;
    }
    if (ch === '-' && next === '-') {
      while (i < n && text[i] !== '\n') i++;
      space = true;
      continue;
    }
    if (ch === '/' && next === '*') {
      if (text[i + 2] === '+' && !inHint) {
        push('hintStart', i, i + 3);
        i += 3;
        inHint = true;
        continue;
      }
      const close = text.indexOf('*/', i + 2);
      if (close < 0) {
        push('error', i, n, 'unterminated comment: /* has no closing */');
        i = n;
        break;
      }
      i = close + 2;
      space = true;
      continue;
    }
    if (inHint && ch === '*' && next === '/') {
      push('hintEnd', i, i + 2);
      i += 2;
      inHint = false;
      continue;
    }
    if (ch === '`') {
      const r = readQuoted(i + 1, '`');
      if (!r) {
        push('error', i, n, 'unterminated quoted identifier: ` has no closing `');
        i = n;
        break;
      }
      push('quoted', i, r[1], r[0]);
      i = r[1];
      continue;
    }
    if (ch === "'") {
      const r = readQuoted(i + 1, "'");
      if (!r) {
        push('error', i, n, "unterminated string literal: ' has no closing '");
        i = n;
        break;
      }
      push('string', i, r[1], r[0]);
      i = r[1];
      continue;
    }
    if ((ch === 'U' || ch === 'u') && next === '&' && text[i + 2] === "'") {
      const r = readQuoted(i + 3, "'");
      if (!r) {
        push('error', i, n, "unterminated string literal: ' has no closing '");
        i = n;
        break;
      }
      i = lexUnicodeString(text, i, r, push);
      continue;
    }
    if ((ch === 'X' || ch === 'x') && next === "'") {
      const r = readQuoted(i + 2, "'");
      if (!r) {
        push('error', i, n, "unterminated binary literal: ' has no closing '");
        i = n;
        break;
      }
      const hex = r[0].replace(/\s+/g, '');
      if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) {
        push('error', i, r[1], `invalid binary literal X'${r[0]}': expected an even number of hex digits`);
      } else {
        push('binary', i, r[1], hex.toUpperCase());
      }
      i = r[1];
      continue;
    }
    if (isDigit(ch) || (ch === '.' && isDigit(next))) {
      let j = i;
      while (isDigit(text[j])) j++;
      if (text[j] === '.' && (isDigit(text[j + 1]) || !isIdentStart(text[j + 1] ?? ' '))) {
        j++;
        while (isDigit(text[j])) j++;
      }
      if (
        (text[j] === 'e' || text[j] === 'E') &&
        (isDigit(text[j + 1]) || ((text[j + 1] === '+' || text[j + 1] === '-') && isDigit(text[j + 2])))
      ) {
        j += 2;
        while (isDigit(text[j])) j++;
      }
      push('number', i, j);
      i = j;
      continue;
    }
    if (isIdentStart(ch)) {
      let j = i + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        // ASCII fast path; other characters go through the Unicode classes.
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36)
          j++;
        else if (c >= 128 && isIdentPart(text[j]!)) j++;
        else break;
      }
      push('word', i, j);
      i = j;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (SYMBOLS2.has(two)) {
      push('symbol', i, i + 2);
      i += 2;
      continue;
    }
    if (SYMBOLS1.has(ch)) {
      push('symbol', i, i + 1);
      i++;
      continue;
    }
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    push(
      'error',
      i,
      i + cp.length,
      cp === '"'
        ? `unexpected character '"': Flink SQL quotes names with backticks (\`name\`) and strings with single quotes ('text')`
        : `unexpected character '${cp}'`,
    );
    i += cp.length;
  }
  if (inHint) push('error', n, n, 'unterminated hint: /*+ has no closing */');
  push('eof', n, n);
  return tokens;
}

/** Decode `U&'…' [UESCAPE 'c']` (Calcite: `\XXXX`, `\+XXXXXX`, `\\`); returns the new index. */
function lexUnicodeString(
  text: string,
  start: number,
  body: [string, number],
  push: (type: TokenType, start: number, end: number, value?: string) => void,
): number {
  let end = body[1];
  let escape = '\\';
  const m = /^(\s+UESCAPE\s+)'([^'])'/i.exec(text.slice(end));
  if (m) {
    escape = m[2]!;
    end += m[0].length;
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
      push(
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
  push('string', start, end, out);
  return end;
}
