/**
 * Confluent's system columns (`$rowtime`, the Kafka record timestamp): virtual metadata
 * columns whose name starts with `$`. They are hidden: `SELECT *`, DESCRIBE and SHOW CREATE
 * TABLE leave them out, DESCRIBE EXTENDED and INFORMATION_SCHEMA.COLUMNS (IS_HIDDEN = 'YES')
 * show them, and a query may still name them (`SELECT $rowtime`, `DESCRIPTOR($rowtime)`).
 */
import type { CatalogColumn } from '../catalog/catalog-api.js';

/** Whether a catalog column is a hidden system column such as `$rowtime`. */
export function isSystemColumn(c: CatalogColumn): boolean {
  return c.kind === 'metadata' && c.virtual && c.name.startsWith('$');
}
