/**
 * A catalog table as a scan: physical columns from the connector, metadata columns appended by
 * it, computed columns evaluated by the scan, and the watermark (its column becomes the
 * ROWTIME attribute). Computed-column and watermark expressions are stored as SQL text.
 */
import { notNull, withoutTimeAttribute, type LogicalType, type TimestampType } from '../../../types/index.js';
import { SOURCE_WATERMARK, mapRefs, ref, type RexExpr } from '../../runtime/plan/expr.js';
import type { PlanField, ScanNode } from '../../runtime/plan/plan.js';
import type { CatalogTable } from '../catalog/catalog-api.js';
import { parseExpression } from '../parser/index.js';
import type { Rel, TranslateContext } from './context.js';
import { validationError } from './errors.js';
import { ExprTranslator } from './expr-translator.js';
import { Scope, type ScopeColumn } from './scope.js';
import { isSystemColumn } from './system-columns.js';
import { EddyError, SqlError, type Span } from '../../../common/errors.js';
import { createSource } from '../../../connectors/registry.js';
import { scanChangelog } from '../planner/changelog-normalize.js';

/** Parses a duration option such as `5 s`, `500 ms`, `1min` into ms (0 for `0`). */
export function parseDuration(text: string | undefined): number {
  if (text === undefined) return 0;
  const m =
    /^\s*(\d+)\s*(ms|milli|millis|millisecond|milliseconds|s|sec|secs|second|seconds|min|mins|minute|minutes|h|hour|hours|d|day|days)?\s*$/i.exec(
      text,
    );
  if (!m) return 0;
  const n = Number(m[1]);
  const u = (m[2] ?? 'ms').toLowerCase();
  if (u.startsWith('ms') || u.startsWith('milli')) return n;
  if (u.startsWith('s')) return n * 1000;
  if (u.startsWith('min')) return n * 60000;
  if (u.startsWith('h')) return n * 3600000;
  return n * 86400000;
}

/** Column types of a table as DESCRIBE shows them (computed column types derived). */
export function tableColumns(ctx: TranslateContext, table: CatalogTable, name: string): ScopeColumn[] {
  return scanParts(ctx, table, name, undefined).columns;
}

interface ScanParts {
  physical: PlanField[];
  metadata: { key: string; type: LogicalType }[];
  projects: RexExpr[];
  columns: ScopeColumn[];
  watermark: { rowtime: number; expr: RexExpr } | null;
}

function scanParts(
  ctx: TranslateContext,
  table: CatalogTable,
  qualifier: string,
  span: Span | undefined,
): ScanParts {
  const physical: PlanField[] = [];
  const metadata: { key: string; type: LogicalType }[] = [];
  for (const c of table.columns) {
    if (c.kind === 'physical') physical.push({ name: c.name, type: c.type });
    else if (c.kind === 'metadata') metadata.push({ key: c.key ?? c.name, type: c.type });
  }
  // Scope of the connector row: physical ++ metadata (for computed columns).
  const rawCols: ScopeColumn[] = [
    ...physical.map((p) => ({ name: p.name, type: p.type, qualifier })),
    ...table.columns
      .filter((c) => c.kind === 'metadata')
      .map((c) => ({ name: c.name, type: (c as { type: LogicalType }).type, qualifier })),
  ];
  const raw = new Scope(rawCols);
  const projects: RexExpr[] = [];
  const columns: ScopeColumn[] = [];
  let p = 0;
  let m = physical.length;
  for (const c of table.columns) {
    let e: RexExpr;
    if (c.kind === 'physical') e = ref(p++, c.type);
    else if (c.kind === 'metadata') e = ref(m++, c.type);
    else {
      const sub = { ...ctx.expr, text: c.expr };
      e = new ExprTranslator(sub, raw).translate(parseExpression(c.expr));
    }
    projects.push(e);
    // A computed column is a plain value, except PROCTIME() (the processing-time attribute).
    const keep = e.k === 'ref' || (e.k === 'call' && e.op === 'PROCTIME');
    columns.push({
      name: c.name,
      type: keep ? e.type : withoutTimeAttribute(e.type),
      qualifier,
      ...(isSystemColumn(c) ? { hidden: true } : {}),
    });
  }
  let watermark: ScanParts['watermark'] = null;
  if (table.watermark !== undefined) {
    const wm = table.watermark;
    const rowtime = columns.findIndex((c) => c.name === wm.column);
    if (rowtime < 0)
      throw validationError(
        `The rowtime attribute field '${wm.column}' is not defined in the table schema`,
        span,
      );
    const t = columns[rowtime]!.type;
    if ((t.kind !== 'TIMESTAMP' && t.kind !== 'TIMESTAMP_LTZ') || t.precision > 3) {
      throw validationError(
        `Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is ${t.kind}`,
        span,
      );
    }
    if (/^\s*SOURCE_WATERMARK\s*\(\s*\)\s*$/i.test(wm.expr)) {
      // The connector generates the watermark itself (Confluent's default strategy).
      watermark = { rowtime, expr: { k: 'call', op: SOURCE_WATERMARK, args: [], type: t } };
    } else {
      const sub = { ...ctx.expr, text: wm.expr };
      const expr = new ExprTranslator(sub, new Scope(columns)).translate(parseExpression(wm.expr));
      // Stored over the connector row, so filters pushed into the scan never hide rows from it.
      watermark = { rowtime, expr: mapRefs(expr, (r) => projects[r.index]!) };
    }
    columns[rowtime] = { ...columns[rowtime]!, type: { ...(t as TimestampType), timeAttribute: 'ROWTIME' } };
  }
  return { physical, metadata, projects, columns, watermark };
}

