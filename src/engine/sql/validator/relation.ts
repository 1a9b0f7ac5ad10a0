/**
 * FROM items → relations: tables and views from the catalog, CTEs, derived tables, and the
 * window table functions TUMBLE / HOP / CUMULATE / SESSION (named or positional arguments).
 */
import { intType, withNullable, type LogicalType, type TimestampType } from '../../../types/index.js';
import type { WindowSpec } from '../../runtime/operators/window-assign.js';
import { decodeValue } from '../../runtime/plan/encode-value.js';
import type { RexExpr } from '../../runtime/plan/expr.js';
import type { UnnestNode, ValuesNode, WindowTableFunctionNode } from '../../runtime/plan/plan.js';
import { calciteTypeText } from '../../runtime/functions/json-rules.js';
import type { Expr, FunctionCall, Query, TableRef, Unnest } from '../ast/index.js';
import { parseStatement } from '../parser/index.js';
import { fieldsOf, type Rel, type TranslateContext } from './context.js';
import { validationError } from './errors.js';
import { ExprTranslator } from './expr-translator.js';
import { scanTable, windowBoundType } from './scan.js';
import { Scope, type ScopeColumn } from './scope.js';
import { withOptionHints } from './option-hints.js';
import { resolveObject } from './table-resolver.js';
import { translateView } from './view-spans.js';
import { changelogPtf, isChangelogPtf } from './changelog-ptf.js';
import { bindArguments } from './call-arguments.js';

/** Translates a query (provided by the query translator; passed in to avoid an import cycle). */
export type QueryFn = (q: Query, ctx: TranslateContext) => Rel;

/** Renames a relation's columns and sets their qualifier. */
export function aliasRel(
  rel: Rel,
  alias: string | undefined,
  columnAliases: readonly string[] | undefined,
  span: Expr['span'],
): Rel {
  if (columnAliases !== undefined && columnAliases.length !== rel.columns.length) {
    throw validationError(
      `List of column aliases must have same degree as table; table has ${rel.columns.length} columns, whereas alias list has ${columnAliases.length} columns`,
      span,
    );
  }
  const columns = rel.columns.map((c, i) => ({
    ...c,
    name: columnAliases?.[i] ?? c.name,
    ...(alias !== undefined ? { qualifier: alias } : {}),
  }));
  return { ...rel, columns };
}

