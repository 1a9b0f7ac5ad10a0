/**
 * JSON functions: IS JSON [VALUE | SCALAR | ARRAY | OBJECT], JSON_EXISTS, JSON_VALUE,
 * JSON_QUERY, JSON_STRING, JSON_OBJECT, JSON_ARRAY, JSON (raw JSON marker), JSON_QUOTE,
 * JSON_UNQUOTE. Paths follow SQL/JSON path syntax (`lax|strict $.a.b[0]`, `$['k']`, `[*]`, `.*`).
 * Numbers keep Jackson's text: integers as written, other numbers as Java BigDecimals (`1.0`, `1E+2`).
 *
 * Clause arguments arrive as trailing string literals (see README.md): JSON_EXISTS(json, path
 * [, 'TRUE'|'FALSE'|'UNKNOWN'|'ERROR' on error]); JSON_VALUE(json, path [, onEmpty, emptyDefault,
 * onError, errorDefault]) with behaviours 'NULL'|'ERROR'|'DEFAULT'; JSON_QUERY(json, path [,
 * wrapper 'WITHOUT'|'CONDITIONAL'|'UNCONDITIONAL' [, onEmpty, onError]] with 'NULL'|'EMPTY ARRAY'|
 * 'EMPTY OBJECT'|'ERROR'); JSON_OBJECT(mode, k1, v1, …) / JSON_ARRAY(mode, v1, …) with mode
 * 'NULL ON NULL'|'ABSENT ON NULL'.
 */
import { ExecutionError } from '../../../common/errors.js';
import {
  booleanType,
  compileCast,
  formatDouble,
  formatType,
  isNumeric,
  javaTrim,
  stringType,
  withNullable,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import { converter, isChar, scalar, simple, type BuiltinScalar } from './define.js';
import { isJsonOperandError } from './json-rules.js';
import { jsonValueText, objectText, RawJson } from './json-text.js';

/**
 * Flink's JSON_QUOTE (JsonQuoteFunction): escapes `"`, `\`, `/` and \b \f \n \r \t, and every
 * UTF-16 unit above 127 as `\uXXXX` (lower-case hex); other control characters stay as they are.
 */
function jsonQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '/') out += '\\/';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c > 127) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/**
 * End of the JSON string token starting at `s[0] === '"'` (index after its closing quote), or -1
 * when it is not a valid string token (unterminated, a bad escape, a raw control character).
 */
function jsonStringTokenEnd(s: string): number {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1;
    if (c === 0x5c) {
      const e = s[i + 1];
      if (e === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(s.slice(i + 2, i + 6))) return -1;
        i += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
      else return -1;
    }
  }
  return -1;
}

/**
 * Flink's JSON_UNQUOTE (JsonUnquoteFunction): a value that Jackson reads as JSON (trailing text is
 * ignored, as Jackson's readTree does) and that starts and ends with `"` loses its quotes and has
 * its escapes undone; anything else — invalid JSON, arrays, objects, bare scalars, a bad escape
 * inside — comes back unchanged.
 */
function jsonUnquote(s: string): string {
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return s;
  if (jsonStringTokenEnd(s) < 0) return s;
  const inner = s.slice(1, -1);
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch !== '\\' || i + 1 >= inner.length) {
      out += ch;
      continue;
    }
    const e = inner[++i]!;
    if (e === '"' || e === '\\' || e === '/') out += e;
    else if (e === 'b') out += '\b';
    else if (e === 'f') out += '\f';
    else if (e === 'n') out += '\n';
    else if (e === 'r') out += '\r';
    else if (e === 't') out += '\t';
    else if (e === 'u') {
      const hex = inner.slice(i + 1, i + 5);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return s;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 4;
    } else return s;
  }
  return out;
}

/** A parsed JSON number, keeping its source text. */
class JNum {
  constructor(readonly text: string) {}
}
type JVal = null | boolean | string | JNum | JVal[] | Map<string, JVal>;

