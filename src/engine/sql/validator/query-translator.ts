/**
 * Queries → plans: SELECT (projection, WHERE, aggregation, HAVING, DISTINCT), VALUES, UNION
 * [ALL], WITH, ORDER BY / LIMIT / OFFSET with Flink's streaming rules.
 */
import { NotSupportedError } from '../../../common/errors.js';
import { type LogicalType, type TimestampType } from '../../../types/index.js';
import { compileScalar } from '../../runtime/expr/compile.js';
import { encodeValue } from '../../runtime/plan/encode-value.js';
import { mapRefs, ref, type RexExpr } from '../../runtime/plan/expr.js';
import type { LimitNode, TemporalSortNode, SortLimitNode, ValuesNode } from '../../runtime/plan/plan.js';
import type { Expr, Query, QueryBody, Select, SelectItem, Star, Values } from '../ast/index.js';
import { translateAggregate, needsAggregation } from './aggregate.js';
import { commonType } from './common-type.js';
import { fieldsOf, type Rel, type TranslateContext } from './context.js';
import { validationError } from './errors.js';
import { ExprTranslator } from './expr-translator.js';
import { groupWindowSelect, orderByAuxiliary } from './group-window.js';
import { windowDistinctRel } from './window-distinct.js';
import { sessionTvfRows } from './session-tvf-rows.js';
import { translateTableRef, windowTvfRel } from './relation.js';
import { Scope, type ScopeColumn } from './scope.js';
import { calc, castTo, distinctRel, setOperation } from './set-operations.js';
import { markRankedCalls } from './ranked-calls.js';

/** Translates a query. */
export function translateQuery(q: Query, ctx: TranslateContext): Rel {
  markRankedCalls(q);
  let c = ctx;
  if (q.with !== undefined && q.with.length > 0) {
    const frame = new Map<string, { query: Query; columns?: readonly string[]; source: string }>();
    c = { ...ctx, ctes: [...ctx.ctes, frame] };
    for (const cte of q.with) {
      frame.set(cte.name.value, {
        query: cte.query,
        ...(cte.columns ? { columns: cte.columns.map((x) => x.value) } : {}),
        source: ctx.expr.text ?? '',
      });
    }
  }
  // ORDER BY a column the SELECT does not list (Calcite adds it as a hidden column).
  let body = q.body;
  let hidden = 0;
  if (body.kind === 'Select' && !body.items.some((i) => i.expr.kind === 'Star')) {
    // ORDER BY TUMBLE_ROWTIME(…): sorts by the select item it equals, or a hidden one.
    const aux = orderByAuxiliary(body.items, q.orderBy, body.quantifier === 'DISTINCT');
    if (aux !== undefined) {
      body = { ...body, items: aux.items };
      q = { ...q, orderBy: aux.orderBy };
      hidden = aux.hidden;
    }
  }
  if (q.orderBy.length > 0 && body.kind === 'Select' && !body.items.some((i) => i.expr.kind === 'Star')) {
    const names = itemNames(body.items);
    const extra: SelectItem[] = [];
    for (const o of q.orderBy) {
      const e = o.expr;
      if (e.kind === 'ColumnRef' && !names.includes(e.names[e.names.length - 1]!.value)) {
        extra.push({ kind: 'SelectItem', expr: e, span: e.span });
      }
    }
    if (extra.length > 0 && !body.quantifier) {
      body = { ...body, items: [...body.items, ...extra] };
      hidden += extra.length;
    } else if (extra.length > 0 && body.quantifier === 'DISTINCT') {
      // Calcite's notSelectDistinctExpr for a column of the FROM clause the DISTINCT list lacks
      // (a column of no table fails as unknown: translating with it gives that error).
      translateBody({ ...body, quantifier: undefined, items: [...body.items, ...extra] }, c);
      const e = extra[0]!.expr as Extract<Expr, { kind: 'ColumnRef' }>;
      throw validationError(
        `Expression '${e.names.map((n) => n.value).join('.')}' is not in the select clause`,
        e.span,
      );
    }
  }
  let rel = translateBody(body, c);
  if (q.orderBy.length > 0 && q.limit !== undefined) rel = sortLimit(q, rel, c);
  else {
    if (q.orderBy.length > 0) rel = orderBy(q, rel, c);
    if (q.limit !== undefined || q.offset !== undefined) rel = limit(q, rel, c);
  }
  if (hidden > 0) {
    const keep = rel.columns.slice(0, rel.columns.length - hidden);
    const projects = keep.map((col, i) => ref(i, col.type));
    rel = {
      node: calc(
        c,
        rel.node,
        projects,
        keep.map((x) => x.name),
        null,
      ),
      columns: keep,
    };
  }
  return rel;
}

