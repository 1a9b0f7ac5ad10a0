/**
 * Comparison functions: `= <> < <= > >=`, IS [NOT] DISTINCT FROM, [NOT] BETWEEN [ASYMMETRIC |
 * SYMMETRIC], [NOT] IN, [NOT] LIKE, [NOT] SIMILAR TO, IS [NOT] NULL / TRUE / FALSE / UNKNOWN.
 * Operands are brought to their common type first (a character string compared with a number or
 * a datetime is cast to the other side's type, as Calcite's coercion does).
 */
import {
  booleanType,
  compileCast,
  findCommonValueType,
  formatType,
  isNumeric,
  MAX_LENGTH,
  valueComparator,
  withNullable,
  type Comparator,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import { ExecutionError } from '../../../common/errors.js';
import { anyNullable, converter, isChar, scalar, type BuiltinScalar } from './define.js';
import { calciteTypeText } from './json-rules.js';

const isDatetimeKind = (t: LogicalType): boolean =>
  t.kind === 'DATE' || t.kind === 'TIME' || t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ';

/** The type both sides of a comparison are converted to, or undefined if not comparable. */
export function comparisonType(types: readonly LogicalType[]): LogicalType | undefined {
  const nonNull = types.filter((t) => t.kind !== 'NULL');
  if (nonNull.length === 0) return { kind: 'BOOLEAN', nullable: true };
  const other = nonNull.find((t) => !isChar(t));
  if (
    other &&
    (isNumeric(other) || isDatetimeKind(other) || other.kind === 'BOOLEAN') &&
    nonNull.some(isChar)
  ) {
    const rest = nonNull.filter((t) => !isChar(t));
    return findCommonValueType(rest);
  }
  // Calcite compares DATE with TIMESTAMP as TIMESTAMPs (not by truncating the timestamp)
  const ts = nonNull.find((t) => t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ');
  if (ts && nonNull.some((t) => t.kind === 'DATE')) {
    return findCommonValueType(nonNull.map((t) => (t.kind === 'DATE' ? { ...ts, nullable: t.nullable } : t)));
  }
  return findCommonValueType(nonNull);
}

function cannotApply(op: string, args: readonly LogicalType[]): string {
  // types as Calcite's RelDataType#toString writes them: '<INTEGER> = <TIMESTAMP(0)>', no NOT NULL
  return `Cannot apply '${op}' to arguments of type '<${args.map(calciteTypeText).join(`> ${op} <`)}>'. Supported form(s): '<COMPARABLE_TYPE> ${op} <COMPARABLE_TYPE>'`;
}

const TEMPORAL_KINDS: ReadonlySet<string> = new Set(['DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_LTZ']);

/** Converters of each argument to `t` and a comparator on `t`. */
function prepare(
  args: readonly LogicalType[],
  timeZone: string,
): { conv: ((v: SqlValue) => SqlValue)[]; cmp: Comparator } {
  const t = comparisonType(args) ?? args[0]!;
  // A string compared with a DATE / TIME / TIMESTAMP that does not parse makes the comparison
  // NULL, not a failure (ScalarOperatorsTest: f15 = uuid() is NULL for a DATE f15)
  const temporal = TEMPORAL_KINDS.has(t.kind);
  const conv = args.map((a) => {
    if (!temporal || !isChar(a)) return converter(a, t, timeZone);
    const f = compileCast(a, withNullable(t, true), { timeZone, try: true });
    return (v: SqlValue) => (v === null || v === undefined ? null : f(v));
  });
  return { conv, cmp: valueComparator(t) };
}

const PRIMITIVE = new Set([
  'TINYINT',
  'SMALLINT',
  'INT',
  'BIGINT',
  'DECIMAL',
  'DATE',
  'TIME',
  'BOOLEAN',
  'INTERVAL_YEAR_MONTH',
  'INTERVAL_DAY_TIME',
]);

const INTEGER_KINDS: ReadonlySet<string> = new Set(['TINYINT', 'SMALLINT', 'INT', 'BIGINT']);

function comparison(
  op: string,
  test: (c: number) => boolean,
  fast?: (a: any, b: any) => boolean,
): BuiltinScalar {
  return scalar({
    names: [op],
    category: 'comparison',
    infer: (args) =>
      args.length === 2 && comparisonType(args) !== undefined
        ? booleanType(anyNullable(args))
        : cannotApply(op, args),
    implement(args, _r, ctx) {
      const t = comparisonType(args)!;
      if (
        fast &&
        args[0]!.kind === args[1]!.kind &&
        PRIMITIVE.has(t.kind) &&
        t.kind === args[0]!.kind &&
        t.kind !== 'DECIMAL'
      ) {
        return fast;
      }
      if (fast && INTEGER_KINDS.has(args[0]!.kind) && INTEGER_KINDS.has(args[1]!.kind)) {
        // Mixed integer types (BIGINT column vs INT literal): JS compares a bigint with a
        // number exactly, so no operand is converted (no bigint allocated per row).
        if (op === '=') return (a: number | bigint, b: number | bigint) => !(a < b) && !(a > b);
        if (op === '<>') return (a: number | bigint, b: number | bigint) => a < b || a > b;
        return fast;
      }
      if (
        fast &&
        (op === '=' || op === '<>') &&
        t.kind === 'VARCHAR' &&
        t.length === MAX_LENGTH &&
        isChar(args[0]!) &&
        isChar(args[1]!)
      ) {
        // Converting CHAR/VARCHAR to STRING leaves every value as it is: compare directly.
        return fast;
      }
      const { conv, cmp } = prepare(args, ctx.timeZone);
      const [ca, cb] = conv as [(v: SqlValue) => SqlValue, (v: SqlValue) => SqlValue];
      // IEEE semantics for approximate numbers, as Java's primitive comparisons (NaN <> NaN, -0.0 = 0.0)
      if (fast && (t.kind === 'DOUBLE' || t.kind === 'FLOAT'))
        return (a: SqlValue, b: SqlValue) => fast(ca(a), cb(b));
      if (fast && (op === '=' || op === '<>') && (t.kind === 'VARCHAR' || t.kind === 'CHAR')) {
        return (a: SqlValue, b: SqlValue) => fast(ca(a), cb(b));
      }
      if (tryConverted(args, t)) {
        // a string that does not parse as the temporal type makes the comparison NULL
        return (a: SqlValue, b: SqlValue) => {
          const x = ca(a);
          const y = cb(b);
          return x === null || y === null ? null : test(cmp(x, y));
        };
      }
      return (a: SqlValue, b: SqlValue) => test(cmp(ca(a), cb(b)));
    },
  });
}

/** True when prepare() converts a string argument to a temporal type with TRY_CAST semantics. */
function tryConverted(args: readonly LogicalType[], t: LogicalType): boolean {
  return TEMPORAL_KINDS.has(t.kind) && args.some((a) => isChar(a));
}

function distinctFrom(names: string[], negate: boolean): BuiltinScalar {
  return scalar({
    names,
    category: 'comparison',
    nullStrict: false,
    infer: (args) =>
      args.length === 2 && comparisonType(args) !== undefined
        ? booleanType(false)
        : cannotApply(names[0]!, args),
    implement(args, _r, ctx) {
      const { conv, cmp } = prepare(args, ctx.timeZone);
      return (a: SqlValue, b: SqlValue) => {
        // Convert first: a string that does not parse as the other side's temporal type becomes
        // NULL (see prepare), and is then distinct from every non-NULL value.
        const x = a === null ? null : conv[0]!(a);
        const y = b === null ? null : conv[1]!(b);
        const distinct = x === null || y === null ? x !== y : cmp(x, y) !== 0;
        return negate ? !distinct : distinct;
      };
    },
  });
}

function between(names: string[], negate: boolean, symmetric: boolean): BuiltinScalar {
  return scalar({
    names,
    category: 'comparison',
    nullStrict: false,
    infer: (args) =>
      args.length === 3 && comparisonType(args) !== undefined
        ? booleanType(anyNullable(args))
        : cannotApply(names[0]!, args),
    implement(args, _r, ctx) {
      const { conv, cmp } = prepare(args, ctx.timeZone);
      return (x: SqlValue, lo: SqlValue, hi: SqlValue) => {
        // SQL: x BETWEEN a AND b  ==  x >= a AND x <= b (three-valued)
        const v = conv[0]!(x);
        let a = conv[1]!(lo);
        let b = conv[2]!(hi);
        if (symmetric && a !== null && b !== null && cmp(a, b) > 0) [a, b] = [b, a];
        const ge = v === null || a === null ? null : cmp(v, a) >= 0;
        const le = v === null || b === null ? null : cmp(v, b) <= 0;
        let r: boolean | null;
        if (ge === false || le === false) r = false;
        else if (ge === null || le === null) r = null;
        else r = true;
        if (symmetric && r !== true && a !== null && b !== null && v !== null)
          r = cmp(v, a) >= 0 && cmp(v, b) <= 0;
        return negate ? (r === null ? null : !r) : r;
      };
    },
  });
}

function inList(names: string[], negate: boolean): BuiltinScalar {
  return scalar({
    names,
    category: 'comparison',
    nullStrict: false,
    infer: (args) =>
      args.length >= 2 && comparisonType(args) !== undefined
        ? booleanType(anyNullable(args))
        : cannotApply(names[0]!, args),
    implement(args, _r, ctx) {
      const { conv, cmp } = prepare(args, ctx.timeZone);
      return (...vals: SqlValue[]) => {
        const x = conv[0]!(vals[0]!);
        if (x === null) return null;
        let sawNull = false;
        for (let i = 1; i < vals.length; i++) {
          const v = conv[i]!(vals[i]!);
          if (v === null) sawNull = true;
          else if (cmp(x, v) === 0) return !negate;
        }
        return sawNull ? null : negate;
      };
    },
  });
}

/** Translates a SQL LIKE pattern to a RegExp (`%` any, `_` one, optional escape character). */
export function likeToRegExp(pattern: string, escapeArg: string | null): RegExp {
  // ESCAPE '' means no escape character (LikeFunctionITCase withEscape)
  const escape = escapeArg === '' ? null : escapeArg;
  if (escape !== null && escape.length !== 1)
    throw new ExecutionError(`Invalid escape character '${escape}'`);
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (escape !== null && c === escape) {
      const n = pattern[i + 1];
      if (n === undefined || (n !== '%' && n !== '_' && n !== escape)) {
        throw new ExecutionError(`Invalid escape sequence '${pattern}', ${i}`);
      }
      re += n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    } else if (c === '%') re += '[\\s\\S]*';
    else if (c === '_') re += '[\\s\\S]';
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}

/** Translates a SQL SIMILAR TO pattern to a RegExp. */
export function similarToRegExp(pattern: string, escape: string | null): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (escape !== null && c === escape) {
      const n = pattern[++i];
      if (n === undefined) throw new ExecutionError(`Invalid escape sequence '${pattern}'`);
      re += n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '%') re += '[\\s\\S]*';
    else if (c === '_') re += '[\\s\\S]';
    // '.' stays a regex "any character": Flink's SqlLikeUtils.sqlToRegexSimilar copies every
    // character that is not a SIMILAR TO special into the Java regex ('TEST' SIMILAR TO '.EST')
    else if (c === '\\' || c === '^' || c === '$') re += '\\' + c;
    else re += c;
  }
  return new RegExp(`^(?:${re})$`, 'u');
}

