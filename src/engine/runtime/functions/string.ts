/**
 * String functions of Flink's "System (Built-in) Functions" page. Lengths and positions count
 * Unicode code points (Flink counts characters of its UTF-8 strings), positions are 1-based, and
 * NULL in gives NULL out unless noted.
 */
import {
  arrayType,
  booleanType,
  bytesType,
  findCommonType,
  intType,
  mapType,
  MAX_LENGTH,
  stringType,
  withNullable,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import { ExecutionError } from '../../../common/errors.js';
import { simple, toNum, type BuiltinScalar, type SimpleSpec } from './define.js';
import { javaRegex, REGEXP_FUNCTIONS } from './string-regexp.js';
import { splitIndex } from './split-index.js';
import {
  decodeCharset,
  encodeCharset,
  isValidUtf8,
  javaUtf8Decode,
  parseUrl,
  printf,
  printfArgText,
  urlDecode,
  urlEncode,
} from './string-java.js';

const STR = stringType(false);
const INT = intType(false);
const BOOL = booleanType(false);

/** Code points of a string (astral characters count once). */
const cps = (s: string): string[] => Array.from(s);
/** Fast path: strings without surrogates index by UTF-16 unit. */
const hasSurrogates = (s: string): boolean => /[\uD800-\uDFFF]/.test(s);
const cpLength = (s: string): number => (hasSurrogates(s) ? cps(s).length : s.length);

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * java.util.Base64.getDecoder().decode: the basic alphabet only (no blanks), padding optional but,
 * when present, only as the end of the last unit; a last unit of one character, an illegal
 * character or anything after the padding throws (Java's messages).
 */
function javaBase64Decode(s: string): number[] {
  const out: number[] = [];
  let shift = 18;
  let bits = 0;
  let i = 0;
  const fail = (why: string): never => {
    throw new ExecutionError(`FROM_BASE64: ${why}`);
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '=') {
      if ((shift === 6 && (i + 1 === s.length || s[i + 1] !== '=')) || shift === 18)
        fail('Input byte array has wrong 4-byte ending unit');
      i += shift === 6 ? 2 : 1;
      break;
    }
    const x = BASE64_ALPHABET.indexOf(c);
    if (x < 0) fail(`Illegal base64 character ${c.charCodeAt(0).toString(16)}`);
    bits |= x << shift;
    shift -= 6;
    i++;
    if (shift < 0) {
      out.push((bits >> 16) & 0xff, (bits >> 8) & 0xff, bits & 0xff);
      shift = 18;
      bits = 0;
    }
  }
  if (shift === 6) out.push((bits >> 16) & 0xff);
  else if (shift === 0) out.push((bits >> 16) & 0xff, (bits >> 8) & 0xff);
  else if (shift === 12) fail('Last unit does not have enough valid bits');
  if (i < s.length) fail(`Input byte array has incorrect ending byte at ${i}`);
  return out;
}

/** Flink's substringSQL: 1-based start, negative counts from the end, 0 acts as 1. */
export function substringSql(s: string, pos: number, len?: number): string {
  if (len !== undefined && len < 0) return '';
  const chars = hasSurrogates(s) ? cps(s) : null;
  const n = chars ? chars.length : s.length;
  let start: number;
  if (pos > 0) {
    start = pos - 1;
    if (start >= n) return '';
  } else if (pos < 0) {
    start = n + pos;
    if (start < 0) return '';
  } else start = 0;
  const end = len === undefined || n - start < len ? n : start + len;
  return chars ? chars.slice(start, end).join('') : s.slice(start, end);
}

/**
 * BinaryStringData.indexOf(needle, fromIndex) in code points: an empty needle is at 0 whatever
 * the start, a start below 0 searches from the beginning, -1 when absent.
 */
function indexOfFrom(hay: string, needle: string, fromIndex: number): number {
  if (needle === '') return 0;
  const offset = fromIndex <= 0 ? 0 : cps(hay).slice(0, fromIndex).join('').length;
  const i = hay.indexOf(needle, offset);
  return i < 0 ? -1 : cpLength(hay.slice(0, i));
}

/**
 * SqlFunctionUtils.position (POSITION, LOCATE): indexOf(needle, from - 1) + 1, so a start below 1
 * searches the whole string and an empty needle is at 1.
 */
function position(needle: string, hay: string, from = 1): number {
  return indexOfFrom(hay, needle, from - 1) + 1;
}

/**
 * SqlFunctionUtils.instr: the nth occurrence from start; a negative start runs the same search on
 * the reversed strings and maps the position back.
 */
function instr(s: string, sub: string, start: number, nth: number): number {
  if (nth <= 0) throw new ExecutionError('INSTR: nthAppearance must be positive!');
  if (start === 0) return 0;
  if (start > 0) {
    let from = start;
    let index = 0;
    for (let k = 0; k < nth; k++) {
      index = indexOfFrom(s, sub, from - 1) + 1;
      if (index === 0) return 0;
      from = index + 1;
    }
    return index;
  }
  const rev = (x: string): string => cps(x).reverse().join('');
  const pos = instr(rev(s), rev(sub), -start, nth);
  return pos === 0 ? 0 : cpLength(s) + 2 - pos - cpLength(sub);
}

/**
 * Flink's OVERLAY(s PLACING r FROM start FOR len) (SqlFunctionUtils.overlay): a start outside
 * 1..length gives `s` unchanged; the tail after the replaced part is kept only when it exists and
 * len > 0. Positions count UTF-16 units (strings) or bytes, as Java does.
 */
function overlay<T extends string | Uint8Array>(s: T, r: T, start: number, len: number): T {
  if (start <= 0 || start > s.length) return s;
  const keepTail = start + len <= s.length && len > 0;
  if (typeof s === 'string') {
    return (s.slice(0, start - 1) + (r as string) + (keepTail ? s.slice(start - 1 + len) : '')) as T;
  }
  const parts = [s.subarray(0, start - 1), r as Uint8Array];
  if (keepTail) parts.push(s.subarray(start - 1 + len));
  return new Uint8Array(Buffer.concat(parts)) as T;
}

/** Java's String#hashCode (HASH_CODE). */
function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function trimChars(s: string, chars: string, leading: boolean, trailing: boolean): string {
  const set = new Set(cps(chars));
  const arr = cps(s);
  let a = 0;
  let b = arr.length;
  if (leading) while (a < b && set.has(arr[a]!)) a++;
  if (trailing) while (b > a && set.has(arr[b - 1]!)) b--;
  return arr.slice(a, b).join('');
}

/**
 * Positions of `d` in `s` (non-overlapping, left to right), found lazily and remembered for the
 * last string: a query taking several fields of one value (SPLIT_INDEX(url, '/', 3), … 4, … 5)
 * scans it once, and only as far as the largest field it asks for.
 */
class SeparatorScan {
  private s: string | undefined = undefined;
  private d = '';
  /** The separators found so far are the first `count` entries (no truncation per string). */
  private count = 0;
  /** True once the last separator of `s` was found. */
  private done = false;
  private readonly at: number[] = [];

  /** Field `idx` (≥ 0) of `s` split at every `d` (non-empty), or null when there are fewer. */
  field(s: string, d: string, idx: number): string | null {
    if (s !== this.s || d !== this.d) {
      this.s = s;
      this.d = d;
      this.count = 0;
      this.done = false;
    }
    const at = this.at;
    let n = this.count;
    if (n <= idx && !this.done) {
      let from = n === 0 ? 0 : at[n - 1]! + d.length;
      while (n <= idx) {
        const p = s.indexOf(d, from);
        if (p < 0) {
          this.done = true;
          break;
        }
        at[n++] = p;
        from = p + d.length;
      }
      this.count = n;
    }
    // field idx lies between separator idx - 1 and separator idx (or the string's ends)
    if (idx > n) return null;
    const start = idx === 0 ? 0 : at[idx - 1]! + d.length;
    return idx === n ? s.slice(start) : s.slice(start, at[idx]);
  }
}
/** One scan shared by every SPLIT_INDEX call site (module state in one object: cheap to update). */
const separators = new SeparatorScan();

/** SPLIT_INDEX with a delimiter of any accepted type (a string, or a character code). */
function splitIndexAnyDelimiter(
  s: string,
  delim: string | number | bigint,
  i: number | bigint,
): string | null {
  const idx = num(i);
  let d: string;
  if (typeof delim === 'string') d = delim;
  else {
    // SPLIT_INDEX(str, charCode, i): Flink takes a code in 1..255 as one character, else NULL
    const c = num(delim);
    if (c < 1 || c > 255) return null;
    d = String.fromCharCode(c);
  }
  // commons-lang gives no fields for '' (so NULL), and splits at Java whitespace for an empty
  // delimiter (Flink's SqlFunctionUtils.splitIndex → splitByWholeSeparatorPreserveAllTokens)
  if (idx < 0 || s.length === 0) return null;
  if (d === '') return splitIndex(s, '', idx);
  return separators.field(s, d, idx);
}

/**
 * The longest string REPEAT / LPAD / RPAD build, in characters. Flink's JVM fails such a call
 * with an OutOfMemoryError ("Requested array size exceeds VM limit" near 2^31 characters, heap
 * space well before): here the statement fails with an error naming the call, not the process.
 */
export const MAX_RESULT_CHARS = 1 << 26;

/** The run-time error for a call whose result would be longer than MAX_RESULT_CHARS. */
export function resultTooLong(exprText: string, chars: number): ExecutionError {
  return new ExecutionError(
    `The result of ${exprText} would have ${chars} characters, more than the ${MAX_RESULT_CHARS} a string may have (java.lang.OutOfMemoryError in Flink)`,
  );
}

/**
 * LPAD / RPAD as SqlFunctionUtils.lpad / rpad (what Flink's StringCallGen calls on Java
 * Strings): lengths count UTF-16 units, so a surrogate pair is two and a cut may split one; an
 * empty pad is NULL even when no padding is needed.
 */
function pad(s: string, len: number, padding: string, left: boolean, exprText = 'LPAD/RPAD'): string | null {
  if (len < 0 || padding === '') return null;
  if (len === 0) return '';
  if (len > MAX_RESULT_CHARS && len > s.length) throw resultTooLong(exprText, len);
  const fill = (n: number): string =>
    n <= 0 ? '' : padding.repeat(Math.ceil(n / padding.length)).slice(0, n);
  if (left) {
    const pos = Math.max(len - s.length, 0);
    return fill(pos) + s.slice(0, len - pos);
  }
  return s.slice(0, len) + fill(len - s.length);
}

/**
 * INITCAP as Calcite's SqlFunctions.initcap (what Flink's code generator calls): only ASCII
 * letters and digits form words; a word's first ASCII letter is upper-cased and the rest
 * lower-cased; any other character (including a non-ASCII letter) separates words, unchanged.
 */
function initcap(s: string): string {
  let out = '';
  let start = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = c > 47 && c < 58;
    const upper = c > 64 && c < 91;
    const lower = c > 96 && c < 123;
    if (start) {
      if (digit || upper || lower) start = false;
      out += lower ? String.fromCharCode(c - 32) : s[i];
    } else {
      if (!digit && !upper && !lower) start = true;
      out += upper ? String.fromCharCode(c + 32) : s[i];
    }
  }
  return out;
}

