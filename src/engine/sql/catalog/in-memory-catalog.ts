/**
 * A heap-only catalog for local mode (`eddy sql`) and tests, with Flink's defaults:
 * catalog `default_catalog` holding database `default_database`.
 */
import { EddyError } from '../../../common/errors.js';
import type { Catalog, CatalogDatabase, CatalogObject, CatalogRegistry } from './catalog-api.js';

export const DEFAULT_CATALOG = 'default_catalog';
export const DEFAULT_DATABASE = 'default_database';

/** One in-memory catalog. */
export class InMemoryCatalog implements Catalog {
  private readonly dbs = new Map<string, Map<string, CatalogObject>>();
  private readonly meta = new Map<string, CatalogDatabase>();

  constructor(
    readonly name: string,
    databases: readonly string[] = [DEFAULT_DATABASE],
  ) {
    for (const d of databases) this.dbs.set(d, new Map());
  }

  listDatabases(): string[] {
    return [...this.dbs.keys()];
  }

  databaseExists(db: string): boolean {
    return this.dbs.has(db);
  }

  /** Adds a database (no-op when it exists). */
  createDatabase(db: string, meta: CatalogDatabase = { properties: {} }): void {
    if (!this.dbs.has(db)) this.dbs.set(db, new Map());
    this.meta.set(db, meta);
  }

  alterDatabase(db: string, meta: CatalogDatabase): void {
    this.database(db);
    this.meta.set(db, meta);
  }

  getDatabase(db: string): CatalogDatabase | undefined {
    return this.dbs.has(db) ? (this.meta.get(db) ?? { properties: {} }) : undefined;
  }

  dropDatabase(db: string): void {
    this.dbs.delete(db);
    this.meta.delete(db);
  }

  listObjects(db: string): { name: string; object: CatalogObject }[] {
    return [...(this.dbs.get(db) ?? new Map<string, CatalogObject>()).entries()].map(([name, object]) => ({
      name,
      object,
    }));
  }

  getObject(db: string, name: string): CatalogObject | undefined {
    return this.dbs.get(db)?.get(name);
  }

  createObject(db: string, name: string, object: CatalogObject): void {
    const d = this.database(db);
    if (d.has(name))
      throw new EddyError('EDDY_CONFLICT', `object '${name}' already exists in ${this.name}.${db}`);
    d.set(name, object);
  }

  replaceObject(db: string, name: string, object: CatalogObject): void {
    this.database(db).set(name, object);
  }

  dropObject(db: string, name: string): void {
    this.database(db).delete(name);
  }

  private database(db: string): Map<string, CatalogObject> {
    const d = this.dbs.get(db);
    if (d === undefined)
      throw new EddyError('EDDY_NOT_FOUND', `database '${db}' does not exist in catalog '${this.name}'`);
    return d;
  }
}

/** A set of catalogs; starts with `default_catalog`. */
export class InMemoryCatalogRegistry implements CatalogRegistry {
  private readonly catalogs = new Map<string, Catalog>();

  constructor(catalogs: readonly Catalog[] = [new InMemoryCatalog(DEFAULT_CATALOG)]) {
    for (const c of catalogs) this.catalogs.set(c.name, c);
  }

  /** Registers another catalog (the Kafka catalog issue adds environments this way). */
  register(catalog: Catalog): void {
    this.catalogs.set(catalog.name, catalog);
  }

  unregister(name: string): void {
    this.catalogs.delete(name);
  }

  listCatalogs(): string[] {
    return [...this.catalogs.keys()];
  }

  getCatalog(name: string): Catalog | undefined {
    return this.catalogs.get(name);
  }
}
