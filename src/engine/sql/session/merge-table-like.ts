/**
 * CREATE TABLE … LIKE: merges the base table with the derived declaration as Flink's
 * MergeTableLikeUtil does (computeMergingStrategies, SchemaBuilder, mergeOptions,
 * mergePartitions, mergeDistribution), with its validation messages. SqlTableLike#validate's
 * checks on the option list come first.
 */
import type { CatalogColumn, CatalogTable } from '../catalog/catalog-api.js';
import type { ColumnDef, CreateTable, LikeClause, Watermark } from '../ast/ddl.js';
import { validationError } from '../validator/errors.js';

type Feature =
  'CONSTRAINTS' | 'DISTRIBUTION' | 'GENERATED' | 'METADATA' | 'OPTIONS' | 'PARTITIONS' | 'WATERMARKS';
type Strategy = 'INCLUDING' | 'EXCLUDING' | 'OVERWRITING';

/** MergeTableLikeUtil.defaultMergingStrategies: INCLUDING ALL OVERWRITING OPTIONS. */
const DEFAULTS: Record<Feature, Strategy> = {
  CONSTRAINTS: 'INCLUDING',
  DISTRIBUTION: 'INCLUDING',
  GENERATED: 'INCLUDING',
  METADATA: 'INCLUDING',
  OPTIONS: 'OVERWRITING',
  PARTITIONS: 'INCLUDING',
  WATERMARKS: 'INCLUDING',
};

/** SqlTableLike#validate: each feature once; OVERWRITING is illegal for ALL, PARTITIONS and CONSTRAINTS. */
export function validateLikeOptions(like: LikeClause): void {
  const features = new Set(like.options.map((o) => o.feature));
  if (features.size !== like.options.length)
    throw validationError('Each like option feature can be declared only once.', like.span);
  for (const o of like.options) {
    if (
      o.mode === 'OVERWRITING' &&
      (o.feature === 'ALL' || o.feature === 'PARTITIONS' || o.feature === 'CONSTRAINTS')
    )
      throw validationError(`Illegal merging strategy '${o.mode}' for '${o.feature}' option.`, like.span);
  }
}

/** computeMergingStrategies: the defaults, then ALL's strategy for every feature, then each given one. */
export function mergingStrategies(like: LikeClause): Record<Feature, Strategy> {
  const result = { ...DEFAULTS };
  const all = like.options.find((o) => o.feature === 'ALL');
  if (all) for (const f of Object.keys(result) as Feature[]) result[f] = all.mode;
  for (const o of like.options) if (o.feature !== 'ALL') result[o.feature] = o.mode;
  return result;
}

/** What LIKE contributes before the derived declaration's own checks. */
export interface MergedLike {
  readonly columns: CatalogColumn[];
  readonly watermark?: CatalogTable['watermark'];
  readonly primaryKey?: CatalogTable['primaryKey'];
  readonly options: Record<string, string>;
  readonly partitionKeys?: readonly string[];
  readonly distribution?: CatalogTable['distribution'];
}

/**
 * Merges `base` (the LIKE source) with the derived columns, watermark, key, options,
 * partitions and distribution of `c`; `toColumn` converts one derived column definition.
 */
