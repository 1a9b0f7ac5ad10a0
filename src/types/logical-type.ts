/**
 * Flink's logical type model as a discriminated union on `kind`. Every type carries `nullable`
 * (Flink's default is nullable; `NOT NULL` makes it false). Types are plain frozen-shape objects
 * so they serialise to JSON unchanged (the compiled plan stores them).
 *
 * @example
 * const t = rowType([field('a', intType(false)), field('b', stringType())]);
 * formatType(t); // "ROW<`a` INT NOT NULL, `b` STRING>"
 */

/** Largest length of CHAR / VARCHAR / BINARY / VARBINARY; VARCHAR of it is `STRING`. */
export const MAX_LENGTH = 2147483647;
/** Largest DECIMAL precision (Flink: 38). */
export const MAX_DECIMAL_PRECISION = 38;
/** Largest fractional-seconds precision of TIME / TIMESTAMP / TIMESTAMP_LTZ. */
export const MAX_TIME_PRECISION = 9;

export type IntegerKind = 'TINYINT' | 'SMALLINT' | 'INT' | 'BIGINT';
export type ApproxKind = 'FLOAT' | 'DOUBLE';

export interface BooleanType {
  readonly kind: 'BOOLEAN';
  readonly nullable: boolean;
}
export interface IntegerType {
  readonly kind: IntegerKind;
  readonly nullable: boolean;
}
export interface ApproxType {
  readonly kind: ApproxKind;
  readonly nullable: boolean;
}
export interface DecimalType {
  readonly kind: 'DECIMAL';
  readonly nullable: boolean;
  /** Total number of digits, 1..38. */
  readonly precision: number;
  /** Digits after the point, 0..precision. */
  readonly scale: number;
}
export interface CharType {
  readonly kind: 'CHAR' | 'VARCHAR';
  readonly nullable: boolean;
  /** Length in characters; VARCHAR(MAX_LENGTH) is STRING. */
  readonly length: number;
}
export interface BinaryType {
  readonly kind: 'BINARY' | 'VARBINARY';
  readonly nullable: boolean;
  /** Length in bytes; VARBINARY(MAX_LENGTH) is BYTES. */
  readonly length: number;
}
export interface DateType {
  readonly kind: 'DATE';
  readonly nullable: boolean;
}
export interface TimeType {
  readonly kind: 'TIME';
  readonly nullable: boolean;
  readonly precision: number;
}
/** A time attribute marker: the planner sets it; DESCRIBE prints `*ROWTIME*` / `*PROCTIME*`. */
export type TimeAttribute = 'ROWTIME' | 'PROCTIME';
export interface TimestampType {
  /** TIMESTAMP is TIMESTAMP WITHOUT TIME ZONE; TIMESTAMP_LTZ is WITH LOCAL TIME ZONE. */
  readonly kind: 'TIMESTAMP' | 'TIMESTAMP_LTZ';
  readonly nullable: boolean;
  readonly precision: number;
  readonly timeAttribute?: TimeAttribute;
}
export type YearMonthResolution = 'YEAR' | 'YEAR_TO_MONTH' | 'MONTH';
export interface YearMonthIntervalType {
  readonly kind: 'INTERVAL_YEAR_MONTH';
  readonly nullable: boolean;
  readonly resolution: YearMonthResolution;
  /** Number of year digits, 1..4 (default 2). */
  readonly yearPrecision: number;
}
export type DayTimeResolution =
  | 'DAY'
  | 'DAY_TO_HOUR'
  | 'DAY_TO_MINUTE'
  | 'DAY_TO_SECOND'
  | 'HOUR'
  | 'HOUR_TO_MINUTE'
  | 'HOUR_TO_SECOND'
  | 'MINUTE'
  | 'MINUTE_TO_SECOND'
  | 'SECOND';