function patternMatch(names: string[], negate: boolean, toRe: typeof likeToRegExp): BuiltinScalar {
  return scalar({
    names,
    category: 'comparison',
    infer: (args, literals) => {
      if (!((args.length === 2 || args.length === 3) && args.every(isChar)))
        return `Cannot apply '${names[0]}' to arguments of type '<${args.map(calciteTypeText).join('> ' + names[0] + ' <')}>'. Supported form(s): '<STRING> ${names[0]} <STRING>'`;
      // the NUL character cannot escape (Flink's LikeFunctionITCase: validation error)
      if (literals[2] === '\u0000') return "Invalid escape character '\u0000'";
      return booleanType(anyNullable(args));
    },
    implement() {
      let lastPattern: string | undefined;
      let lastEscape: string | null | undefined;
      let re: RegExp | undefined;
      return (s: string, p: string, e?: string | null) => {
        const esc = e === undefined ? null : e;
        if (p !== lastPattern || esc !== lastEscape) {
          re = toRe(p, esc);
          lastPattern = p;
          lastEscape = esc;
        }
        const m = re!.test(s);
        return negate ? !m : m;
      };
    },
  });
}

function isTest(names: string[], test: (v: SqlValue) => boolean, boolArg: boolean): BuiltinScalar {
  return scalar({
    names,
    category: 'comparison',
    nullStrict: false,
    infer: (args) =>
      args.length === 1 && (!boolArg || args[0]!.kind === 'BOOLEAN' || args[0]!.kind === 'NULL')
        ? booleanType(false)
        : `Cannot apply '${names[0]}' to arguments of type '<${args.map(formatType).join(', ')}>'`,
    implement: () => test,
  });
}

