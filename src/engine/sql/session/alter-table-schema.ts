/**
 * ALTER TABLE on a table's schema: ADD / MODIFY (columns, watermark, primary key, distribution),
 * DROP (columns, primary key, constraint, watermark, distribution), RENAME column. The checks,
 * their order and their messages are Flink's AlterSchemaConverter's (every message starts with
 * "Failed to execute ALTER TABLE statement.").
 */
import type { Span } from '../../../common/errors.js';
import { notNull } from '../../../types/index.js';
import type { AlterTable, ColumnDef, Expr } from '../ast/index.js';
import type { CatalogColumn, CatalogTable } from '../catalog/catalog-api.js';
import { parseExpression } from '../parser/index.js';
import { validationError } from '../validator/errors.js';

const PREFIX = 'Failed to execute ALTER TABLE statement.\n';

function fail(message: string, span: Span): never {
  throw validationError(PREFIX + message, span);
}

/** Column names an expression (stored SQL text) refers to. */
function referencedColumns(sql: string): Set<string> {
  const out = new Set<string>();
  let expr: Expr;
  try {
    expr = parseExpression(sql);
  } catch {
    return out;
  }
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o['kind'] === 'ColumnRef') {
      const names = o['names'] as { value: string }[];
      if (names[0] !== undefined) out.add(names[0].value);
      return;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span') visit(v);
  };
  visit(expr);
  return out;
}

/** Flink's ReferencesManager: who refers to a column. */
class References {
  private readonly referencedBy = new Map<string, Set<string>>();
  private readonly dependsOn = new Map<string, Set<string>>();
  private readonly watermark: Set<string>;
  readonly columns: Set<string>;

  constructor(private readonly t: CatalogTable) {
    this.columns = new Set(t.columns.map((c) => c.name));
    for (const c of t.columns) {
      if (c.kind !== 'computed') continue;
      for (const r of referencedColumns(c.expr)) {
        if (!this.columns.has(r)) continue;
        if (!this.referencedBy.has(r)) this.referencedBy.set(r, new Set());
        this.referencedBy.get(r)!.add(c.name);
        if (!this.dependsOn.has(c.name)) this.dependsOn.set(c.name, new Set());
        this.dependsOn.get(c.name)!.add(r);
      }
    }
    this.watermark = t.watermark
      ? new Set([t.watermark.column, ...referencedColumns(t.watermark.expr)])
      : new Set();
  }

  dependencyCount(c: string): number {
    return this.dependsOn.get(c)?.size ?? 0;
  }

  check(c: string, span: Span): void {
    if (!this.columns.has(c)) fail(`The column \`${c}\` does not exist in the base table.`, span);
    const by = this.referencedBy.get(c);
    if (by !== undefined && by.size > 0)
      fail(
        `The column \`${c}\` is referenced by computed column ${[...by]
          .map((x) => `\`${x}\``)
          .sort()
          .join(', ')}.`,
        span,
      );
    if (this.t.partitionKeys?.includes(c)) fail(`The column \`${c}\` is used as the partition keys.`, span);
    if (this.watermark.has(c)) fail(`The column \`${c}\` is referenced by watermark expression.`, span);
  }

  drop(c: string, span: Span): void {
    this.check(c, span);
    if (this.t.primaryKey?.columns.includes(c)) fail(`The column \`${c}\` is used as the primary key.`, span);
    for (const r of this.dependsOn.get(c) ?? []) this.referencedBy.get(r)?.delete(c);
    this.dependsOn.delete(c);
    this.columns.delete(c);
  }
}

type Action = AlterTable['action'];

/** RENAME column, DROP columns / PRIMARY KEY / CONSTRAINT / WATERMARK / DISTRIBUTION. */
export function alterDrop(t: CatalogTable, act: Action, span: Span): CatalogTable | undefined {
  switch (act.type) {
    case 'RENAME COLUMN': {
      const from = act.column.value;
      const to = act.newName.value;
      new References(t).check(from, act.column.span);
      if (t.columns.some((c) => c.name === to))
        fail(`The column \`${to}\` already existed in table schema.`, act.newName.span);
      const pk = t.primaryKey;
      return {
        ...t,
        columns: t.columns.map((c) => (c.name === from ? { ...c, name: to } : c)),
        ...(pk ? { primaryKey: { ...pk, columns: pk.columns.map((c) => (c === from ? to : c)) } } : {}),
      };
    }
    case 'DROP COLUMNS': {
      const names: string[] = [];
      for (const c of act.columns) {
        if (names.includes(c.value)) fail(`Duplicate column \`${c.value}\`.`, c.span);
        names.push(c.value);
      }
      const refs = new References(t);
      // Dependants first: dropping a and b (b AS a + 1) drops b, then a.
      const order = act.columns
        .map((c, i) => ({ c, i, n: refs.dependencyCount(c.value) }))
        .sort((x, y) => y.n - x.n || x.i - y.i);
      for (const { c } of order) refs.drop(c.value, c.span);
      return { ...t, columns: t.columns.filter((c) => !names.includes(c.name)) };
    }
    case 'DROP PRIMARY KEY':
    case 'DROP CONSTRAINT': {
      const pk = t.primaryKey;
      if (pk === undefined) fail('The base table does not define any primary key.', span);
      const name = pk.name ?? `PK_${pk.columns.join('_')}`;
      if (act.type === 'DROP CONSTRAINT' && act.name.value !== name)
        fail(
          `The base table does not define a primary key constraint named '${act.name.value}'. Available constraint name: ['${name}'].`,
          act.name.span,
        );
      const { primaryKey: _pk, ...rest } = t;
      return rest;
    }
    case 'DROP WATERMARK': {
      if (t.watermark === undefined) fail('The base table does not define any watermark strategy.', span);
      const { watermark: _w, ...rest } = t;
      return rest;
    }
    case 'DROP DISTRIBUTION': {
      if (t.distribution === undefined) fail('The base table does not define any distribution.', span);
      const { distribution: _d, ...rest } = t;
      return rest;
    }
    default:
      return undefined;
  }
}

