/**
 * Java-compatible helpers for the string functions: URLEncoder / URLDecoder, java.net.URL parts
 * (PARSE_URL), charsets (ENCODE / DECODE) and a java.util.Formatter subset (PRINTF).
 */
import { ExecutionError } from '../../../common/errors.js';
import {
  javaLocalDateTimeText,
  PreciseTimestamp,
  valueFormatter,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';

/** java.net.URLEncoder.encode(s, UTF-8). */
export function urlEncode(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9.\-*_]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** java.net.URLDecoder.decode(s, UTF-8); null when malformed. */
export function urlDecode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** The parts of a URL as java.net.URL parses it (null where Java's getter returns null). */
interface JavaUrl {
  protocol: string;
  authority: string | null;
  userInfo: string | null;
  host: string;
  path: string;
  query: string | null;
  ref: string | null;
}

/** Protocols with a handler in the JDK: `new URL` refuses any other ("unknown protocol"). */
const JAVA_URL_PROTOCOLS = new Set(['http', 'https', 'ftp', 'file', 'jar', 'mailto', 'jrt']);

/**
 * java.net.URL's parsing of an absolute URL (URL(String) + URLStreamHandler.parseURL): the
 * scheme must have a JDK handler; `#` starts the ref, the first `?` the query, `//` an authority
 * (userinfo@host:port) running to the next `/` or `?`. Null when Java throws MalformedURLException.
 */
function parseJavaUrl(spec: string): JavaUrl | null {
  // Java trims characters <= ' ' at both ends and drops a leading "url:"
  let a = 0;
  let b = spec.length;
  while (a < b && spec.charCodeAt(a) <= 0x20) a++;
  while (b > a && spec.charCodeAt(b - 1) <= 0x20) b--;
  let text = spec.slice(a, b);
  if (/^url:/i.test(text)) text = text.slice(4);
  const colon = text.indexOf(':');
  if (colon <= 0 || !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(text.slice(0, colon))) return null;
  const protocol = text.slice(0, colon).toLowerCase();
  if (!JAVA_URL_PROTOCOLS.has(protocol)) return null;
  let limit = text.length;
  let ref: string | null = null;
  const hash = text.indexOf('#', colon + 1);
  if (hash >= 0) {
    ref = text.slice(hash + 1);
    limit = hash;
  }
  let start = colon + 1;
  let query: string | null = null;
  const q = text.indexOf('?');
  if (q >= 0 && q < limit) {
    query = text.slice(q + 1, limit);
    limit = q;
  }
  let authority: string | null = null;
  let userInfo: string | null = null;
  let host = '';
  let path = '';
  if (start <= limit - 2 && text[start] === '/' && text[start + 1] === '/') {
    start += 2;
    let i = text.indexOf('/', start);
    if (i < 0 || i > limit) i = limit;
    authority = text.slice(start, i);
    host = authority;
    const at = authority.indexOf('@');
    if (at >= 0) {
      if (at !== authority.lastIndexOf('@')) return null;
      userInfo = authority.slice(0, at);
      host = authority.slice(at + 1);
    }
    // a port after the host (or after an IPv6 literal's "]") must be digits
    const portAt = host.startsWith('[') ? host.indexOf(':', host.indexOf(']')) : host.indexOf(':');
    if (portAt >= 0) {
      if (!/^\d*$/.test(host.slice(portAt + 1))) return null;
      host = host.slice(0, portAt);
    }
    start = i;
  }
  if (start < limit) path = text.slice(start, limit);
  return { protocol, authority, userInfo, host, path, query, ref };
}

/**
 * Flink's PARSE_URL(url, part [, key]): the part names are upper case (HOST, PATH, QUERY, REF,
 * PROTOCOL, FILE, AUTHORITY, USERINFO); QUERY with a key gives the value of the first `key=` pair.
 * NULL for a URL Java cannot parse and for an unknown part; with a key, NULL for any part but
 * QUERY (SqlFunctionUtils.parseUrl(url, part, key) tests the part first).
 */
export function parseUrl(url: string, part: string, key?: string): string | null {
  if (key !== undefined && part !== 'QUERY') return null;
  const u = parseJavaUrl(url);
  if (u === null) return null;
  switch (part) {
    case 'HOST':
      return u.host;
    case 'PATH':
      return u.path;
    case 'QUERY':
      if (key === undefined) return u.query;
      if (u.query === null) return null;
      // the regex (&|^)key=([^&]*)
      for (const kv of u.query.split('&')) {
        if (kv.startsWith(key + '=')) return kv.slice(key.length + 1);
      }
      return null;
    case 'REF':
      return u.ref;
    case 'PROTOCOL':
      return u.protocol;
    case 'FILE':
      return u.query === null ? u.path : `${u.path}?${u.query}`;
    case 'AUTHORITY':
      return u.authority;
    case 'USERINFO':
      return u.userInfo;
    default:
      return null;
  }
}

const CHARSETS: Record<string, BufferEncoding> = {
  'US-ASCII': 'ascii',
  'ISO-8859-1': 'latin1',
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
};

/** The highest code point a single-byte charset maps (US-ASCII, ISO-8859-1), else undefined. */
function singleByteMax(c: string): number | undefined {
  return c === 'US-ASCII' ? 0x7f : c === 'ISO-8859-1' ? 0xff : undefined;
}

/**
 * Java's `String#getBytes(Charset)`: a code point US-ASCII / ISO-8859-1 cannot map becomes one
 * '?' (Node's 'ascii' / 'latin1' would keep its low byte), and an unpaired surrogate is '?' in
 * UTF-8 (Node writes EF BF BD). UTF-16 is big-endian with a byte-order mark, UTF-16BE without.
 */
export function encodeCharset(s: string, cs: string): Uint8Array {
  const c = cs.toUpperCase();
  const max = singleByteMax(c);
  if (max !== undefined) {
    const out: number[] = [];
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      out.push(cp <= max ? cp : 0x3f);
    }
    return new Uint8Array(out);
  }
  if (c === 'UTF-16BE' || c === 'UTF-16') {
    const le = Buffer.from(s, 'utf16le');
    const be = Buffer.alloc(le.length + (c === 'UTF-16' ? 2 : 0));
    let o = 0;
    if (c === 'UTF-16') {
      be[0] = 0xfe;
      be[1] = 0xff;
      o = 2;
    }
    for (let i = 0; i < le.length; i += 2) {
      be[o + i] = le[i + 1]!;
      be[o + i + 1] = le[i]!;
    }
    return new Uint8Array(be);
  }
  const enc = CHARSETS[c];
  if (!enc) throw new ExecutionError(`Unsupported character set '${cs}'`);
  // String#getBytes(UTF_8) writes '?' for a lone surrogate
  const text = c === 'UTF-8' ? s.replace(LONE_SURROGATE, '?') : s;
  return new Uint8Array(Buffer.from(text, enc));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Java's `new String(bytes, Charset)`: US-ASCII turns a byte above 0x7F into U+FFFD (Node's
 * 'ascii' would strip the high bit); UTF-16 honours a byte-order mark, big-endian without one.
 */
export function decodeCharset(b: Uint8Array, cs: string): string {
  const c = cs.toUpperCase();
  if (c === 'US-ASCII') {
    let r = '';
    for (const x of b) r += x <= 0x7f ? String.fromCharCode(x) : '\ufffd';
    return r;
  }
  if (c === 'UTF-16BE' || c === 'UTF-16') {
    let start = 0;
    if (c === 'UTF-16' && b[0] === 0xff && b[1] === 0xfe)
      return Buffer.from(b.subarray(2)).toString('utf16le');
    if (c === 'UTF-16' && b[0] === 0xfe && b[1] === 0xff) start = 2;
    const sw = Buffer.from(b.subarray(start));
    sw.swap16();
    return sw.toString('utf16le');
  }
  const enc = CHARSETS[c];
  if (!enc) throw new ExecutionError(`Unsupported character set '${cs}'`);
  return Buffer.from(b).toString(enc);
}

/**
 * What `%s` prints for an argument of type `t`: PRINTF receives Flink's internal data structures,
 * so DATE is its epoch-day int, TIME its millisecond-of-day int, an interval its long, TIMESTAMP /
 * TIMESTAMP_LTZ a TimestampData (LocalDateTime#toString), BOOLEAN Java's `true`.
 */
export function printfArgText(t: LogicalType): (v: SqlValue) => string | null {
  switch (t.kind) {
    case 'BOOLEAN':
    case 'DATE':
    case 'TIME':
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
      return (v) => String(v);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return (v) =>
        v instanceof PreciseTimestamp
          ? javaLocalDateTimeText(v.millis, v.nanoOfMilli)
          : javaLocalDateTimeText(v as number, 0);
    default:
      return valueFormatter(t);
  }
}

/** java.util.Formatter's MissingFormatArgumentException: PRINTF then returns NULL. */
class MissingFormatArgument extends Error {}

/** A minimal java.util.Formatter for PRINTF: %s %d %f %e %x %o %c %b %% %n with flags/width/precision. */
/** `texts[i]` is argument i as Java's String.valueOf would print it (used by %s). */
export function printf(
  format: string,
  args: readonly SqlValue[],
  texts?: readonly (string | null)[],
): string | null {
  try {
    return formatJava(format, args, texts);
  } catch (e) {
    if (e instanceof MissingFormatArgument) return null;
    throw e;
  }
}

function formatJava(format: string, args: readonly SqlValue[], texts?: readonly (string | null)[]): string {
  let next = 0;
  return format.replace(
    /%(\d+\$)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])/g,
    (_m, idx, flags: string, width, prec, conv: string) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const argIndex = idx ? Number(idx.slice(0, -1)) - 1 : next++;
      if (argIndex >= args.length) throw new MissingFormatArgument();
      const v = args[argIndex];
      let s: string;
      const p = prec ? Number(prec.slice(1)) : undefined;
      switch (conv) {
        case 'd':
          s = v === null || v === undefined ? 'null' : String(v);
          if (flags.includes(',')) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
          if (flags.includes('+') && !s.startsWith('-')) s = '+' + s;
          break;
        case 'f':
          s = v === null || v === undefined ? 'null' : Number(v).toFixed(p ?? 6);
          break;
        case 'e':
        case 'E':
          s =
            v === null || v === undefined
              ? 'null'
              : Number(v)
                  .toExponential(p ?? 6)
                  .replace(/e([+-])(\d)$/, 'e$10$2');
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'x':
        case 'X':
          s =
            v === null || v === undefined
              ? 'null'
              : BigInt.asUintN(typeof v === 'bigint' ? 64 : 32, BigInt(v as number)).toString(16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        case 'o':
          s =
            v === null || v === undefined
              ? 'null'
              : BigInt.asUintN(typeof v === 'bigint' ? 64 : 32, BigInt(v as number)).toString(8);
          break;
        case 'b':
        case 'B':
          s = String(v !== null && v !== undefined && v !== false);
          break;
        case 'c':
          s =
            v === null || v === undefined
              ? 'null'
              : typeof v === 'string'
                ? v
                : String.fromCodePoint(Number(v));
          break;
        default:
          s = v === null || v === undefined ? 'null' : (texts?.[argIndex] ?? String(v));
          if (p !== undefined) s = s.slice(0, p);
          if (conv === 'S') s = s.toUpperCase();
      }
      if (width) {
        const w = Number(width);
        if (s.length < w)
          s = flags.includes('-')
            ? s.padEnd(w)
            : flags.includes('0') && /[dfxXoeE]/.test(conv)
              ? s.padStart(w, '0')
              : s.padStart(w);
      }
      return s;
    },
  );
}

