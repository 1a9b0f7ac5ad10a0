/**
 * Resolves table names against the catalogs (`t`, `db.t`, `cat.db.t`; case-sensitive) with
 * Flink's message and a did-you-mean hint when the object does not exist.
 */
import type { Span } from '../../../common/errors.js';
import type { CatalogObject } from '../catalog/catalog-api.js';
import type { QualifiedName } from '../ast/index.js';
import type { TranslateContext } from './context.js';
import { didYouMean, validationError } from './errors.js';

/** A resolved catalog object with its full path. */
export interface ResolvedObject {
  readonly path: [string, string, string];
  readonly object: CatalogObject;
  /** A temporary table or view of the session (it shadows a catalog object of the same path). */
  readonly temporary?: boolean;
}

/** The full path of a possibly partial name. */
export function qualify(
  ctx: Pick<TranslateContext, 'currentCatalog' | 'currentDatabase'>,
  name: readonly string[],
): [string, string, string] {
  if (name.length === 1) return [ctx.currentCatalog, ctx.currentDatabase, name[0]!];
  if (name.length === 2) return [ctx.currentCatalog, name[0]!, name[1]!];
  return [name[0]!, name[1]!, name[2]!];
}

/** Looks an object up; undefined when it does not exist. */
export function findObject(ctx: TranslateContext, name: readonly string[]): ResolvedObject | undefined {
  const path = qualify(ctx, name);
  const temp = ctx.catalogs.temporary?.get(path);
  if (temp !== undefined) return { path, object: temp, temporary: true };
  const cat = ctx.catalogs.getCatalog(path[0]);
  const object = cat?.getObject(path[1], path[2]);
  return object === undefined ? undefined : { path, object };
}

/** Looks an object up or throws Flink's "Object '…' not found" message. */
export function resolveObject(ctx: TranslateContext, name: QualifiedName, span: Span): ResolvedObject {
  const names = name.map((n) => n.value);
  if (names.length > 3) throw validationError(`Table name '${names.join('.')}' has too many parts`, span);
  const found = findObject(ctx, names);
  if (found !== undefined) return found;
  const path = qualify(ctx, names);
  const cat = ctx.catalogs.getCatalog(path[0]);
  if (cat === undefined) {
    throw validationError(
      `Catalog '${path[0]}' does not exist${didYouMean(path[0], ctx.catalogs.listCatalogs())}`,
      span,
    );
  }
  if (!cat.databaseExists(path[1])) {
    throw validationError(
      `Database '${path[0]}.${path[1]}' does not exist${didYouMean(path[1], cat.listDatabases())}`,
      span,
    );
  }
  const names2 = cat.listObjects(path[1]).map((o) => o.name);
  throw validationError(
    `Object '${path[2]}' not found within '${path[0]}.${path[1]}'${didYouMean(path[2], names2)}`,
    span,
  );
}