/** ADD / MODIFY: positions first, then column definitions, watermark, primary key, distribution. */
export function alterAddModify(
  t: CatalogTable,
  act: Action & { type: 'ADD' | 'MODIFY' },
  toColumn: (item: ColumnDef) => CatalogColumn,
  canonical: (e: Expr) => string,
): CatalogTable {
  const add = act.type === 'ADD';
  const order = t.columns.map((c) => c.name);
  const byName = new Map(t.columns.map((c) => [c.name, c]));
  const seen = new Set<string>();
  let watermark = t.watermark;
  let primaryKey = t.primaryKey;
  let distribution = t.distribution;
  for (const it of act.items) {
    const item = it.item;
    if (item.kind === 'Watermark' || item.kind === 'PrimaryKey' || item.kind === 'Distribution') continue;
    const name = item.name.value;
    if (seen.has(name)) fail(`Encounter duplicate column \`${name}\`.`, item.name.span);
    seen.add(name);
    const exists = order.includes(name);
    if (add && exists)
      fail(`Try to add a column \`${name}\` which already exists in the table.`, item.name.span);
    if (!add && !exists)
      fail(`Try to modify a column \`${name}\` which does not exist in the table.`, item.name.span);
    const pos = it.position;
    if (pos?.type === 'FIRST') {
      if (exists) order.splice(order.indexOf(name), 1);
      order.unshift(name);
    } else if (pos?.type === 'AFTER') {
      const ref = pos.after!.value;
      if (!order.includes(ref))
        fail(`Referenced column \`${ref}\` by 'AFTER' does not exist in the table.`, pos.after!.span);
      if (exists) order.splice(order.indexOf(name), 1);
      order.splice(order.indexOf(ref) + 1, 0, name);
    } else if (!exists) order.push(name);
  }
  for (const it of act.items) {
    const item = it.item;
    if (item.kind === 'Watermark' || item.kind === 'PrimaryKey' || item.kind === 'Distribution') continue;
    const col = toColumn(item);
    const old = byName.get(col.name);
    // MODIFY keeps the old comment unless a new one is given.
    byName.set(
      col.name,
      !add && col.comment === undefined && old?.comment !== undefined
        ? { ...col, comment: old.comment }
        : col,
    );
  }
  for (const it of act.items) {
    const item = it.item;
    if (item.kind === 'Watermark') {
      if (add && watermark)
        fail(
          `The base table has already defined the watermark strategy \`${watermark.column}\` AS ${watermark.expr}. You might want to drop it before adding a new one.`,
          item.span,
        );
      if (!add && !watermark)
        fail('The base table does not define any watermark. You might want to add a new one.', item.span);
      if (item.column.length > 1)
        fail('Watermark strategy on nested column is not supported yet.', item.span);
      watermark = { column: item.column[0]!.value, expr: canonical(item.expr) };
    } else if (item.kind === 'PrimaryKey') {
      if (add && primaryKey)
        fail(
          `The base table has already defined the primary key constraint [\`${primaryKey.columns.join('`, `')}\`]. You might want to drop it before adding a new one.`,
          item.span,
        );
      if (!add && !primaryKey)
        fail(
          'The base table does not define any primary key constraint. You might want to add a new one.',
          item.span,
        );
      const cols = item.columns.map((c) => c.value);
      primaryKey = { name: item.name?.value ?? `PK_${cols.join('_')}`, columns: cols };
    } else if (item.kind === 'Distribution') {
      if (add && distribution)
        fail(
          'The base table has already defined the distribution. You might want to drop it before adding a new one.',
          item.span,
        );
      if (!add && !distribution)
        fail('The base table does not define any distribution. You might want to add a new one.', item.span);
      distribution = {
        ...(item.algorithm ? { algorithm: item.algorithm } : {}),
        columns: item.columns.map((c) => c.value),
        ...(item.buckets !== undefined ? { buckets: item.buckets } : {}),
      };
    }
  }
  let columns = order.map((n) => byName.get(n)!);
  if (primaryKey) {
    const pk = primaryKey;
    for (const c of pk.columns)
      if (!byName.has(c))
        fail(
          `Invalid primary key '${pk.name ?? ''}'. Column '${c}' does not exist.`,
          act.items[0]!.item.span,
        );
    columns = columns.map((c) =>
      c.kind === 'physical' && pk.columns.includes(c.name) ? { ...c, type: notNull(c.type) } : c,
    );
  }
  const { watermark: _w, primaryKey: _p, distribution: _d, ...rest } = t;
  return {
    ...rest,
    columns,
    ...(watermark ? { watermark } : {}),
    ...(primaryKey ? { primaryKey } : {}),
    ...(distribution ? { distribution } : {}),
  };
}
