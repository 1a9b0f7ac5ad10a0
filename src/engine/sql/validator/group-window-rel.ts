/**
 * The window relation of a legacy group window (`GROUP BY TUMBLE(rowtime, INTERVAL '5' SECOND)`):
 * the FROM relation, filtered by WHERE (Flink filters before windowing), followed by the window
 * table function that the group window stands for, with window_start / window_end /
 * window_time appended as hidden columns. The window aggregation then groups by them, exactly
 * as for `FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(rowtime), …)) GROUP BY window_start, window_end`.
 *
 * Argument checks follow Flink's StreamLogicalWindowAggregateRule / LogicalWindowAggregateRuleBase
 * and Calcite's operand type checks of `$TUMBLE`, `$HOP`, `$SESSION`, with their messages.
 */
import { withNullable, type LogicalType, type TimestampType } from '../../../types/index.js';
import type { WindowSpec } from '../../runtime/operators/window-assign.js';
import { decodeValue } from '../../runtime/plan/encode-value.js';
import { ref, type RexExpr } from '../../runtime/plan/expr.js';
import type { Expr, FunctionCall, Select } from '../ast/index.js';
import type { Rel, TranslateContext } from './context.js';
import { validationError } from './errors.js';
import { ExprTranslator } from './expr-translator.js';
import { translateTableRef, windowTvfRel, type QueryFn } from './relation.js';
import { windowBoundType } from './scan.js';
import { Scope, type ScopeColumn } from './scope.js';
import { calc } from './set-operations.js';

/** The group window functions and their number of arguments (time attribute + intervals). */
export const GROUP_WINDOW_ARITY: Readonly<Record<string, number>> = { TUMBLE: 2, HOP: 3, SESSION: 2 };

/** A translated group window: the relation to aggregate and what the rewrite needs. */
export interface GroupWindowRel {
  /** FROM (filtered by WHERE) followed by the window; its last three columns are the window's. */
  readonly rel: Rel;
  /** Names of the three window columns (window_start, window_end, window_time, made unique). */
  readonly names: readonly [string, string, string];
  /** Translates an expression against the FROM relation (to match auxiliary function arguments). */
  readonly translate: (e: Expr) => RexExpr;
}

/**
 * Translates FROM and WHERE of `s` and applies the group window `call` (TUMBLE / HOP / SESSION,
 * upper-cased in `fn`) on top.
 */
export function groupWindowRel(
  s: Select,
  fn: string,
  call: FunctionCall,
  ctx: TranslateContext,
  query: QueryFn,
): GroupWindowRel {
  if (s.from === undefined)
    throw validationError(`A group window ${fn}(…) needs a FROM clause with a time attribute`, call.span);
  let input = translateTableRef(s.from, ctx, query);
  if (input.window?.spec.kind === 'SESSION') {
    // The SESSION table function exists only fused with its window aggregation.
    throw validationError(
      'SESSION window table function must be followed by a window aggregation (GROUP BY window_start, window_end)',
      s.from.span,
    );
  }
  if (s.where) {
    const where = new ExprTranslator(ctx.expr, new Scope(input.columns), undefined, 'WHERE').translate(
      s.where,
    );
    if (where.type.kind !== 'BOOLEAN' && where.type.kind !== 'NULL') {
      throw validationError(
        `WHERE clause must be a condition, but its type is ${where.type.kind}`,
        s.where.span,
      );
    }
    const node = calc(
      ctx,
      input.node,
      input.columns.map((c, i) => ref(i, c.type)),
      input.columns.map((c) => c.name),
      where,
    );
    input = { node, columns: input.columns };
  }
  const tr = new ExprTranslator(ctx.expr, new Scope(input.columns), undefined, 'GROUP BY');
  const arity = GROUP_WINDOW_ARITY[fn]!;
  if (call.args.length > arity) {
    // LogicalWindowAggregateRuleBase.getWindowExpressions: the third (alignment) argument.
    throw validationError(`${fn} window with alignment is not supported yet.`, call.args[arity]!.span);
  }
  if (call.args.length < arity) {
    throw validationError(
      `Invalid number of arguments to function '$${fn}'. Was expecting ${arity} arguments`,
      call.span,
    );
  }
  const args = call.args.map((a) => tr.translate(a));
  const time = args[0]!;
  const timeType = time.type;
  // Calcite's operand checkers of FlinkSqlOperatorTable.TUMBLE_OLD / HOP_OLD / SESSION_OLD.
  const forms = `<DATETIME>, <DATETIME_INTERVAL>${fn === 'HOP' ? ', <DATETIME_INTERVAL>' : ''}`;
  if (!isDatetime(timeType) || args.slice(1).some((a) => !a.type.kind.startsWith('INTERVAL'))) {
    throw validationError(
      `Cannot apply '$${fn}' to arguments of type '$${fn}(${args.map((a) => `<${calciteType(withNullable(a.type, true))}>`).join(', ')})'. ` +
        `Supported form(s): '$${fn}(${forms})'\n'$${fn}(${forms}, <TIME>)'`,
      call.span,
    );
  }
  const attr = (timeType as Partial<TimestampType>).timeAttribute;
  if (attr === 'PROCTIME') {
    throw validationError(
      `Group window ${fn} on the processing-time attribute is not supported: Eddy, like Confluent Cloud, has no processing time; define the window on an event-time attribute (a column with a WATERMARK)`,
      call.args[0]!.span,
    );
  }
  if (attr !== 'ROWTIME' || time.k !== 'ref') {
    // StreamLogicalWindowAggregateRule.getInAggregateGroupExpression.
    throw validationError(
      `Window aggregate can only be defined over a time attribute column, but ${calciteType(timeType)} encountered.`,
      call.args[0]!.span,
    );
  }
  const interval = (i: number): number => {
    const x = args[i]!;
    const e = call.args[i]!;
    if (x.k !== 'lit') throw validationError('Only constant window descriptors are supported.', e.span);
    if (x.type.kind !== 'INTERVAL_DAY_TIME') {
      throw validationError(
        'Window aggregate only support SECOND, MINUTE, HOUR, DAY as the time unit. MONTH and YEAR time unit are not supported yet.',
        e.span,
      );
    }
    const ms = Number(decodeValue(x.value));
    if (!(ms > 0)) throw validationError(`The interval of the group window ${fn} must be positive`, e.span);
    return ms;
  };
  // Legacy HOP(time, slide, size) runs on Flink's WindowOperator: the size need not be a multiple
  // of the slide (GroupWindowITCase slides 4 ms windows of 5 ms); each row goes to every window.
  const spec: WindowSpec =
    fn === 'TUMBLE'
      ? { kind: 'TUMBLE', size: interval(1), offset: 0 }
      : fn === 'HOP'
        ? { kind: 'HOP', slide: interval(1), size: interval(2), offset: 0 }
        : { kind: 'SESSION', gap: interval(1) };
  return {
    rel: windowed(input, spec, time.index, ctx),
    names: windowNames(input),
    translate: (e) => tr.translate(e),
  };
}

