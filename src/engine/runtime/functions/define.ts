/**
 * Helpers to declare built-in functions compactly: a definition is an object implementing the
 * engine's ScalarFunctionDef / AggregateFunctionDef (../expr/function-api.ts) plus the names it
 * answers to and a category for SHOW FUNCTIONS.
 */
import { calciteTypeText } from './json-rules.js';
import { SqlError } from '../../../common/errors.js';
import {
  compileCast,
  exactPrecisionScale,
  formatType,
  typesEqual,
  withNullable,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import type { AggregateFunctionDef, ImplementContext, ScalarFunctionDef } from '../expr/function-api.js';
import type { AggregateImpl } from '../operators/aggregate-api.js';

export type { ImplementContext };

/** Function categories, as Flink's "System (Built-in) Functions" page groups them. */
export type Category =
  | 'comparison'
  | 'logical'
  | 'arithmetic'
  | 'string'
  | 'temporal'
  | 'conditional'
  | 'conversion'
  | 'collection'
  | 'json'
  | 'value-construction'
  | 'value-access'
  | 'grouping'
  | 'hash'
  | 'aggregate';

/** A scalar built-in: the engine's definition plus aliases and a category. */
export interface BuiltinScalar extends ScalarFunctionDef {
  readonly names: readonly string[];
  readonly category: Category;
}

/** An aggregate built-in. */
export interface BuiltinAggregate extends AggregateFunctionDef {
  readonly names: readonly string[];
  readonly category: 'aggregate';
  /** As AggregateFunctionDef#create; `needsRetraction: false` selects insert-only variants. */
  create(
    argTypes: readonly LogicalType[],
    resultType: LogicalType,
    options?: { readonly needsRetraction?: boolean },
  ): AggregateImpl;
}

export type Impl = (...args: any[]) => unknown;

export interface ScalarSpec {
  names: string[];
  category: Category;
  /** Defaults to true. */
  deterministic?: boolean;
  /** Defaults to true: any NULL argument gives NULL without calling the implementation. */
  nullStrict?: boolean;
  /** Result type, or a message saying what is wrong with the arguments. */
  infer(args: readonly LogicalType[], literals: readonly unknown[]): LogicalType | string;
  implement(args: readonly LogicalType[], result: LogicalType, ctx: ImplementContext): Impl;
}

/** Thrown by inferType: the validator adds the position. */
export function validationError(message: string): SqlError {
  return new SqlError('EDDY_SQL_VALIDATE', message, [{ message }]);
}

/** Builds a scalar definition from a spec. */
export function scalar(spec: ScalarSpec): BuiltinScalar {
  const name = spec.names[0]!;
  return {
    name,
    names: spec.names,
    category: spec.category,
    deterministic: spec.deterministic ?? true,
    nullStrict: spec.nullStrict ?? true,
    inferType(argTypes, literals) {
      const r = spec.infer(argTypes, literals ?? []);
      if (typeof r === 'string') throw validationError(r);
      return r;
    },
    implement: (argTypes, resultType, ctx) =>
      spec.implement(argTypes, resultType, ctx) as (...a: unknown[]) => unknown,
  };
}

/** "Invalid input arguments" message in Flink's style, listing the signatures. */
export function signatureError(name: string, args: readonly LogicalType[], signatures: string): string {
  return `Invalid function call:\n${name}(${args.map(formatType).join(', ')})\nSupported signatures are:\n${signatures}`;
}

export const anyNullable = (ts: readonly LogicalType[]): boolean => ts.some((t) => t.nullable);

/** `t` made nullable if any of `args` is nullable (null-strict result nullability). */
export function nullableIf(t: LogicalType, args: readonly LogicalType[]): LogicalType {
  return withNullable(t, anyNullable(args));
}

/** A converter from `from` to `to` values (identity when the types match), null-safe. */
export function converter(from: LogicalType, to: LogicalType, timeZone?: string): (v: SqlValue) => SqlValue {
  if (typesEqual(from, to, { ignoreNullability: true })) return (v) => v;
  // An untyped NULL argument (ARRAY_EXCEPT(NULL, …)) only ever holds NULL, whatever it meets.
  if (from.kind === 'NULL' || to.kind === 'NULL') return () => null;
  // integers widen to a DECIMAL(p, 0) that holds them: the unscaled value is the integer itself
  if (to.kind === 'DECIMAL' && to.scale === 0) {
    const p = exactPrecisionScale(from);
    if (p !== undefined && p.scale === 0 && from.kind !== 'DECIMAL' && p.precision <= to.precision) {
      return (v) => (v === null || v === undefined ? null : typeof v === 'bigint' ? v : BigInt(v as number));
    }
  }
  const f = compileCast(from, to, { timeZone });
  return (v) => (v === null || v === undefined ? null : f(v));
}

/** Character string family. */
export const isChar = (t: LogicalType): boolean =>
  t.kind === 'CHAR' || t.kind === 'VARCHAR' || t.kind === 'NULL';
/** Binary string family. */
export const isBinary = (t: LogicalType): boolean =>
  t.kind === 'BINARY' || t.kind === 'VARBINARY' || t.kind === 'NULL';
/** Integer types. */
export const isInt = (t: LogicalType): boolean =>
  t.kind === 'TINYINT' ||
  t.kind === 'SMALLINT' ||
  t.kind === 'INT' ||
  t.kind === 'BIGINT' ||
  t.kind === 'NULL';
/** Numeric types. */
export const isNum = (t: LogicalType): boolean =>
  isInt(t) || t.kind === 'DECIMAL' || t.kind === 'FLOAT' || t.kind === 'DOUBLE';

/** Integer argument value as a JS number (INT-like numbers or BIGINT bigints). */
export const toNum = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : (v as number));