const num = toNum;

/**
 * `||` / CONCAT result type as Calcite derives it: the lengths add up (capped at STRING / BYTES);
 * `||` of two CHARs (BINARYs) stays fixed-length, anything else is VARCHAR (VARBINARY).
 */
function concatType(args: readonly LogicalType[], keepFixed: boolean): LogicalType {
  const binary = args.length > 0 && args.every((a) => a.kind === 'BINARY' || a.kind === 'VARBINARY');
  let len = 0;
  for (const a of args) len += a.kind === 'NULL' ? 0 : (a as { length: number }).length;
  const fixed = keepFixed && args.every((a) => a.kind === (binary ? 'BINARY' : 'CHAR'));
  if (len >= MAX_LENGTH) return binary ? bytesType(false) : STR;
  const kind = binary ? (fixed ? 'BINARY' : 'VARBINARY') : fixed ? 'CHAR' : 'VARCHAR';
  return { kind, nullable: false, length: Math.max(len, 1) } as LogicalType;
}

/**
 * SUBSTRING_INDEX(expr, delim, count) as MySQL and Flink's SubstringIndexFunction: the text before
 * the count-th occurrence of delim (after the |count|-th from the end for a negative count);
 * occurrences may overlap. `{ at, left }` says where to cut, null means the whole text, and an
 * empty result is `{ at: 0, left: true }`.
 */
