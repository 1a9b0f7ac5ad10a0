/**
 * Aggregate queries: GROUP BY (with GROUPING SETS / ROLLUP / CUBE through Expand), aggregate
 * calls with DISTINCT and FILTER, window aggregation over window TVFs, and the hook that maps
 * SELECT/HAVING expressions onto the aggregate's output.
 *
 * Plan shape (as Flink's): input → Calc(keys, aggregate arguments, filters[, window columns])
 * → [Expand] → GroupAggregate | WindowAggregate → (SELECT / HAVING Calc by the caller).
 */
import {
  bigintType,
  booleanType,
  notNull,
  withNullable,
  withoutTimeAttribute,
  type LogicalType,
} from '../../../types/index.js';
import { listaggSignatureError } from '../../runtime/functions/aggregates.js';
import { call, lit, ref, type RexExpr } from '../../runtime/plan/expr.js';
import { decodeValue } from '../../runtime/plan/encode-value.js';
import type {
  AggCallSpec,
  CalcNode,
  ExpandNode,
  GroupAggregateNode,
  PlanNode,
  WindowAggregateNode,
} from '../../runtime/plan/plan.js';
import type { Expr, FunctionCall, Select } from '../ast/index.js';
import type { Rel, TranslateContext, WindowRel } from './context.js';
import { validationError } from './errors.js';
import {
  ExprTranslator,
  functionName,
  isAggregateCall,
  jsonAggregateCall,
  type AggregateHook,
} from './expr-translator.js';
import { expandGrouping, groupingId, numberDuplicateSets, type NumberedSet } from './grouping.js';
import { Scope } from './scope.js';
import { miniBatchSpec } from '../planner/rules/mini-batch-config.js';
import { sessionTvfRows } from './session-tvf-rows.js';
import { stateTtlField } from './state-ttl.js';
import { checkNoEmitStrategy, checkSliceable } from './window-distinct.js';

/** The session's mini-batch settings as a GroupAggregate field (none when mini-batch is off). */
export function miniBatchField(ctx: TranslateContext): Pick<GroupAggregateNode, 'miniBatch'> {
  const spec = miniBatchSpec(ctx.config);
  return spec === undefined ? {} : { miniBatch: spec };
}

/**
 * An aggregation being built: translate SELECT/HAVING with `hook` (which registers aggregate
 * calls), then `finish` builds the plan and `patch` fixes references to window columns (they
 * come after the aggregates, whose number is known only then).
 */
export interface AggregateBuilder {
  readonly hook: AggregateHook;
  /** `aliases`: output position → the SELECT name it is shown under (for readable plans). */
  finish(aliases?: ReadonlyMap<number, string>): {
    node: PlanNode;
    patch: (e: RexExpr) => RexExpr;
    /** For a window aggregation: the output position of window_start and its window. */
    window?: { base: number; window: import('./context.js').WindowRel };
  };
}

const NOT_NULL_IF_GROUPED = new Set(['SUM', 'MIN', 'MAX', 'AVG']);

/** Structural identity of an expression (positions and source text do not count). */
const rexKey = (e: RexExpr): string =>
  JSON.stringify(e, (k, v) =>
    k === 'span' || k === 'text' ? undefined : typeof v === 'bigint' ? v.toString() : v,
  );

/** The first aggregate call inside `e`, not looking into subqueries (they aggregate on their own). */
function firstAggregateCall(e: unknown, ctx: TranslateContext): Expr | undefined {
  let found: Expr | undefined;
  const visit = (x: unknown): void => {
    if (found || x === null || typeof x !== 'object') return;
    const n = x as { kind?: string };
    if (
      (n.kind === 'FunctionCall' && isAggregateCall(n as Expr, ctx.expr.registry)) ||
      jsonAggregateCall(n as Expr)
    ) {
      found = n as Expr;
      return;
    }
    if (n.kind === 'Query' || n.kind === 'Select') return;
    for (const v of Object.values(x as Record<string, unknown>)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && 'kind' in v) visit(v);
    }
  };
  visit(e);
  return found;
}

/** True when a SELECT needs aggregation. */
export function needsAggregation(s: Select, ctx: TranslateContext): boolean {
  if (s.groupBy !== undefined && s.groupBy.length > 0) return true;
  return (
    s.items.some((i) => firstAggregateCall(i.expr, ctx) !== undefined) ||
    (s.having ? firstAggregateCall(s.having, ctx) !== undefined : false)
  );
}

