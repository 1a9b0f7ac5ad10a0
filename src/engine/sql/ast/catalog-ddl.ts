/**
 * DDL on catalogs, databases, functions, views and modules (Flink 2.x's CREATE / ALTER / DROP
 * CATALOG, DATABASE, FUNCTION, ALTER VIEW, LOAD / UNLOAD / USE MODULES pages), and the SHOW /
 * DESCRIBE forms that go with them.
 *
 * @example
 * // CREATE CATALOG c1 WITH ('type' = 'generic_in_memory') gives
 * // { kind: 'CreateCatalog', name: c1, ifNotExists: false, options: [ … ], span: … }
 */
import type { Identifier, NodeBase, Property, QualifiedName } from './node.js';
import type { Query } from './query.js';

/** `CREATE CATALOG [IF NOT EXISTS] c [COMMENT '…'] [WITH (…)]`. */
export interface CreateCatalog extends NodeBase {
  readonly kind: 'CreateCatalog';
  readonly ifNotExists: boolean;
  readonly name: Identifier;
  readonly comment?: string;
  readonly options: readonly Property[];
}

/** `ALTER CATALOG c SET (…) | RESET (…) | COMMENT '…'`. */
export interface AlterCatalog extends NodeBase {
  readonly kind: 'AlterCatalog';
  readonly name: Identifier;
  readonly action:
    | { readonly type: 'SET'; readonly options: readonly Property[] }
    | { readonly type: 'RESET'; readonly keys: readonly string[] }
    | { readonly type: 'COMMENT'; readonly comment: string };
}

/** `DROP CATALOG [IF EXISTS] c`. */
export interface DropCatalog extends NodeBase {
  readonly kind: 'DropCatalog';
  readonly ifExists: boolean;
  readonly name: Identifier;
}

/** `CREATE DATABASE [IF NOT EXISTS] [c.]db [COMMENT '…'] [WITH (…)]`. */
export interface CreateDatabase extends NodeBase {
  readonly kind: 'CreateDatabase';
  readonly ifNotExists: boolean;
  readonly name: QualifiedName;
  readonly comment?: string;
  readonly options: readonly Property[];
}

/** `ALTER DATABASE [c.]db SET (…)`. */
export interface AlterDatabase extends NodeBase {
  readonly kind: 'AlterDatabase';
  readonly name: QualifiedName;
  readonly options: readonly Property[];
}

/** `DROP DATABASE [IF EXISTS] [c.]db [RESTRICT | CASCADE]`. */
export interface DropDatabase extends NodeBase {
  readonly kind: 'DropDatabase';
  readonly ifExists: boolean;
  readonly name: QualifiedName;
  /** As written; Flink's default is RESTRICT. */
  readonly mode?: 'RESTRICT' | 'CASCADE';
}

/** A function's implementation language. */
export type FunctionLanguage = 'JAVA' | 'SCALA' | 'SQL' | 'PYTHON';

/**
 * `CREATE [TEMPORARY [SYSTEM]] FUNCTION [IF NOT EXISTS] name AS 'class' [LANGUAGE …]
 * [USING {JAR | ARTIFACT} '…' [, …]*]`. A SYSTEM function has a simple name.
 */
export interface CreateFunction extends NodeBase {
  readonly kind: 'CreateFunction';
  readonly temporary: boolean;
  readonly system: boolean;
  readonly ifNotExists: boolean;
  readonly name: QualifiedName;
  readonly className: string;
  readonly language?: FunctionLanguage;
  readonly jars: readonly string[];
  /** Positions in `jars` written `ARTIFACT '…'` (Flink 2.3, FLIP-559) rather than `JAR '…'`. */
  readonly artifacts?: readonly number[];
}

/** `ALTER [TEMPORARY [SYSTEM]] FUNCTION [IF EXISTS] name AS 'class' [LANGUAGE …]`. */
export interface AlterFunction extends NodeBase {
  readonly kind: 'AlterFunction';
  readonly temporary: boolean;
  readonly system: boolean;
  readonly ifExists: boolean;
  readonly name: QualifiedName;
  readonly className: string;
  readonly language?: FunctionLanguage;
}

/** `DROP [TEMPORARY [SYSTEM]] FUNCTION [IF EXISTS] name`. */
export interface DropFunction extends NodeBase {
  readonly kind: 'DropFunction';
  readonly temporary: boolean;
  readonly system: boolean;
  readonly ifExists: boolean;
  readonly name: QualifiedName;
}

/** `ALTER VIEW v RENAME TO w` or `ALTER VIEW v AS query`. */
export interface AlterView extends NodeBase {
  readonly kind: 'AlterView';
  readonly name: QualifiedName;
  readonly action:
    | { readonly type: 'RENAME'; readonly newName: QualifiedName }
    | { readonly type: 'AS'; readonly query: Query };
}

/** `LOAD MODULE m [WITH (…)]`. */
export interface LoadModule extends NodeBase {
  readonly kind: 'LoadModule';
  readonly name: Identifier;
  readonly options: readonly Property[];
}

/** `UNLOAD MODULE m`. */
export interface UnloadModule extends NodeBase {
  readonly kind: 'UnloadModule';
  readonly name: Identifier;
}

/** `USE MODULES m1 [, m2]*`: the modules in use, in resolution order. */
export interface UseModules extends NodeBase {
  readonly kind: 'UseModules';
  readonly names: readonly Identifier[];
}

/** `SHOW PARTITIONS t [PARTITION (k = 'v', …)]`. */
export interface ShowPartitions extends NodeBase {
  readonly kind: 'ShowPartitions';
  readonly table: QualifiedName;
  readonly partition?: readonly { readonly column: Identifier; readonly value: string }[];
}

/** `DESCRIBE | DESC CATALOG [EXTENDED] c`. */
export interface DescribeCatalog extends NodeBase {
  readonly kind: 'DescribeCatalog';
  readonly keyword: 'DESCRIBE' | 'DESC';
  readonly extended: boolean;
  readonly name: Identifier;
}

/** `DESCRIBE | DESC FUNCTION [EXTENDED] [catalog.][db.]f` (FLIP-465). */
export interface DescribeFunction extends NodeBase {
  readonly kind: 'DescribeFunction';
  readonly keyword: 'DESCRIBE' | 'DESC';
  readonly extended: boolean;
  readonly name: QualifiedName;
}

/** Every statement of this file. */
export type CatalogStatement =
  | CreateCatalog
  | AlterCatalog
  | DropCatalog
  | CreateDatabase
  | AlterDatabase
  | DropDatabase
  | CreateFunction
  | AlterFunction
  | DropFunction
  | AlterView
  | LoadModule
  | UnloadModule
  | UseModules
  | ShowPartitions
  | DescribeCatalog
  | DescribeFunction;