/** Strict JSON parser keeping number text and key order; throws on malformed input. */
function parseJson(text: string): JVal {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(`invalid JSON at position ${i}`);
  };
  const value = (): JVal => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const m = new Map<string, JVal>();
      ws();
      if (text[i] === '}') {
        i++;
        return m;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const k = str();
        ws();
        if (text[i++] !== ':') fail();
        m.set(k, value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return m;
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      const a: JVal[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return a;
      }
      for (;;) {
        a.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return a;
        } else fail();
      }
    }
    if (c === '"') return str();
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (m) {
      i += m[0].length;
      return new JNum(m[0]);
    }
    for (const [lit, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return v;
      }
    }
    return fail();
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail();
    }
  };
  const v = value();
  ws();
  if (i !== text.length) fail();
  return v;
}

/**
 * Java/Jackson text of a JSON number: integers unchanged, others as java.math.BigDecimal's
 * toString (Flink's SqlJsonUtils reads floats as BigDecimal: JsonFunctionsITCase's
 * JSON_VALUE of 123456789.987654321 is '123456789.987654321', 1e2 is '1E+2').
 */
function numberText(n: JNum): string {
  return /^-?\d+$/.test(n.text) ? n.text : bigDecimalText(n.text);
}

/** BigDecimal(text).toString(): plain when the scale is ≥ 0 and the adjusted exponent ≥ -6. */
function bigDecimalText(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return formatDouble(Number(text));
  const frac = m[3] ?? '';
  const digits = ((m[2] ?? '') + frac).replace(/^0+(?=\d)/, '');
  const scale = frac.length - Number(m[4] ?? '0');
  const neg = m[1] === '-' && /[1-9]/.test(digits) ? '-' : '';
  const adjusted = digits.length - 1 - scale;
  if (scale === 0) return neg + digits;
  if (scale > 0 && adjusted >= -6) {
    const padded = digits.padStart(scale + 1, '0');
    const cut = padded.length - scale;
    return `${neg}${padded.slice(0, cut)}.${padded.slice(cut)}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${neg}${mant}E${adjusted > 0 ? '+' : ''}${adjusted}`;
}

/**
 * JSON text of a value. `sortKeys`: object members by key, as JSON_QUERY results print (Flink's
 * SqlJsonUtils writes JsonPath's maps with ORDER_MAP_ENTRIES_BY_KEYS: JsonFunctionsITCase's
 * {"itemId":1234, "count":10} comes out as {"count":10,"itemId":1234}).
 */
function serialize(v: JVal, sortKeys = false): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof JNum) return numberText(v);
  if (Array.isArray(v)) return '[' + v.map((x) => serialize(x, sortKeys)).join(',') + ']';
  const entries = sortKeys ? [...v].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [...v];
  return '{' + entries.map(([k, x]) => JSON.stringify(k) + ':' + serialize(x, sortKeys)).join(',') + '}';
}

type Step = { k: 'key'; name: string } | { k: 'index'; i: number } | { k: 'wild' };

