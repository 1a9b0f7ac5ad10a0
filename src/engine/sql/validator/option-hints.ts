/**
 * Flink's dynamic table options: `FROM t /*+ OPTIONS('k' = 'v') *\/` and
 * `INSERT INTO t /*+ OPTIONS(…) *\/` override the table's stored options for one statement,
 * for every connector (filesystem, datagen, kafka, …). Views take no options (Flink's message).
 */
import type { Span } from '../../../common/errors.js';
import type { Hint } from '../ast/index.js';
import type { CatalogObject, CatalogTable } from '../catalog/catalog-api.js';
import { quoteIdentifier } from '../../../types/index.js';
import { validationError } from './errors.js';

/** The `OPTIONS` key/values of a table's hints (later hints win), or undefined without any. */
export function optionsOf(hints: readonly Hint[] | undefined): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const h of hints ?? []) {
    if (h.name.value.toUpperCase() !== 'OPTIONS') continue;
    out ??= {};
    for (const kv of h.kvOptions ?? []) out[kv.key] = kv.value;
  }
  return out;
}

/** The object with its OPTIONS hints applied; a view with OPTIONS is refused as Flink does. */
export function withOptionHints<T extends CatalogObject>(
  object: T,
  hints: readonly Hint[] | undefined,
  path: readonly string[],
  span: Span,
): T {
  const options = optionsOf(hints);
  if (options === undefined) return object;
  if (object.kind === 'VIEW')
    throw validationError(
      // ObjectIdentifier#toString: the serializable, backquoted form (view.q).
      `View '${path.map(quoteIdentifier).join('.')}' cannot be enriched with new options. Hints can only be applied to tables.`,
      span,
    );
  const t = object as CatalogTable;
  return { ...t, options: { ...t.options, ...options } } as T;
}