/** Argument families for `simple` signatures. */
export type ArgKind =
  'S' | 'B' | 'SB' | 'I' | 'N' | 'BOOL' | 'A' | 'DATE' | 'TIME' | 'TS' | 'DT' | 'IV' | 'ARR' | 'MAP' | 'LIT';

const KIND_TEST: Record<ArgKind, (t: LogicalType) => boolean> = {
  S: isChar,
  B: isBinary,
  SB: (t) => isChar(t) || isBinary(t),
  I: isInt,
  N: isNum,
  BOOL: (t) => t.kind === 'BOOLEAN' || t.kind === 'NULL',
  A: () => true,
  DATE: (t) => t.kind === 'DATE' || t.kind === 'NULL',
  TIME: (t) => t.kind === 'TIME' || t.kind === 'NULL',
  TS: (t) => t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ' || t.kind === 'NULL',
  DT: (t) => ['DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_LTZ', 'NULL'].includes(t.kind),
  IV: (t) => t.kind === 'INTERVAL_YEAR_MONTH' || t.kind === 'INTERVAL_DAY_TIME',
  ARR: (t) => t.kind === 'ARRAY' || t.kind === 'NULL',
  MAP: (t) => t.kind === 'MAP' || t.kind === 'NULL',
  LIT: isChar,
};

const KIND_NAME: Record<ArgKind, string> = {
  S: 'STRING',
  B: 'BYTES',
  SB: 'STRING|BYTES',
  I: 'INTEGER',
  N: 'NUMERIC',
  BOOL: 'BOOLEAN',
  A: 'ANY',
  DATE: 'DATE',
  TIME: 'TIME',
  TS: 'TIMESTAMP',
  DT: 'DATETIME',
  IV: 'INTERVAL',
  ARR: 'ARRAY',
  MAP: 'MAP',
  LIT: 'SYMBOL',
};