function translateBody(b: QueryBody, ctx: TranslateContext): Rel {
  switch (b.kind) {
    case 'Query':
      return translateQuery(b, ctx);
    case 'Select':
      return translateSelect(b, ctx);
    case 'Values':
      return translateValues(b, ctx);
    case 'SetOperation': {
      const inputs = [translateBody(b.left, ctx), translateBody(b.right, ctx)];
      return setOperation(b.op, inputs, b.quantifier === 'ALL', b.span, ctx, [b.left, b.right]);
    }
  }
}

function translateValues(v: Values, ctx: TranslateContext): Rel {
  const tr = new ExprTranslator(ctx.expr, new Scope([]));
  const rows = v.rows.map((r) => r.map((e) => tr.translate(e)));
  const width = rows[0]?.length ?? 0;
  for (const r of rows) {
    if (r.length !== width)
      throw validationError(
        'Values passed to VALUES operator must have compatible types: rows have different numbers of columns',
        v.span,
      );
  }
  const types: LogicalType[] = [];
  for (let i = 0; i < width; i++) {
    const t = commonType(rows.map((r) => r[i]!.type));
    if (t === undefined)
      throw validationError(
        `Values passed to VALUES operator must have compatible types (column ${i + 1})`,
        v.span,
      );
    types.push(t);
  }
  const compileCtx = { registry: ctx.expr.registry, timeZone: ctx.expr.timeZone };
  // Rows are evaluated once at planning (constant expressions), cast to the column types.
  const values = rows.map((r) =>
    r.map((e, i) => encodeValue(compileScalar(castTo(e, types[i]!), compileCtx)([]))),
  );
  const columns: ScopeColumn[] = types.map((type, i) => ({ name: `EXPR$${i}`, type }));
  const node: ValuesNode = {
    node: 'Values',
    id: ctx.nextId(),
    fields: fieldsOf(columns),
    changelogMode: { kinds: ['I'] },
    rows: values,
  };
  return { node, columns };
}

/**
 * The names Calcite gives a select list: each item's alias (`EXPR$<i>` for an unnamed
 * expression), made unique as SqlValidatorUtil.uniquify does with EXPR_SUGGESTER: a name already
 * used gets the first free suffix 0, 1, … (`SELECT a, a` gives `a`, `a0`).
 */
