/**
 * Gives every catalog of a session its `INFORMATION_SCHEMA` database (Confluent's metadata
 * views, see information-schema.ts): `<catalog>.INFORMATION_SCHEMA.TABLES`, or
 * `INFORMATION_SCHEMA.TABLES` in the current catalog. The views are bounded, read-only tables of
 * the `information-schema` connector, whose rows are computed when the query opens them.
 *
 * @example
 * registerConnector(informationSchemaConnector);
 * const catalogs = new InformationSchemaRegistry(inner, columnTypes);
 * createSession({ catalogs });
 * // SELECT TABLE_NAME FROM `default`.`INFORMATION_SCHEMA`.`TABLES` WHERE TABLE_SCHEMA = 'cluster_0'
 */
import { ConfigError, EddyError } from '../common/errors.js';
import { END, type ConnectorFactory, type SourceBatch } from '../connectors/api.js';
import type {
  Catalog,
  CatalogDatabase,
  CatalogObject,
  CatalogRegistry,
  CatalogTable,
} from '../engine/sql/catalog/catalog-api.js';
import { CORE_FUNCTIONS, layeredRegistry } from '../engine/runtime/expr/core-functions.js';
import { BUILTIN_FUNCTIONS } from '../engine/runtime/functions/index.js';
import type { TranslateContext } from '../engine/sql/validator/context.js';
import { tableColumns } from '../engine/sql/validator/scan.js';
import { INFORMATION_SCHEMA, VIEWS, viewRows, type ColumnTypes } from './information-schema.js';

const CONNECTOR = 'information-schema';

/** Open registries by id: the connector's `registry` option names the one to read. */
const OPEN = new Map<string, { registry: CatalogRegistry; types: ColumnTypes }>();
let nextId = 0;

/** A catalog registry whose catalogs all have an INFORMATION_SCHEMA database. */
export class InformationSchemaRegistry implements CatalogRegistry {
  private readonly id = `is-${process.pid}-${nextId++}`;
  private readonly wrapped = new Map<string, Catalog>();

  constructor(
    private readonly inner: CatalogRegistry,
    types: ColumnTypes = engineColumnTypes(inner),
  ) {
    OPEN.set(this.id, { registry: inner, types });
  }

  listCatalogs(): string[] {
    return this.inner.listCatalogs();
  }

  getCatalog(name: string): Catalog | undefined {
    const c = this.inner.getCatalog(name);
    if (c === undefined) return undefined;
    let w = this.wrapped.get(name);
    if (w === undefined || (w as WithInformationSchema).inner !== c) {
      w = new WithInformationSchema(c, this.id);
      this.wrapped.set(name, w);
    }
    return w;
  }

  /** Forgets this registry (its views can no longer be read). */
  close(): void {
    OPEN.delete(this.id);
  }
}

/** Column types as DESCRIBE derives them (computed columns typed by the engine's validator). */
export function engineColumnTypes(catalogs: CatalogRegistry): ColumnTypes {
  const functions = layeredRegistry(BUILTIN_FUNCTIONS, CORE_FUNCTIONS);
  return (catalog, db, name, t) => {
    let id = 0;
    const ctx: TranslateContext = {
      expr: {
        registry: functions,
        timeZone: 'UTC',
        nonDeterministic: [],
        session: { catalog, database: db },
      },
      catalogs,
      currentCatalog: catalog,
      currentDatabase: db,
      config: {},
      nextId: () => id++,
      ctes: [],
    };
    return tableColumns(ctx, t, name).map((c) => c.type);
  };
}

function readOnly(): never {
  throw new EddyError('EDDY_FORBIDDEN', `${INFORMATION_SCHEMA} is read-only`);
}

class WithInformationSchema implements Catalog {
  // Database DDL goes to the wrapped catalog when it takes it (INFORMATION_SCHEMA itself is fixed).
  readonly createDatabase?: (db: string, meta: CatalogDatabase) => void;
  readonly alterDatabase?: (db: string, meta: CatalogDatabase) => void;
  readonly getDatabase?: (db: string) => CatalogDatabase | undefined;
  readonly dropDatabase?: (db: string) => void;