export interface SimpleSpec {
  names: string[];
  category: Category;
  /** Signatures: argument kinds; a kind suffixed `?` is optional (trailing), `...K` repeats. */
  sigs: string[][];
  /** Result type (a LogicalType or a function of the argument types). */
  result: LogicalType | ((args: readonly LogicalType[]) => LogicalType | string);
  /**
   * Flink's own signature text (`ELT(index <INTEGER_NUMERIC>, expr <CHARACTER_STRING>, …)`, one
   * per line): arguments of the wrong types then fail with Flink's "Invalid input arguments.
   * Expected signatures are:" message, and a wrong argument count lists them.
   */
  flinkSignatures?: string;
  /**
   * A Calcite / FlinkSqlOperatorTable function: a call with no signature of its arity fails
   * Calcite's "Invalid number of arguments to function 'F'. Was expecting N arguments" (N the
   * smallest count) instead of the new type inference's "No match found for function signature".
   */
  legacyArity?: boolean;
  /**
   * Calcite's allowed forms (`'TO_BASE64(<STRING>)'`) of a FlinkSqlOperatorTable function: a call
   * of a right arity but wrong types then fails Calcite's "Cannot apply 'F' to arguments of type
   * 'F(<INTEGER>)'. Supported form(s): …" (ScalarFunctionsValidationTest#testInvalidToBase64).
   */
  calciteForms?: string;
  /** Result may be NULL for non-NULL arguments (e.g. REGEXP_EXTRACT without a match). */
  mayReturnNull?: boolean;
  deterministic?: boolean;
  nullStrict?: boolean;
  impl: (args: readonly LogicalType[], result: LogicalType, ctx: ImplementContext) => Impl;
}

function matches(sig: string[], args: readonly LogicalType[]): boolean {
  let i = 0;
  for (const raw of sig) {
    if (raw.startsWith('...')) {
      const k = raw.slice(3) as ArgKind;
      for (; i < args.length; i++) if (!KIND_TEST[k](args[i]!)) return false;
      return true;
    }
    const optional = raw.endsWith('?');
    const k = (optional ? raw.slice(0, -1) : raw) as ArgKind;
    if (i >= args.length) return optional;
    if (!KIND_TEST[k](args[i]!)) return false;
    i++;
  }
  return i === args.length;
}

function sigText(name: string, sig: string[]): string {
  return `${name}(${sig.map((s) => (s.startsWith('...') ? KIND_NAME[s.slice(3) as ArgKind] + '...' : s.endsWith('?') ? `[${KIND_NAME[s.slice(0, -1) as ArgKind]}]` : KIND_NAME[s as ArgKind])).join(', ')})`;
}

/** Calcite's SqlTypeFamily for each argument kind, as its allowed-signature text names it. */
const CALCITE_FAMILY: Record<ArgKind, string> = {
  S: 'CHARACTER',
  B: 'BINARY',
  SB: 'STRING',
  I: 'INTEGER',
  N: 'NUMERIC',
  BOOL: 'BOOLEAN',
  A: 'ANY',
  DATE: 'DATE',
  TIME: 'TIME',
  TS: 'TIMESTAMP',
  DT: 'DATETIME',
  IV: 'DATETIME_INTERVAL',
  ARR: 'ARRAY',
  MAP: 'MAP',
  LIT: 'CHARACTER',
};

/**
 * The "Supported form(s)" of a Calcite function with these signatures: one quoted form per
 * signature and argument count (an OR of OperandTypes.family checkers), one per line.
 */
function calciteForms(name: string, sigs: string[][]): string {
  const forms: string[] = [];
  for (const sig of sigs) {
    const fixed = sig.filter((k) => !k.endsWith('?') && !k.startsWith('...'));
    const optional = sig.filter((k) => k.endsWith('?')).map((k) => k.slice(0, -1));
    const repeat = sig.find((k) => k.startsWith('...'))?.slice(3);
    for (let n = 0; n <= optional.length; n++) {
      const kinds = [...fixed, ...optional.slice(0, n)].map((k) => `<${CALCITE_FAMILY[k as ArgKind]}>`);
      if (repeat !== undefined) kinds.push(`<${CALCITE_FAMILY[repeat as ArgKind]}>...`);
      forms.push(`'${name}(${kinds.join(', ')})'`);
    }
  }
  return forms.join('\n');
}

