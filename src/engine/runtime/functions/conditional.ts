/**
 * Logical and conditional functions and type conversion: AND, OR, NOT, CASE, COALESCE, NULLIF,
 * IF, IFNULL, GREATEST, LEAST, IS_ALPHA / IS_DECIMAL / IS_DIGIT, CAST, TRY_CAST, TYPEOF.
 * AND / OR / NOT / CASE / COALESCE / IF are also compiled as special forms by the expression
 * compiler; the implementations here are eager equivalents.
 */
import {
  booleanType,
  castValidationError,
  compileCast,
  findCommonValueType,
  formatType,
  stringType,
  valueComparator,
  withNullable,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import {
  anyNullable,
  converter,
  isChar,
  isNum,
  scalar,
  validationError,
  type BuiltinScalar,
} from './define.js';
import { calciteTypeText } from './json-rules.js';

const isBool = (t: LogicalType): boolean => t.kind === 'BOOLEAN' || t.kind === 'NULL';

const AND = scalar({
  names: ['AND'],
  category: 'logical',
  nullStrict: false,
  infer: (args) =>
    args.length >= 2 && args.every(isBool)
      ? booleanType(anyNullable(args))
      : `AND expects BOOLEAN operands, got ${args.map(formatType).join(', ')}`,
  implement:
    () =>
    (...vs: SqlValue[]) => {
      let sawNull = false;
      for (const v of vs) {
        if (v === false) return false;
        if (v === null) sawNull = true;
      }
      return sawNull ? null : true;
    },
});

const OR = scalar({
  names: ['OR'],
  category: 'logical',
  nullStrict: false,
  infer: (args) =>
    args.length >= 2 && args.every(isBool)
      ? booleanType(anyNullable(args))
      : `OR expects BOOLEAN operands, got ${args.map(formatType).join(', ')}`,
  implement:
    () =>
    (...vs: SqlValue[]) => {
      let sawNull = false;
      for (const v of vs) {
        if (v === true) return true;
        if (v === null) sawNull = true;
      }
      return sawNull ? null : false;
    },
});

const NOT = scalar({
  names: ['NOT'],
  category: 'logical',
  infer: (args) =>
    args.length === 1 && isBool(args[0]!)
      ? booleanType(args[0]!.nullable)
      : `NOT expects a BOOLEAN operand, got ${args.map(formatType).join(', ')}`,
  implement: () => (v: boolean) => !v,
});

/** Common type of result branches; `NULL` only → undefined. */
function commonOf(types: readonly LogicalType[], what: string): LogicalType | string {
  const t = findCommonValueType(types);
  if (t === undefined) {
    if (types.every((x) => x.kind === 'NULL')) return `Illegal use of 'NULL' in ${what}`;
    return `Could not find a common type for ${what} among ${types.map(formatType).join(', ')}`;
  }
  return t;
}

const CASE = scalar({
  names: ['CASE'],
  category: 'conditional',
  nullStrict: false,
  infer(args) {
    // args: when1, then1, …, [else]
    const results: LogicalType[] = [];
    for (let i = 0; i + 1 < args.length; i += 2) {
      if (!isBool(args[i]!)) return `CASE WHEN condition must be BOOLEAN, got ${formatType(args[i]!)}`;
      results.push(args[i + 1]!);
    }
    const hasElse = args.length % 2 === 1;
    results.push(hasElse ? args[args.length - 1]! : { kind: 'NULL', nullable: true });
    const t = commonOf(results, 'CASE');
    if (typeof t === 'string') return t;
    return withNullable(
      t,
      results.some((r) => r.nullable),
    );
  },
  implement(args, r, ctx) {
    const convs: ((v: SqlValue) => SqlValue)[] = [];
    for (let i = 0; i + 1 < args.length; i += 2) convs.push(converter(args[i + 1]!, r, ctx.timeZone));
    const hasElse = args.length % 2 === 1;
    const elseConv = hasElse ? converter(args[args.length - 1]!, r, ctx.timeZone) : () => null;
    return (...vs: SqlValue[]) => {
      for (let i = 0; i + 1 < vs.length; i += 2) if (vs[i] === true) return convs[i / 2]!(vs[i + 1]!);
      return hasElse ? elseConv(vs[vs.length - 1]!) : null;
    };
  },
});

const COALESCE = scalar({
  names: ['COALESCE'],
  category: 'conditional',
  nullStrict: false,
  infer(args) {
    if (args.length === 0) return 'COALESCE needs at least one argument';
    const t = commonOf(args, 'COALESCE');
    if (typeof t === 'string') return t;
    return withNullable(
      t,
      args.every((a) => a.nullable),
    );
  },
  implement(args, r, ctx) {
    const convs = args.map((a) => converter(a, r, ctx.timeZone));
    return (...vs: SqlValue[]) => {
      for (let i = 0; i < vs.length; i++) if (vs[i] !== null && vs[i] !== undefined) return convs[i]!(vs[i]!);
      return null;
    };
  },
});

const IFNULL = scalar({
  names: ['IFNULL'],
  category: 'conditional',
  nullStrict: false,
  infer(args) {
    if (args.length !== 2) return 'IFNULL expects 2 arguments';
    const t = commonOf(args, 'IFNULL');
    if (typeof t === 'string') return t;
    return withNullable(t, args[0]!.nullable && args[1]!.nullable);
  },
  implement: (args, r, ctx) => {
    const [a, b] = args.map((x) => converter(x, r, ctx.timeZone)) as [
      (v: SqlValue) => SqlValue,
      (v: SqlValue) => SqlValue,
    ];
    return (x: SqlValue, y: SqlValue) => (x !== null ? a(x) : b(y));
  },
});

const NULLIF = scalar({
  names: ['NULLIF'],
  category: 'conditional',
  nullStrict: false,
  infer(args) {
    if (args.length !== 2) return 'NULLIF expects 2 arguments';
    if (findCommonValueType(args) === undefined)
      return `Cannot compare ${formatType(args[0]!)} with ${formatType(args[1]!)} in NULLIF`;
    return withNullable(args[0]!, true);
  },
  implement(args, _r, ctx) {
    const t = findCommonValueType(args)!;
    const ca = converter(args[0]!, t, ctx.timeZone);
    const cb = converter(args[1]!, t, ctx.timeZone);
    const cmp = valueComparator(t);
    return (x: SqlValue, y: SqlValue) => (x !== null && y !== null && cmp(ca(x), cb(y)) === 0 ? null : x);
  },
});

const IF = scalar({
  names: ['IF'],
  category: 'conditional',
  nullStrict: false,
  infer(args) {
    if (args.length !== 3 || !isBool(args[0]!)) return 'IF expects (BOOLEAN, value, value)';
    const t = commonOf([args[1]!, args[2]!], 'IF');
    if (typeof t === 'string') return t;
    return withNullable(t, args[1]!.nullable || args[2]!.nullable);
  },
  implement(args, r, ctx) {
    const a = converter(args[1]!, r, ctx.timeZone);
    const b = converter(args[2]!, r, ctx.timeZone);
    return (c: SqlValue, x: SqlValue, y: SqlValue) => (c === true ? a(x) : b(y));
  },
});

function extremeOf(name: 'GREATEST' | 'LEAST'): BuiltinScalar {
  return scalar({
    names: [name],
    category: 'conditional',
    nullStrict: true,
    infer(args) {
      if (args.length < 1) return `${name} needs at least one argument`;
      const t = commonOf(args, name);
      // new type inference (GreatestLeastFunctionsITCase): no common type is an invalid call
      if (typeof t === 'string') {
        if (args.some((a) => a.kind !== 'NULL')) {
          return `Invalid function call:\n${name}(${args.map(formatType).join(', ')})`;
        }
        return t;
      }
      return withNullable(t, anyNullable(args));
    },
    implement(args, r, ctx) {
      const convs = args.map((a) => converter(a, r, ctx.timeZone));
      const cmp = valueComparator(r);
      const greater = name === 'GREATEST';
      return (...vs: SqlValue[]) => {
        let best = convs[0]!(vs[0]!);
        for (let i = 1; i < vs.length; i++) {
          const v = convs[i]!(vs[i]!);
          const c = cmp(v, best);
          if (greater ? c > 0 : c < 0) best = v;
        }
        return best;
      };
    },
  });
}

/** Java's Double.parseDouble grammar after String#trim (sign, NaN, Infinity, hex, f/d suffix). */
const JAVA_DOUBLE =
  /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[fFdD]?|0[xX]([0-9a-fA-F]+\.?|[0-9a-fA-F]*\.[0-9a-fA-F]+)[pP][+-]?\d+[fFdD]?)$/;
