/**
 * The SQL engine's public API: sessions, results, catalogs and the compiled plan.
 */
export { createSession, type Session, type SessionOptions, type ExecuteInput } from './session/session.js';
export type {
  StatementResult,
  QueryResult,
  JobResult,
  TableResult,
  StatusResult,
  ResultColumn,
  Change,
} from './session/results.js';
export type {
  Catalog,
  CatalogRegistry,
  CatalogTable,
  CatalogView,
  CatalogColumn,
  CatalogObject,
} from './catalog/catalog-api.js';
export {
  InMemoryCatalog,
  InMemoryCatalogRegistry,
  DEFAULT_CATALOG,
  DEFAULT_DATABASE,
} from './catalog/in-memory-catalog.js';
export { planToJson, planFromJson } from './planner/compiled-plan.js';