/** Parses a SQL/JSON path; returns the mode and steps or throws. */
function parsePath(path: string): { strict: boolean; steps: Step[] } {
  let p = path.trim();
  // SqlJsonUtils#jsonApiCommonSyntax: a path without a mode is STRICT (Flink's docs: "When
  // omitted, it defaults to the strict mode")
  let strict = true;
  const mode = /^(lax|strict)\s+/i.exec(p);
  if (mode) {
    strict = mode[1]!.toLowerCase() === 'strict';
    p = p.slice(mode[0].length);
  }
  if (!p.startsWith('$')) throw new ExecutionError(`Illegal jsonpath spec: ${path}`);
  const steps: Step[] = [];
  let i = 1;
  while (i < p.length) {
    if (p[i] === '.' && p[i + 1] === '[') {
      i++;
    } else if (p[i] === '.') {
      if (p[i + 1] === '*') {
        steps.push({ k: 'wild' });
        i += 2;
        continue;
      }
      const m = /^[A-Za-z_$][\w$]*/.exec(p.slice(i + 1)) ?? /^"((?:[^"\\]|\\.)*)"/.exec(p.slice(i + 1));
      if (!m) throw new ExecutionError(`Illegal jsonpath spec: ${path}`);
      steps.push({ k: 'key', name: m[1] ?? m[0] });
      i += 1 + m[0].length;
    } else if (p[i] === '[') {
      const end = p.indexOf(']', i);
      if (end < 0) throw new ExecutionError(`Illegal jsonpath spec: ${path}`);
      const inner = p.slice(i + 1, end).trim();
      if (inner === '*') steps.push({ k: 'wild' });
      else if (/^\d+$/.test(inner)) steps.push({ k: 'index', i: Number(inner) });
      else if (/^'.*'$|^".*"$/.test(inner)) steps.push({ k: 'key', name: inner.slice(1, -1) });
      else throw new ExecutionError(`Illegal jsonpath spec: ${path}`);
      i = end + 1;
    } else if (p[i] === ' ') i++;
    else throw new ExecutionError(`Illegal jsonpath spec: ${path}`);
  }
  return { strict, steps };
}

const pathCache = new Map<string, ReturnType<typeof parsePath>>();
function cachedPath(path: string): ReturnType<typeof parsePath> {
  let p = pathCache.get(path);
  if (!p) {
    p = parsePath(path);
    if (pathCache.size > 1000) pathCache.clear();
    pathCache.set(path, p);
  }
  return p;
}

/** Evaluates a path: the matched values (wildcards collect several), or throws in strict mode. */
function evalPath(doc: JVal, path: string): { found: JVal[]; multi: boolean } {
  const { strict, steps } = cachedPath(path);
  let cur: JVal[] = [doc];
  let multi = false;
  // Jayway's PathNotFoundException names the path up to the missing step: $['invalid']
  const notFound = (upTo: number): ExecutionError =>
    new ExecutionError(
      `No results for path: $${steps
        .slice(0, upTo + 1)
        .map((x) => (x.k === 'key' ? `['${x.name}']` : x.k === 'index' ? `[${x.i}]` : '[*]'))
        .join('')}`,
    );
  for (const [si, s] of steps.entries()) {
    const next: JVal[] = [];
    // an indefinite path reads as a list even when nothing reaches the wildcard (lax $.b[*] is [])
    if (s.k === 'wild') multi = true;
    // Jayway skips what is missing below a wildcard; on a definite path a missing leaf ends in
    // "No results for path", a missing inner property in "Missing property in path"
    const leaf = si === steps.length - 1;
    const missing = (): ExecutionError | undefined =>
      !strict || multi
        ? undefined
        : leaf || s.k !== 'key'
          ? notFound(steps.length - 1)
          : new ExecutionError(
              `Missing property in path ${notFound(si).message.slice('No results for path: '.length)}`,
            );
    for (const v of cur) {
      if (s.k === 'key') {
        if (v instanceof Map && v.has(s.name)) next.push(v.get(s.name)!);
        else {
          const e = missing();
          if (e) throw e;
        }
      } else if (s.k === 'index') {
        if (Array.isArray(v) && s.i < v.length) next.push(v[s.i]!);
        else {
          const e = missing();
          if (e) throw e;
        }
      } else {
        if (Array.isArray(v)) next.push(...v);
        else if (v instanceof Map) next.push(...v.values());
      }
    }
    cur = next;
  }
  return { found: cur, multi };
}

const isScalar = (v: JVal): boolean => !(Array.isArray(v) || v instanceof Map);

/**
 * SqlJsonUtils' JsonPathContext: the value at the path (a wildcard path gives the array of its
 * matches; JS null for nothing or a JSON null) or the error. Lax mode turns an unparsable
 * document and a missing step into null; strict mode makes them errors, and a null too.
 */
type PathContext = { strict: boolean; value: JVal; error?: undefined } | { strict: boolean; error: Error };