/** Translates one FROM item. */
export function translateTableRef(r: TableRef, ctx: TranslateContext, query: QueryFn): Rel {
  switch (r.kind) {
    case 'TableName': {
      const names = r.name.map((n) => n.value);
      const alias = r.alias?.value;
      const cols = r.columnAliases?.map((c) => c.value);
      if (r.systemTime !== undefined)
        throw validationError('FOR SYSTEM_TIME AS OF (temporal joins) is not supported yet', r.span);
      if (names.length === 1) {
        for (let i = ctx.ctes.length - 1; i >= 0; i--) {
          const cte = ctx.ctes[i]!.get(names[0]!);
          if (cte !== undefined) {
            const inner = query(cte.query, {
              ...ctx,
              ctes: ctx.ctes.slice(0, i + 1),
              expr: { ...ctx.expr, text: cte.source },
            });
            const named = aliasRel(inner, names[0], cte.columns, r.span);
            return aliasRel(named, alias, cols, r.span);
          }
        }
      }
      const resolved = resolveObject(ctx, r.name, r.span);
      const found = { ...resolved, object: withOptionHints(resolved.object, r.hints, resolved.path, r.span) };
      const last = found.path[2];
      if (found.object.kind === 'VIEW') {
        const stmt = parseStatement(found.object.query);
        if (stmt.kind !== 'Query') throw validationError(`View '${last}' does not hold a query`, r.span);
        const text = found.object.query;
        const inner = translateView(
          last ?? 'view',
          r.span,
          () => query(stmt, { ...ctx, ctes: [], expr: { ...ctx.expr, text } }),
          ctx.expr.nonDeterministic,
        );
        const viewCols = found.object.columns.map((c) => c.name);
        return aliasRel(
          aliasRel(inner, last, viewCols.length === inner.columns.length ? viewCols : undefined, r.span),
          alias,
          cols,
          r.span,
        );
      }
      const rel = scanTable(ctx, found.path, found.object, last, r.span);
      return aliasRel(rel, alias, cols, r.span);
    }
    case 'DerivedTable': {
      if (r.lateral) throw validationError('LATERAL subqueries are not supported yet', r.span);
      const inner = query(r.query, ctx);
      return aliasRel(
        inner,
        r.alias?.value,
        r.columnAliases?.map((c) => c.value),
        r.span,
      );
    }
    case 'TableFunctionRef': {
      if (r.lateral) throw validationError('LATERAL TABLE (table functions) is not supported yet', r.span);
      const fn = r.call.name
        .map((n) => n.value)
        .join('.')
        .toUpperCase();
      const rel = isChangelogPtf(fn)
        ? changelogPtf(fn, r.call, ctx, (arg) => translateTableRef(tableArgRef(arg), ctx, query))
        : windowTvf(r.call, ctx, query);
      return aliasRel(
        rel,
        r.alias?.value,
        r.columnAliases?.map((c) => c.value),
        r.span,
      );
    }
    case 'Join': {
      if (r.right.kind === 'Unnest') {
        const onTrue = r.on === undefined || (r.on.kind === 'BooleanLiteral' && r.on.value === true);
        const ok =
          (r.type === 'CROSS' || r.type === 'COMMA' || r.type === 'INNER' || r.type === 'LEFT') &&
          onTrue &&
          !r.natural &&
          !r.using;
        if (!ok)
          throw validationError(
            'UNNEST can only be joined with CROSS JOIN, a comma, or [LEFT] JOIN … ON TRUE',
            r.span,
          );
        const left = translateTableRef(r.left, ctx, query);
        return unnest(r.right, left, r.type === 'LEFT', ctx);
      }
      throw validationError('Joins are not supported yet', r.span);
    }
    case 'Unnest': {
      const one: ValuesNode = {
        node: 'Values',
        id: ctx.nextId(),
        fields: [],
        changelogMode: { kinds: ['I'] },
        rows: [[]],
      };
      return unnest(r, { node: one, columns: [] }, false, ctx);
    }
    case 'MatchRecognize': {
      // StreamExecMatch#checkOrderKeys refuses what Flink could not run either, first.
      const input = translateTableRef(r.input, ctx, query);
      const first = r.orderBy[0];
      if (first === undefined)
        throw validationError('You must specify either rowtime or proctime for order by.', r.span);
      const t = new ExprTranslator(ctx.expr, new Scope(input.columns)).translate(first.expr).type;
      if ((t.kind !== 'TIMESTAMP' && t.kind !== 'TIMESTAMP_LTZ') || t.timeAttribute === undefined)
        throw validationError(
          'You must specify either rowtime or proctime for order by as the first one.',
          first.expr.span,
        );
      if (first.direction === 'DESC')
        throw validationError(
          'Primary sort order of a streaming table must be ascending on time.',
          first.span,
        );
      throw validationError('MATCH_RECOGNIZE is not supported yet', r.span);
    }
  }
}

