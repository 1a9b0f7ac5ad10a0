/**
 * Confluent's INFORMATION_SCHEMA views (column names, types and values as Confluent's
 * `InfoSchemaTables` declares them): CATALOGS (every catalog), INFORMATION_SCHEMA_CATALOG_NAME,
 * SCHEMATA / DATABASES, TABLES, TABLE_OPTIONS, COLUMNS, TABLE_CONSTRAINTS and KEY_COLUMN_USAGE
 * (primary keys, NOT ENFORCED) of the catalog the view belongs to.
 * Rows are computed from the catalogs when a query opens the view, so they are live: the Kafka
 * catalog reloads topics and subjects before every statement.
 */
import type { LogicalType } from '../types/index.js';
import { intType, stringType } from '../types/index.js';
import type { CatalogRegistry, CatalogTable } from '../engine/sql/catalog/catalog-api.js';
import { confluentTableOptions, isKafkaTable } from '../engine/sql/session/confluent-create-table.js';
import { displayOptionValue } from '../engine/sql/session/sensitive-options.js';
import { isSystemColumn } from '../engine/sql/validator/system-columns.js';
import { serializableType, typeRoot } from '../engine/sql/validator/type-text.js';

/** The database every catalog gets. */
export const INFORMATION_SCHEMA = 'INFORMATION_SCHEMA';

type Col = readonly [name: string, type: LogicalType];
const S: LogicalType = stringType(false);
const SN: LogicalType = stringType(true);
const IN: LogicalType = intType(true);

const IDS: Col[] = [
  ['TABLE_CATALOG_ID', S],
  ['TABLE_CATALOG', S],
  ['TABLE_SCHEMA_ID', S],
  ['TABLE_SCHEMA', S],
  ['TABLE_NAME', S],
];

const CONSTRAINT_IDS: Col[] = [
  ['CONSTRAINT_CATALOG_ID', S],
  ['CONSTRAINT_CATALOG', S],
  ['CONSTRAINT_SCHEMA_ID', S],
  ['CONSTRAINT_SCHEMA', S],
  ['CONSTRAINT_NAME', S],
  ...IDS,
];

/** The views and their columns. */
export const VIEWS: Readonly<Record<string, readonly Col[]>> = {
  CATALOGS: [
    ['CATALOG_ID', S],
    ['CATALOG_NAME', S],
  ],
  INFORMATION_SCHEMA_CATALOG_NAME: [
    ['CATALOG_ID', S],
    ['CATALOG_NAME', S],
  ],
  SCHEMATA: [
    ['CATALOG_ID', S],
    ['CATALOG_NAME', S],
    ['SCHEMA_ID', S],
    ['SCHEMA_NAME', S],
  ],
  DATABASES: [
    ['CATALOG_ID', S],
    ['CATALOG_NAME', S],
    ['SCHEMA_ID', S],
    ['SCHEMA_NAME', S],
  ],
  TABLES: [
    ...IDS,
    ['TABLE_TYPE', S],
    ['IS_DISTRIBUTED', S],
    ['DISTRIBUTION_ALGORITHM', SN],
    ['DISTRIBUTION_BUCKETS', IN],
    ['IS_WATERMARKED', S],
    ['WATERMARK_COLUMN', SN],
    ['WATERMARK_EXPRESSION', SN],
    ['WATERMARK_IS_HIDDEN', SN],
    ['COMMENT', SN],
  ],
  TABLE_OPTIONS: [...IDS, ['OPTION_KEY', S], ['OPTION_VALUE', S]],
  TABLE_CONSTRAINTS: [...CONSTRAINT_IDS, ['CONSTRAINT_TYPE', S], ['ENFORCED', S]],
  KEY_COLUMN_USAGE: [...CONSTRAINT_IDS, ['COLUMN_NAME', S], ['ORDINAL_POSITION', intType(false)]],
  COLUMNS: [
    ...IDS,
    ['COLUMN_NAME', S],
    ['ORDINAL_POSITION', intType(false)],
    ['IS_NULLABLE', S],
    ['DATA_TYPE', S],
    ['FULL_DATA_TYPE', S],
    ['IS_HIDDEN', S],
    ['IS_GENERATED', S],
    ['GENERATION_EXPRESSION', SN],
    ['IS_METADATA', S],
    ['METADATA_KEY', SN],
    ['IS_PERSISTED', S],
    ['DISTRIBUTION_ORDINAL_POSITION', IN],
    ['COMMENT', SN],
  ],
};

/** Column types of a table, computed columns' types derived (given by the engine side). */
export type ColumnTypes = (catalog: string, db: string, name: string, t: CatalogTable) => LogicalType[];