function pathContext(s: string, path: string): PathContext {
  let strict: boolean;
  try {
    strict = cachedPath(path).strict;
  } catch (e) {
    return { strict: true, error: e as Error };
  }
  let doc: JVal;
  try {
    doc = jsonInput(s);
  } catch (e) {
    return strict ? { strict, error: e as Error } : { strict, value: null };
  }
  let res: { found: JVal[]; multi: boolean };
  try {
    res = evalPath(doc, path);
  } catch (e) {
    return { strict, error: e as Error };
  }
  const value = res.multi ? res.found : (res.found[0] ?? null);
  if (strict && value === null)
    return {
      strict,
      error: new ExecutionError('Strict jsonpath mode requires a non empty returned value, but is null'),
    };
  return { strict, value };
}

function scalarText(v: JVal): string | null {
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (v instanceof JNum) return numberText(v);
  return String(v);
}

function jsonInput(v: SqlValue): JVal {
  return parseJson(v as string);
}

const IS_JSON = scalar({
  names: ['IS JSON'],
  category: 'json',
  nullStrict: false,
  // NULL IS JSON is FALSE (Flink's documented example, released behaviour; Flink's newest
  // JsonFunctionsITCase makes it NULL under FLINK-39943, not followed until that ships)
  infer: (args, literals) => {
    if (args.length < 1) return 'IS JSON expects a character string';
    const kind = typeof literals[1] === 'string' ? literals[1] : 'VALUE';
    return isJsonOperandError(args[0]!, kind) ?? booleanType(false);
  },
  implement: () => (s: string | null, kind?: string) => {
    if (s === null) return false;
    let v: JVal;
    try {
      v = parseJson(s);
    } catch {
      return false;
    }
    switch ((kind ?? 'VALUE').toUpperCase()) {
      case 'SCALAR':
        return isScalar(v);
      case 'ARRAY':
        return Array.isArray(v);
      case 'OBJECT':
        return v instanceof Map;
      default:
        return true;
    }
  },
});

const JSON_EXISTS = scalar({
  names: ['JSON_EXISTS'],
  nullStrict: false,
  category: 'json',
  infer: (args) =>
    args.length >= 2 && isChar(args[0]!) && isChar(args[1]!)
      ? booleanType(true)
      : 'JSON_EXISTS expects (STRING json, STRING path)',
  implement: () => (s: string | null, path: string | null, onError?: string) => {
    if (s === null || path === null) return null;
    const ctx = pathContext(s, path);
    if (ctx.error === undefined) return ctx.value !== null;
    const e = ctx.error;
    switch ((onError ?? 'FALSE').toUpperCase()) {
      case 'TRUE':
        return true;
      case 'UNKNOWN':
        return null;
      case 'ERROR':
        throw e instanceof ExecutionError ? e : new ExecutionError(`JSON_EXISTS: ${e.message}`);
      default:
        return false;
    }
  },
});