function substringIndex(
  len: number,
  dlen: number,
  count: number,
  indexOf: (from: number) => number,
  lastIndexOf: (from: number) => number,
): { at: number; left: boolean } | null {
  if (len === 0 || dlen === 0 || count === 0) return { at: 0, left: true };
  let pos = count > 0 ? -1 : len;
  for (let k = 0; k < Math.abs(count); k++) {
    pos = count > 0 ? indexOf(pos + 1) : pos - 1 < 0 ? -1 : lastIndexOf(pos - 1);
    if (pos < 0) return null;
  }
  return count > 0 ? { at: pos, left: true } : { at: pos + dlen, left: false };
}

/** Calcite ARG0: the string argument's own type (CHAR(n) stays CHAR(n)). */
const arg0Type = (args: readonly LogicalType[]): LogicalType =>
  args[0]!.kind === 'NULL' ? STR : withNullable(args[0]!, false);

/** Calcite *_VARYING: VARCHAR of the argument's length (STRING stays STRING). */
function varyingOf(t: LogicalType | undefined, extra = 0): LogicalType {
  if (!t || (t.kind !== 'CHAR' && t.kind !== 'VARCHAR')) return STR;
  const len = t.length + extra;
  return len >= MAX_LENGTH ? STR : { kind: 'VARCHAR', nullable: false, length: len };
}

