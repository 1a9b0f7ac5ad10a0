/**
 * The read-only `examples` catalog for `eddy sql`'s local mode: database `marketplace` with
 * clicks, customers, orders and products (src/connectors/examples), each with Confluent's
 * hidden `$rowtime` (TIMESTAMP_LTZ(3), the row's event time) and the examples' watermark
 * strategy (the maximum timestamp seen, i.e. `$rowtime` itself).
 */
import { EddyError } from '../../common/errors.js';
import { MARKETPLACE } from '../../connectors/index.js';
import type {
  Catalog,
  CatalogColumn,
  CatalogObject,
  CatalogTable,
} from '../../engine/sql/catalog/catalog-api.js';
import { notNull, timestampLtzType } from '../../types/index.js';

export const EXAMPLES_CATALOG = 'examples';
export const EXAMPLES_DATABASE = 'marketplace';

function table(name: string): CatalogTable {
  const t = MARKETPLACE[name]!;
  const columns: CatalogColumn[] = [
    ...t.columns.map((c): CatalogColumn => ({ kind: 'physical', name: c.name, type: c.type })),
    {
      kind: 'metadata',
      name: '$rowtime',
      type: notNull(timestampLtzType(3)),
      key: 'timestamp',
      virtual: true,
    },
  ];
  return {
    kind: 'TABLE',
    columns,
    watermark: { column: '$rowtime', expr: '`$rowtime`' },
    ...(t.primaryKey.length > 0 ? { primaryKey: { columns: t.primaryKey } } : {}),
    options: { connector: 'examples', table: name },
  };
}

function readOnly(): never {
  throw new EddyError('EDDY_FORBIDDEN', `the ${EXAMPLES_CATALOG} catalog is read-only`);
}

/** The examples catalog (read-only). */
export class ExamplesCatalog implements Catalog {
  readonly name = EXAMPLES_CATALOG;
  private readonly tables = new Map(Object.keys(MARKETPLACE).map((n) => [n, table(n)] as const));

  listDatabases(): string[] {
    return [EXAMPLES_DATABASE];
  }

  databaseExists(db: string): boolean {
    return db === EXAMPLES_DATABASE;
  }

  listObjects(db: string): { name: string; object: CatalogObject }[] {
    if (db !== EXAMPLES_DATABASE) return [];
    return [...this.tables.entries()].map(([name, object]) => ({ name, object }));
  }

  getObject(db: string, name: string): CatalogObject | undefined {
    return db === EXAMPLES_DATABASE ? this.tables.get(name) : undefined;
  }

  createObject(): void {
    readOnly();
  }

  replaceObject(): void {
    readOnly();
  }

  dropObject(): void {
    readOnly();
  }
}