const yn = (b: boolean): string => (b ? 'YES' : 'NO');

/** The rows of view `view` of catalog `catalog` (CATALOGS: of every catalog). */
export function viewRows(
  registry: CatalogRegistry,
  catalog: string,
  view: string,
  types: ColumnTypes,
): unknown[][] {
  if (view === 'CATALOGS') return registry.listCatalogs().map((c) => [c, c]);
  if (view === 'INFORMATION_SCHEMA_CATALOG_NAME') return [[catalog, catalog]];
  const cat = registry.getCatalog(catalog);
  if (cat === undefined) return [];
  const dbs = cat.listDatabases().filter((d) => d !== INFORMATION_SCHEMA);
  if (view === 'SCHEMATA' || view === 'DATABASES') return dbs.map((d) => [catalog, catalog, d, d]);
  const out: unknown[][] = [];
  for (const db of dbs) {
    for (const { name, object: o } of cat.listObjects(db)) {
      const ids = [catalog, catalog, db, db, name];
      if (view === 'TABLE_CONSTRAINTS' || view === 'KEY_COLUMN_USAGE') {
        const pk = o.kind === 'TABLE' ? o.primaryKey : undefined;
        if (pk === undefined) continue;
        // The name SHOW CREATE TABLE prints for the constraint.
        const c = [catalog, catalog, db, db, pk.name ?? `PK_${pk.columns.join('_')}`, ...ids];
        if (view === 'TABLE_CONSTRAINTS') out.push([...c, 'PRIMARY KEY', 'NO']);
        else pk.columns.forEach((col, i) => out.push([...c, col, i + 1]));
      } else if (view === 'TABLES')
        out.push([...ids, ...tableFacts(o.kind === 'TABLE' ? o : undefined), o.comment ?? null]);
      else if (view === 'TABLE_OPTIONS') {
        if (o.kind !== 'TABLE') continue;
        // A Kafka table's options as SHOW CREATE TABLE prints them ('connector' = 'confluent').
        const options = isKafkaTable(o)
          ? confluentTableOptions(o, name)
          : Object.entries(o.options)
              .map(([k, v]): [string, string] => [k, displayOptionValue(k, v)])
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (const [k, v] of options) out.push([...ids, k, v]);
      } else if (view === 'COLUMNS') {
        if (o.kind === 'VIEW') {
          o.columns.forEach((c, i) =>
            out.push([
              ...ids,
              ...columnFacts(c.name, i, c.type),
              'NO',
              'NO',
              null,
              'NO',
              null,
              'YES',
              null,
              null,
            ]),
          );
          continue;
        }
        let colTypes: LogicalType[];
        try {
          colTypes = types(catalog, db, name, o);
        } catch {
          continue; // A table whose stored expressions no longer validate has no column facts.
        }
        const dist = o.distribution?.columns ?? [];
        o.columns.forEach((c, i) => {
          const computed = c.kind === 'computed';
          const meta = c.kind === 'metadata';
          out.push([
            ...ids,
            ...columnFacts(c.name, i, colTypes[i]!),
            yn(isSystemColumn(c)),
            yn(computed),
            computed ? c.expr : null,
            yn(meta),
            meta ? (c.key ?? null) : null,
            yn(!computed && !(meta && c.virtual)),
            dist.includes(c.name) ? dist.indexOf(c.name) + 1 : null,
            c.comment ?? null,
          ]);
        });
      }
    }
  }
  return out;
}

function columnFacts(name: string, i: number, t: LogicalType): unknown[] {
  const { timeAttribute: _ta, ...plain } = t as LogicalType & { timeAttribute?: string };
  void _ta;
  return [
    name,
    i + 1,
    yn(t.nullable),
    typeRoot(t),
    serializableType({ ...plain, nullable: true } as LogicalType),
  ];
}

/** IS_DISTRIBUTED … WATERMARK_IS_HIDDEN of a table (a view: not distributed, no watermark). */
function tableFacts(t: CatalogTable | undefined): unknown[] {
  if (t === undefined) return ['VIEW', 'NO', null, null, 'NO', null, null, null];
  const d = t.distribution;
  const wm = t.watermark;
  const wmCol = wm ? t.columns.find((c) => c.name === wm.column) : undefined;
  return [
    'BASE TABLE',
    yn(d !== undefined),
    d ? (d.algorithm ?? 'HASH') : null,
    d?.buckets ?? null,
    yn(wm !== undefined),
    wm?.column ?? null,
    wm?.expr ?? null,
    wm ? yn(wmCol !== undefined && isSystemColumn(wmCol)) : null,
  ];
}
