/**
 * Java-compatible helpers for the string functions: URLEncoder / URLDecoder, java.net.URL parts
 * (PARSE_URL), charsets (ENCODE / DECODE) and a java.util.Formatter subset (PRINTF).
 */
import { ExecutionError } from '../../../common/errors.js';
import type { SqlValue } from '../../../types/index.js';

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

export function parseUrl(url: string, part: string, key?: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const query = u.search.length > 1 ? u.search.slice(1) : null;
  switch (part) {
    case 'HOST':
      return u.hostname || null;
    case 'PATH':
      return u.pathname;
    case 'QUERY':
      if (key === undefined) return query;
      if (query === null) return null;
      for (const kv of query.split('&')) {
        const eq = kv.indexOf('=');
        if ((eq < 0 ? kv : kv.slice(0, eq)) === key) return eq < 0 ? null : kv.slice(eq + 1);
      }
      return null;
    case 'REF':
      return u.hash.length > 1 ? u.hash.slice(1) : null;
    case 'PROTOCOL':
      return u.protocol.replace(/:$/, '');
    case 'FILE':
      return u.pathname + (query === null ? '' : '?' + query);
    case 'AUTHORITY':
      return u.host + (u.username ? '' : '') || null;
    case 'USERINFO':
      return u.username ? u.username + (u.password ? ':' + u.password : '') : null;
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

export function encodeCharset(s: string, cs: string): Uint8Array {
  const c = cs.toUpperCase();
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
  return new Uint8Array(Buffer.from(s, enc));
}

export function decodeCharset(b: Uint8Array, cs: string): string {
  const c = cs.toUpperCase();
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

/** A minimal java.util.Formatter for PRINTF: %s %d %f %e %x %o %c %b %% %n with flags/width/precision. */
/** `texts[i]` is argument i as Java's String.valueOf would print it (used by %s). */
export function printf(
  format: string,
  args: readonly SqlValue[],
  texts?: readonly (string | null)[],
): string {
  let next = 0;
  return format.replace(
    /%(\d+\$)?([-#+ 0,(]*)(\d+)?(\.\d+)?([a-zA-Z%])/g,
    (_m, idx, flags: string, width, prec, conv: string) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const argIndex = idx ? Number(idx.slice(0, -1)) - 1 : next++;
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