function itemNames(items: readonly SelectItem[]): string[] {
  const used = new Set<string>();
  return items.map((it, i) => {
    const name = itemName(it, i);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    for (let j = 0; ; j++) {
      const candidate = `${name}${j}`;
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  });
}

/** The name Calcite derives for a select item. */
function itemName(item: SelectItem, i: number): string {
  if (item.alias) return item.alias.value;
  const e = item.expr;
  if (e.kind === 'ColumnRef') return e.names[e.names.length - 1]!.value;
  if (e.kind === 'FieldAccess') return e.field.value;
  return `EXPR$${i}`;
}

/** Whether the SELECT aggregates (GROUP BY or aggregate calls). */
function aggregates(s: Select, ctx: TranslateContext): boolean {
  return needsAggregation(s, ctx) || (s.groupBy !== undefined && s.groupBy.length > 0);
}

function translateSelect(s0: Select, ctx: TranslateContext): Rel {
  // GROUP BY TUMBLE(rowtime, …) (Flink's group windows) becomes a window TVF aggregation.
  const gw = groupWindowSelect(s0, ctx, translateQuery);
  const s = gw?.select ?? s0;
  let input: Rel;
  if (gw) input = gw.input;
  else if (s.from) input = translateTableRef(s.from, ctx, translateQuery);
  else {
    const node: ValuesNode = {
      node: 'Values',
      id: ctx.nextId(),
      fields: [],
      changelogMode: { kinds: ['I'] },
      rows: [[]],
    };
    input = { node, columns: [] };
  }
  let where: RexExpr | null = null;
  if (s.where) {
    where = new ExprTranslator(ctx.expr, new Scope(input.columns), undefined, 'WHERE').translate(s.where);
    if (where.type.kind !== 'BOOLEAN' && where.type.kind !== 'NULL') {
      throw validationError(
        `WHERE clause must be a condition, but its type is ${where.type.kind}`,
        s.where.span,
      );
    }
    if (input.window?.spec.kind === 'SESSION' && !aggregates(s, ctx)) input = sessionTvfRows(input, ctx);
    if (input.window?.spec.kind === 'SESSION') {
      // A filter of the TVF's input columns only runs before the sessions are formed, as
      // Flink pushes it below the window (PullUpWindowTableFunctionIntoWindowAggregateRule).
      const w = input.window;
      const n = w.input.columns.length;
      let onWindow = false;
      mapRefs(where, (r) => {
        if (r.index >= n) onWindow = true;
        return r;
      });
      if (onWindow)
        throw validationError(
          'WHERE on window_start, window_end or window_time of a SESSION window aggregation is not supported yet',
          s.where.span,
        );
      const filtered: Rel = {
        ...w.input,
        node: calc(
          ctx,
          w.input.node,
          w.input.columns.map((c, i) => ref(i, c.type)),
          w.input.columns.map((c) => c.name),
          where,
        ),
      };
      input = windowTvfRel(filtered, [...input.columns], w.spec, w.timeIndex, ctx, w.partitionKeys);
      where = null;
    }
    if (input.window) {
      // A filter between the window TVF and its aggregation stays on the TVF's output.
      input = {
        ...input,
        node: calc(
          ctx,
          input.node,
          input.columns.map((c, i) => ref(i, c.type)),
          input.columns.map((c) => c.name),
          where,
        ),
      };
      where = null;
    }
  }
  const items = expandStars(s.items, input);
  let rel: Rel;
  if (needsAggregation(s, ctx) || (s.groupBy && s.groupBy.length > 0)) {
    if (where !== null) {
      input = {
        ...input,
        node: calc(
          ctx,
          input.node,
          input.columns.map((c, i) => ref(i, c.type)),
          input.columns.map((c) => c.name),
          where,
        ),
      };
      where = null;
    }
    const agg = translateAggregate(s, input, ctx);
    // The FROM columns are in scope only to tell an unknown name from an ungrouped one: every
    // column reference goes through the hook (grouping keys) first.
    const tr = new ExprTranslator(ctx.expr, new Scope(input.columns), agg.hook);
    const projects = items.map((it) => tr.translate(it.expr));
    const having = s.having ? tr.translate(s.having) : null;
    if (having && having.type.kind !== 'BOOLEAN')
      throw validationError('HAVING clause must be a condition', s.having!.span);
    const names = itemNames(items);
    const aliases = new Map<number, string>();
    projects.forEach((p, i) => {
      if (p.k === 'ref' && !aliases.has(p.index)) aliases.set(p.index, names[i]!);
    });
    const { node, patch, window } = agg.finish(aliases);
    const ps = projects.map(patch);
    // window_start / window_end / window_time of a window aggregation stay window columns.
    const columns: ScopeColumn[] = ps.map((p, i) => {
      const role = window && p.k === 'ref' ? p.index - window.base : -1;
      return role >= 0 && role <= 2
        ? { name: names[i]!, type: p.type, windowProp: { role: role as 0 | 1 | 2, window: window!.window } }
        : { name: names[i]!, type: p.type };
    });
    rel = { node: calc(ctx, node, ps, names, having === null ? null : patch(having)), columns };
  } else {
    // Rows of a SESSION TVF read directly (Flink ≥ 1.19): emitted when their session closes.
    if (input.window?.spec.kind === 'SESSION') input = sessionTvfRows(input, ctx);
    const tr = new ExprTranslator(ctx.expr, new Scope(input.columns), undefined, 'SELECT');
    const projects = items.map((it) => tr.translate(it.expr));
    const names = itemNames(items);
    const columns: ScopeColumn[] = projects.map((p, i) => {
      const prop = p.k === 'ref' ? input.columns[p.index]!.windowProp : undefined;
      return prop ? { name: names[i]!, type: p.type, windowProp: prop } : { name: names[i]!, type: p.type };
    });
    const identity =
      where === null &&
      projects.length === input.columns.length &&
      projects.every((p, i) => p.k === 'ref' && p.index === i);
    rel = identity
      ? {
          node: input.node,
          columns: columns.map((c, i) => ({ ...c, qualifier: input.columns[i]!.qualifier })) as ScopeColumn[],
        }
      : { node: calc(ctx, input.node, projects, names, where), columns };
    if (identity && names.some((n, i) => n !== input.node.fields[i]?.name)) {
      rel = { node: calc(ctx, input.node, projects, names, null), columns };
    }
  }
  if (s.quantifier === 'DISTINCT') rel = windowDistinctRel(rel, ctx, s.span) ?? distinctRel(rel, ctx);
  return rel;
}

function expandStars(items: readonly SelectItem[], input: Rel): SelectItem[] {
  const out: SelectItem[] = [];
  for (const it of items) {
    if (it.expr.kind !== 'Star') {
      out.push(it);
      continue;
    }
    const q = it.expr.qualifier.map((n) => n.value);
    // System columns ($rowtime) are hidden from `*`, as in Confluent; they are selectable by name.
    const cols = input.columns.filter(
      (c) => !c.hidden && (q.length === 0 || c.qualifier === q[q.length - 1]),
    );
    if (cols.length === 0 && q.length > 0) {
      const fields = compositeStar(it.expr.qualifier, input);
      if (!fields) throw validationError(`Unknown identifier '${q.join('.')}'`, it.expr.span);
      // `t.rowCol.*` / `rowCol.nested.*`: the ROW's fields, each named as the field (Calcite's
      // compound star on a struct column, which Flink's docs list as value access `.*`).
      for (const f of fields) {
        const names = [
          ...it.expr.qualifier,
          { kind: 'Identifier' as const, value: f, quoted: true, span: it.span },
        ];
        out.push({ kind: 'SelectItem', expr: { kind: 'ColumnRef', names, span: it.span }, span: it.span });
      }
      continue;
    }
    for (const c of cols) {
      // Qualified whenever the column has a qualifier: `*` over `T CROSS JOIN UNNEST(..) AS U(a)`
      // lists both `a`s (the second named a0), as Calcite's expandStar does.
      const names = [
        ...(c.qualifier
          ? [{ kind: 'Identifier' as const, value: c.qualifier, quoted: true, span: it.span }]
          : []),
        { kind: 'Identifier' as const, value: c.name, quoted: true, span: it.span },
      ];
      out.push({ kind: 'SelectItem', expr: { kind: 'ColumnRef', names, span: it.span }, span: it.span });
    }
  }
  return out;
}

/** The field names of the ROW a star's qualifier names as a column path, else undefined. */
function compositeStar(qualifier: Star['qualifier'], input: Rel): string[] | undefined {
  let t: RexExpr['type'];
  try {
    t = new Scope(input.columns).resolve({
      kind: 'ColumnRef',
      names: qualifier,
      span: qualifier[0]!.span,
    }).type;
  } catch {
    return undefined;
  }
  return t.kind === 'ROW' ? t.fields.map((f) => f.name) : undefined;
}

function orderBy(q: Query, rel: Rel, ctx: TranslateContext): Rel {
  const first = q.orderBy[0]!;
  const scope = new Scope(rel.columns);
  let key: RexExpr;
  if (first.expr.kind === 'NumericLiteral' && !first.expr.approximate) {
    const i = Number(first.expr.text) - 1;
    if (i < 0 || i >= rel.columns.length)
      throw validationError(`Ordinal out of range: ${first.expr.text}`, first.expr.span);
    key = ref(i, rel.columns[i]!.type);
  } else key = new ExprTranslator(ctx.expr, scope).translate(first.expr);
  const isTime =
    key.k === 'ref' &&
    (key.type.kind === 'TIMESTAMP' || key.type.kind === 'TIMESTAMP_LTZ') &&
    (key.type as TimestampType).timeAttribute !== undefined;
  if (!isTime || first.direction === 'DESC') {
    throw validationError('Sort on a non-time-attribute field is not supported.', first.span);
  }
  const keys = sortKeys(q.orderBy.slice(1), rel, ctx);
  const node: TemporalSortNode = {
    node: 'TemporalSort',
    id: ctx.nextId(),
    fields: rel.node.fields,
    changelogMode: { kinds: ['I'] },
    input: rel.node,
    timeIndex: (key as { index: number }).index,
    keys,
  };
  return { node, columns: rel.columns };
}

/** ORDER BY keys as columns of `rel` (Calcite's collation: NULLs first when ascending). */
function sortKeys(
  items: Query['orderBy'],
  rel: Rel,
  ctx: TranslateContext,
): { index: number; descending: boolean; nullsFirst: boolean }[] {
  const scope = new Scope(rel.columns);
  return items.map((o) => {
    let e: RexExpr;
    if (o.expr.kind === 'NumericLiteral' && !o.expr.approximate) {
      const i = Number(o.expr.text) - 1;
      if (i < 0 || i >= rel.columns.length)
        throw validationError(`Ordinal out of range: ${o.expr.text}`, o.expr.span);
      e = ref(i, rel.columns[i]!.type);
    } else e = new ExprTranslator(ctx.expr, scope).translate(o.expr);
    if (e.k !== 'ref') throw new NotSupportedError('ORDER BY keys must be columns of the select list');
    const descending = o.direction === 'DESC';
    return {
      index: e.index,
      descending,
      nullsFirst: o.nulls === undefined ? !descending : o.nulls === 'FIRST',
    };
  });
}

/**
 * ORDER BY … with a FETCH, whatever the keys (time attribute or not): Flink's SortLimit, a
 * Top-N that keeps the best rows and retracts those pushed out (StreamPhysicalSortLimitRule).
 */
function sortLimit(q: Query, rel: Rel, ctx: TranslateContext): Rel {
  const num = (e: Expr | undefined, what: string): number => {
    if (e === undefined) return 0;
    if (e.kind !== 'NumericLiteral' || e.approximate || e.text.includes('.'))
      throw validationError(`${what} must be a non-negative integer literal`, e.span);
    return Number(e.text);
  };
  const node: SortLimitNode = {
    node: 'SortLimit',
    id: ctx.nextId(),
    fields: rel.node.fields,
    changelogMode: { kinds: ['I', 'UB', 'UA', 'D'] },
    input: rel.node,
    keys: sortKeys(q.orderBy, rel, ctx),
    offset: num(q.offset, 'OFFSET'),
    fetch: num(q.limit, 'LIMIT'),
  };
  return { node, columns: rel.columns };
}

function limit(q: Query, rel: Rel, ctx: TranslateContext): Rel {
  const num = (e: Expr | undefined, what: string): number => {
    if (e === undefined) return what === 'OFFSET' ? 0 : Number.MAX_SAFE_INTEGER;
    if (e.kind !== 'NumericLiteral' || e.approximate || e.text.includes('.'))
      throw validationError(`${what} must be a non-negative integer literal`, e.span);
    return Number(e.text);
  };
  if (q.limit === undefined && q.offset !== undefined) {
    // Flink's StreamExecLimit needs a FETCH: an OFFSET alone never lets the stream end.
    throw validationError(
      'FETCH is missed, which on streaming table is not supported currently.',
      q.offset.span,
    );
  }
  const offset = num(q.offset, 'OFFSET');
  const fetch = num(q.limit, 'LIMIT');
  const node: LimitNode = {
    node: 'Limit',
    id: ctx.nextId(),
    fields: rel.node.fields,
    changelogMode: { kinds: ['I'] },
    input: rel.node,
    offset,
    fetch,
  };
  return { node, columns: rel.columns };
}