export function mergeLike(
  c: CreateTable,
  base: CatalogTable,
  toColumn: (col: ColumnDef) => CatalogColumn,
): MergedLike {
  const st = mergingStrategies(c.like!);
  const columns = new Map<string, CatalogColumn>();
  const physical = new Set<string>();
  for (const col of base.columns) {
    if (col.kind === 'physical') {
      physical.add(col.name);
      columns.set(col.name, col);
    } else if (col.kind === 'computed' ? st.GENERATED !== 'EXCLUDING' : st.METADATA !== 'EXCLUDING') {
      columns.set(col.name, col);
    }
  }
  // collectPhysicalFieldsTypes: derived regular columns first.
  for (const col of c.columns) {
    if (col.kind !== 'PhysicalColumn') continue;
    const name = col.name.value;
    if (columns.has(name))
      throw validationError(`A column named '${name}' already exists in the base table.`, col.name.span);
    if (physical.has(name))
      throw validationError(`A regular Column named '${name}' already exists in the table.`, col.name.span);
    physical.add(name);
  }
  for (const col of c.columns) {
    const name = col.name.value;
    if (col.kind === 'ComputedColumn' || col.kind === 'MetadataColumn') {
      const computed = col.kind === 'ComputedColumn';
      const what = computed ? 'compute' : 'metadata';
      if (physical.has(name))
        throw validationError(
          `A column named '${name}' already exists in the table. Duplicate columns exist in the ${what} column and regular column. `,
          col.name.span,
        );
      const existing = columns.get(name);
      if (existing) {
        const kind = computed ? 'computed' : 'metadata';
        if (existing.kind !== kind)
          throw validationError(
            computed
              ? `A column named '${name}' already exists in the base table. Computed columns can only overwrite other computed columns.`
              : `A column named '${name}' already exists in the base table. Metadata columns can only overwrite other metadata columns.`,
            col.name.span,
          );
        if ((computed ? st.GENERATED : st.METADATA) !== 'OVERWRITING')
          throw validationError(
            computed
              ? `A generated column named '${name}' already exists in the base table. You might want to specify EXCLUDING GENERATED or OVERWRITING GENERATED.`
              : `A metadata column named '${name}' already exists in the base table. You might want to specify EXCLUDING METADATA or OVERWRITING METADATA.`,
            col.name.span,
          );
      }
    }
    // Map#set keeps an overwritten column at the base table's position, as LinkedHashMap#put.
    columns.set(name, toColumn(col));
  }
  const watermark = st.WATERMARKS !== 'EXCLUDING' ? base.watermark : undefined;
  if (c.watermark && watermark && st.WATERMARKS !== 'OVERWRITING') {
    const name = watermarkColumn(c.watermark);
    if (watermark.column === name)
      throw validationError(
        `There already exists a watermark spec for column '${name}' in the base table. You might want to specify EXCLUDING WATERMARKS or OVERWRITING WATERMARKS.`,
        c.watermark.span,
      );
  }
  const primaryKey = st.CONSTRAINTS === 'INCLUDING' ? base.primaryKey : undefined;
  const derivedPk =
    c.primaryKey ??
    c.columns.flatMap((x) => (x.kind === 'PhysicalColumn' && x.primaryKey ? [x.primaryKey] : []))[0];
  if (derivedPk && primaryKey)
    throw validationError(
      'The base table already has a primary key. You might want to specify EXCLUDING CONSTRAINTS.',
      derivedPk.span,
    );
  const options: Record<string, string> = st.OPTIONS !== 'EXCLUDING' ? { ...base.options } : {};
  for (const p of c.options) {
    if (st.OPTIONS !== 'OVERWRITING' && p.key in options)
      throw validationError(
        `There already exists an option ['${p.key}' -> '${options[p.key]}']  in the base table. You might want to specify EXCLUDING OPTIONS or OVERWRITING OPTIONS.`,
        c.like!.span,
      );
    options[p.key] = p.value;
  }
  // mergePartitions / mergeDistribution: a conflict unless EXCLUDING; the derived one wins, else
  // the base table's (Flink passes the source's even under EXCLUDING).
  const basePartitions = base.partitionKeys ?? [];
  if (c.partitionedBy.length && basePartitions.length && st.PARTITIONS !== 'EXCLUDING')
    throw validationError(
      'The base table already has partitions defined. You might want to specify EXCLUDING PARTITIONS.',
      c.like!.span,
    );
  if (c.distribution && base.distribution && st.DISTRIBUTION !== 'EXCLUDING')
    throw validationError(
      'The base table already has a distribution defined. You might want to specify EXCLUDING DISTRIBUTION.',
      c.like!.span,
    );
  return {
    columns: [...columns.values()],
    ...(watermark && !c.watermark ? { watermark } : {}),
    ...(primaryKey ? { primaryKey } : {}),
    options,
    ...(!c.partitionedBy.length && basePartitions.length ? { partitionKeys: basePartitions } : {}),
    ...(!c.distribution && base.distribution ? { distribution: base.distribution } : {}),
  };
}

function watermarkColumn(w: Watermark): string {
  return w.column.map((n) => n.value).join('.');
}