export interface DayTimeIntervalType {
  readonly kind: 'INTERVAL_DAY_TIME';
  readonly nullable: boolean;
  readonly resolution: DayTimeResolution;
  /** Number of day digits, 1..6 (default 2). */
  readonly dayPrecision: number;
  /** Fractional-second digits, 0..9 (default 6). */
  readonly fractionalPrecision: number;
}
export interface ArrayType {
  readonly kind: 'ARRAY';
  readonly nullable: boolean;
  readonly element: LogicalType;
}
export interface MultisetType {
  readonly kind: 'MULTISET';
  readonly nullable: boolean;
  readonly element: LogicalType;
}
export interface MapType {
  readonly kind: 'MAP';
  readonly nullable: boolean;
  readonly key: LogicalType;
  readonly value: LogicalType;
}
export interface RowField {
  readonly name: string;
  readonly type: LogicalType;
  readonly description?: string;
}
export interface RowType {
  readonly kind: 'ROW';
  readonly nullable: boolean;
  readonly fields: readonly RowField[];
}
/**
 * Flink's inline structured type (FLIP-520, Flink 2.1+): `STRUCTURED<'com.example.User', name
 * STRING, age INT>`, identified by a class name that need not exist. Values are JS arrays of the
 * attribute values, as ROW (Flink stores both as RowData). Two structured types are the same type
 * only with the same class name and attributes (StructuredType#equals).
 */
export interface StructuredType {
  readonly kind: 'STRUCTURED';
  readonly nullable: boolean;
  /** The class name (a JVM name, `SourceVersion.isName`). */
  readonly className: string;
  /** The attributes, in declaration order. */
  readonly fields: readonly RowField[];
}
/** Flink's VARIANT (FLIP-521): semi-structured data; values are `Variant` trees (variant.ts). */
export interface VariantType {
  readonly kind: 'VARIANT';
  readonly nullable: boolean;
}
/** Flink's BITMAP (FLIP-556, 2.3): a set of unsigned 32-bit ints; values are `Bitmap` (bitmap.ts). */
export interface BitmapType {
  readonly kind: 'BITMAP';
  readonly nullable: boolean;
}
/** The type of an untyped NULL literal; always nullable. */
export interface NullType {
  readonly kind: 'NULL';
  readonly nullable: true;
}

export type LogicalType =
  | BooleanType
  | IntegerType
  | ApproxType
  | DecimalType
  | CharType
  | BinaryType
  | DateType
  | TimeType
  | TimestampType
  | YearMonthIntervalType
  | DayTimeIntervalType
  | ArrayType
  | MultisetType
  | MapType
  | RowType
  | StructuredType
  | VariantType
  | BitmapType
  | NullType;

export type TypeKind = LogicalType['kind'];

// ---- constructors (all nullable by default, as in Flink) ----