const JSON_VALUE = scalar({
  names: ['JSON_VALUE'],
  nullStrict: false,
  category: 'json',
  infer: (args) =>
    args.length >= 2 && isChar(args[0]!) && isChar(args[1]!)
      ? stringType(true)
      : 'JSON_VALUE expects (STRING json, STRING path)',
  implement(args, r) {
    // DEFAULT values are converted to the RETURNING type (DEFAULT FALSE into STRING gives 'false')
    const defaultConv = (i: number): ((v: SqlValue) => SqlValue) => {
      const t = args[i];
      if (t === undefined || t.kind === 'NULL') return (v) => v;
      if (t.kind === 'BOOLEAN' && (r.kind === 'VARCHAR' || r.kind === 'CHAR'))
        return (v) => (v === null ? null : String(v));
      return converter(t, withNullable(r, true));
    };
    const emptyConv = defaultConv(3);
    const errorConv = defaultConv(5);
    const toResult =
      r.kind === 'VARCHAR' || r.kind === 'CHAR'
        ? (x: string) => x
        : compileCast(stringType(false), withNullable(r, false));
    const behave = (mode: string | undefined, dflt: SqlValue, err: Error): SqlValue => {
      switch ((mode ?? 'NULL').toUpperCase()) {
        case 'ERROR':
          throw err instanceof ExecutionError ? err : new ExecutionError(`JSON_VALUE: ${err.message}`);
        case 'DEFAULT':
          return dflt;
        default:
          return null;
      }
    };
    return (
      s: string | null,
      path: string | null,
      onEmpty?: string,
      emptyDefault?: SqlValue,
      onError?: string,
      errorDefault?: SqlValue,
    ) => {
      if (s === null || path === null) return null;
      const ctx = pathContext(s, path);
      if (ctx.error !== undefined) return behave(onError, errorConv(errorDefault ?? null), ctx.error);
      const value = ctx.value;
      // SqlJsonUtils#jsonValue: nothing, or (lax) a non-scalar, is empty; strict non-scalar an error
      if (value === null || (!ctx.strict && !isScalar(value)))
        return behave(
          onEmpty,
          emptyConv(emptyDefault ?? null),
          new ExecutionError('Empty result of JSON_VALUE function is not allowed'),
        );
      if (!isScalar(value)) {
        return behave(
          onError,
          errorConv(errorDefault ?? null),
          new ExecutionError(
            `Strict jsonpath mode requires scalar value, and the actual value is: '${serialize(value)}'`,
          ),
        );
      }
      const text = scalarText(value);
      if (text === null) return null;
      try {
        return toResult(text);
      } catch (e) {
        return behave(onError, errorConv(errorDefault ?? null), e as Error);
      }
    };
  },
});

/**
 * JSON_QUERY's first operand: Flink's SqlJsonQueryFunction takes any type there (family ANY) and
 * JsonQueryCallGen parses its `toString()`, so a number or a boolean is that scalar JSON text
 * (Flink's JSON_QUERY docs: `JSON_QUERY(1, '$')` is NULL, `… WITH CONDITIONAL ARRAY WRAPPER`
 * '[1]'). Other non-character types have no JSON text of their own and stay refused.
 */
function jsonQueryInput(t: LogicalType): ((v: SqlValue) => string | null) | undefined {
  if (isChar(t)) return (v) => v as string | null;
  if (t.kind === 'BOOLEAN') return (v) => (v === null ? null : String(v));
  if (isNumeric(t)) {
    const text = compileCast(withNullable(t, true), stringType(true));
    return (v) => text(v) as string | null;
  }
  return undefined;
}

const JSON_QUERY = scalar({
  names: ['JSON_QUERY'],
  nullStrict: false,
  category: 'json',
  infer: (args) =>
    args.length >= 2 && jsonQueryInput(args[0]!) !== undefined && isChar(args[1]!)
      ? stringType(true)
      : 'JSON_QUERY expects (STRING json, STRING path)',
  implement: (args, r) => {
    const input = jsonQueryInput(args[0]!)!;
    const query = isChar(args[0]!)
      ? jsonQuery
      : (s: SqlValue, ...rest: [string | null, string?, string?, string?]) => jsonQuery(input(s), ...rest);
    if (r.kind !== 'ARRAY') return query;
    // RETURNING ARRAY<STRING> (Flink's JSON_QUERY docs: 'lax $.a[*].c' → ['c1', 'c2']): the
    // elements of the JSON array result, strings as their text, other values as JSON text
    const toElement = arrayElementConverter(r.element);
    return (...a: [string | null, string | null, string?, string?, string?]) => {
      const out = query(...a);
      if (out === null) return null;
      const v = jsonInput(out);
      if (!Array.isArray(v)) return null;
      // a JSON null element is SQL NULL (JsonFunctionsITCase: 'lax $.a[*].c' → [NULL, 'c2'])
      const result: SqlValue[] = [];
      for (const e of v) {
        const x = e === null ? null : toElement(e);
        if (x === undefined) {
          // an element of another type is an error, handled by ON ERROR (NULL by default)
          switch ((a[4] ?? 'NULL').toUpperCase()) {
            case 'ERROR':
              throw new ExecutionError(
                `Array element type mismatch in JSON_QUERY: ${serialize(e)} is not a ${formatType(r.element)}`,
              );
            case 'EMPTY ARRAY':
              return [];
            default:
              return null;
          }
        }
        result.push(x);
      }
      return result;
    };
  },
});