const LONG_MAX = 2n ** 63n - 1n;

/** Whether every UTF-16 unit of `s` is a decimal digit (Character.isDigit(char)); '' is not. */
function allJavaDigits(s: string): boolean {
  if (s === '') return false;
  for (const ch of s) if (ch.length !== 1 || !/\p{Nd}/u.test(ch)) return false;
  return true;
}

/**
 * SqlFunctionUtils.isDecimal on a string: Integer.parseInt / Long.parseLong (which take any
 * Unicode decimal digits) or Double.parseDouble (ASCII only, trimmed, NaN, Infinity, exponents).
 */
function javaIsDecimal(s: string): boolean {
  if (s === '') return false;
  const sign = s[0] === '+' || s[0] === '-' ? 1 : 0;
  const body = s.slice(sign);
  if (allJavaDigits(body)) {
    // parseLong's range; a 19-digit number in non-ASCII digits is not checked (taken as too long)
    if (body.length <= 18) return true;
    if (/^[0-9]+$/.test(body)) {
      const v = BigInt(s[0] === '-' ? '-' + body : body);
      if (v <= LONG_MAX && v >= -LONG_MAX - 1n) return true;
    }
  }
  // String#trim removes every char <= U+0020 at both ends
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return JAVA_DOUBLE.test(s.slice(a, b));
}