export const COMPARISON_FUNCTIONS: BuiltinScalar[] = [
  comparison(
    '=',
    (c) => c === 0,
    (a, b) => a === b,
  ),
  comparison(
    '<>',
    (c) => c !== 0,
    (a, b) => a !== b,
  ),
  comparison(
    '<',
    (c) => c < 0,
    (a, b) => a < b,
  ),
  comparison(
    '<=',
    (c) => c <= 0,
    (a, b) => a <= b,
  ),
  comparison(
    '>',
    (c) => c > 0,
    (a, b) => a > b,
  ),
  comparison(
    '>=',
    (c) => c >= 0,
    (a, b) => a >= b,
  ),
  distinctFrom(['IS DISTINCT FROM'], false),
  distinctFrom(['IS NOT DISTINCT FROM'], true),
  between(['BETWEEN', 'BETWEEN ASYMMETRIC'], false, false),
  between(['NOT BETWEEN', 'NOT BETWEEN ASYMMETRIC'], true, false),
  between(['BETWEEN SYMMETRIC'], false, true),
  between(['NOT BETWEEN SYMMETRIC'], true, true),
  inList(['IN'], false),
  inList(['NOT IN'], true),
  patternMatch(['LIKE'], false, likeToRegExp),
  patternMatch(['NOT LIKE'], true, likeToRegExp),
  patternMatch(['SIMILAR TO'], false, similarToRegExp),
  patternMatch(['NOT SIMILAR TO'], true, similarToRegExp),
  isTest(['IS NULL'], (v) => v === null || v === undefined, false),
  isTest(['IS NOT NULL'], (v) => v !== null && v !== undefined, false),
  isTest(['IS TRUE'], (v) => v === true, true),
  isTest(['IS NOT TRUE'], (v) => v !== true, true),
  isTest(['IS FALSE'], (v) => v === false, true),
  isTest(['IS NOT FALSE'], (v) => v !== false, true),
  isTest(['IS UNKNOWN'], (v) => v === null || v === undefined, true),
  isTest(['IS NOT UNKNOWN'], (v) => v !== null && v !== undefined, true),
];
