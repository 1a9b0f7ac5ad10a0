/**
 * The regular-expression functions (REGEXP, REGEXP_REPLACE, REGEXP_EXTRACT[_ALL], REGEXP_COUNT,
 * REGEXP_INSTR, REGEXP_SUBSTR) with Java's java.util.regex semantics: patterns are translated by
 * string-java.ts (translateJavaRegex) and cached; Java's group numbers are kept where the
 * translation adds groups; an invalid pattern gives NULL, as Flink's SqlFunctionUtils does.
 */
import { arrayType, booleanType, intType, stringType } from '../../../types/index.js';
import { simple, toNum, type BuiltinScalar } from './define.js';
import { requiredLiteral } from './regex-literal.js';
import { translateJavaRegex } from './string-java.js';

const STR = stringType(false);
const INT = intType(false);
const BOOL = booleanType(false);
const num = toNum;

/** Length in Unicode code points (Flink counts characters). */
const cpLength = (s: string): number => (/[\uD800-\uDFFF]/.test(s) ? Array.from(s).length : s.length);

/** Java group i → JS group index for RegExps whose translation added groups (atomic matches). */
const javaGroupIndex = new WeakMap<RegExp, readonly number[]>();

/** Java group `g` of a match of `re` (javaRegex), undefined when the pattern has no such group. */
function javaGroup(re: RegExp, m: RegExpExecArray | RegExpMatchArray, g: number): string | null | undefined {
  const map = javaGroupIndex.get(re);
  const k = map === undefined ? g : map[g];
  if (k === undefined || k >= m.length) return undefined;
  return m[k] ?? null;
}

/** Java regex → JS RegExp (cached per pattern); null for an invalid pattern (Flink returns NULL). */
const regexCache = new Map<string, RegExp | null>();
let lastPattern: string | undefined;
let lastFlags: string | undefined;
let lastRegex: RegExp | null = null;
export function javaRegex(pattern: string, flags = ''): RegExp | null {
  // one-entry memo: a column's pattern is usually a constant
  if (pattern === lastPattern && flags === lastFlags) {
    if (lastRegex !== null) lastRegex.lastIndex = 0;
    return lastRegex;
  }
  const key = flags + '\u0000' + pattern;
  let re = regexCache.get(key);
  if (re === undefined) {
    try {
      const t = translateJavaRegex(pattern);
      const f = [...new Set(flags + t.flags + 'u')].join('');
      re = new RegExp(t.source, f);
      if (t.groups.length !== 0 && t.groups.some((g, j) => g !== j)) javaGroupIndex.set(re, t.groups);
    } catch {
      re = null;
    }
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(key, re);
  }
  lastPattern = pattern;
  lastFlags = flags;
  lastRegex = re;
  if (re !== null) re.lastIndex = 0;
  return re;
}

/** REGEXP_EXTRACT: group `i` (0 = the whole match) of the first match of `p` in `s`, or NULL. */
function regexpExtract(s: string, p: string, i?: number | bigint): string | null {
  const re = javaRegex(p);
  if (re === null) return null;
  const m = re.exec(s);
  // without an index Flink's regexpExtract(str, regex) takes group 0, the whole match
  const g = i === undefined ? 0 : num(i);
  if (!m || g < 0) return null;
  return javaGroup(re, m, g) ?? null;
}

export const REGEXP_FUNCTIONS: BuiltinScalar[] = [
  simple({
    names: ['REGEXP_REPLACE'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S', 'S']],
    result: STR,
    // Flink types it TO_NULLABLE (an invalid pattern still yields NULL at run time)
    impl: () => (s: string, p: string, r: string) => {
      const re = javaRegex(p, 'g');
      // SqlFunctionUtils.regexpReplace: replaceAll(regex, Matcher.quoteReplacement(r)), so the
      // replacement is literal text ('$1' stays '$1')
      return re === null ? null : s.replace(re, () => r);
    },
  }),
  simple({
    names: ['REGEXP_EXTRACT'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S', 'I?']],
    result: STR,
    mayReturnNull: true,
    impl: () => {
      // The pattern's required literal, remembered for the last pattern (usually a constant).
      let litPattern: string | undefined;
      let literal: string | null = null;
      return (s: string, p: string, i?: number | bigint) => {
        if (p !== litPattern) {
          litPattern = p;
          literal = requiredLiteral(p);
        }
        // Without the literal there is no match (and NULL is the answer): skip the regex.
        if (literal !== null && s.indexOf(literal) < 0) return null;
        return regexpExtract(s, p, i);
      };
    },
  }),
  simple({
    names: ['REGEXP_EXTRACT_ALL'],
    category: 'string',
    sigs: [['S', 'S', 'I?']],
    flinkSignatures:
      'REGEXP_EXTRACT_ALL(str <CHARACTER_STRING>, regex <CHARACTER_STRING>)\n' +
      'REGEXP_EXTRACT_ALL(str <CHARACTER_STRING>, regex <CHARACTER_STRING>, extractIndex <INTEGER_NUMERIC>)',
    result: arrayType(stringType(true), false),
    mayReturnNull: true,
    impl: () => (s: string, p: string, i?: number | bigint) => {
      const re = javaRegex(p, 'g');
      if (re === null) return null;
      const g = i === undefined ? 1 : num(i);
      if (g < 0) return null; // Flink: a negative group index is NULL, not an empty match list
      const out: (string | null)[] = [];
      for (const m of s.matchAll(re)) {
        const v = javaGroup(re, m, g);
        if (v === undefined) return null;
        out.push(v);
      }
      return out;
    },
  }),
  simple({
    names: ['REGEXP_COUNT'],
    category: 'string',
    sigs: [['S', 'S']],
    flinkSignatures: 'REGEXP_COUNT(str <CHARACTER_STRING>, regex <CHARACTER_STRING>)',
    result: INT,
    mayReturnNull: true,
    impl: () => (s: string, p: string) => {
      const re = javaRegex(p, 'g');
      return re === null ? null : [...s.matchAll(re)].length;
    },
  }),
  simple({
    names: ['REGEXP_INSTR'],
    category: 'string',
    sigs: [['S', 'S']],
    flinkSignatures: 'REGEXP_INSTR(str <CHARACTER_STRING>, regex <CHARACTER_STRING>)',
    result: INT,
    mayReturnNull: true,
    impl: () => (s: string, p: string) => {
      const re = javaRegex(p);
      if (re === null) return null;
      const m = re.exec(s);
      return m ? cpLength(s.slice(0, m.index)) + 1 : 0;
    },
  }),
  simple({
    names: ['REGEXP_SUBSTR'],
    category: 'string',
    sigs: [['S', 'S']],
    flinkSignatures: 'REGEXP_SUBSTR(str <CHARACTER_STRING>, regex <CHARACTER_STRING>)',
    result: STR,
    mayReturnNull: true,
    impl: () => (s: string, p: string) => {
      const re = javaRegex(p);
      const m = re?.exec(s);
      return m ? m[0] : null;
    },
  }),
  simple({
    names: ['REGEXP'],
    legacyArity: true,
    category: 'string',
    sigs: [['S', 'S']],
    // BOOLEAN_NULLABLE in Flink: nullable only with its arguments. SqlFunctionUtils.regExp: an
    // empty pattern is FALSE, and so is an invalid one (its exception is caught and logged)
    result: BOOL,
    impl: () => (s: string, p: string) => {
      if (p === '') return false;
      const re = javaRegex(p);
      return re === null ? false : re.test(s);
    },
  }),
];
