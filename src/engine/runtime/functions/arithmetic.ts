/**
 * Arithmetic operators `+ - * / %`, unary `NEG` / `PLUS`, and MOD, with Flink's (Java's) exact
 * semantics: integer results wrap at their width, INT / INT is integer division, integer division
 * by zero fails naming the expression, DOUBLE / 0 is Infinity, DECIMAL is exact and NULL on
 * overflow; datetime ± interval and interval arithmetic.
 */
import {
  arithmeticResultType,
  decimalAdd,
  decimalDiv,
  decimalMod,
  decimalMul,
  decimalSub,
  decimalType,
  divisionByZero,
  exactPrecisionScale,
  findCommonType,
  intDiv,
  intMod,
  isApproxKind,
  isInterval,
  longDiv,
  longMod,
  makeTimestamp,
  MILLIS_PER_DAY,
  tsMillis,
  tsNanoOfMilli,
  withNullable,
  wrap16,
  wrap8,
  type ArithmeticOp,
  type LogicalType,
  type SqlValue,
  type TimestampValue,
} from '../../../types/index.js';
import { calciteTypeText } from './json-rules.js';
import { addMonthsToDays, addMonthsToMillis } from './time-util.js';
import {
  anyNullable,
  converter,
  scalar,
  signatureError,
  type BuiltinScalar,
  type Impl,
  type ImplementContext,
} from './define.js';

const isNumeric = (t: LogicalType): boolean =>
  exactPrecisionScale(t) !== undefined || t.kind === 'FLOAT' || t.kind === 'DOUBLE';
const isDatetime = (t: LogicalType): boolean =>
  t.kind === 'DATE' || t.kind === 'TIME' || t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ';

/** Numeric implementation for a result type (operands converted to it, or to decimals). */
function numericImpl(
  op: ArithmeticOp,
  a: LogicalType,
  b: LogicalType,
  r: LogicalType,
  ctx: ImplementContext,
): Impl {
  const fast = fastPath(op, a, b, r, ctx.exprText);
  if (fast) return fast;
  const text = ctx.exprText;
  switch (r.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT': {
      const ca = converter(a, r);
      const cb = converter(b, r);
      const w = r.kind === 'TINYINT' ? wrap8 : r.kind === 'SMALLINT' ? wrap16 : (x: number) => x | 0;
      switch (op) {
        case '+':
          return (x: SqlValue, y: SqlValue) => w((ca(x) as number) + (cb(y) as number));
        case '-':
          return (x: SqlValue, y: SqlValue) => w((ca(x) as number) - (cb(y) as number));
        case '*':
          return r.kind === 'INT'
            ? (x: SqlValue, y: SqlValue) => Math.imul(ca(x) as number, cb(y) as number)
            : (x: SqlValue, y: SqlValue) => w((ca(x) as number) * (cb(y) as number));
        case '/':
          return (x: SqlValue, y: SqlValue) => w(intDiv(ca(x) as number, cb(y) as number, text));
        case '%':
          // a BIGINT or DECIMAL(p, 0) dividend (DECIMAL(19, 0) % INT is INT) arrives as a bigint
          if (a.kind !== 'BIGINT' && a.kind !== 'DECIMAL')
            return (x: SqlValue, y: SqlValue) => w(intMod(x as number, y as number, text));
          // the result takes the second operand's type; compute in the wider of both
          return (x: SqlValue, y: SqlValue) => {
            // BIGINT % INT: exact in doubles while the dividend is a safe integer
            const xn = Number(x);
            if (typeof y === 'number' && Number.isSafeInteger(xn)) return w(intModNumbers(xn, y, text));
            const xv = typeof x === 'bigint' ? x : BigInt(x as number);
            const yv = typeof y === 'bigint' ? y : BigInt(y as number);
            return w(Number(longMod(xv, yv, text)));
          };
      }
      break;
    }
    case 'BIGINT': {
      const ca = converter(a, r);
      const cb = converter(b, r);
      const W = BigInt.asIntN;
      switch (op) {
        case '+':
          return (x: SqlValue, y: SqlValue) => W(64, (ca(x) as bigint) + (cb(y) as bigint));
        case '-':
          return (x: SqlValue, y: SqlValue) => W(64, (ca(x) as bigint) - (cb(y) as bigint));
        case '*':
          return (x: SqlValue, y: SqlValue) => W(64, (ca(x) as bigint) * (cb(y) as bigint));
        case '/':
          return (x: SqlValue, y: SqlValue) => longDiv(ca(x) as bigint, cb(y) as bigint, text);
        case '%':
          return (x: SqlValue, y: SqlValue) => {
            const xv = typeof x === 'bigint' ? x : BigInt(x as number);
            return longMod(xv, cb(y) as bigint, text);
          };
      }
      break;
    }
    case 'FLOAT':
    case 'DOUBLE': {
      const ca = converter(a, r);
      const cb = converter(b, r);
      const f = r.kind === 'FLOAT' ? Math.fround : (x: number) => x;
      switch (op) {
        case '+':
          return (x: SqlValue, y: SqlValue) => f((ca(x) as number) + (cb(y) as number));
        case '-':
          return (x: SqlValue, y: SqlValue) => f((ca(x) as number) - (cb(y) as number));
        case '*':
          return (x: SqlValue, y: SqlValue) => f((ca(x) as number) * (cb(y) as number));
        case '/':
          return (x: SqlValue, y: SqlValue) => f((ca(x) as number) / (cb(y) as number));
        case '%':
          return (x: SqlValue, y: SqlValue) => f((ca(x) as number) % (cb(y) as number));
      }
      break;
    }
    case 'DECIMAL': {
      const pa = exactPrecisionScale(a)!;
      const pb = exactPrecisionScale(b)!;
      const ca = converter(a, decimalType(pa.precision, pa.scale));
      const cb = converter(b, decimalType(pb.precision, pb.scale));
      const sa = pa.scale;
      const sb = pb.scale;
      const { precision: p, scale: s } = r;
      switch (op) {
        case '+':
          return (x: SqlValue, y: SqlValue) => decimalAdd(ca(x) as bigint, sa, cb(y) as bigint, sb, p, s);
        case '-':
          return (x: SqlValue, y: SqlValue) => decimalSub(ca(x) as bigint, sa, cb(y) as bigint, sb, p, s);
        case '*':
          // |x| < 10^pa and |y| < 10^pb: a product at its exact scale in a type of precision
          // pa + pb or more always fits (Nexmark q1: DECIMAL(4, 3) * BIGINT into DECIMAL(23, 3))
          if (sa + sb === s && pa.precision + pb.precision <= p) {
            return (x: SqlValue, y: SqlValue) => (ca(x) as bigint) * (cb(y) as bigint);
          }
          return (x: SqlValue, y: SqlValue) => decimalMul(ca(x) as bigint, sa, cb(y) as bigint, sb, p, s);
        case '/':
          return (x: SqlValue, y: SqlValue) =>
            decimalDiv(ca(x) as bigint, sa, cb(y) as bigint, sb, p, s, text);
        case '%':
          return (x: SqlValue, y: SqlValue) =>
            decimalMod(ca(x) as bigint, sa, cb(y) as bigint, sb, p, s, text);
      }
      break;
    }
    default:
      break;
  }
  throw new Error(`no arithmetic for ${r.kind}`);
}