/** window_start / window_end / window_time, each suffixed as Calcite uniquifies if taken. */
function windowNames(input: Rel): [string, string, string] {
  const used = new Set(input.columns.map((c) => c.name));
  const unique = (n: string): string => {
    if (!used.has(n)) return n;
    for (let j = 0; ; j++) if (!used.has(`${n}${j}`)) return `${n}${j}`;
  };
  return [unique('window_start'), unique('window_end'), unique('window_time')];
}

/** The window TVF over `input` (as relation.ts builds it for TABLE(TUMBLE(…))). */
function windowed(input: Rel, spec: WindowSpec, timeIndex: number, ctx: TranslateContext): Rel {
  const timeType = input.columns[timeIndex]!.type;
  const bound = windowBoundType(timeType);
  const ltz = timeType.kind === 'TIMESTAMP_LTZ';
  const [start, end, time] = windowNames(input);
  // Hidden: the window columns exist for the rewritten GROUP BY and auxiliary functions only;
  // `SELECT *` never shows them (Flink's group window query has no such columns).
  const columns: ScopeColumn[] = [
    ...input.columns,
    { name: start, type: bound, hidden: true },
    { name: end, type: bound, hidden: true },
    {
      name: time,
      type: {
        kind: ltz ? 'TIMESTAMP_LTZ' : 'TIMESTAMP',
        precision: 3,
        nullable: false,
        timeAttribute: 'ROWTIME',
      },
      hidden: true,
    },
  ];
  const rel = windowTvfRel(input, columns, spec, timeIndex, ctx);
  return { ...rel, window: { ...rel.window!, groupWindow: true } };
}

function isDatetime(t: LogicalType): boolean {
  return t.kind === 'TIMESTAMP' || t.kind === 'TIMESTAMP_LTZ' || t.kind === 'DATE' || t.kind === 'TIME';
}

/** A type as Calcite's RelDataType prints it in these messages (`TIMESTAMP(3)`, `BIGINT`). */
function calciteType(t: LogicalType): string {
  const nn = t.nullable ? '' : ' NOT NULL';
  switch (t.kind) {
    case 'TIMESTAMP':
      return `TIMESTAMP(${t.precision})${nn}`;
    case 'TIMESTAMP_LTZ':
      return `TIMESTAMP_WITH_LOCAL_TIME_ZONE(${t.precision})${nn}`;
    case 'INT':
      return `INTEGER${nn}`;
    case 'DECIMAL':
      return `DECIMAL(${t.precision}, ${t.scale})${nn}`;
    case 'INTERVAL_DAY_TIME':
      return `INTERVAL DAY TO SECOND${nn}`;
    case 'INTERVAL_YEAR_MONTH':
      return `INTERVAL YEAR TO MONTH${nn}`;
    default:
      return `${t.kind}${nn}`;
  }
}