/** `left, UNNEST(expr) [WITH ORDINALITY] AS alias(cols)`. */
function unnest(u: Unnest, left: Rel, isLeft: boolean, ctx: TranslateContext): Rel {
  if (u.exprs.length !== 1)
    throw validationError('UNNEST of several collections is not supported yet', u.span);
  const e = new ExprTranslator(ctx.expr, new Scope(left.columns)).translate(u.exprs[0]!);
  const t = e.type;
  let elemCols: ScopeColumn[];
  let expandRow = false;
  if (t.kind === 'ARRAY' || t.kind === 'MULTISET') {
    const el = t.element;
    if (el.kind === 'ROW') {
      expandRow = true;
      elemCols = el.fields.map((f) => ({
        name: f.name,
        type: isLeft || el.nullable ? withNullable(f.type, true) : f.type,
      }));
    } else elemCols = [{ name: 'EXPR$0', type: isLeft ? withNullable(el, true) : el }];
  } else if (t.kind === 'MAP') {
    elemCols = [
      // Calcite's SqlUnnestOperator.MAP_KEY_COLUMN_NAME / MAP_VALUE_COLUMN_NAME.
      { name: 'KEY', type: isLeft ? withNullable(t.key, true) : t.key },
      { name: 'VALUE', type: isLeft ? withNullable(t.value, true) : t.value },
    ];
  } else {
    throw validationError(
      `UNNEST argument must be an ARRAY, MAP or MULTISET, but is ${t.kind}`,
      u.exprs[0]!.span,
    );
  }
  // Calcite's SqlUnnestOperator: ORDINALITY is INTEGER NOT NULL (nullable only on the outer side of a LEFT JOIN).
  if (u.withOrdinality) elemCols.push({ name: 'ORDINALITY', type: intType(isLeft) });
  const aliases = u.columnAliases?.map((c) => c.value);
  if (aliases !== undefined && aliases.length !== elemCols.length) {
    throw validationError(
      `List of column aliases must have same degree as table; table has ${elemCols.length} columns, whereas alias list has ${aliases.length} columns`,
      u.span,
    );
  }
  const named = elemCols.map((c, i) => ({
    ...c,
    name: aliases?.[i] ?? c.name,
    ...(u.alias ? { qualifier: u.alias.value } : {}),
  }));
  const columns = [...left.columns, ...named];
  const node: UnnestNode = {
    node: 'Unnest',
    id: ctx.nextId(),
    fields: fieldsOf(columns),
    changelogMode: { kinds: ['I'] },
    input: left.node,
    expr: e,
    collection: t.kind,
    width: expandRow ? elemCols.length - (u.withOrdinality ? 1 : 0) : t.kind === 'MAP' ? 2 : 1,
    expandRow,
    withOrdinality: u.withOrdinality,
    left: isLeft,
  };
  return { node, columns };
}

/** `TABLE t` or `(SELECT …)` given to a table function, as the FROM item it names. */
function tableArgRef(data: Expr): TableRef {
  if (data.kind === 'TableArgument')
    return { kind: 'TableName', name: data.name, hints: [], span: data.span };
  if (data.kind === 'ScalarSubquery')
    return { kind: 'DerivedTable', lateral: false, query: data.query, span: data.span };
  throw validationError('A table argument must be TABLE t or (SELECT …)', data.span);
}

const PARAMS: Record<string, string[]> = {
  TUMBLE: ['DATA', 'TIMECOL', 'SIZE', 'OFFSET'],
  HOP: ['DATA', 'TIMECOL', 'SLIDE', 'SIZE', 'OFFSET'],
  CUMULATE: ['DATA', 'TIMECOL', 'STEP', 'SIZE', 'OFFSET'],
  SESSION: ['DATA', 'TIMECOL', 'GAP'],
};

