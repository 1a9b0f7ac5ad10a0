/**
 * The catalogs one session sees: the registry it was given plus the catalogs CREATE CATALOG added,
 * minus the ones DROP CATALOG removed. Flink's CatalogManager is per session in the same way, so a
 * created catalog never leaks into another session, whatever registry the caller passed.
 */
import type { Catalog, CatalogObject, CatalogRegistry, TemporaryObjects } from './catalog-api.js';

/** A session-scoped overlay over a catalog registry. */
export class SessionCatalogs implements CatalogRegistry {
  private readonly created = new Map<string, Catalog>();
  private readonly dropped = new Set<string>();

  readonly temporary: TemporaryObjects = new TemporaryObjectMap();

  constructor(private readonly base: CatalogRegistry) {}

  listCatalogs(): string[] {
    const names = this.base.listCatalogs().filter((n) => !this.dropped.has(n) && !this.created.has(n));
    return [...names, ...this.created.keys()];
  }

  getCatalog(name: string): Catalog | undefined {
    const c = this.created.get(name);
    if (c !== undefined) return c;
    return this.dropped.has(name) ? undefined : this.base.getCatalog(name);
  }

  register(catalog: Catalog): void {
    this.dropped.delete(catalog.name);
    this.created.set(catalog.name, catalog);
  }

  unregister(name: string): void {
    this.created.delete(name);
    if (this.base.getCatalog(name) !== undefined) this.dropped.add(name);
  }
}

/** Temporary objects in a map keyed by the JSON of their full path. */
class TemporaryObjectMap implements TemporaryObjects {
  private readonly objects = new Map<string, { path: readonly string[]; object: CatalogObject }>();

  get(path: readonly string[]): CatalogObject | undefined {
    return this.objects.get(JSON.stringify(path))?.object;
  }

  set(path: readonly string[], object: CatalogObject): void {
    this.objects.set(JSON.stringify(path), { path: [...path], object });
  }

  delete(path: readonly string[]): boolean {
    return this.objects.delete(JSON.stringify(path));
  }

  list(catalog: string, database: string): { name: string; object: CatalogObject }[] {
    return [...this.objects.values()]
      .filter((e) => e.path[0] === catalog && e.path[1] === database)
      .map((e) => ({ name: e.path[2]!, object: e.object }));
  }
}

/**
 * The catalog that takes database DDL for `c`: `c` itself, or the catalog a wrapper (such as the
 * INFORMATION_SCHEMA one) exposes as `inner` when the wrapper does not forward database DDL.
 */
export function databaseDdlTarget(c: Catalog): Catalog {
  if (c.createDatabase !== undefined) return c;
  const inner = (c as { readonly inner?: unknown }).inner;
  if (inner !== null && typeof inner === 'object' && 'createDatabase' in inner) return inner as Catalog;
  return c;
}
