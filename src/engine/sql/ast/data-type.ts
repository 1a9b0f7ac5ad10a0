/**
 * Data type syntax (Flink's "Data Types" page): `INT NOT NULL`, `DECIMAL(10, 2)`,
 * `TIMESTAMP(3) WITH LOCAL TIME ZONE`, `ROW<a INT 'comment'>`, `ARRAY<STRING>`, `MAP<K, V>`,
 * `MULTISET<T>`, `INTERVAL DAY(2) TO SECOND(3)`, `RAW('class', 'snapshot')`.
 *
 * @example
 * // parseDataType('VARCHAR(10) NOT NULL') gives
 * // { kind: 'PrimitiveType', name: 'VARCHAR', spelling: 'VARCHAR', precision: 10, nullable: false, … }
 */
import type { Identifier, NodeBase, QualifiedName } from './node.js';
import type { IntervalQualifier } from './expression.js';

/** The canonical names of Flink's atomic types, whatever synonym the user wrote. */
export type PrimitiveTypeName =
  | 'BOOLEAN'
  | 'TINYINT'
  | 'SMALLINT'
  | 'INT'
  | 'BIGINT'
  | 'FLOAT'
  | 'DOUBLE'
  | 'DECIMAL'
  | 'CHAR'
  | 'VARCHAR'
  | 'STRING'
  | 'BINARY'
  | 'VARBINARY'
  | 'BYTES'
  | 'DATE'
  | 'TIME'
  | 'TIMESTAMP'
  | 'TIMESTAMP_LTZ'
  | 'NULL'
  | 'VARIANT'
  | 'BITMAP';

/**
 * An atomic type. `name` is canonical (INTEGER → INT, NUMERIC/DEC → DECIMAL, REAL → FLOAT,
 * DOUBLE PRECISION → DOUBLE, CHARACTER VARYING → VARCHAR, TIMESTAMP(p) WITH LOCAL TIME ZONE →
 * TIMESTAMP_LTZ); `spelling` is the synonym as written (upper case, e.g. 'INTEGER',
 * 'TIMESTAMP WITH LOCAL TIME ZONE') so the printer can reproduce it.
 * `precision`/`scale` are absent when not written (the validator applies Flink's defaults).
 */
export interface PrimitiveType extends NodeBase {
  readonly kind: 'PrimitiveType';
  readonly name: PrimitiveTypeName;
  readonly spelling: string;
  readonly precision?: number;
  readonly scale?: number;
  /** False when `NOT NULL` was written. */
  readonly nullable: boolean;
}

/** `INTERVAL YEAR TO MONTH`, `INTERVAL DAY(2) TO SECOND(3)`, `INTERVAL SECOND(3)`. */
export interface IntervalType extends NodeBase {
  readonly kind: 'IntervalType';
  readonly qualifier: IntervalQualifier;
  readonly nullable: boolean;
}

/** `ARRAY<T>` (style 'angle') or Calcite's `T ARRAY` (style 'suffix'). */
export interface ArrayType extends NodeBase {
  readonly kind: 'ArrayType';
  readonly element: DataType;
  readonly style: 'angle' | 'suffix';
  readonly nullable: boolean;
}

/** `MULTISET<T>` or `T MULTISET`. */
export interface MultisetType extends NodeBase {
  readonly kind: 'MultisetType';
  readonly element: DataType;
  readonly style: 'angle' | 'suffix';
  readonly nullable: boolean;
}

/** `MAP<K, V>`. */
export interface MapType extends NodeBase {
  readonly kind: 'MapType';
  readonly key: DataType;
  readonly value: DataType;
  readonly nullable: boolean;
}

/** One field of a ROW type: `name type ['description']`. */
export interface RowTypeField extends NodeBase {
  readonly kind: 'RowTypeField';
  readonly name: Identifier;
  readonly type: DataType;
  readonly description?: string;
}

/** `ROW<a INT, b STRING 'doc'>` (style 'angle') or `ROW(a INT, b STRING)` (style 'paren'). */
export interface RowType extends NodeBase {
  readonly kind: 'RowType';
  readonly fields: readonly RowTypeField[];
  readonly style: 'angle' | 'paren';
  readonly nullable: boolean;
}

/** `STRUCTURED<'com.example.User', name STRING, age INT>` (FLIP-520's inline structured type). */
export interface StructuredType extends NodeBase {
  readonly kind: 'StructuredType';
  readonly className: string;
  readonly fields: readonly RowTypeField[];
  readonly nullable: boolean;
}

/** `RAW('class', 'serializer snapshot')`. */
export interface RawType extends NodeBase {
  readonly kind: 'RawType';
  readonly className: string;
  readonly snapshot?: string;
  readonly nullable: boolean;
}

/** A user-defined (structured/distinct) type referenced by name. */
export interface UserDefinedType extends NodeBase {
  readonly kind: 'UserDefinedType';
  readonly name: QualifiedName;
  readonly nullable: boolean;
}

export type DataType =
  | PrimitiveType
  | IntervalType
  | ArrayType
  | MultisetType
  | MapType
  | RowType
  | StructuredType
  | RawType
  | UserDefinedType;
