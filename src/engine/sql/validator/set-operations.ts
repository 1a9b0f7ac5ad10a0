/**
 * UNION / INTERSECT / EXCEPT [ALL] as plans. UNION ALL is a Union node; the others are, as in
 * Flink's streaming planner, aggregations with retraction over a union of both inputs tagged
 * with which side each row came from:
 *
 * - UNION: DISTINCT over the union (a GroupAggregate without calls).
 * - INTERSECT / EXCEPT: per distinct row, SUM of the left and right markers; a row is kept when
 *   it is on both sides (INTERSECT) or on the left only (EXCEPT). Flink gets the same table with a
 *   semi / anti join (ReplaceIntersectWithSemiJoinRule, ReplaceMinusWithAntiJoinRule).
 * - INTERSECT ALL / EXCEPT ALL: the row is repeated LEAST(left, right) times, resp.
 *   left − right times (Flink's RewriteIntersectAllRule / RewriteMinusAllRule, which replicate
 *   rows with the `$REPLICATE_ROWS$1` table function; here an UNNEST of `$REPLICATE_ROWS$1(n)`).
 *
 * Rows are compared as GROUP BY compares them: NULL equals NULL.
 */
import {
  arrayType,
  booleanType,
  intType,
  withoutTimeAttribute,
  type LogicalType,
} from '../../../types/index.js';
import { call, lit, ref, type RexExpr } from '../../runtime/plan/expr.js';
import type {
  AggCallSpec,
  CalcNode,
  GroupAggregateNode,
  PlanNode,
  UnionNode,
  UnnestNode,
} from '../../runtime/plan/plan.js';
import type { QueryBody } from '../ast/index.js';
import type { Span } from '../../../common/errors.js';
import { commonType } from './common-type.js';
import { stateTtlField } from './state-ttl.js';
import { windowDistinctRel } from './window-distinct.js';
import { fieldsOf, type Rel, type TranslateContext } from './context.js';
import { validationError } from './errors.js';
import type { ScopeColumn } from './scope.js';

/** Name of the internal function giving [1 .. n] (registered in functions/collection.ts). */
export const REPLICATE_ROWS = '$REPLICATE_ROWS$1';

/** A Calc node (projection and optional filter). */
export function calc(
  ctx: TranslateContext,
  input: PlanNode,
  projects: RexExpr[],
  names: string[],
  condition: RexExpr | null,
): CalcNode {
  return {
    node: 'Calc',
    id: ctx.nextId(),
    fields: projects.map((p, i) => ({ name: names[i]!, type: p.type })),
    changelogMode: { kinds: ['I'] },
    input,
    projects,
    condition,
  };
}

/** `e` cast to `t` unless it has that type already. */
export function castTo(e: RexExpr, t: LogicalType): RexExpr {
  if (JSON.stringify(e.type) === JSON.stringify(t)) return e;
  return call('CAST', [e], t);
}

/** SELECT DISTINCT over a relation: a GroupAggregate on every column. */
export function distinctRel(rel: Rel, ctx: TranslateContext): Rel {
  const columns = rel.columns.map((c) => ({ ...c, type: withoutTimeAttribute(c.type) }));
  const agg: GroupAggregateNode = {
    node: 'GroupAggregate',
    id: ctx.nextId(),
    fields: fieldsOf(columns),
    changelogMode: { kinds: ['I', 'UB', 'UA'] },
    input: rel.node,
    grouping: rel.columns.map((_, i) => i),
    aggCalls: [],
    generateUpdateBefore: true,
    ...stateTtlField(ctx),
  };
  return { node: agg, columns };
}

/** Calcite's SqlUtil#getSelectListItem: where column `i` of a set operation's operand is. */
function selectListItemSpan(b: QueryBody, i: number): Span {
  switch (b.kind) {
    case 'Select':
      return (b.items[i] ?? b.items[0])?.span ?? b.span;
    case 'Values':
      return b.rows[0]?.[i]?.span ?? b.span;
    case 'SetOperation':
      return selectListItemSpan(b.left, i);
    case 'Query':
      return selectListItemSpan(b.body, i);
  }
}

/** The select list of an operand (the operand itself when it has none). */
function selectListSpan(b: QueryBody): Span {
  if (b.kind !== 'Select' || b.items.length === 0) return b.span;
  return { start: b.items[0]!.span.start, end: b.items[b.items.length - 1]!.span.end };
}

/**
 * The column types both inputs are cast to (Calcite's leastRestrictive per column). Errors are
 * placed as Calcite's SetopOperandTypeChecker places them: a column count mismatch at the
 * select list of the operand that differs, a type mismatch at the column of the first operand.
 */
function setOpTypes(
  op: string,
  inputs: readonly Rel[],
  span: Span,
  operands?: readonly QueryBody[],
): LogicalType[] {
  const n = inputs[0]!.columns.length;
  inputs.forEach((r, k) => {
    if (r.columns.length !== n) {
      throw validationError(
        `Column count mismatch in ${op}: the inputs have ${inputs.map((x) => x.columns.length).join(' and ')} columns`,
        operands?.[k] ? selectListSpan(operands[k]) : span,
      );
    }
  });
  const types: LogicalType[] = [];
  for (let i = 0; i < n; i++) {
    const t = commonType(inputs.map((r) => withoutTimeAttribute(r.columns[i]!.type)));
    if (t === undefined) {
      throw validationError(
        `Type mismatch in column ${i + 1} of ${op}: ${inputs.map((r) => r.columns[i]!.type.kind).join(' and ')}`,
        operands?.[0] ? selectListItemSpan(operands[0], i) : span,
      );
    }
    types.push(t);
  }
  return types;
}