/** Java remainder on safe integers held as numbers. */
function intModNumbers(x: number, y: number, text: string): number {
  if (y === 0) throw divisionByZero(text);
  return x % y;
}

/** Direct implementations when both operands already have the result type (the hot path). */
function fastPath(
  op: ArithmeticOp,
  a: LogicalType,
  b: LogicalType,
  r: LogicalType,
  text: string,
): Impl | undefined {
  if (a.kind !== r.kind || b.kind !== r.kind) return undefined;
  switch (r.kind) {
    case 'INT':
      switch (op) {
        case '+':
          return (x: number, y: number) => (x + y) | 0;
        case '-':
          return (x: number, y: number) => (x - y) | 0;
        case '*':
          return Math.imul;
        case '/':
          return (x: number, y: number) => intDiv(x, y, text);
        case '%':
          return (x: number, y: number) => intMod(x, y, text);
      }
      break;
    case 'BIGINT':
      switch (op) {
        case '+':
          return (x: bigint, y: bigint) => BigInt.asIntN(64, x + y);
        case '-':
          return (x: bigint, y: bigint) => BigInt.asIntN(64, x - y);
        case '*':
          return (x: bigint, y: bigint) => BigInt.asIntN(64, x * y);
        case '/':
          return (x: bigint, y: bigint) => longDiv(x, y, text);
        case '%':
          return (x: bigint, y: bigint) => longMod(x, y, text);
      }
      break;
    case 'DOUBLE':
      switch (op) {
        case '+':
          return (x: number, y: number) => x + y;
        case '-':
          return (x: number, y: number) => x - y;
        case '*':
          return (x: number, y: number) => x * y;
        case '/':
          return (x: number, y: number) => x / y;
        case '%':
          return (x: number, y: number) => x % y;
      }
      break;
    default:
      break;
  }
  return undefined;
}