/**
 * The element converter of JSON_QUERY … RETURNING ARRAY<t>: strings give their text and other
 * values their JSON text for a character type; numbers convert to a numeric type (1.5 → INT 1,
 * out of range is a mismatch), booleans to BOOLEAN; `undefined` marks a type mismatch.
 */
function arrayElementConverter(t: LogicalType): (e: JVal) => SqlValue | undefined {
  if (t.kind === 'CHAR' || t.kind === 'VARCHAR')
    return (e) => (typeof e === 'string' ? e : serialize(e, true));
  if (t.kind === 'BOOLEAN') return (e) => (typeof e === 'boolean' ? e : undefined);
  const cast = compileCast(stringType(false), withNullable(t, false));
  return (e) => {
    if (!(e instanceof JNum)) return undefined;
    try {
      return cast(numberText(e));
    } catch {
      return undefined;
    }
  };
}

/** JSON_QUERY as a JSON text (WITHOUT / CONDITIONAL / UNCONDITIONAL wrapper, ON EMPTY / ERROR). */
function jsonQuery(
  s: string | null,
  path: string | null,
  wrapper?: string,
  onEmpty?: string,
  onError?: string,
): string | null {
  if (s === null || path === null) return null;
  const behave = (mode: string | undefined, err: Error): string | null => {
    switch ((mode ?? 'NULL').toUpperCase()) {
      case 'ERROR':
        throw err instanceof ExecutionError ? err : new ExecutionError(`JSON_QUERY: ${err.message}`);
      case 'EMPTY ARRAY':
        return '[]';
      case 'EMPTY OBJECT':
        return '{}';
      default:
        return null;
    }
  };
  const ctx = pathContext(s, path);
  if (ctx.error !== undefined) return behave(onError, ctx.error);
  const wu = (wrapper ?? 'WITHOUT').toUpperCase();
  // 'WITH [UNCONDITIONAL] ARRAY' wraps always, 'WITH CONDITIONAL ARRAY' all but an array
  const w = wu.startsWith('WITHOUT')
    ? 'WITHOUT'
    : wu.includes('UNCONDITIONAL')
      ? 'UNCONDITIONAL'
      : wu.includes('CONDITIONAL')
        ? 'CONDITIONAL'
        : 'UNCONDITIONAL';
  // SqlJsonUtils#jsonQuery: nothing is empty whatever the wrapper; after wrapping, a scalar is
  // empty in lax mode and an error in strict mode
  if (ctx.value === null)
    return behave(onEmpty, new ExecutionError('Empty result of JSON_QUERY function is not allowed'));
  const value: JVal =
    w === 'UNCONDITIONAL' || (w === 'CONDITIONAL' && !Array.isArray(ctx.value)) ? [ctx.value] : ctx.value;
  if (isScalar(value)) {
    if (!ctx.strict)
      return behave(onEmpty, new ExecutionError('Empty result of JSON_QUERY function is not allowed'));
    return behave(
      onError,
      // Flink's text, quotes doubled (JsonFunctionsITCase: "… the actual value is: ''[1,2]''")
      new ExecutionError(
        `Strict jsonpath mode requires array or object value, and the actual value is: ''${scalarText(value)}''`,
      ),
    );
  }
  return serialize(value, true);
}

const JSON_STRING = scalar({
  names: ['JSON_STRING'],
  category: 'json',
  infer: (args) => (args.length === 1 ? stringType(args[0]!.nullable) : 'JSON_STRING expects 1 argument'),
  implement: (args) => (v: SqlValue) => jsonValueText(args[0]!, v),
});