/** Whether `sig` takes `n` arguments. */
function arityMatches(sig: string[], n: number): boolean {
  const fixed = sig.filter((s) => !s.startsWith('...') && !s.endsWith('?')).length;
  const optional = sig.filter((s) => s.endsWith('?')).length;
  return n >= fixed && (sig.some((s) => s.startsWith('...')) || n <= fixed + optional);
}

const CALCITE_TYPE_NAME: Record<string, string> = { INT: 'INTEGER' };

/** An argument as Calcite's "No match found for function signature" names it (<NUMERIC>, <INTEGER ARRAY>). */
function calciteOperand(t: LogicalType): string {
  if (t.kind === 'NULL') return 'NULL';
  if (t.kind === 'ARRAY') {
    const e = formatType(withNullable(t.element, true));
    return `${e === 'STRING' ? 'VARCHAR(2147483647)' : (CALCITE_TYPE_NAME[e] ?? e)} ARRAY`;
  }
  if (isNum(t)) return 'NUMERIC';
  if (t.kind === 'CHAR' || t.kind === 'VARCHAR') return 'CHARACTER';
  if (t.kind === 'VARBINARY') return 'BINARY';
  if (t.kind === 'TIMESTAMP_LTZ') return 'TIMESTAMP_WITH_LOCAL_TIME_ZONE';
  return t.kind;
}

/** A function checked against simple signatures, result nullable when an argument is (or always). */
export function simple(spec: SimpleSpec): BuiltinScalar {
  const name = spec.names[0]!;
  return scalar({
    names: spec.names,
    category: spec.category,
    deterministic: spec.deterministic,
    nullStrict: spec.nullStrict,
    infer(args) {
      if (!spec.sigs.some((s) => matches(s, args))) {
        // Calcite refuses a call with no signature of its arity before Flink's type inference runs
        const supported = spec.flinkSignatures ?? spec.sigs.map((s) => sigText(name, s)).join('\n');
        if (!spec.sigs.some((s) => arityMatches(s, args.length))) {
          if (spec.legacyArity === true) {
            const min = Math.min(
              ...spec.sigs.map((s) => s.filter((k) => !k.startsWith('...') && !k.endsWith('?')).length),
            );
            return `Invalid number of arguments to function '${name}'. Was expecting ${min} arguments`;
          }
          // with no signature of this arity the operand type inference cannot type a bare NULL,
          // and Calcite (type coercion off) refuses it first (ARRAY_SLICE(null), CollectionFunctionsITCase)
          if (args.some((t) => t.kind === 'NULL')) return "Illegal use of 'NULL'";
          const operands = args.map((t) => `<${calciteOperand(t)}>`).join(', ');
          return `No match found for function signature ${name}(${operands}).\nSupported signatures are:\n${supported}`;
        }
        if (spec.calciteForms !== undefined || spec.legacyArity === true) {
          // a Calcite SqlFunction's operand-family check (Flink disables implicit coercion)
          const operands = args.map((t) => `<${calciteTypeText(t)}>`).join(', ');
          const forms = spec.calciteForms ?? calciteForms(name, spec.sigs);
          return `Cannot apply '${name}' to arguments of type '${name}(${operands})'. Supported form(s): ${forms}`;
        }
        if (spec.flinkSignatures !== undefined) {
          return `Invalid function call:\n${name}(${args.map(formatType).join(', ')})\nInvalid input arguments. Expected signatures are:\n${supported}`;
        }
        return signatureError(name, args, supported);
      }
      const r = typeof spec.result === 'function' ? spec.result(args) : spec.result;
      if (typeof r === 'string') return r;
      return withNullable(r, spec.mayReturnNull === true || anyNullable(args) || r.nullable);
    },
    implement: spec.impl,
  });
}