/** Java's `(int) d`: NaN → 0, beyond the int range → its nearest end, else truncated. */
export function javaDoubleToInt(d: number): number {
  if (Number.isNaN(d)) return 0;
  return Math.trunc(Math.max(-2147483648, Math.min(2147483647, d)));
}

/** Java's `(long) d` for a day-time interval's millis (kept as a JS number): NaN → 0, saturating. */
export function javaDoubleToLong(d: number): number {
  if (Number.isNaN(d)) return 0;
  return Math.trunc(Math.max(-(2 ** 63), Math.min(2 ** 63, d)));
}

/** datetime + interval (or interval + datetime with `swap`). */
function datetimePlusInterval(dt: LogicalType, iv: LogicalType, sign: 1 | -1, swap: boolean): Impl {
  const months = iv.kind === 'INTERVAL_YEAR_MONTH';
  let f: (d: SqlValue, i: number) => SqlValue;
  switch (dt.kind) {
    case 'DATE':
      f = months
        ? (d, i) => addMonthsToDays(d as number, sign * i)
        : (d, i) => (d as number) + Math.trunc((sign * i) / MILLIS_PER_DAY);
      break;
    case 'TIME':
      f = months
        ? (d) => d
        : (d, i) => ((((d as number) + sign * i) % MILLIS_PER_DAY) + MILLIS_PER_DAY) % MILLIS_PER_DAY;
      break;
    default:
      f = months
        ? (d, i) =>
            makeTimestamp(
              addMonthsToMillis(tsMillis(d as TimestampValue), sign * i),
              tsNanoOfMilli(d as TimestampValue),
            )
        : (d, i) =>
            typeof d === 'number'
              ? d + sign * i
              : makeTimestamp(tsMillis(d as TimestampValue) + sign * i, tsNanoOfMilli(d as TimestampValue));
  }
  return swap
    ? (i: SqlValue, d: SqlValue) => f(d, i as number)
    : (d: SqlValue, i: SqlValue) => f(d, i as number);
}

function inferArith(op: ArithmeticOp, name: string, args: readonly LogicalType[]): LogicalType | string {
  if (args.length !== 2) return `${name} expects 2 arguments, got ${args.length}`;
  let [a, b] = args as [LogicalType, LogicalType];
  const nullable = anyNullable(args);
  if (a.kind === 'NULL') a = b;
  if (b.kind === 'NULL') b = a;
  if (a.kind === 'NULL') return withNullable({ kind: 'INT', nullable: true }, true);
  if (isNumeric(a) && isNumeric(b)) {
    // Calcite's MOD and % take EXACT_NUMERIC operands only (OperandTypes.EXACT_NUMERIC_EXACT_NUMERIC)
    // and Flink runs with Calcite's type coercion off, so a FLOAT / DOUBLE operand is refused
    if (op === '%' && (isApproxKind(a.kind) || isApproxKind(b.kind))) {
      return name === 'MOD'
        ? `Cannot apply 'MOD' to arguments of type 'MOD(<${describe(a)}>, <${describe(b)}>)'. Supported form(s): 'MOD(<EXACT_NUMERIC>, <EXACT_NUMERIC>)'`
        : `Cannot apply '%' to arguments of type '<${describe(a)}> % <${describe(b)}>'. Supported form(s): '<EXACT_NUMERIC> % <EXACT_NUMERIC>'`;
    }
    // a NULL operand takes the other's type but keeps its nullability: NULL + 1 is INT, nullable
    const r = arithmeticResultType(op, a, b)!;
    return nullable ? withNullable(r, true) : r;
  }
  if ((op === '+' || op === '-') && isDatetime(a) && isInterval(b))
    return withNullable({ ...a, timeAttribute: undefined } as LogicalType, nullable);
  if (op === '+' && isInterval(a) && isDatetime(b))
    return withNullable({ ...b, timeAttribute: undefined } as LogicalType, nullable);
  if ((op === '+' || op === '-') && isInterval(a) && isInterval(b) && a.kind === b.kind) {
    return withNullable(findCommonType([a, b])!, nullable);
  }
  if ((op === '*' || op === '/') && isInterval(a) && isNumeric(b)) return withNullable(a, nullable);
  if (op === '*' && isNumeric(a) && isInterval(b)) return withNullable(b, nullable);
  const operands =
    name === 'MOD' ? `MOD(<${describe(a)}>, <${describe(b)}>)` : `<${describe(a)}> ${name} <${describe(b)}>`;
  return `Cannot apply '${name}' to arguments of type '${operands}'. Supported form(s): ${allowedForms(op, name)}`;
}

