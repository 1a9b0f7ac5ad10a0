/**
 * Non-DDL statements: INSERT, EXECUTE STATEMENT SET, SHOW, DESCRIBE, EXPLAIN, SET, RESET, USE.
 * `Statement` is the union of everything `parseStatement` returns.
 *
 * @example
 * // parseStatement("SET 'sql.local-time-zone' = 'UTC'") gives
 * // { kind: 'Set', key: 'sql.local-time-zone', value: 'UTC', span: … }
 */
import type { AdminStatement } from './admin.js';
import type { CatalogStatement } from './catalog-ddl.js';
import type { AlterTable, CreateTable, CreateView, DropObject } from './ddl.js';
import type { Expr } from './expression.js';
import type { Hint, Identifier, NodeBase, QualifiedName } from './node.js';
import type { Query } from './query.js';

/** `INSERT INTO | OVERWRITE t [hints] [PARTITION (k = v, …)] [(cols)] query`. */
export interface Insert extends NodeBase {
  readonly kind: 'Insert';
  readonly overwrite: boolean;
  readonly table: QualifiedName;
  readonly hints: readonly Hint[];
  readonly partition?: readonly { readonly column: Identifier; readonly value: Expr }[];
  readonly columns?: readonly Identifier[];
  readonly query: Query;
}

/** `EXECUTE STATEMENT SET BEGIN insert; … END`. */
export interface StatementSet extends NodeBase {
  readonly kind: 'StatementSet';
  /** INSERTs; the SQL client's BEGIN STATEMENT SET form may also hold CREATE TABLE … AS. */
  readonly statements: readonly (Insert | CreateTable)[];
}

/** The object kinds of SHOW … with an optional FROM/IN and LIKE. */
export type ShowObjectType =
  | 'CATALOGS'
  | 'DATABASES'
  | 'TABLES'
  | 'VIEWS'
  | 'COLUMNS'
  | 'FUNCTIONS'
  | 'USER FUNCTIONS'
  | 'MODULES'
  | 'FULL MODULES'
  | 'JOBS'
  | 'JARS'
  | 'PROCEDURES'
  /** Confluent Cloud: AI models and external connections. */
  | 'MODELS'
  | 'CONNECTIONS';

/** `SHOW TABLES [FROM | IN db] [[NOT] LIKE | ILIKE 'pattern']` and the other listings. */
export interface ShowObjects extends NodeBase {
  readonly kind: 'ShowObjects';
  readonly object: ShowObjectType;
  readonly from?: { readonly preposition: 'FROM' | 'IN'; readonly name: QualifiedName };
  readonly like?: { readonly negated: boolean; readonly ilike: boolean; readonly pattern: string };
}

/** `SHOW CURRENT CATALOG | DATABASE`. */
export interface ShowCurrent extends NodeBase {
  readonly kind: 'ShowCurrent';
  readonly object: 'CATALOG' | 'DATABASE';
}

/** `SHOW CREATE TABLE | VIEW | CATALOG name` (a catalog name is one identifier). */
export interface ShowCreate extends NodeBase {
  readonly kind: 'ShowCreate';
  readonly object: 'TABLE' | 'VIEW' | 'CATALOG';
  readonly name: QualifiedName;
}

/** `DESCRIBE | DESC [EXTENDED] name`. */
export interface Describe extends NodeBase {
  readonly kind: 'Describe';
  readonly keyword: 'DESCRIBE' | 'DESC';
  readonly extended: boolean;
  readonly name: QualifiedName;
}

/** An EXPLAIN detail keyword. */
export type ExplainDetail = 'CHANGELOG_MODE' | 'ESTIMATED_COST' | 'JSON_EXECUTION_PLAN' | 'PLAN_ADVICE';

/** `EXPLAIN [PLAN FOR | detail, …] statement`. */
export interface Explain extends NodeBase {
  readonly kind: 'Explain';
  readonly planFor: boolean;
  readonly details: readonly ExplainDetail[];
  readonly statement: Query | Insert | StatementSet | CreateTable;
}

/** `SET` (list), `SET 'k' = 'v'`. */
export interface SetStatement extends NodeBase {
  readonly kind: 'Set';
  readonly key?: string;
  readonly value?: string;
}

/** `RESET` (all) or `RESET 'k'`. */
export interface ResetStatement extends NodeBase {
  readonly kind: 'Reset';
  readonly key?: string;
}

/** `USE CATALOG c`. */
export interface UseCatalog extends NodeBase {
  readonly kind: 'UseCatalog';
  readonly name: Identifier;
}

/** `USE [catalog.]database`. */
export interface UseDatabase extends NodeBase {
  readonly kind: 'UseDatabase';
  readonly name: QualifiedName;
}

/** Everything parseStatement can return. */
export type Statement =
  | Query
  | Insert
  | StatementSet
  | CreateTable
  | CreateView
  | AlterTable
  | DropObject
  | ShowObjects
  | ShowCurrent
  | ShowCreate
  | Describe
  | Explain
  | SetStatement
  | ResetStatement
  | UseCatalog
  | UseDatabase
  | CatalogStatement
  | AdminStatement;