function windowTvf(c: FunctionCall, ctx: TranslateContext, query: QueryFn): Rel {
  const fn = c.name
    .map((n) => n.value)
    .join('.')
    .toUpperCase();
  const params = PARAMS[fn];
  if (params === undefined)
    throw validationError(
      `Table function '${fn}' is not supported; window table functions are TUMBLE, HOP, CUMULATE and SESSION`,
      c.span,
    );
  const args = bindArguments(fn, c, params, { spell: (n) => n.toUpperCase(), refuseTwice: false });
  for (const p of params) {
    if (p !== 'OFFSET' && !args.has(p))
      throw validationError(`Missing argument '${p}' of window function ${fn}`, c.span);
  }
  const data = args.get('DATA')!;
  // `TABLE t` or a parenthesised query, as Calcite's parser takes it (Flink's own SQL
  // serialisation of window TVFs writes `TUMBLE((SELECT …), DESCRIPTOR(ts), …)`).
  if (data.kind !== 'TableArgument' && data.kind !== 'ScalarSubquery')
    throw validationError(`The first argument of ${fn} must be a table: TABLE t or (SELECT …)`, data.span);
  // TUMBLE, HOP and CUMULATE take their table with row semantics (only SESSION's has set
  // semantics): Calcite's invalidPartitionKeys at the call.
  if (fn !== 'SESSION' && data.kind === 'TableArgument' && data.partitionBy.length > 0) {
    throw validationError(
      `Only tables with set semantics may be partitioned. Invalid PARTITION BY clause in the 0-th operand of table function '${fn}'`,
      c.span,
    );
  }
  const input = translateTableRef(
    data.kind === 'TableArgument'
      ? { kind: 'TableName', name: data.name, hints: [], span: data.span }
      : { kind: 'DerivedTable', lateral: false, query: data.query, span: data.span },
    ctx,
    query,
  );
  const timecol = args.get('TIMECOL')!;
  if (timecol.kind !== 'Descriptor' || timecol.columns.length !== 1) {
    throw validationError(`The time column of ${fn} must be given as DESCRIPTOR(column)`, timecol.span);
  }
  const timeName = timecol.columns[0]!;
  const timeIndex = input.columns.findIndex((col) => col.name === timeName.value);
  // Flink's SqlWindowTableFunction.validateColumnNames: Calcite's unknownIdentifier at the column.
  if (timeIndex < 0) throw validationError(`Unknown identifier '${timeName.value}'`, timeName.span);
  // checkIntervalOperands comes before the time attribute check: Calcite's signature error.
  const translated = new Map<string, RexExpr>();
  for (const p of params.slice(2)) {
    const e = args.get(p);
    if (e !== undefined) translated.set(p, new ExprTranslator(ctx.expr, new Scope([])).translate(e));
  }
  if ([...translated.values()].some((x) => !x.type.kind.startsWith('INTERVAL'))) {
    throw validationError(tvfSignatureError(fn, params, args, translated, input), c.span);
  }
  const timeType = input.columns[timeIndex]!.type;
  // SqlWindowTableFunction#checkTimeColumnDescriptorOperand refuses a column that cannot be a
  // time attribute at all; a TIMESTAMP that is not one passes it and is refused when the window
  // is planned for streaming (StreamPhysicalWindowTableFunctionRule), in the older words.
  if (timeType.kind !== 'TIMESTAMP' && timeType.kind !== 'TIMESTAMP_LTZ') {
    throw validationError(
      `The window function ${TVF_SIGNATURES[fn] ?? fn} requires the timecol to be TIMESTAMP or TIMESTAMP_LTZ, but is ${describeType(timeType)}.\nBesides, the timecol must be a time attribute type in streaming mode.`,
      timeName.span,
    );
  }
  if ((timeType as TimestampType).timeAttribute === undefined) {
    throw validationError(
      `The window function requires the timecol is a time attribute type, but is ${describeType(timeType)}.`,
      timeName.span,
    );
  }
  const interval = (name: string): number => {
    const e = args.get(name);
    const x = translated.get(name);
    if (e === undefined || x === undefined) return 0;
    // Flink's WindowUtil.getOperandAsLong (TableException texts).
    if (x.type.kind !== 'INTERVAL_DAY_TIME') {
      throw validationError(
        'Window aggregate only support SECOND, MINUTE, HOUR, DAY as the time unit. MONTH and YEAR time unit are not supported yet.',
        e.span,
      );
    }
    if (x.k !== 'lit') throw validationError('Only constant window descriptors are supported.', e.span);
    const ms = Number(decodeValue(x.value));
    if (name !== 'OFFSET' && ms <= 0)
      throw validationError(`The ${name.toLowerCase()} of ${fn} must be positive`, e.span);
    return ms;
  };
  let spec: WindowSpec;
  switch (fn) {
    case 'TUMBLE':
      spec = { kind: 'TUMBLE', size: interval('SIZE'), offset: interval('OFFSET') };
      break;
    case 'HOP': {
      // A size that is no multiple of the slide is refused only by a window aggregation
      // (aggregate.ts): Flink's TVF alone assigns such windows (SlidingWindowAssigner).
      spec = { kind: 'HOP', size: interval('SIZE'), slide: interval('SLIDE'), offset: interval('OFFSET') };
      break;
    }
    case 'CUMULATE': {
      const size = interval('SIZE');
      const step = interval('STEP');
      if (size % step !== 0) {
        throw validationError(
          `CUMULATE table function based aggregate requires maxSize must be an integral multiple of step, but got maxSize ${size} ms and step ${step} ms`,
          c.span,
        );
      }
      spec = { kind: 'CUMULATE', size, step, offset: interval('OFFSET') };
      break;
    }
    default:
      spec = { kind: 'SESSION', gap: interval('GAP') };
  }
  // SESSION(TABLE t PARTITION BY k, …): sessions per k (used when the TVF's rows are read
  // without an aggregation; a window aggregation keeps sessions per its grouping keys).
  const partitionKeys =
    data.kind === 'TableArgument'
      ? data.partitionBy.map((e) => {
          const r = new ExprTranslator(ctx.expr, new Scope(input.columns)).translate(e);
          if (r.k !== 'ref')
            throw validationError(`PARTITION BY of ${fn} must name columns of its table`, e.span);
          return r.index;
        })
      : [];
  // window_start / window_end are TIMESTAMP(3) (for a TIMESTAMP_LTZ time attribute: the wall
  // clock of the session time zone, where windows are aligned); window_time has the time
  // attribute's own type.
  const bound = windowBoundType(timeType);
  const ltz = timeType.kind === 'TIMESTAMP_LTZ';
  const columns: ScopeColumn[] = [
    // The time column keeps its attribute (Flink's TVF output shows both as *ROWTIME*).
    ...input.columns,
    { name: 'window_start', type: bound },
    { name: 'window_end', type: bound },
    {
      name: 'window_time',
      type: {
        kind: ltz ? 'TIMESTAMP_LTZ' : 'TIMESTAMP',
        precision: 3,
        nullable: false,
        timeAttribute: 'ROWTIME',
      },
    },
  ];
  return windowTvfRel(input, columns, spec, timeIndex, ctx, partitionKeys);
}