/**
 * Runs connector validation (options, factory lookup) at planning time so its errors name the
 * position of the table in the statement; the message stays the connector's.
 */
export function withSpan<T>(span: Span, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof SqlError || !(err instanceof EddyError)) throw err;
    throw new SqlError('EDDY_SQL_VALIDATE', err.message, [{ message: err.message, span }], { cause: err });
  }
}

/** Builds the scan of a catalog table. */
export function scanTable(
  ctx: TranslateContext,
  path: readonly string[],
  table: CatalogTable,
  qualifier: string,
  span: Span,
): Rel {
  const parts = scanParts(ctx, table, qualifier, span);
  // Validates the connector and its options now (the source itself is built when the query runs).
  withSpan(span, () =>
    createSource(
      {
        tableName: path.join('.'),
        columns: parts.physical,
        metadata: parts.metadata,
        ...(table.partitionKeys?.length ? { partitionKeys: table.partitionKeys } : {}),
      },
      table.options,
      {
        timeZone: ctx.expr.timeZone,
      },
    ),
  );
  const dedupeKey = cdcDedupeKey(ctx, path, table, span);
  const identity =
    parts.metadata.length === 0 &&
    parts.projects.length === parts.physical.length &&
    parts.projects.every((e, i) => e.k === 'ref' && e.index === i);
  const node: ScanNode = {
    node: 'TableSourceScan',
    id: ctx.nextId(),
    fields: parts.columns.map((c) => ({ name: c.name, type: c.type })),
    changelogMode: { kinds: ['I'] },
    table: path,
    options: table.options,
    physical: parts.physical,
    metadata: parts.metadata,
    ...(table.partitionKeys?.length ? { partitionKeys: table.partitionKeys } : {}),
    ...(dedupeKey ? { dedupeKey } : {}),
    projects: identity ? null : parts.projects,
    watermark: parts.watermark,
    idleTimeoutMs: parseDuration(ctx.config['table.exec.source.idle-timeout']),
    watermarkIntervalMs: parseDuration(ctx.config['pipeline.auto-watermark-interval'] ?? '200 ms'),
  };
  return { node, columns: parts.columns };
}

/**
 * The key by which a changelog source's duplicate events are dropped when
 * `table.exec.source.cdc-events-duplicate` is on (Flink's DynamicSourceUtils#validateScanSource:
 * such a source must declare a PRIMARY KEY); undefined when the option is off or the source is
 * not a changelog (retract) one.
 */
function cdcDedupeKey(
  ctx: TranslateContext,
  path: readonly string[],
  table: CatalogTable,
  span: Span,
): readonly string[] | undefined {
  if (String(ctx.config['table.exec.source.cdc-events-duplicate']).toLowerCase() !== 'true') return undefined;
  if (scanChangelog(table) !== 'retract') return undefined;
  if (!table.primaryKey || table.primaryKey.columns.length === 0)
    throw validationError(
      `Configuration 'table.exec.source.cdc-events-duplicate' is enabled which requires the changelog sources to define a PRIMARY KEY. However, table '${path.join('.')}' doesn't have a primary key.`,
      span,
    );
  return table.primaryKey.columns;
}

/** The type of window_start / window_end: TIMESTAMP(3) NOT NULL whatever the time attribute. */
export const windowBoundType = (_time: LogicalType): LogicalType =>
  notNull({ kind: 'TIMESTAMP', nullable: false, precision: 3 });