/** A union of the inputs, each cast to `types` and extended with `extra(side)` columns. */
function unionOf(
  inputs: readonly Rel[],
  types: readonly LogicalType[],
  names: readonly string[],
  ctx: TranslateContext,
  extra: (side: number) => { expr: RexExpr; name: string }[] = () => [],
): UnionNode {
  const nodes = inputs.map((r, side) => {
    const more = extra(side);
    const same = r.columns.every((c, i) => JSON.stringify(c.type) === JSON.stringify(types[i]));
    if (same && more.length === 0) return r.node;
    return calc(
      ctx,
      r.node,
      [...r.columns.map((c, i) => castTo(ref(i, c.type), types[i]!)), ...more.map((m) => m.expr)],
      [...names, ...more.map((m) => m.name)],
      null,
    );
  });
  const fields = [
    ...names.map((name, i) => ({ name, type: types[i]! })),
    ...extra(0).map((m) => ({ name: m.name, type: m.expr.type })),
  ];
  return { node: 'Union', id: ctx.nextId(), fields, changelogMode: { kinds: ['I'] }, inputs: nodes };
}

/**
 * Window columns of a UNION, as Flink's FlinkRelMdWindowProperties keeps them: only when every
 * input has the same window (spec and time zone), a column stays window_start / window_end /
 * window_time if it is that in every input, uncast.
 */
function unionWindowColumns(inputs: readonly Rel[], columns: ScopeColumn[]): ScopeColumn[] {
  const windowOf = (r: Rel): string | undefined => {
    const c = r.columns.find((x) => x.windowProp !== undefined);
    if (c === undefined) return undefined;
    const w = c.windowProp!.window;
    return JSON.stringify([w.spec, w.shiftTimeZone ?? null]);
  };
  const first = windowOf(inputs[0]!);
  if (first === undefined || inputs.some((r) => windowOf(r) !== first)) return columns;
  return columns.map((c, i) => {
    const props = inputs.map((r) => r.columns[i]!.windowProp);
    const role = props[0]?.role;
    const kept =
      role !== undefined &&
      props.every((p) => p?.role === role) &&
      inputs.every((r) => JSON.stringify(r.columns[i]!.type) === JSON.stringify(c.type));
    return kept ? { ...c, windowProp: props[0]! } : c;
  });
}

/** UNION [ALL] / INTERSECT [ALL] / EXCEPT [ALL] of two or more relations. */
export function setOperation(
  op: 'UNION' | 'INTERSECT' | 'EXCEPT',
  inputs: readonly Rel[],
  all: boolean,
  span: Span,
  ctx: TranslateContext,
  /** The operands' syntax, for Calcite's error positions. */
  operands?: readonly QueryBody[],
): Rel {
  const types = setOpTypes(op, inputs, span, operands);
  const names = inputs[0]!.columns.map((c) => c.name);
  const columns: ScopeColumn[] = names.map((name, i) => ({ name, type: types[i]! }));
  if (op === 'UNION') {
    const rel: Rel = {
      node: unionOf(inputs, types, names, ctx),
      columns: unionWindowColumns(inputs, columns),
    };
    return all ? rel : (windowDistinctRel(rel, ctx, span) ?? distinctRel(rel, ctx));
  }
  const one = lit(1, intType(false));
  const zero = lit(0, intType(false));
  const u = unionOf(inputs, types, names, ctx, (side) => [
    { expr: side === 0 ? one : zero, name: '$left' },
    { expr: side === 0 ? zero : one, name: '$right' },
  ]);
  const n = names.length;
  const sumOf = (arg: number, name: string): AggCallSpec => ({
    fn: 'SUM',
    args: [arg],
    argTypes: [intType(false)],
    distinct: false,
    filter: -1,
    type: intType(false),
    name,
    text: `SUM(${name})`,
  });
  const agg: GroupAggregateNode = {
    node: 'GroupAggregate',
    id: ctx.nextId(),
    fields: [
      ...fieldsOf(columns),
      { name: '$left', type: intType(false) },
      { name: '$right', type: intType(false) },
    ],
    changelogMode: { kinds: ['I', 'UB', 'UA'] },
    input: u,
    grouping: names.map((_, i) => i),
    aggCalls: [sumOf(n, '$left'), sumOf(n + 1, '$right')],
    generateUpdateBefore: true,
  };
  const left = ref(n, intType(false));
  const right = ref(n + 1, intType(false));
  const bool = booleanType(false);
  const gt0 = (e: RexExpr): RexExpr => call('>', [e, zero], bool);
  const cols = columns.map((c, i) => ref(i, c.type));
  if (!all) {
    const cond =
      op === 'INTERSECT'
        ? call('AND', [gt0(left), gt0(right)], bool)
        : call('AND', [gt0(left), call('=', [right, zero], bool)], bool);
    return { node: calc(ctx, agg, cols, names, cond), columns };
  }
  // How many copies of the row the result holds.
  const count =
    op === 'INTERSECT'
      ? call('LEAST', [left, right], intType(false))
      : call('-', [left, right], intType(false));
  const counted = calc(ctx, agg, [...cols, count], [...names, '$count'], gt0(count));
  const seqType = arrayType(intType(false), false);
  const unnest: UnnestNode = {
    node: 'Unnest',
    id: ctx.nextId(),
    fields: [
      ...fieldsOf(columns),
      { name: '$count', type: intType(false) },
      { name: '$i', type: intType(false) },
    ],
    changelogMode: { kinds: ['I'] },
    input: counted,
    expr: call(REPLICATE_ROWS, [ref(n, intType(false))], seqType),
    collection: 'ARRAY',
    width: 1,
    expandRow: false,
    withOrdinality: false,
    left: false,
  };
  return { node: calc(ctx, unnest, cols, names, null), columns };
}