/**
 * The window TVF relation over `input` with its output `columns` (the input's, then the window
 * columns). A SESSION window is materialised only by the window aggregation over it: the node is
 * then the input's, a placeholder for errors.
 */
export function windowTvfRel(
  input: Rel,
  columns: ScopeColumn[],
  spec: WindowSpec,
  timeIndex: number,
  ctx: TranslateContext,
  partitionKeys: readonly number[] = [],
): Rel {
  const ltz = input.columns[timeIndex]!.type.kind === 'TIMESTAMP_LTZ';
  const shift = ltz ? { shiftTimeZone: ctx.expr.timeZone } : {};
  const window = { spec, input, timeIndex, ...shift, ...(partitionKeys.length > 0 ? { partitionKeys } : {}) };
  if (spec.kind === 'SESSION') return { node: input.node, columns, window };
  // The window columns carry the window through projections and filters of enclosing queries,
  // as Flink's window properties pass through Calc: a GROUP BY on them over a subquery or view
  // is still a window aggregation. Windows of the input are no longer window columns here.
  const n = columns.length - 3;
  columns = columns.map((c, i): ScopeColumn => {
    if (i >= n) return { ...c, windowProp: { role: (i - n) as 0 | 1 | 2, window } };
    if (c.windowProp === undefined) return c;
    const { windowProp: _old, ...rest } = c;
    void _old;
    return rest;
  });
  const node: WindowTableFunctionNode = {
    node: 'WindowTableFunction',
    id: ctx.nextId(),
    fields: fieldsOf(columns),
    changelogMode: { kinds: ['I'] },
    input: input.node,
    window: spec,
    timeIndex,
    ...shift,
  };
  return { node, columns, window };
}

