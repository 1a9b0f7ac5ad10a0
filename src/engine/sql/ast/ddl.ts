/**
 * DDL: CREATE TABLE (physical, computed and metadata columns, WATERMARK, PRIMARY KEY … NOT
 * ENFORCED, COMMENT, DISTRIBUTED BY, PARTITIONED BY, WITH, LIKE, AS query), CREATE VIEW,
 * ALTER TABLE, DROP TABLE / VIEW (Flink's "CREATE", "ALTER", "DROP" statement pages).
 *
 * @example
 * // CREATE TABLE t (id INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND)
 * //   WITH ('connector' = 'datagen') gives
 * // { kind: 'CreateTable', name: [t], columns: [ … ], watermark: { … }, options: [ … ], … }
 */
import type { DataType } from './data-type.js';
import type { Expr } from './expression.js';
import type { Identifier, NodeBase, Property, QualifiedName } from './node.js';
import type { Query } from './query.js';

/** `name type [PRIMARY KEY NOT ENFORCED] [COMMENT '…']`. */
export interface PhysicalColumn extends NodeBase {
  readonly kind: 'PhysicalColumn';
  readonly name: Identifier;
  readonly type: DataType;
  /** An inline `[CONSTRAINT n] PRIMARY KEY NOT ENFORCED` on this column. */
  readonly primaryKey?: PrimaryKey;
  readonly comment?: string;
}

/** `name AS expr [COMMENT '…']`. */
export interface ComputedColumn extends NodeBase {
  readonly kind: 'ComputedColumn';
  readonly name: Identifier;
  readonly expr: Expr;
  readonly comment?: string;
}

/** `name type METADATA [FROM 'key'] [VIRTUAL] [COMMENT '…']`. */
export interface MetadataColumn extends NodeBase {
  readonly kind: 'MetadataColumn';
  readonly name: Identifier;
  readonly type: DataType;
  readonly from?: string;
  readonly virtual: boolean;
  readonly comment?: string;
}

export type ColumnDef = PhysicalColumn | ComputedColumn | MetadataColumn;

/** `WATERMARK FOR rowtime AS expr`; `column` may be a nested field path. */
export interface Watermark extends NodeBase {
  readonly kind: 'Watermark';
  readonly column: QualifiedName;
  readonly expr: Expr;
}

/**
 * `[CONSTRAINT name] PRIMARY KEY (cols) NOT ENFORCED`. Flink only accepts NOT ENFORCED, but
 * its parser also reads `PRIMARY KEY (cols)` and `… ENFORCED` (`enforced` true) so that the
 * validator can refuse them with Flink's message ("Flink doesn't support ENFORCED mode for
 * PRIMARY KEY constraint. …").
 */
export interface PrimaryKey extends NodeBase {
  readonly kind: 'PrimaryKey';
  readonly name?: Identifier;
  readonly columns: readonly Identifier[];
  readonly enforced: boolean;
}

/** `DISTRIBUTED BY [HASH | RANGE](cols) [INTO n BUCKETS]` or `DISTRIBUTED INTO n BUCKETS`. */
export interface Distribution extends NodeBase {
  readonly kind: 'Distribution';
  readonly algorithm?: 'HASH' | 'RANGE';
  readonly columns: readonly Identifier[];
  readonly buckets?: number;
}

/** One LIKE option: `INCLUDING ALL`, `EXCLUDING OPTIONS`, `OVERWRITING WATERMARKS`, … */
export interface LikeOption {
  readonly mode: 'INCLUDING' | 'EXCLUDING' | 'OVERWRITING';
  readonly feature:
    | 'ALL'
    | 'CONSTRAINTS'
    | 'DISTRIBUTION'
    | 'GENERATED'
    | 'METADATA'
    | 'OPTIONS'
    | 'PARTITIONS'
    | 'WATERMARKS';
}

/** `LIKE source (options)`. */
export interface LikeClause extends NodeBase {
  readonly kind: 'LikeClause';
  readonly source: QualifiedName;
  readonly options: readonly LikeOption[];
}

/**
 * CREATE TABLE, including CREATE TABLE AS (asQuery set) and CREATE OR REPLACE TABLE … AS
 * (orReplace). `columns` is in written order.
 */
export interface CreateTable extends NodeBase {
  readonly kind: 'CreateTable';
  readonly orReplace: boolean;
  /** `REPLACE TABLE … AS` (Flink's RTAS without CREATE): the table must already exist. */
  readonly replaceOnly?: boolean;
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly name: QualifiedName;
  readonly columns: readonly ColumnDef[];
  /** `CREATE TABLE t (b, a) AS SELECT a, b …`: CTAS / RTAS column names that reorder the query's. */
  readonly columnNames?: readonly Identifier[];
  readonly watermark?: Watermark;
  readonly primaryKey?: PrimaryKey;
  readonly comment?: string;
  readonly distribution?: Distribution;
  readonly partitionedBy: readonly Identifier[];
  readonly options: readonly Property[];
  readonly like?: LikeClause;
  readonly asQuery?: Query;
}

/** `CREATE [TEMPORARY] VIEW [IF NOT EXISTS] v [(cols)] [COMMENT '…'] AS query`. */
export interface CreateView extends NodeBase {
  readonly kind: 'CreateView';
  readonly temporary: boolean;
  readonly ifNotExists: boolean;
  readonly name: QualifiedName;
  readonly columns?: readonly Identifier[];
  readonly comment?: string;
  readonly query: Query;
}

/** Where an added/modified column goes: `FIRST` or `AFTER col`. */
export interface ColumnPosition {
  readonly type: 'FIRST' | 'AFTER';
  readonly after?: Identifier;
}

/** A schema item of ALTER TABLE ADD / MODIFY. */
export type AlterSchemaItem =
  | { readonly item: ColumnDef; readonly position?: ColumnPosition }
  | { readonly item: Watermark | PrimaryKey | Distribution; readonly position?: undefined };

/** The action of an ALTER TABLE. */
export type AlterTableAction =
  | { readonly type: 'SET'; readonly options: readonly Property[] }
  | { readonly type: 'RESET'; readonly keys: readonly string[] }
  | { readonly type: 'RENAME TABLE'; readonly newName: QualifiedName }
  | { readonly type: 'RENAME COLUMN'; readonly column: Identifier; readonly newName: Identifier }
  /** ADD / MODIFY; `parenthesized` when written `ADD ( … )` (always for several items). */
  | {
      readonly type: 'ADD' | 'MODIFY';
      readonly items: readonly AlterSchemaItem[];
      readonly parenthesized: boolean;
    }
  | {
      readonly type: 'DROP COLUMNS';
      readonly columns: readonly Identifier[];
      readonly parenthesized: boolean;
    }
  | { readonly type: 'DROP PRIMARY KEY' | 'DROP WATERMARK' | 'DROP DISTRIBUTION' }
  | { readonly type: 'DROP CONSTRAINT'; readonly name: Identifier };

/** `ALTER TABLE [IF EXISTS] t action`. */
export interface AlterTable extends NodeBase {
  readonly kind: 'AlterTable';
  readonly ifExists: boolean;
  readonly name: QualifiedName;
  readonly action: AlterTableAction;
}

/** `DROP [TEMPORARY] TABLE | VIEW [IF EXISTS] name`. */
export interface DropObject extends NodeBase {
  readonly kind: 'DropObject';
  readonly object: 'TABLE' | 'VIEW';
  readonly temporary: boolean;
  readonly ifExists: boolean;
  readonly name: QualifiedName;
}