export const booleanType = (nullable = true): BooleanType => ({ kind: 'BOOLEAN', nullable });
export const tinyintType = (nullable = true): IntegerType => ({ kind: 'TINYINT', nullable });
export const smallintType = (nullable = true): IntegerType => ({ kind: 'SMALLINT', nullable });
export const intType = (nullable = true): IntegerType => ({ kind: 'INT', nullable });
export const bigintType = (nullable = true): IntegerType => ({ kind: 'BIGINT', nullable });
export const floatType = (nullable = true): ApproxType => ({ kind: 'FLOAT', nullable });
export const doubleType = (nullable = true): ApproxType => ({ kind: 'DOUBLE', nullable });
export const decimalType = (precision = 10, scale = 0, nullable = true): DecimalType => ({
  kind: 'DECIMAL',
  nullable,
  precision,
  scale,
});
export const charType = (length = 1, nullable = true): CharType => ({ kind: 'CHAR', nullable, length });
export const varcharType = (length = 1, nullable = true): CharType => ({ kind: 'VARCHAR', nullable, length });
export const stringType = (nullable = true): CharType => ({ kind: 'VARCHAR', nullable, length: MAX_LENGTH });
export const binaryType = (length = 1, nullable = true): BinaryType => ({ kind: 'BINARY', nullable, length });
export const varbinaryType = (length = 1, nullable = true): BinaryType => ({
  kind: 'VARBINARY',
  nullable,
  length,
});
export const bytesType = (nullable = true): BinaryType => ({
  kind: 'VARBINARY',
  nullable,
  length: MAX_LENGTH,
});
export const variantType = (nullable = true): VariantType => ({ kind: 'VARIANT', nullable });
export const bitmapType = (nullable = true): BitmapType => ({ kind: 'BITMAP', nullable });
export const dateType = (nullable = true): DateType => ({ kind: 'DATE', nullable });
export const timeType = (precision = 0, nullable = true): TimeType => ({ kind: 'TIME', nullable, precision });
export const timestampType = (precision = 6, nullable = true): TimestampType => ({
  kind: 'TIMESTAMP',
  nullable,
  precision,
});
export const timestampLtzType = (precision = 6, nullable = true): TimestampType => ({
  kind: 'TIMESTAMP_LTZ',
  nullable,
  precision,
});
export const yearMonthIntervalType = (
  resolution: YearMonthResolution = 'YEAR_TO_MONTH',
  yearPrecision = 2,
  nullable = true,
): YearMonthIntervalType => ({ kind: 'INTERVAL_YEAR_MONTH', nullable, resolution, yearPrecision });
export const dayTimeIntervalType = (
  resolution: DayTimeResolution = 'DAY_TO_SECOND',
  dayPrecision = 2,
  fractionalPrecision = 6,
  nullable = true,
): DayTimeIntervalType => ({
  kind: 'INTERVAL_DAY_TIME',
  nullable,
  resolution,
  dayPrecision,
  fractionalPrecision,
});
export const arrayType = (element: LogicalType, nullable = true): ArrayType => ({
  kind: 'ARRAY',
  nullable,
  element,
});
export const multisetType = (element: LogicalType, nullable = true): MultisetType => ({
  kind: 'MULTISET',
  nullable,
  element,
});
export const mapType = (key: LogicalType, value: LogicalType, nullable = true): MapType => ({
  kind: 'MAP',
  nullable,
  key,
  value,
});
export const field = (name: string, type: LogicalType, description?: string): RowField =>
  description === undefined ? { name, type } : { name, type, description };
export const rowType = (fields: readonly RowField[], nullable = true): RowType => ({
  kind: 'ROW',
  nullable,
  fields,
});
export const structuredType = (
  className: string,
  fields: readonly RowField[],
  nullable = true,
): StructuredType => ({ kind: 'STRUCTURED', nullable, className, fields });
export const nullType = (): NullType => ({ kind: 'NULL', nullable: true });

/** The same type with the given nullability (NULL stays nullable). */
export function withNullable<T extends LogicalType>(t: T, nullable: boolean): T {
  if (t.nullable === nullable || t.kind === 'NULL') return t;
  return { ...t, nullable };
}

/** The same type, NOT NULL. */
export const notNull = <T extends LogicalType>(t: T): T => withNullable(t, false);