  constructor(
    readonly inner: Catalog,
    private readonly registryId: string,
  ) {
    const { createDatabase, alterDatabase, getDatabase, dropDatabase } = inner;
    if (createDatabase)
      this.createDatabase = (db, meta) => {
        if (db === INFORMATION_SCHEMA) readOnly();
        createDatabase.call(inner, db, meta);
      };
    if (alterDatabase)
      this.alterDatabase = (db, meta) => {
        if (db === INFORMATION_SCHEMA) readOnly();
        alterDatabase.call(inner, db, meta);
      };
    if (getDatabase)
      this.getDatabase = (db) => (db === INFORMATION_SCHEMA ? undefined : getDatabase.call(inner, db));
    if (dropDatabase)
      this.dropDatabase = (db) => {
        if (db === INFORMATION_SCHEMA) readOnly();
        dropDatabase.call(inner, db);
      };
  }

  get name(): string {
    return this.inner.name;
  }

  listDatabases(): string[] {
    return this.inner.listDatabases();
  }

  databaseExists(db: string): boolean {
    return db === INFORMATION_SCHEMA || this.inner.databaseExists(db);
  }

  listObjects(db: string): { name: string; object: CatalogObject }[] {
    if (db !== INFORMATION_SCHEMA) return this.inner.listObjects(db);
    return Object.keys(VIEWS).map((name) => ({ name, object: this.view(name) }));
  }

  getObject(db: string, name: string): CatalogObject | undefined {
    if (db !== INFORMATION_SCHEMA) return this.inner.getObject(db, name);
    return name in VIEWS ? this.view(name) : undefined;
  }

  private view(name: string): CatalogTable {
    return {
      kind: 'TABLE',
      columns: VIEWS[name]!.map(([n, type]) => ({ kind: 'physical', name: n, type })),
      options: { connector: CONNECTOR, catalog: this.inner.name, view: name, registry: this.registryId },
    };
  }

  createObject(db: string, name: string, object: CatalogObject): void {
    if (db === INFORMATION_SCHEMA) readOnly();
    this.inner.createObject(db, name, object);
  }

  replaceObject(db: string, name: string, object: CatalogObject): void {
    if (db === INFORMATION_SCHEMA) readOnly();
    this.inner.replaceObject(db, name, object);
  }

  dropObject(db: string, name: string): void {
    if (db === INFORMATION_SCHEMA) readOnly();
    this.inner.dropObject(db, name);
  }
}

/** The views' connector: one bounded split whose rows are read from the catalogs at open. */
export const informationSchemaConnector: ConnectorFactory = {
  identifier: CONNECTOR,
  options: [
    { key: 'catalog', required: true, description: 'the catalog the view describes' },
    { key: 'view', required: true, description: 'CATALOGS, SCHEMATA, TABLES, COLUMNS, …' },
    { key: 'registry', required: true, description: 'the session the view reads (internal)' },
  ],
  createSource(schema, options) {
    const view = options['view']!;
    if (!(view in VIEWS))
      throw new ConfigError(`Unknown ${INFORMATION_SCHEMA} view '${view}' (${schema.tableName})`);
    return {
      bounded: true,
      async splits() {
        return [
          {
            id: '0',
            async open() {
              const open = OPEN.get(options['registry']!);
              if (!open) throw new ConfigError(`${schema.tableName} is not readable outside its session`);
              let rows: unknown[][] | undefined = viewRows(
                open.registry,
                options['catalog']!,
                view,
                open.types,
              );
              return {
                async next(): Promise<SourceBatch | typeof END> {
                  if (rows === undefined) return END;
                  const batch = { rows };
                  rows = undefined;
                  return batch;
                },
                async close() {},
              };
            },
          },
        ];
      },
    };
  },
};
