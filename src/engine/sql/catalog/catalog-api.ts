/**
 * The catalog interface the engine needs (DESIGN.md: the engine defines it, the catalog layer
 * implements it for Kafka environments; {@link InMemoryCatalog} implements it for local mode).
 * Names are case-sensitive, as in Flink. Table schemas keep computed-column and watermark
 * expressions as SQL text, so any implementation can persist them.
 */
import type { LogicalType } from '../../../types/index.js';

/** A column of a catalog table. */
export type CatalogColumn =
  | {
      readonly kind: 'physical';
      readonly name: string;
      readonly type: LogicalType;
      readonly comment?: string;
    }
  | {
      readonly kind: 'computed';
      readonly name: string;
      /** The expression as SQL text (`price * 2`). */
      readonly expr: string;
      readonly comment?: string;
    }
  | {
      readonly kind: 'metadata';
      readonly name: string;
      readonly type: LogicalType;
      /** The connector's metadata key; defaults to the column name. */
      readonly key?: string;
      readonly virtual: boolean;
      readonly comment?: string;
    };

/** `WATERMARK FOR column AS expr`. */
export interface CatalogWatermark {
  readonly column: string;
  /** SQL text of the watermark expression. */
  readonly expr: string;
}

/** A table: schema plus connector options. */
export interface CatalogTable {
  readonly kind: 'TABLE';
  readonly columns: readonly CatalogColumn[];
  readonly watermark?: CatalogWatermark;
  readonly primaryKey?: { readonly name?: string; readonly columns: readonly string[] };
  readonly options: Readonly<Record<string, string>>;
  readonly comment?: string;
  readonly partitionKeys?: readonly string[];
  readonly distribution?: {
    readonly algorithm?: string;
    readonly columns: readonly string[];
    readonly buckets?: number;
  };
}

/** A view: its query text and the columns it was created with. */
export interface CatalogView {
  readonly kind: 'VIEW';
  /** The defining query as written. */
  readonly query: string;
  /**
   * The query as Flink's SHOW CREATE VIEW prints it (Calcite's unparse with every identifier
   * expanded, session/view-text.ts), when Eddy reproduces that text for the query's shape.
   */
  readonly expandedQuery?: string;
  readonly columns: readonly { readonly name: string; readonly type: LogicalType }[];
  readonly comment?: string;
}

export type CatalogObject = CatalogTable | CatalogView;

/** A database's comment and properties (CREATE / ALTER DATABASE). */
export interface CatalogDatabase {
  readonly comment?: string;
  readonly properties: Readonly<Record<string, string>>;
}

/**
 * One catalog (Flink's Catalog): databases holding tables and views. The optional database
 * methods serve CREATE / ALTER / DROP DATABASE; a catalog without them refuses those statements.
 */
export interface Catalog {
  readonly name: string;
  listDatabases(): string[];
  databaseExists(db: string): boolean;
  /** Adds a database; callers check that it does not exist. */
  createDatabase?(db: string, meta: CatalogDatabase): void;
  /** Replaces a database's comment and properties. */
  alterDatabase?(db: string, meta: CatalogDatabase): void;
  /** A database's comment and properties. */
  getDatabase?(db: string): CatalogDatabase | undefined;
  /** Removes a database and everything in it; callers check emptiness for RESTRICT. */
  dropDatabase?(db: string): void;
  /** Tables and views of a database, in creation order. */
  listObjects(db: string): { name: string; object: CatalogObject }[];
  getObject(db: string, name: string): CatalogObject | undefined;
  /** Adds an object; throws when it exists (callers check IF NOT EXISTS first). */
  createObject(db: string, name: string, object: CatalogObject): void;
  /** Replaces an existing object (ALTER TABLE). */
  replaceObject(db: string, name: string, object: CatalogObject): void;
  dropObject(db: string, name: string): void;
}

/** All catalogs of a session; `register` / `unregister` serve CREATE / DROP CATALOG. */
export interface CatalogRegistry {
  listCatalogs(): string[];
  getCatalog(name: string): Catalog | undefined;
  register?(catalog: Catalog): void;
  unregister?(name: string): void;
  /**
   * The session's temporary tables and views (Flink's CatalogManager.temporaryTables): keyed by
   * full path, they shadow a catalog object of the same path and never reach the catalog.
   */
  readonly temporary?: TemporaryObjects;
}

/** Temporary tables and views of one session, by full path (catalog, database, name). */
export interface TemporaryObjects {
  get(path: readonly string[]): CatalogObject | undefined;
  set(path: readonly string[], object: CatalogObject): void;
  delete(path: readonly string[]): boolean;
  /** Names of the temporary objects in one database. */
  list(catalog: string, database: string): { name: string; object: CatalogObject }[];
}