/**
 * IS_ALPHA / IS_DECIMAL / IS_DIGIT: FlinkSqlOperatorTable takes a character string or a number
 * (OperandTypes.or(CHARACTER, NUMERIC)) and SqlFunctionUtils tests the boxed value: a number is
 * never alpha, is a digit when it is an integer type, and a "decimal" unless it is a DECIMAL
 * (a DecimalData is none of the boxed types isDecimal lists). NULL is FALSE.
 */
function charTest(name: 'IS_ALPHA' | 'IS_DECIMAL' | 'IS_DIGIT', test: (s: string) => boolean): BuiltinScalar {
  const INTEGER_KINDS = ['TINYINT', 'SMALLINT', 'INT', 'BIGINT'];
  return scalar({
    names: [name],
    category: 'conditional',
    nullStrict: false,
    infer: (args) => {
      if (args.length !== 1)
        return `Invalid number of arguments to function '${name}'. Was expecting 1 arguments`;
      if (isChar(args[0]!) || isNum(args[0]!) || args[0]!.kind === 'NULL') return booleanType(false);
      return (
        `Cannot apply '${name}' to arguments of type '${name}(<${calciteTypeText(args[0]!)}>)'. ` +
        `Supported form(s): '${name}(<CHARACTER>)'\n'${name}(<NUMERIC>)'`
      );
    },
    implement: (args) => {
      const t = args[0]!;
      if (!isNum(t)) return (s: string | null) => s !== null && test(s);
      const answer =
        name === 'IS_ALPHA'
          ? false
          : name === 'IS_DIGIT'
            ? INTEGER_KINDS.includes(t.kind)
            : t.kind !== 'DECIMAL';
      return (v: SqlValue) => v !== null && answer;
    },
  });
}

/**
 * CAST / TRY_CAST: argTypes = [source, target] (the validator passes the target type as the
 * second "argument type"); implement's resultType is the target.
 */
function castFn(name: 'CAST' | 'TRY_CAST'): BuiltinScalar {
  return scalar({
    names: [name],
    category: 'conversion',
    infer(args) {
      if (args.length !== 2) return `${name} expects a value and a target type`;
      const why = castValidationError(args[0]!, args[1]!);
      if (why !== undefined) return why;
      // TRY_CAST is nullable whatever the cast (SqlTryCastFunction.inferReturnType)
      return withNullable(args[1]!, name === 'TRY_CAST' || args[0]!.nullable);
    },
    implement(args, r, ctx) {
      // the validator may force the target type without calling inferType: refuse invalid casts
      // here with Flink's message rather than failing later as an internal error
      const why = castValidationError(args[0]!, r);
      if (why !== undefined && args[0]!.kind !== 'NULL') throw validationError(why);
      const f =
        args[0]!.kind === 'NULL'
          ? () => null
          : compileCast(args[0]!, r, { timeZone: ctx.timeZone, try: name === 'TRY_CAST' });
      return (v: SqlValue) => f(v);
    },
  });
}

const TYPEOF = scalar({
  names: ['TYPEOF'],
  category: 'conversion',
  nullStrict: false,
  // nullable STRING (Flink: explicit(DataTypes.STRING())); the optional forceSerializable
  // argument must be a BOOLEAN literal (MiscFunctionsITCase)
  infer: (args, literals) => {
    if (args.length !== 1 && args.length !== 2) return 'TYPEOF expects 1 or 2 arguments';
    if (args.length === 2 && (args[1]!.kind !== 'BOOLEAN' || typeof literals[1] !== 'boolean'))
      return `Invalid function call:\nTYPEOF(${args.map((a) => formatType(a)).join(', ')})`;
    return stringType(true);
  },
  implement: (args) => {
    const text = formatType(args[0]!);
    return () => text;
  },
});

export const CONDITIONAL_FUNCTIONS: BuiltinScalar[] = [
  AND,
  OR,
  NOT,
  CASE,
  COALESCE,
  IFNULL,
  NULLIF,
  IF,
  extremeOf('GREATEST'),
  extremeOf('LEAST'),
  // StringUtils.isAlpha / isNumeric: Character.isLetter / isDigit on each UTF-16 unit; '' is not
  // alpha (SqlFunctionUtils.isAlpha tests it first)
  charTest('IS_ALPHA', (s) => s.length > 0 && [...s].every((c) => c.length === 1 && /\p{L}/u.test(c))),
  charTest('IS_DECIMAL', javaIsDecimal),
  charTest('IS_DIGIT', allJavaDigits),
  castFn('CAST'),
  castFn('TRY_CAST'),
  TYPEOF,
];