function concatFn(names: string[], operator: boolean): BuiltinScalar {
  return simple({
    names,
    category: 'string',
    sigs: [['...S'], ['...B']],
    // `||` is Calcite's CONCAT (VARCHAR of the summed lengths); the CONCAT function is Flink's
    // CONCAT_FUNCTION, an explicit VARCHAR, i.e. STRING (FlinkSqlOperatorTable)
    // OperandTypes.repeat(SqlOperandCountRanges.from(1), …): CONCAT() is refused as Calcite does
    result: (args) =>
      args.length === 0
        ? `Invalid number of arguments to function '${names[0]}'. Was expecting 1 arguments`
        : operator || args.every((a) => a.kind === 'BINARY' || a.kind === 'VARBINARY')
          ? concatType(args, operator)
          : STR,
    impl: (args) =>
      args.every((a) => a.kind === 'BINARY' || a.kind === 'VARBINARY')
        ? (...bs: Uint8Array[]) => new Uint8Array(Buffer.concat(bs))
        : (...ss: string[]) => ss.join(''),
  });
}

/** SUBSTRING and SUBSTR: one behaviour, two FlinkSqlOperatorTable entries (errors name each). */
const SUBSTRING_SPEC: Omit<SimpleSpec, 'names'> = {
  legacyArity: true,
  category: 'string',
  sigs: [
    ['S', 'I', 'I?'],
    ['B', 'I', 'I?'],
  ],
  result: (args) =>
    args[0]!.kind === 'BINARY' || args[0]!.kind === 'VARBINARY' ? bytesType(false) : varyingOf(args[0]),
  // ARG0_VARCHAR_FORCE_NULLABLE: a negative length gives NULL, so the type is always nullable
  mayReturnNull: true,
  impl: (args) =>
    args[0]!.kind === 'BINARY' || args[0]!.kind === 'VARBINARY'
      ? (b: Uint8Array, p: number | bigint, l?: number | bigint) => {
          const n = b.length;
          const pos = num(p);
          const start = pos > 0 ? pos - 1 : pos < 0 ? Math.max(0, n + pos) : 0;
          return b.slice(Math.min(start, n), l === undefined ? n : Math.min(n, start + num(l)));
        }
      : (s: string, p: number | bigint, l?: number | bigint) =>
          // Flink's substringSQL gives NULL for a negative length (0 gives '')
          l !== undefined && num(l) < 0
            ? null
            : substringSql(s, num(p), l === undefined ? undefined : num(l)),
};