/**
 * A column type as Calcite's RelDataType.toString writes it in Flink's window TVF message: the
 * SqlTypeName with precision / scale, character types with their charset, no NULL / NOT NULL
 * (`TIMESTAMP(3)`, `TIMESTAMP_WITH_LOCAL_TIME_ZONE(3)`, `VARCHAR(2147483647) CHARACTER SET "UTF-16LE"`).
 */
function describeType(t: LogicalType): string {
  switch (t.kind) {
    case 'TIMESTAMP':
    case 'TIME':
      return `${t.kind}(${t.precision})`;
    case 'TIMESTAMP_LTZ':
      return `TIMESTAMP_WITH_LOCAL_TIME_ZONE(${t.precision})`;
    case 'INT':
      return 'INTEGER';
    case 'DECIMAL':
      return `DECIMAL(${t.precision}, ${t.scale})`;
    case 'CHAR':
    case 'VARCHAR':
      return `${t.kind}(${t.length}) CHARACTER SET "UTF-16LE"`;
    case 'BINARY':
    case 'VARBINARY':
      return `${t.kind}(${t.length})`;
    default:
      return t.kind;
  }
}

/** Flink's allowed signature of a window TVF (SqlWindowTableFunction subclasses' getAllowedSignatures). */
const TVF_SIGNATURES: Record<string, string> = {
  TUMBLE: 'TUMBLE(TABLE table_name, DESCRIPTOR(timecol), datetime interval[, datetime interval])',
  HOP: 'HOP(TABLE table_name, DESCRIPTOR(timecol), datetime interval, datetime interval[, datetime interval])',
  CUMULATE:
    'CUMULATE(TABLE table_name, DESCRIPTOR(timecol), datetime interval, datetime interval[, datetime interval])',
  SESSION: 'SESSION(TABLE table_name, DESCRIPTOR(timecol), datetime interval)',
};

/**
 * Calcite's refusal of a window TVF whose interval operands are not intervals
 * (SqlCallBinding#newValidationSignatureError): each operand's type upper-cased in angle
 * brackets, the table as its RECORDTYPE, the descriptor as COLUMN_LIST.
 */
function tvfSignatureError(
  fn: string,
  params: readonly string[],
  args: ReadonlyMap<string, Expr>,
  translated: ReadonlyMap<string, RexExpr>,
  input: Rel,
): string {
  const types: string[] = [];
  for (const p of params) {
    if (p === 'DATA') {
      const fields = input.columns.map((c) => `${calciteTypeText(c.type)} ${c.name}`);
      types.push(`RECORDTYPE(${fields.join(', ')})`);
    } else if (p === 'TIMECOL') types.push('COLUMN_LIST');
    else {
      const e = args.get(p);
      const x = translated.get(p);
      if (e === undefined || x === undefined) continue;
      types.push(
        e.kind === 'IntervalLiteral'
          ? `INTERVAL ${e.qualifier.start}${e.qualifier.end !== undefined ? ` TO ${e.qualifier.end}` : ''}`
          : calciteTypeText(x.type),
      );
    }
  }
  const sig = types.map((t) => `<${t.toUpperCase()}>`).join(', ');
  return `Cannot apply '${fn}' to arguments of type '${fn}(${sig})'. Supported form(s): '${TVF_SIGNATURES[fn] ?? fn}'`;
}