/** Builds the aggregation of `input` for `select`. */
export function translateAggregate(select: Select, input0: Rel, ctx: TranslateContext): AggregateBuilder {
  let input = input0;
  const inScope = new Scope(input.columns);
  const inTr = new ExprTranslator(ctx.expr, inScope, undefined, 'GROUP BY');
  const tryRex = (e: Expr): RexExpr | undefined => {
    try {
      return inTr.translate(e);
    } catch {
      return undefined;
    }
  };
  const grouping = expandGrouping(select.groupBy ?? [], (a, b) => {
    const x = tryRex(a);
    const y = tryRex(b);
    return x !== undefined && y !== undefined && rexKey(x) === rexKey(y);
  });
  const keyRex = grouping.exprs.map((e) => {
    if (e.kind === 'FunctionCall' && isAggregateCall(e, ctx.expr.registry)) {
      throw validationError('Aggregate expression is illegal in GROUP BY clause', e.span);
    }
    return inTr.translate(e);
  });

  // Window aggregation: grouped by window_start and window_end of a window TVF.
  // Either a window TVF (its last three columns), or the window columns a window aggregation
  // below propagated (cascading window aggregation, grouped by them again).
  let w = input.window;
  let winIdx = w
    ? [input.columns.length - 3, input.columns.length - 2, input.columns.length - 1]
    : [-1, -1, -1];
  if (w === undefined) {
    // The window whose window_start and window_end are both grouping keys (else the first one).
    const keyRefs = new Set(keyRex.filter((r) => r.k === 'ref').map((r) => (r as { index: number }).index));
    const of = (role: number, win?: WindowRel): number[] =>
      input.columns
        .map((c, i) =>
          c.windowProp?.role === role && (win === undefined || c.windowProp.window === win) ? i : -1,
        )
        .filter((i) => i >= 0);
    const starts = of(0);
    const grouped = starts.find(
      (s) => keyRefs.has(s) && of(1, input.columns[s]!.windowProp!.window).some((e) => keyRefs.has(e)),
    );
    const start = grouped ?? starts[0];
    if (start !== undefined) {
      const prop = input.columns[start]!.windowProp!.window;
      const ends = of(1, prop);
      const end = ends.find((e) => keyRefs.has(e)) ?? ends[0];
      if (end !== undefined) {
        w = {
          spec: prop.spec,
          input,
          timeIndex: -1,
          ...(prop.shiftTimeZone !== undefined ? { shiftTimeZone: prop.shiftTimeZone } : {}),
        };
        winIdx = [start, end, of(2, prop)[0] ?? -1];
      }
    }
  }
  const propagated = w !== undefined && input.window === undefined;
  if (propagated && w!.spec.kind === 'SESSION') {
    throw validationError(
      'A window aggregation over the result of a SESSION window aggregation is not supported yet',
      select.span,
    );
  }
  const n0 = winIdx[0]!;
  const isWinCol = (r: RexExpr, off: number): boolean =>
    w !== undefined && r.k === 'ref' && winIdx[off]! >= 0 && r.index === winIdx[off];
  // A window aggregation needs window_start and window_end in every grouping set: an Expand that
  // nulls them loses the window (FlinkRelMdWindowProperties for Expand), and the aggregation is
  // an ordinary, updating one.
  const inEverySet = (off: number): boolean =>
    grouping.sets.every((set) => set.some((i) => isWinCol(keyRex[i]!, off)));
  const windowed =
    w !== undefined &&
    keyRex.some((r) => isWinCol(r, 0)) &&
    keyRex.some((r) => isWinCol(r, 1)) &&
    (grouping.sets.length <= 1 || (inEverySet(0) && inEverySet(1)));
  if (w !== undefined && !windowed && w.spec.kind === 'SESSION') {
    // Not a window aggregation: an ordinary one over the SESSION TVF's rows (same columns).
    input = sessionTvfRows(input, ctx);
    w = undefined;
    winIdx = [-1, -1, -1];
  }
  const plainKeys = windowed
    ? keyRex
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => !(isWinCol(r, 0) || isWinCol(r, 1) || isWinCol(r, 2)))
    : keyRex.map((r, i) => ({ r, i }));
  const k = plainKeys.length;
  // Flink's group-window syntax runs on window assigners, which take any HOP size.
  if (windowed && w!.groupWindow !== true) checkSliceable(w!.spec, select.span);
  if (windowed && w!.groupWindow !== true) checkNoEmitStrategy(ctx.config, select.span);
  if (windowed && w!.spec.kind === 'SESSION' && w!.groupWindow !== true)
    checkSessionKeys(w!, plainKeys, grouping.sets.length > 1, input, select.span);
  // Aggregate calls, collected as SELECT/HAVING are translated (the hook registers them).
  const pre: RexExpr[] = plainKeys.map(({ r }) => r);
  const calls: AggCallSpec[] = [];
  const callKeys: string[] = [];
  const hasExpand = grouping.explicitSets && grouping.sets.length > 1;
  // Duplicate sets become extra Expand rows told apart by GROUP_ID (grouping.ts, CALCITE-1824).
  const numbered = hasExpand ? numberDuplicateSets(grouping.sets) : undefined;
  const expandSets = numbered ?? grouping.sets.map((set) => ({ set, groupId: 0 }));
  const expandId = (e: NumberedSet): number =>
    groupingId(
      e.set.map((i) => plainKeys.findIndex((p) => p.i === i)).filter((x) => x >= 0),
      k,
    ) +
    e.groupId * 2 ** k;
  const grouped = keyRex.length > 0;
  const aggBase = k + (hasExpand ? 1 : 0);
  const argIndex = (r: RexExpr): number => {
    const key = rexKey(r);
    const i = pre.findIndex((p) => rexKey(p) === key);
    if (i >= 0) return i;
    pre.push(r);
    return pre.length - 1;
  };
  // With an Expand, an aggregate argument or filter that is also a grouping key reads a copy of
  // the column that the Expand does not null (Flink's ExpandUtil duplicate fields), so
  // JSON_OBJECTAGG(KEY v VALUE k) under ROLLUP(k) sees k's values in the grand total.
  const aggArgIndex = (r: RexExpr): number => {
    if (!hasExpand) return argIndex(r);
    const key = rexKey(r);
    const i = pre.findIndex((p, j) => j >= k && rexKey(p) === key);
    if (i >= 0) return i;
    pre.push(r);
    return pre.length - 1;
  };
  const registerAgg = (c: FunctionCall): RexExpr => {
    const name = aggregateName(c);
    const def = ctx.expr.registry.aggregate(name)!;
    const star = c.args.length === 1 && c.args[0]!.kind === 'Star';
    const argRex = star
      ? []
      : c.args.map((a) => {
          // Calcite's validateAggregateParams reports SUM(2 * MAX(x)) at the outer call (the SUM)
          if (firstAggregateCall(a, ctx) !== undefined)
            throw validationError('Aggregate expressions cannot be nested', c.span);
          return inTr.translate(a);
        });
    // Flink's AggFunctionFactory (a TableException when the plan is translated): COUNT of several
    // fields only with DISTINCT, where the distinct key is the row of them
    if (name === 'COUNT' && argRex.length > 1 && c.quantifier !== 'DISTINCT')
      throw validationError('We now only support the count of one field.', c.span);
    // Flink's SqlListAggFunction takes the separator as a character literal only
    if (name === 'LISTAGG' && c.args.length === 2 && c.args[1]!.kind !== 'StringLiteral')
      throw validationError(listaggSignatureError(argRex.map((a) => a.type)), c.span);
    if (name === 'PERCENTILE' && argRex.length >= 2 && literalPercentageOutOfRange(argRex[1]!))
      throw validationError(PERCENTILE_SIGNATURES, c.span);
    // Calcite's SqlValidatorImpl#validateAggregateParams: RESOURCE.aggregateInFilterIllegal()
    if (c.filter && firstAggregateCall(c.filter, ctx) !== undefined)
      throw validationError('FILTER must not contain aggregate expression', c.filter.span);
    const filterRex = c.filter ? inTr.translate(c.filter) : undefined;
    if (filterRex && filterRex.type.kind !== 'BOOLEAN')
      // Calcite's SqlFilterOperator: RESOURCE.condMustBeBoolean("FILTER")
      throw validationError('FILTER clause must be a condition', c.filter!.span);
    const key = `${name}|${c.quantifier ?? ''}|${argRex.map(rexKey).join(',')}|${filterRex ? rexKey(filterRex) : ''}`;
    const existing = callKeys.indexOf(key);
    if (existing >= 0) return ref(aggBase + existing, calls[existing]!.type);
    let type: LogicalType;
    try {
      type = def.inferType(argRex.map((a) => a.type));
    } catch (err) {
      throw validationError(err instanceof Error ? err.message : String(err), c.span);
    }
    type = withoutTimeAttribute(type);
    // Calcite's AGG_SUM / ARG0_NULLABLE_IF_EMPTY: a grouped aggregate never sees an empty
    // group, so SUM/MIN/MAX/AVG of NOT NULL arguments without FILTER are NOT NULL.
    if (
      NOT_NULL_IF_GROUPED.has(name) &&
      grouped &&
      !filterRex &&
      argRex.length > 0 &&
      argRex.every((a) => !a.type.nullable)
    ) {
      type = withNullable(type, false);
    }
    const spec: AggCallSpec = {
      fn: name,
      args: argRex.map(aggArgIndex),
      argTypes: argRex.map((a) => a.type),
      distinct: c.quantifier === 'DISTINCT',
      filter: filterRex ? aggArgIndex(filterRex) : -1,
      type,
      name: '',
      text: inTr.text(c),
    };
    calls.push(spec);
    callKeys.push(key);
    return ref(aggBase + calls.length - 1, type);
  };

  const keyNullable = (i: number): boolean => hasExpand && grouping.sets.some((s) => !s.includes(i));
  const groupPos = (i: number): number => {
    const r = keyRex[i]!;
    if (windowed && (isWinCol(r, 0) || isWinCol(r, 1) || isWinCol(r, 2))) {
      const off = isWinCol(r, 0) ? 0 : isWinCol(r, 1) ? 1 : 2;
      return -1 - off; // resolved once the number of calls is known
    }
    return plainKeys.findIndex((p) => p.i === i);
  };
  // Refs to window columns are patched after all calls are known (they come after the aggregates).
  const windowRefs: { off: number; type: LogicalType }[] = [];
  const WINDOW_MARK = 1_000_000;
  const hook: AggregateHook = {
    inputExpr: (e) => inTr.translate(e),
    aggregate: (c) => {
      const name = functionName(c);
      if (name === 'GROUP_ID') {
        // Calcite numbers duplicate grouping sets; without duplicates every row is 0.
        if (numbered === undefined) return lit({ bigint: '0' }, bigintType(false));
        const e = ref(k, notNull(bigintType()));
        const args = numbered.flatMap((x) => [
          call('=', [e, lit({ bigint: String(expandId(x)) }, notNull(bigintType()))], booleanType(false)),
          lit({ bigint: String(x.groupId) }, bigintType(false)),
        ]);
        return call('CASE', args, bigintType(false));
      }
      if (name === 'GROUPING' || name === 'GROUPING_ID') return grouping_(c);
      return registerAgg(c);
    },
    matchGroup: (e) => {
      const r = tryRex(e);
      if (r === undefined) return undefined;
      const key = rexKey(r);
      const i = keyRex.findIndex((x) => rexKey(x) === key);
      if (i < 0) return undefined;
      const pos = groupPos(i);
      if (pos < 0) {
        windowRefs.push({ off: -1 - pos, type: r.type });
        return ref(WINDOW_MARK - 1 - pos, r.type);
      }
      const t = withoutTimeAttribute(r.type);
      return ref(pos, keyNullable(i) ? withNullable(t, true) : t);
    },
  };
  const grouping_ = (c: FunctionCall): RexExpr => {
    const idx = c.args.map((a) => {
      const r = tryRex(a);
      const i = r === undefined ? -1 : keyRex.findIndex((x) => rexKey(x) === rexKey(r));
      if (i < 0)
        throw validationError(`Argument to ${functionName(c)} must be a grouping expression`, a.span);
      return plainKeys.findIndex((p) => p.i === i);
    });
    const t = bigintType(false);
    const value = (set: readonly number[]): bigint => {
      let v = 0n;
      for (const i of idx) v = (v << 1n) | (set.includes(plainKeys[i]!.i) ? 0n : 1n);
      return v;
    };
    if (!hasExpand) return lit({ bigint: value(grouping.sets[0] ?? []).toString() }, t);
    const e = ref(k, notNull(bigintType()));
    const args: RexExpr[] = [];
    for (const x of expandSets) {
      args.push(
        call('=', [e, lit({ bigint: String(expandId(x)) }, notNull(bigintType()))], booleanType(false)),
        lit({ bigint: value(x.set).toString() }, t),
      );
    }
    return call('CASE', args, t);
  };

  const finish = (
    aliases: ReadonlyMap<number, string> = new Map(),
  ): ReturnType<AggregateBuilder['finish']> => {
    // Field names as Flink shows them: input column names for plain keys, SELECT aliases.
    const preName = (r: RexExpr, i: number): string =>
      r.k === 'ref' ? (input.columns[r.index]?.name ?? `$f${i}`) : `$f${i}`;
    const nCalls = calls.length;
    // Pre-aggregation projection: keys, arguments, filters[, window columns or time column].
    let winStartIdx = -1;
    let winEndIdx = -1;
    let timeIdx = -1;
    if (windowed && w!.spec.kind !== 'SESSION') {
      winStartIdx = argIndex(ref(winIdx[0]!, input.columns[winIdx[0]!]!.type));
      winEndIdx = argIndex(ref(winIdx[1]!, input.columns[winIdx[1]!]!.type));
    } else if (windowed) {
      timeIdx = pre.length;
      pre.push(ref(w!.timeIndex, w!.input.columns[w!.timeIndex]!.type));
    }
    // SESSION windows aggregate the TVF's input directly: its refs are the same columns.
    const base = windowed && w!.spec.kind === 'SESSION' ? w!.input.node : input.node;
    const identity =
      pre.length === input.columns.length && pre.every((r, i) => r.k === 'ref' && r.index === i);
    let node: PlanNode = base;
    if (!identity) {
      const calc: CalcNode = {
        node: 'Calc',
        id: ctx.nextId(),
        fields: pre.map((r, i) => ({ name: preName(r, i), type: r.type })),
        changelogMode: { kinds: ['I'] },
        input: base,
        projects: pre,
        condition: null,
      };
      node = calc;
    }
    let grp = plainKeys.map((_, i) => i);
    if (hasExpand) {
      const nulled = expandSets.map(({ set }) =>
        plainKeys.map((p, i) => (set.includes(p.i) ? -1 : i)).filter((i) => i >= 0),
      );
      const ids = expandSets.map(expandId);
      const expand: ExpandNode = {
        node: 'Expand',
        id: ctx.nextId(),
        fields: [
          ...pre.map((r, i) => ({
            name: `$f${i}`,
            type: nulled.some((n) => n.includes(i)) ? withNullable(r.type, true) : r.type,
          })),
          { name: '$e', type: notNull(bigintType()) },
        ],
        changelogMode: { kinds: ['I'] },
        input: node,
        nulled,
        ids,
      };
      node = expand;
      grp = [...grp, pre.length];
    }
    const inFields = node.fields;
    const keyFields = grp.map((g) => ({
      name: g === pre.length ? '$e' : inFields[g]!.name,
      type: withoutTimeAttribute(inFields[g]!.type),
    }));
    const aggName = (i: number): string => aliases.get(aggBase + i) ?? `EXPR$${i}`;
    const aggFields = calls.map((c, i) => ({ name: aggName(i), type: c.type }));
    const named = calls.map((c, i) => ({ ...c, name: aggName(i) }));
    if (windowed) {
      const bound = input.columns[n0]!.type;
      const agg: WindowAggregateNode = {
        node: 'WindowAggregate',
        id: ctx.nextId(),
        fields: [
          ...keyFields,
          ...aggFields,
          { name: 'window_start', type: bound },
          { name: 'window_end', type: input.columns[winIdx[1]!]!.type },
          {
            name: 'window_time',
            type:
              winIdx[2]! >= 0
                ? input.columns[winIdx[2]!]!.type
                : {
                    kind: w!.shiftTimeZone !== undefined ? 'TIMESTAMP_LTZ' : 'TIMESTAMP',
                    precision: 3,
                    nullable: false,
                    timeAttribute: 'ROWTIME',
                  },
          },
        ],
        changelogMode: { kinds: ['I'] },
        input: node,
        window: w!.spec,
        ...(w!.shiftTimeZone !== undefined ? { shiftTimeZone: w!.shiftTimeZone } : {}),
        windowStart: winStartIdx,
        windowEnd: winEndIdx,
        timeIndex: timeIdx,
        grouping: grp,
        aggCalls: named,
      };
      node = agg;
    } else {
      const agg: GroupAggregateNode = {
        node: 'GroupAggregate',
        id: ctx.nextId(),
        fields: [...keyFields, ...aggFields],
        changelogMode: { kinds: ['I', 'UB', 'UA'] },
        input: node,
        grouping: grp,
        aggCalls: named,
        generateUpdateBefore: true,
        ...miniBatchField(ctx),
        ...stateTtlField(ctx),
      };
      node = agg;
    }
    const winBase = grp.length + nCalls;
    const patch = (e: RexExpr): RexExpr => {
      if (e.k === 'ref' && e.index >= WINDOW_MARK) return ref(winBase + (e.index - WINDOW_MARK), e.type);
      if (e.k === 'call') return { ...e, args: e.args.map(patch) };
      return e;
    };
    return windowed ? { node, patch, window: { base: winBase, window: w! } } : { node, patch };
  };
  void windowRefs;
  void propagated;
  return { hook, finish };
}

