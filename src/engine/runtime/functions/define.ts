/**
 * Helpers to declare built-in functions compactly: a definition is an object implementing the
 * engine's ScalarFunctionDef / AggregateFunctionDef (../expr/function-api.ts) plus the names it
 * answers to and a category for SHOW FUNCTIONS.
 */
import { SqlError } from '../../../common/errors.js';
import {
  compileCast,
  formatType,
  typesEqual,
  withNullable,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';
import type { AggregateFunctionDef, ImplementContext, ScalarFunctionDef } from '../expr/function-api.js';

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
  if (from.kind === 'NULL') return () => null;
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