const JSON_RAW = scalar({
  names: ['JSON'],
  category: 'json',
  infer: (args) =>
    args.length === 0
      ? 'No match found for function signature JSON()'
      : args.length === 1 && isChar(args[0]!)
        ? stringType(args[0]!.nullable)
        : 'JSON expects a character string',
  implement: () => (s: string) => {
    // blank text is JSON null (JsonFunctionsITCase: JSON('') and JSON('   ') give {"K":null})
    if (javaTrim(s) === '') return null;
    try {
      return new RawJson(serialize(parseJson(s), true));
    } catch {
      // Flink wraps Jackson's error, which names where the bad value starts
      const at = s.length - s.trimStart().length;
      const line = s.slice(0, at).split('\n').length;
      const column = at - s.lastIndexOf('\n', at - 1);
      throw new ExecutionError(
        `Invalid JSON string in JSON(value) function: '${s}' (line: ${line}, column: ${column})`,
      );
    }
  },
});

function modeArg(args: readonly LogicalType[]): number {
  return args.length > 0 && isChar(args[0]!) ? 1 : 0;
}

const JSON_OBJECT = scalar({
  names: ['JSON_OBJECT'],
  category: 'json',
  nullStrict: false,
  infer: (args) =>
    (args.length - modeArg(args)) % 2 === 0 ? stringType(false) : 'JSON_OBJECT expects KEY/VALUE pairs',
  implement(args) {
    const types = args.slice(modeArg(args));
    return (...xs: (SqlValue | RawJson)[]) => {
      let mode = 'NULL ON NULL';
      let vals = xs;
      if (modeArg(args) === 1) {
        mode = String(xs[0] ?? 'NULL ON NULL').toUpperCase();
        vals = xs.slice(1);
      }
      // a repeated key keeps its last value (Jackson's ObjectNode.set); members print sorted
      const members = new Map<string, string>();
      for (let i = 0; i < vals.length; i += 2) {
        const k = vals[i];
        if (k === null || k === undefined) throw new ExecutionError('JSON_OBJECT: key must not be NULL');
        const v = vals[i + 1] ?? null;
        if (v === null && mode.startsWith('ABSENT')) continue;
        members.set(String(k), jsonValueText(types[i + 1]!, v as SqlValue));
      }
      return objectText([...members]);
    };
  },
});

const JSON_ARRAY = scalar({
  names: ['JSON_ARRAY'],
  category: 'json',
  nullStrict: false,
  infer: () => stringType(false),
  implement(args) {
    const m = args.length > 0 && isChar(args[0]!) ? 1 : 0;
    const types = args.slice(m);
    return (...xs: (SqlValue | RawJson)[]) => {
      // JSON_ARRAY defaults to ABSENT ON NULL
      const mode = m === 1 ? String(xs[0] ?? 'ABSENT ON NULL').toUpperCase() : 'ABSENT ON NULL';
      const vals = xs.slice(m);
      const parts: string[] = [];
      vals.forEach((v, i) => {
        if ((v === null || v === undefined) && mode.startsWith('ABSENT')) return;
        parts.push(jsonValueText(types[i]!, v as SqlValue));
      });
      return `[${parts.join(',')}]`;
    };
  },
});

export const JSON_FUNCTIONS: BuiltinScalar[] = [
  IS_JSON,
  JSON_EXISTS,
  JSON_VALUE,
  JSON_QUERY,
  JSON_STRING,
  JSON_RAW,
  JSON_OBJECT,
  JSON_ARRAY,
  simple({
    names: ['JSON_QUOTE'],
    category: 'json',
    sigs: [['S']],
    result: stringType(false),
    impl: () => jsonQuote,
  }),
  simple({
    names: ['JSON_UNQUOTE'],
    category: 'json',
    sigs: [['S']],
    result: stringType(false),
    impl: () => jsonUnquote,
  }),
];