export const STRING_FUNCTIONS: BuiltinScalar[] = [
  ...REGEXP_FUNCTIONS,
  concatFn(['||'], true),
  concatFn(['CONCAT'], false),
  simple({
    names: ['CONCAT_WS'],
    legacyArity: true,
    category: 'string',
    nullStrict: false,
    sigs: [['S', '...S']],
    result: (args) => stringType(args[0]!.nullable),
    impl:
      () =>
      (sep: string | null, ...ss: (string | null)[]) =>
        sep === null ? null : ss.filter((s) => s !== null).join(sep),
  }),
  simple({
    names: ['CHAR_LENGTH', 'CHARACTER_LENGTH'],
    legacyArity: true, // Calcite / FlinkSqlOperatorTable: operand families
    category: 'string',
    sigs: [['S']],
    result: INT,
    impl: () => (s: string) => cpLength(s),
  }),
  simple({
    names: ['UPPER', 'UCASE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S']],
    result: arg0Type,
    impl: () => (s: string) => s.toUpperCase(),
  }),
  simple({
    names: ['LOWER', 'LCASE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S']],
    result: arg0Type,
    impl: () => (s: string) => s.toLowerCase(),
  }),
  simple({
    names: ['POSITION'],
    legacyArity: true,
    category: 'string',
    sigs: [
      ['S', 'S', 'I?'],
      ['B', 'B', 'I?'],
    ],
    result: INT,
    impl: () => (a: string, b: string, from?: number | bigint) =>
      typeof a === 'string'
        ? position(a, b, from === undefined ? 1 : num(from))
        : Buffer.from(b).indexOf(Buffer.from(a), from === undefined ? 0 : num(from) - 1) + 1,
  }),
  simple({
    names: ['LOCATE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S', 'I?']],
    result: INT,
    impl: () => (a: string, b: string, p?: number | bigint) => position(a, b, p === undefined ? 1 : num(p)),
  }),
  simple({
    names: ['INSTR'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S', 'I?', 'I?']],
    result: INT,
    impl: () => (s: string, sub: string, start?: number | bigint, nth?: number | bigint) =>
      start === undefined ? position(sub, s) : instr(s, sub, num(start), nth === undefined ? 1 : num(nth)),
  }),
  simple({
    names: ['TRIM'],
    category: 'string',
    sigs: [['LIT', 'S', 'S'], ['S']],
    result: (args) => varyingOf(args[args.length - 1]),
    // TRIM([BOTH|LEADING|TRAILING] chars FROM s) arrives as TRIM(mode, chars, s)
    impl: (args) =>
      args.length === 1
        ? (s: string) => trimChars(s, ' ', true, true)
        : (mode: string, chars: string, s: string) =>
            trimChars(s, chars, mode.toUpperCase() !== 'TRAILING', mode.toUpperCase() !== 'LEADING'),
  }),
  simple({
    names: ['LTRIM'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S?']],
    result: (args) => varyingOf(args[0]),
    impl: () => (s: string, c?: string) => trimChars(s, c ?? ' ', true, false),
  }),
  simple({
    names: ['RTRIM'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S?']],
    result: (args) => varyingOf(args[0]),
    impl: () => (s: string, c?: string) => trimChars(s, c ?? ' ', false, true),
  }),
  simple({
    names: ['BTRIM'],
    category: 'string',
    sigs: [['S', 'S?']],
    // BuiltInFunctionDefinitions.BTRIM: nullableIfArgs(explicit(STRING())), not the input's length
    result: STR,
    flinkSignatures:
      'BTRIM(str <CHARACTER_STRING>)\nBTRIM(str <CHARACTER_STRING>, trimStr <CHARACTER_STRING>)',
    impl: () => (s: string, c?: string) => trimChars(s, c ?? ' ', true, true),
  }),
  simple({
    names: ['REPEAT'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'I']],
    result: STR,
    impl: (_a, _r, ctx) => (s: string, n: number | bigint) => {
      const k = num(n);
      if (k <= 0) return '';
      if (s.length * k > MAX_RESULT_CHARS) throw resultTooLong(ctx.exprText, s.length * k);
      return s.repeat(k);
    },
  }),
  simple({
    names: ['OVERLAY'],
    category: 'string',
    sigs: [
      ['S', 'S', 'I', 'I?'],
      ['B', 'B', 'I', 'I?'],
    ],
    result: (args) =>
      args[0]!.kind === 'BINARY' || args[0]!.kind === 'VARBINARY'
        ? bytesType(false)
        : varyingOf(args[0], args[1]!.kind === 'NULL' ? 0 : (args[1] as { length: number }).length),
    impl:
      () =>
      <T extends string | Uint8Array>(s: T, r: T, from: number | bigint, len?: number | bigint): T =>
        overlay(s, r, num(from), len === undefined ? r.length : num(len)),
  }),
  simple({ names: ['SUBSTRING'], ...SUBSTRING_SPEC }),
  // a FlinkSqlOperatorTable function of its own, so its errors name SUBSTR
  simple({ names: ['SUBSTR'], ...SUBSTRING_SPEC }),
  simple({
    names: ['REPLACE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S', 'S']],
    result: STR,
    impl: () => (s: string, a: string, b: string) => (a === '' ? s : s.split(a).join(b)),
  }),
  simple({
    names: ['INITCAP'],
    legacyArity: true,
    category: 'string',
    sigs: [['S']],
    result: arg0Type,
    impl: () => initcap,
  }),
  simple({
    names: ['LPAD'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'I', 'S']],
    result: STR,
    // typed TO_NULLABLE in Flink although a negative length or empty pad gives NULL
    impl: (_a, _r, ctx) => (s: string, n: number | bigint, p: string) =>
      pad(s, num(n), p, true, ctx.exprText),
  }),
  simple({
    names: ['RPAD'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'I', 'S']],
    result: STR,
    // typed TO_NULLABLE in Flink although a negative length or empty pad gives NULL
    impl: (_a, _r, ctx) => (s: string, n: number | bigint, p: string) =>
      pad(s, num(n), p, false, ctx.exprText),
  }),
  simple({
    names: ['TO_BASE64'],
    legacyArity: true,
    calciteForms: "'TO_BASE64(<STRING>)'",
    category: 'string',
    sigs: [['SB']],
    result: STR,
    impl: () => (s: string | Uint8Array) =>
      Buffer.from(typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64'),
  }),
  simple({
    names: ['FROM_BASE64'],
    legacyArity: true,
    calciteForms: "'FROM_BASE64(<STRING>)'",
    category: 'string',
    sigs: [['SB']],
    // typed TO_NULLABLE in Flink (FlinkSqlOperatorTable); SqlFunctionUtils.fromBase64 calls
    // java.util.Base64's basic decoder, whose IllegalArgumentException fails the query
    result: STR,
    impl: () => (v: string | Uint8Array) => {
      // a BINARY / VARBINARY argument holds the base64 text as bytes
      const s = typeof v === 'string' ? v : Buffer.from(v).toString('latin1');
      return Buffer.from(javaBase64Decode(s)).toString('utf8');
    },
  }),
  simple({
    names: ['ASCII'],
    legacyArity: true,
    category: 'string',
    sigs: [['S']],
    result: INT,
    impl: () => (s: string) => (s.length === 0 ? 0 : (Buffer.from(s, 'utf8')[0]! << 24) >> 24),
  }),
  simple({
    names: ['CHR'],
    legacyArity: true,
    category: 'string',
    sigs: [['I']],
    result: STR,
    // VARCHAR_FORCE_NULLABLE in Flink's FlinkSqlOperatorTable
    mayReturnNull: true,
    impl: () => (n: number | bigint) => (num(n) < 0 ? '' : String.fromCharCode(num(n) % 256)),
  }),
  simple({
    names: ['DECODE'],
    legacyArity: true,
    category: 'string',
    sigs: [['B', 'S']],
    result: STR,
    // VARCHAR_FORCE_NULLABLE in Flink's FlinkSqlOperatorTable
    mayReturnNull: true,
    impl: () => (b: Uint8Array, cs: string) => decodeCharset(b, cs),
  }),
  simple({
    names: ['ENCODE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S']],
    result: bytesType(false),
    impl: () => (s: string, cs: string) => encodeCharset(s, cs),
  }),
  simple({
    names: ['LEFT'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'I']],
    // ARG0_VARCHAR_FORCE_NULLABLE: VARCHAR of the argument's length, always nullable
    result: (args) => varyingOf(args[0]),
    mayReturnNull: true,
    impl: () => (s: string, n: number | bigint) => (num(n) <= 0 ? '' : cps(s).slice(0, num(n)).join('')),
  }),
  simple({
    names: ['RIGHT'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'I']],
    // ARG0_VARCHAR_FORCE_NULLABLE: VARCHAR of the argument's length, always nullable
    result: (args) => varyingOf(args[0]),
    mayReturnNull: true,
    impl: () => (s: string, n: number | bigint) => (num(n) <= 0 ? '' : cps(s).slice(-num(n)).join('')),
  }),
  simple({
    names: ['PARSE_URL'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S', 'S?']],
    result: STR,
    mayReturnNull: true,
    impl: () => (u: string, p: string, k?: string) => parseUrl(u, p, k),
  }),
  simple({
    names: ['REVERSE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S']],
    result: STR,
    // VARCHAR_FORCE_NULLABLE in Flink's FlinkSqlOperatorTable
    mayReturnNull: true,
    impl: () => (s: string) => cps(s).reverse().join(''),
  }),
  simple({
    names: ['SPLIT_INDEX'],
    category: 'string',
    sigs: [
      ['S', 'S', 'I'],
      ['S', 'I', 'I'],
    ],
    result: STR,
    mayReturnNull: true,
    impl: (args) =>
      args[1]!.kind === 'VARCHAR' || args[1]!.kind === 'CHAR'
        ? // the common form, with a string delimiter: no type tests per call
          (s: string, d: string, i: number | bigint) => {
            const idx = typeof i === 'number' ? i : num(i);
            if (idx < 0 || s.length === 0) return null;
            return d === '' ? splitIndex(s, '', idx) : separators.field(s, d, idx);
          }
        : splitIndexAnyDelimiter,
  }),
  simple({
    names: ['HASH_CODE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S']],
    result: INT,
    impl: () => javaStringHash,
  }),
  simple({
    names: ['SPLIT'],
    category: 'string',
    sigs: [['S', 'S']],
    flinkSignatures: 'SPLIT(<CHARACTER_STRING>, <CHARACTER_STRING>)',
    // Flink types the elements nullable: SPLIT(f0, ',') is ARRAY<STRING> NOT NULL (CollectionFunctionsITCase)
    result: arrayType(stringType(true), false),
    impl: () => (s: string, d: string) => (d === '' ? cps(s) : s.split(d)),
  }),
  simple({
    names: ['STR_TO_MAP'],
    legacyArity: true,
    category: 'string',
    // OR(family(STRING), family(STRING, STRING, STRING)): two arguments are an invalid count
    // (ScalarFunctionsValidationTest#testInvalidStringToMap)
    sigs: [['S'], ['S', 'S', 'S']],
    result: mapType(stringType(true), stringType(true), false),
    impl: () => (s: string, pd?: string, kd?: string) => {
      const out = new Map<string, string | null>();
      // Flink's strToMap: an empty text is an empty map (ScalarFunctionsTest: STR_TO_MAP('') is {})
      if (s === '') return out;
      const pre = javaRegex(pd ?? ',') ?? /,/;
      const kre = javaRegex(kd ?? '=') ?? /=/;
      // Java's String#split drops every trailing empty string, so a text that is all delimiters
      // has no pair ('a.b' split by the regex '.' gives an empty map)
      const pairs = s.split(new RegExp(pre.source, pre.flags.replace('g', '')));
      while (pairs.length > 0 && pairs[pairs.length - 1] === '') pairs.pop();
      for (const pair of pairs) {
        const m = new RegExp(kre.source, kre.flags.replace('g', '')).exec(pair);
        if (!m) out.set(pair, null);
        else out.set(pair.slice(0, m.index), pair.slice(m.index + m[0].length));
      }
      return out;
    },
  }),
  simple({
    names: ['TRANSLATE'],
    category: 'string',
    sigs: [['S', 'S', 'S']],
    flinkSignatures:
      'TRANSLATE3(expr <CHARACTER_STRING>, fromStr <CHARACTER_STRING>, toStr <CHARACTER_STRING>)',
    // NULL only for a NULL string: a NULL from / to acts as '' (StringFunctionsITCase)
    nullStrict: false,
    result: (args) => stringType(args[0]!.nullable),
    impl: () => (s: string | null, from: string | null, to: string | null) => {
      if (s === null) return null;
      const f = cps(from ?? '');
      const t = cps(to ?? '');
      const map = new Map<string, string>();
      f.forEach((c, i) => {
        if (!map.has(c)) map.set(c, t[i] ?? '');
      });
      return cps(s)
        .map((c) => map.get(c) ?? c)
        .join('');
    },
  }),
  simple({
    names: ['ELT'],
    category: 'string',
    // at least one expression: ELT(1) has no signature in Flink (StringFunctionsITCase)
    sigs: [
      ['I', 'S', '...S'],
      ['I', 'B', '...B'],
    ],
    flinkSignatures:
      'ELT(index <INTEGER_NUMERIC>, expr <CHARACTER_STRING>, exprs <CHARACTER_STRING>...)\n' +
      'ELT(index <INTEGER_NUMERIC>, expr <BINARY_STRING>, exprs <BINARY_STRING>...)',
    // Flink: the common type of the expressions (ELT(1, 'scala', 'java') is VARCHAR(5) NOT NULL)
    result: (args) => {
      const common = args.length > 1 ? findCommonType(args.slice(1)) : undefined;
      if (common === undefined)
        return args.length > 1 && (args[1]!.kind === 'BINARY' || args[1]!.kind === 'VARBINARY')
          ? bytesType(true)
          : stringType(true);
      return withNullable(
        common,
        args.some((a) => a.nullable),
      );
    },
    nullStrict: false,
    impl:
      () =>
      (i: number | bigint | null, ...xs: SqlValue[]) => {
        if (i === null) return null;
        const k = num(i);
        // EltFunction: an index outside 1..n gives NULL (an earlier StringFunctionsITCase threw)
        return k >= 1 && k <= xs.length ? xs[k - 1] : null;
      },
  }),
  simple({
    names: ['STARTSWITH'],
    category: 'string',
    sigs: [
      ['S', 'S'],
      ['B', 'B'],
    ],
    flinkSignatures:
      'STARTSWITH(expr <CHARACTER_STRING>, startExpr <CHARACTER_STRING>)\nSTARTSWITH(expr <BINARY_STRING>, startExpr <BINARY_STRING>)',
    result: BOOL,
    impl: () => (s: string | Uint8Array, p: string | Uint8Array) =>
      typeof s === 'string'
        ? s.startsWith(p as string)
        : Buffer.from(s)
            .subarray(0, (p as Uint8Array).length)
            .equals(Buffer.from(p as Uint8Array)),
  }),
  simple({
    names: ['ENDSWITH'],
    category: 'string',
    sigs: [
      ['S', 'S'],
      ['B', 'B'],
    ],
    flinkSignatures:
      'ENDSWITH(expr <CHARACTER_STRING>, endExpr <CHARACTER_STRING>)\nENDSWITH(expr <BINARY_STRING>, endExpr <BINARY_STRING>)',
    result: BOOL,
    impl: () => (s: string | Uint8Array, p: string | Uint8Array) =>
      typeof s === 'string'
        ? s.endsWith(p as string)
        : (p as Uint8Array).length <= s.length &&
          Buffer.from(s)
            .subarray(s.length - (p as Uint8Array).length)
            .equals(Buffer.from(p as Uint8Array)),
  }),
  simple({ names: ['URL_ENCODE'], category: 'string', sigs: [['S']], result: STR, impl: () => urlEncode }),
  simple({
    names: ['URL_DECODE'],
    category: 'string',
    sigs: [['S']],
    result: STR,
    mayReturnNull: true,
    impl: () => urlDecode,
  }),
  simple({
    names: ['SUBSTRING_INDEX'],
    category: 'string',
    sigs: [
      ['S', 'S', 'I'],
      ['B', 'B', 'I'],
    ],
    flinkSignatures:
      'SUBSTRING_INDEX(expr <CHARACTER_STRING>, delim <CHARACTER_STRING>, count <INTEGER>)\n' +
      'SUBSTRING_INDEX(expr <BINARY_STRING>, delim <BINARY_STRING>, count <INTEGER>)',
    result: (args) => (args[0]!.kind === 'BINARY' || args[0]!.kind === 'VARBINARY' ? bytesType(false) : STR),
    impl: (args) =>
      args[0]!.kind === 'BINARY' || args[0]!.kind === 'VARBINARY'
        ? (e: Uint8Array, d: Uint8Array, n: number | bigint) => {
            const b = Buffer.from(e);
            const r = substringIndex(
              b.length,
              d.length,
              num(n),
              (from) => b.indexOf(Buffer.from(d), from),
              (from) => b.lastIndexOf(Buffer.from(d), from),
            );
            return new Uint8Array(r === null ? b : r.left ? b.subarray(0, r.at) : b.subarray(r.at));
          }
        : (e: string, d: string, n: number | bigint) => {
            const r = substringIndex(
              e.length,
              d.length,
              num(n),
              (from) => e.indexOf(d, from),
              (from) => e.lastIndexOf(d, from),
            );
            return r === null ? e : r.left ? e.slice(0, r.at) : e.slice(r.at);
          },
  }),
  simple({
    names: ['IS_VALID_UTF8'],
    category: 'string',
    sigs: [['B']],
    result: booleanType(true),
    impl: () => isValidUtf8,
  }),
  // bytes decoded as Java's new String(b, UTF_8) does (Utf8FunctionsITCase)
  simple({
    names: ['MAKE_VALID_UTF8'],
    category: 'string',
    sigs: [['B']],
    result: STR,
    impl: () => javaUtf8Decode,
  }),
  simple({
    names: ['URL_DECODE_RECURSIVE'],
    category: 'string',
    sigs: [['S', 'BOOL?']],
    result: STR,
    mayReturnNull: true,
    // decodes until the text no longer changes (once when `recursive` is FALSE); an undecodable
    // input is NULL (UrlFunctionsITCase)
    impl: () => (s: string, recursive?: boolean) => {
      let cur = urlDecode(s);
      if (cur === null || recursive === false) return cur;
      for (let prev = s; cur !== prev;) {
        const next = urlDecode(cur);
        if (next === null) return cur;
        prev = cur;
        cur = next;
      }
      return cur;
    },
  }),
  simple({
    names: ['PRINTF'],
    category: 'string',
    nullStrict: false,
    sigs: [['S', '...A']],
    flinkSignatures: 'PRINTF(format <CHARACTER_STRING>, obj <ANY>...)',
    // explicit(STRING()): nullable even on literals, since a bad format gives NULL
    result: () => stringType(true),
    impl: (args) => {
      // %s prints values as Java's String.valueOf does (1.0 for a DOUBLE, true for a BOOLEAN)
      const fmts = args.slice(1).map((t) => printfArgText(t));
      return (f: string | null, ...xs: SqlValue[]) =>
        f === null
          ? null
          : printf(
              f,
              xs,
              xs.map((x, i) => (x === null ? null : fmts[i]!(x))),
            );
    },
  }),
];