/** The same type without a time attribute marker (what a computed expression over a rowtime gives). */
export function withoutTimeAttribute<T extends LogicalType>(t: T): T {
  if ((t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') && t.timeAttribute !== undefined) {
    const { timeAttribute: _drop, ...rest } = t;
    return rest as T;
  }
  return t;
}

// ---- families (Flink's LogicalTypeFamily) ----

export const isIntegerKind = (k: TypeKind): k is IntegerKind =>
  k === 'TINYINT' || k === 'SMALLINT' || k === 'INT' || k === 'BIGINT';
export const isApproxKind = (k: TypeKind): k is ApproxKind => k === 'FLOAT' || k === 'DOUBLE';
/** Exact numeric: integers and DECIMAL. */
export const isExactNumeric = (t: LogicalType): boolean => isIntegerKind(t.kind) || t.kind === 'DECIMAL';
export const isNumeric = (t: LogicalType): boolean => isExactNumeric(t) || isApproxKind(t.kind);
export const isCharacterString = (t: LogicalType): t is CharType => t.kind === 'CHAR' || t.kind === 'VARCHAR';
export const isBinaryString = (t: LogicalType): t is BinaryType =>
  t.kind === 'BINARY' || t.kind === 'VARBINARY';
export const isTimestamp = (t: LogicalType): t is TimestampType =>
  t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ';
export const isDatetime = (t: LogicalType): boolean =>
  t.kind === 'DATE' || t.kind === 'TIME' || isTimestamp(t);
export const isInterval = (t: LogicalType): t is YearMonthIntervalType | DayTimeIntervalType =>
  t.kind === 'INTERVAL_YEAR_MONTH' || t.kind === 'INTERVAL_DAY_TIME';
export const isConstructed = (t: LogicalType): boolean =>
  t.kind === 'ARRAY' || t.kind === 'MAP' || t.kind === 'MULTISET' || t.kind === 'ROW';
/** ROW or STRUCTURED: a type whose values are arrays of named fields (Flink's RowData). */
export const hasFields = (t: LogicalType): t is RowType | StructuredType =>
  t.kind === 'ROW' || t.kind === 'STRUCTURED';
export const isStringType = (t: LogicalType): boolean => t.kind === 'VARCHAR' && t.length === MAX_LENGTH;

/** Decimal precision/scale of an exact numeric type as Flink sees it (INT is DECIMAL(10, 0), …). */
export function exactPrecisionScale(t: LogicalType): { precision: number; scale: number } | undefined {
  switch (t.kind) {
    case 'TINYINT':
      return { precision: 3, scale: 0 };
    case 'SMALLINT':
      return { precision: 5, scale: 0 };
    case 'INT':
      return { precision: 10, scale: 0 };
    case 'BIGINT':
      return { precision: 19, scale: 0 };
    case 'DECIMAL':
      return { precision: t.precision, scale: t.scale };
    default:
      return undefined;
  }
}

/** Fractional-second precision of a time-like type (TIME, TIMESTAMP, TIMESTAMP_LTZ), else undefined. */
export function timePrecision(t: LogicalType): number | undefined {
  if (t.kind === 'TIME' || t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ') return t.precision;
  return undefined;
}

/**
 * Structural equality of two types. With `ignoreNullability` the top level and nested nullability
 * are ignored; time attributes are ignored unless `compareTimeAttributes`.
 */
export function typesEqual(
  a: LogicalType,
  b: LogicalType,
  opts: { ignoreNullability?: boolean; compareTimeAttributes?: boolean } = {},
): boolean {
  if (a.kind !== b.kind) return false;
  if (!opts.ignoreNullability && a.nullable !== b.nullable) return false;
  switch (a.kind) {
    case 'DECIMAL': {
      const o = b as DecimalType;
      return a.precision === o.precision && a.scale === o.scale;
    }
    case 'CHAR':
    case 'VARCHAR':
    case 'BINARY':
    case 'VARBINARY':
      return a.length === (b as CharType | BinaryType).length;
    case 'TIME':
      return a.precision === (b as TimeType).precision;
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const o = b as TimestampType;
      if (a.precision !== o.precision) return false;
      return !opts.compareTimeAttributes || a.timeAttribute === o.timeAttribute;
    }
    case 'INTERVAL_YEAR_MONTH': {
      const o = b as YearMonthIntervalType;
      return a.resolution === o.resolution && a.yearPrecision === o.yearPrecision;
    }
    case 'INTERVAL_DAY_TIME': {
      const o = b as DayTimeIntervalType;
      return (
        a.resolution === o.resolution &&
        a.dayPrecision === o.dayPrecision &&
        a.fractionalPrecision === o.fractionalPrecision
      );
    }
    case 'ARRAY':
    case 'MULTISET':
      return typesEqual(a.element, (b as ArrayType).element, opts);
    case 'MAP': {
      const o = b as MapType;
      return typesEqual(a.key, o.key, opts) && typesEqual(a.value, o.value, opts);
    }
    case 'ROW':
    case 'STRUCTURED': {
      const o = b as RowType | StructuredType;
      if (a.kind === 'STRUCTURED' && a.className !== (o as StructuredType).className) return false;
      if (a.fields.length !== o.fields.length) return false;
      for (let i = 0; i < a.fields.length; i++) {
        if (a.fields[i]!.name !== o.fields[i]!.name) return false;
        if (!typesEqual(a.fields[i]!.type, o.fields[i]!.type, opts)) return false;
      }
      return true;
    }
    default:
      return true;
  }
}