/**
 * Flink (PullUpWindowTableFunctionIntoWindowAggregateRule.validateWindow): a SESSION window
 * aggregation groups by window_start, window_end and exactly the TVF's PARTITION BY keys.
 */
function checkSessionKeys(
  w: WindowRel,
  plainKeys: readonly { r: RexExpr }[],
  expanded: boolean,
  input: Rel,
  span: Select['span'],
): void {
  const partition = [...(w.partitionKeys ?? [])].sort((a, b) => a - b);
  const refs = plainKeys.map(({ r }) => (r.k === 'ref' ? r.index : -1));
  const keys = [...refs].sort((a, b) => a - b);
  if (
    !expanded &&
    !refs.includes(-1) &&
    keys.length === partition.length &&
    keys.every((x, i) => x === partition[i])
  )
    return;
  const names = [
    ...plainKeys.map(({ r }, i) => (r.k === 'ref' ? input.columns[r.index]!.name : `$f${i}`)),
    ...(expanded ? ['$e'] : []),
  ];
  throw validationError(
    'Group keys of Window Aggregate should contain and only contain window_start, window_end and partition keys of session window.\n' +
      `Session partition keys are [${partition.map((i) => input.columns[i]!.name).join(', ')}].\n` +
      `Window Aggregate group keys are [${[...names, 'window_start', 'window_end'].join(', ')}].`,
    span,
  );
}