const isCont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/**
 * Length of the malformed input at `i` as JDK 17's UTF-8 decoder reports it (each report becomes
 * one U+FFFD), or 0 when a well-formed sequence starts there. Java differs from the WHATWG
 * decoder on surrogates: ED A0 80 is one malformed 3-byte sequence, not three.
 */
function javaMalformedLength(b: Uint8Array, i: number): number {
  const b1 = b[i]!;
  const rest = b.length - i;
  if (b1 < 0x80) return 0;
  if (b1 >= 0xc2 && b1 <= 0xdf) {
    if (rest < 2) return rest;
    return isCont(b[i + 1]) ? 0 : 1;
  }
  if (b1 >= 0xe0 && b1 <= 0xef) {
    const b2 = b[i + 1];
    const bad2 = b2 !== undefined && ((b1 === 0xe0 && (b2 & 0xe0) === 0x80) || !isCont(b2));
    if (rest < 3) return bad2 ? 1 : rest;
    if (bad2) return 1;
    if (!isCont(b[i + 2])) return 2;
    const c = ((b1 & 0x0f) << 12) | ((b2! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
    return c >= 0xd800 && c <= 0xdfff ? 3 : 0;
  }
  if (b1 >= 0xf0 && b1 <= 0xf7) {
    const b2 = b[i + 1];
    const bad2 =
      b2 !== undefined &&
      ((b1 === 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 === 0xf4 && (b2 & 0xf0) !== 0x80) || !isCont(b2));
    if (bad2) return 1;
    if (rest >= 3 && !isCont(b[i + 2])) return 2;
    if (rest < 4) return rest;
    if (!isCont(b[i + 3])) return 3;
    const cp = ((b1 & 0x07) << 18) | ((b2! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f);
    return cp > 0x10ffff || cp < 0x10000 ? 4 : 0;
  }
  return 1;
}

/** Byte length of the well-formed sequence starting with `b1`. */
const seqLength = (b1: number): number => (b1 < 0x80 ? 1 : b1 < 0xe0 ? 2 : b1 < 0xf0 ? 3 : 4);

/** `new String(bytes, UTF_8)` in Java: each malformed subsequence becomes one U+FFFD. */
export function javaUtf8Decode(b: Uint8Array): string {
  let out = '';
  let start = 0;
  let i = 0;
  while (i < b.length) {
    const bad = javaMalformedLength(b, i);
    if (bad === 0) {
      i += seqLength(b[i]!);
      continue;
    }
    out += Buffer.from(b.subarray(start, i)).toString('utf8') + '\uFFFD';
    i += bad;
    start = i;
  }
  return out + Buffer.from(b.subarray(start, i)).toString('utf8');
}

/** Whether the bytes are well-formed UTF-8 (IS_VALID_UTF8). */
export function isValidUtf8(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i += seqLength(b[i]!)) if (javaMalformedLength(b, i) !== 0) return false;
  return true;
}

/** Java's POSIX character classes (ASCII-only without UNICODE_CHARACTER_CLASS): class contents. */
const POSIX_CLASSES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

/** A Java regex rewritten for JS (`u` flag): source, flags, and Java group i's JS group index. */
export interface TranslatedRegex {
  readonly source: string;
  readonly flags: string;
  /** groups[i] is the JS capture index of Java group i (0 is the whole match). */
  readonly groups: readonly number[];
}

/** A literal character in a `u`-mode RegExp, outside (or inside) a character class. */
/** java.util.regex escapes for character sets JS lacks (class bodies), and \e / \a. */
const JAVA_ESCAPE_SETS: Readonly<Record<string, string>> = {
  h: ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000',
  H: ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000',
  v: '\\n\\x0B\\f\\r\\u0085\\u2028\\u2029',
  V: '\\n\\x0B\\f\\r\\u0085\\u2028\\u2029',
  e: '\\x1B',
  a: '\\x07',
};

const escapeJs = (c: string, inClass = false): string =>
  /[\\^$.*+?()[\]{}|/]/.test(c) || (inClass && c === '-') ? '\\' + c : c;

/**
 * Rewrites java.util.regex syntax JS lacks: `\Q…\E` quoting, POSIX `\p{Alpha}`-style classes
 * (ASCII, as Java has them), `\A` / `\z` / `\Z`, leading `(?i)` / `(?s)` / `(?m)` flags, and
 * possessive quantifiers (`a++`, `\d*+`) and atomic groups (`(?>…)`), which become a lookahead
 * capturing the greedy match plus a backreference to it (the same no-backtracking match) in
 * named groups that `groups` skips, so REGEXP_EXTRACT's group numbers stay Java's.
 */
export function translateJavaRegex(pattern: string): TranslatedRegex {
  let p = pattern;
  let flags = '';
  for (let m = /^\(\?([imsx]+)\)/.exec(p); m; m = /^\(\?([imsx]+)\)/.exec(p)) {
    if (m[1]!.includes('x')) throw new Error('COMMENTS flag');
    for (const f of m[1]!) if (!flags.includes(f)) flags += f;
    p = p.slice(m[0].length);
  }
  let out = '';
  // capture-group openings in output order: [position of '(' in out, is Java's]
  const opens: { pos: number; java: boolean }[] = [];
  // output start of each open group and whether it is atomic, for ')' and quantifiers
  const stack: { start: number; atomic: boolean }[] = [];
  let atomStart = -1;
  let synthetic = 0;
  let inClass = false;
  /** Wraps out[from..] (an atom with its quantifier) so it matches as Java's atomic match does. */
  const atomic = (from: number): void => {
    const name = `jpa${synthetic++}`;
    const body = out.slice(from);
    const prefix = `(?:(?=(?<${name}>`;
    for (const o of opens) if (o.pos >= from) o.pos += prefix.length;
    opens.push({ pos: from + 6, java: false });
    out = out.slice(0, from) + prefix + body + `))\\k<${name}>)`;
  };
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) throw new Error('trailing backslash');
      if (n === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        const lit = p.slice(i + 2, end < 0 ? p.length : end);
        // Java removes the quoting before compiling (Pattern#RemoveQEQuoting), so a quantifier
        // after \E applies to the last quoted character only (\Qab\E+ is ab+); a digit is written
        // \x3N so it cannot extend a preceding backreference
        for (const x of lit) {
          if (!inClass) atomStart = out.length;
          out += /[0-9]/.test(x) && !inClass ? `\\x3${x}` : escapeJs(x, inClass);
        }
        i = end < 0 ? p.length : end + 2;
        continue;
      }
      if ((n === 'p' || n === 'P') && p[i + 2] === '{') {
        const end = p.indexOf('}', i + 3);
        const name = end < 0 ? '' : p.slice(i + 3, end);
        const posix = POSIX_CLASSES[name.startsWith('Is') ? name.slice(2) : name];
        if (posix !== undefined) {
          if (inClass) {
            if (n === 'P') throw new Error('negated POSIX class inside a class');
            out += posix;
          } else {
            atomStart = out.length;
            out += `[${n === 'P' ? '^' : ''}${posix}]`;
          }
          i = end + 1;
          continue;
        }
      }
      if (!inClass && (n === 'A' || n === 'z' || n === 'Z')) {
        out +=
          n === 'A'
            ? '(?<![\\s\\S])'
            : n === 'z'
              ? '(?![\\s\\S])'
              : '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?(?![\\s\\S]))';
        i += 2;
        continue;
      }
      if (!inClass) atomStart = out.length;
      // Java's escapes JS lacks or reads otherwise: \h \v (sets), \e \a, \x{…}, \0 octal, \R
      const set = JAVA_ESCAPE_SETS[n];
      if (set !== undefined) {
        const negated = n === 'H' || n === 'V';
        if (inClass && negated) throw new Error('negated \\H or \\V inside a class');
        out += inClass ? set : `[${negated ? '^' : ''}${set}]`;
        i += 2;
        continue;
      }
      if (n === 'x' && p[i + 2] === '{') {
        const end = p.indexOf('}', i + 3);
        const hex = end < 0 ? '' : p.slice(i + 3, end);
        if (!/^[0-9A-Fa-f]{1,6}$/.test(hex)) throw new Error('bad \\x{…} escape');
        out += `\\u{${hex}}`;
        i = end + 1;
        continue;
      }
      if (n === '0') {
        const oct = /^[0-3]?[0-7]{1,2}/.exec(p.slice(i + 2))?.[0];
        if (oct === undefined) throw new Error('bad octal escape');
        out += escapeJs(String.fromCharCode(parseInt(oct, 8)), inClass);
        i += 2 + oct.length;
        continue;
      }
      if (n === 'R' && !inClass) {
        out += '(?:\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])';
        i += 2;
        continue;
      }
      // Java escapes any non-letter; `u`-mode JS only its syntax characters
      out += /[A-Za-z0-9]/.test(n) ? c + n : escapeJs(n, inClass);
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      i++;
      continue;
    }
    if (c === '[') {
      atomStart = out.length;
      inClass = true;
      out += c;
      i++;
      // a ']' right after '[' or '[^' is a literal in Java
      if (p[i] === '^') {
        out += '^';
        i++;
      }
      if (p[i] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(') {
      if (p.startsWith('(?>', i)) {
        stack.push({ start: out.length, atomic: true });
        out += '(?:';
        i += 3;
        continue;
      }
      const named = /^\(\?<([A-Za-z][A-Za-z0-9]*)>/.exec(p.slice(i));
      if (p[i + 1] !== '?' || named) opens.push({ pos: out.length, java: true });
      stack.push({ start: out.length, atomic: false });
      out += c;
      i++;
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      if (g === undefined) throw new Error('unbalanced )');
      out += c;
      i++;
      atomStart = g.start;
      if (g.atomic) atomic(g.start);
      continue;
    }
    const quant = /^(?:[*+?]|\{\d+(?:,\d*)?\})/.exec(p.slice(i));
    if (quant && atomStart >= 0) {
      out += quant[0];
      i += quant[0].length;
      if (p[i] === '+') {
        atomic(atomStart);
        i++;
      } else if (p[i] === '?') {
        out += '?';
        i++;
      }
      atomStart = -1;
      continue;
    }
    atomStart = c === '|' || c === '^' || c === '$' ? -1 : out.length;
    // a lone ']' or '}' is a literal in Java, a syntax error in `u`-mode JS
    out += c === ']' || c === '}' ? '\\' + c : c;
    i++;
  }
  if (inClass || stack.length > 0) throw new Error('unclosed group or class');
  const order = [...opens].sort((a, b) => a.pos - b.pos);
  const groups = [0];
  order.forEach((o, k) => {
    if (o.java) groups.push(k + 1);
  });
  return { source: out, flags, groups };
}