/**
 * The signatures Calcite lists for an arithmetic operator (OperandTypes.PLUS_OPERATOR,
 * MINUS_OPERATOR, MULTIPLY_OPERATOR, DIVISION_OPERATOR; MOD / % take EXACT_NUMERIC only).
 */
function allowedForms(op: ArithmeticOp, name: string): string {
  const form = (l: string, r: string): string => `'<${l}> ${name} <${r}>'`;
  const forms = [form('NUMERIC', 'NUMERIC')];
  if (op === '+' || op === '-')
    forms.push(form('DATETIME_INTERVAL', 'DATETIME_INTERVAL'), form('DATETIME', 'DATETIME_INTERVAL'));
  if (op === '+') forms.push(form('DATETIME_INTERVAL', 'DATETIME'));
  if (op === '*' || op === '/') forms.push(form('DATETIME_INTERVAL', 'NUMERIC'));
  if (op === '*') forms.push(form('NUMERIC', 'DATETIME_INTERVAL'));
  if (op === '%')
    return name === 'MOD'
      ? `'MOD(<EXACT_NUMERIC>, <EXACT_NUMERIC>)'`
      : form('EXACT_NUMERIC', 'EXACT_NUMERIC');
  return forms.join('\n');
}

/** An operand type as Calcite's messages write it (INTEGER, CHAR(3), DECIMAL(5, 2), TIMESTAMP(3)). */
function describe(t: LogicalType): string {
  return calciteTypeText(t);
}

function arithmeticOperator(op: ArithmeticOp, names: string[]): BuiltinScalar {
  return scalar({
    names,
    category: 'arithmetic',
    infer: (args) => inferArith(op, names[0]!, args),
    implement(args, r, ctx) {
      const a = args[0]!.kind === 'NULL' ? args[1]! : args[0]!;
      const b = args[1]!.kind === 'NULL' ? args[0]! : args[1]!;
      if (isNumeric(a) && isNumeric(b)) return numericImpl(op, a, b, r, ctx);
      if (isDatetime(a) && isInterval(b)) return datetimePlusInterval(a, b, op === '-' ? -1 : 1, false);
      if (isInterval(a) && isDatetime(b)) return datetimePlusInterval(b, a, 1, true);
      if (isInterval(a) && isInterval(b)) {
        return op === '+' ? (x: number, y: number) => x + y : (x: number, y: number) => x - y;
      }
      const num = converter(isInterval(a) ? b : a, { kind: 'DOUBLE', nullable: true });
      // Java's (int) / (long) narrowing of the double product (months are an int, millis a
      // long): NaN is 0 and ±Infinity saturates (INTERVAL '1' MONTH / 0.0E0), never NaN.
      const iv = (isInterval(a) ? a : b).kind;
      const narrow = iv === 'INTERVAL_YEAR_MONTH' ? javaDoubleToInt : javaDoubleToLong;
      if (op === '*') {
        return isInterval(a)
          ? (x: number, y: SqlValue) => narrow(x * (num(y) as number))
          : (y: SqlValue, x: number) => narrow(x * (num(y) as number));
      }
      return (x: number, y: SqlValue) => narrow(x / (num(y) as number));
    },
  });
}

function unary(names: string[], negate: boolean): BuiltinScalar {
  return scalar({
    names,
    category: 'arithmetic',
    infer: (args) =>
      args.length === 1 && (isNumeric(args[0]!) || isInterval(args[0]!) || args[0]!.kind === 'NULL')
        ? args[0]!
        : signatureError(names[0]!, args, `${names[0]}(<NUMERIC>)`),
    implement(args) {
      if (!negate) return (x: SqlValue) => x;
      switch (args[0]!.kind) {
        case 'TINYINT':
          return (x: number) => wrap8(-x);
        case 'SMALLINT':
          return (x: number) => wrap16(-x);
        case 'INT':
          return (x: number) => -x | 0;
        case 'BIGINT':
          return (x: bigint) => BigInt.asIntN(64, -x);
        case 'DECIMAL':
          return (x: bigint) => -x;
        default:
          return (x: number) => -x;
      }
    },
  });
}

export const ARITHMETIC_OPERATORS: BuiltinScalar[] = [
  arithmeticOperator('+', ['+']),
  arithmeticOperator('-', ['-']),
  arithmeticOperator('*', ['*']),
  arithmeticOperator('/', ['/']),
  arithmeticOperator('%', ['%']),
  // its own definition so that its errors name MOD as written
  arithmeticOperator('%', ['MOD']),
  unary(['NEG', 'NEGATIVE'], true),
  unary(['PLUS', 'POSITIVE'], false),
];