/** Aggregates Calcite lets take IGNORE NULLS / RESPECT NULLS (allowsNullTreatment). */
const NULL_TREATMENT_AGGREGATES = new Set(['ARRAY_AGG', 'FIRST_VALUE', 'LAST_VALUE']);

/**
 * The registry name of an aggregate call with its null treatment: ARRAY_AGG(x IGNORE NULLS) is
 * Flink's ArrayAggFunction with ignoreNulls; other aggregates refuse the clause as Calcite's
 * validator does (disallowsNullTreatment). FIRST_VALUE / LAST_VALUE skip NULLs either way.
 */
function aggregateName(c: FunctionCall): string {
  const name = functionName(c);
  if (!c.nullTreatment) return name;
  if (!NULL_TREATMENT_AGGREGATES.has(name))
    throw validationError(
      `Cannot specify IGNORE NULLS or RESPECT NULLS following '${c.name.map((n) => n.value).join('.')}'`,
      c.span,
    );
  return name === 'ARRAY_AGG' && c.nullTreatment === 'IGNORE NULLS' ? 'ARRAY_AGG_IGNORE_NULLS' : name;
}

/** Flink's PERCENTILE input type strategy refuses a literal percentage outside [0.0, 1.0]. */
const PERCENTILE_SIGNATURES =
  'Invalid input arguments. Expected signatures are:\n' +
  'PERCENTILE(expr <NUMERIC>, percentage [<NUMERIC NOT NULL> | ARRAY<NUMERIC NOT NULL> NOT NULL])\n' +
  'PERCENTILE(expr <NUMERIC>, percentage [<NUMERIC NOT NULL> | ARRAY<NUMERIC NOT NULL> NOT NULL], frequency <INTEGER_NUMERIC>)';

/**
 * A literal percentage outside [0.0, 1.0]. Only a plain literal is checked at validation, as in
 * Flink: ARRAY[0.0, 1.5] or 1.0 + 2.0 fail when the query runs (PercentileAggFunctionITCase).
 */
function literalPercentageOutOfRange(r: RexExpr): boolean {
  if (r.k !== 'lit') return false;
  const v = decodeValue(r.value);
  if (v === null || v === undefined) return false;
  const x = r.type.kind === 'DECIMAL' ? Number(v as bigint) / 10 ** r.type.scale : Number(v);
  return !(x >= 0 && x <= 1);
}
