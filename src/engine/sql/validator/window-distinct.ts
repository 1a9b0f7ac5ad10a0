/**
 * SELECT DISTINCT over rows that carry window_start and window_end of one window (a window TVF,
 * a window aggregation's output, or projections of them). Calcite turns DISTINCT into an
 * aggregation grouped by every column; as that grouping holds window_start and window_end,
 * Flink plans it as a window aggregation (StreamPhysicalWindowAggregateRule with the window
 * attached to its input): insert-only, one row per distinct value fired with the window.
 */
import { withoutTimeAttribute, type LogicalType } from '../../../types/index.js';
import { ref } from '../../runtime/plan/expr.js';
import type { CalcNode, WindowAggregateNode } from '../../runtime/plan/plan.js';
import { fieldsOf, type Rel, type TranslateContext, type WindowRel } from './context.js';
import type { Select } from '../ast/index.js';
import { validationError } from './errors.js';
import type { ScopeColumn } from './scope.js';

/** The window aggregation for `SELECT DISTINCT` over `rel`, or undefined when it has no window. */
export function windowDistinctRel(rel: Rel, ctx: TranslateContext, span: Select['span']): Rel | undefined {
  const cols = rel.columns;
  const start = cols.findIndex((c) => c.windowProp?.role === 0);
  if (start < 0) return undefined;
  const win: WindowRel = cols[start]!.windowProp!.window;
  if (win.spec.kind === 'SESSION') return undefined;
  const roleOf = (c: ScopeColumn): number => (c.windowProp?.window === win ? c.windowProp.role : -1);
  const end = cols.findIndex((c) => roleOf(c) === 1);
  if (end < 0) return undefined;
  const time = cols.findIndex((c) => roleOf(c) === 2);
  checkSliceable(win.spec, span);
  checkNoEmitStrategy(ctx.config, span);
  // Every other column is a grouping key (window_time, when selected, comes from the window).
  const keys = cols
    .map((c, i) =>
      roleOf(c) < 0 || (roleOf(c) === 0 && i !== start) || (roleOf(c) === 1 && i !== end) ? i : -1,
    )
    .filter((i) => i >= 0);
  const timeType: LogicalType =
    time >= 0
      ? cols[time]!.type
      : {
          kind: win.shiftTimeZone !== undefined ? 'TIMESTAMP_LTZ' : 'TIMESTAMP',
          precision: 3,
          nullable: false,
          timeAttribute: 'ROWTIME',
        };
  const keyFields = fieldsOf(keys.map((i) => ({ ...cols[i]!, type: withoutTimeAttribute(cols[i]!.type) })));
  const agg: WindowAggregateNode = {
    node: 'WindowAggregate',
    id: ctx.nextId(),
    fields: [
      ...keyFields,
      { name: 'window_start', type: cols[start]!.type },
      { name: 'window_end', type: cols[end]!.type },
      { name: 'window_time', type: timeType },
    ],
    changelogMode: { kinds: ['I'] },
    input: rel.node,
    window: win.spec,
    ...(win.shiftTimeZone !== undefined ? { shiftTimeZone: win.shiftTimeZone } : {}),
    windowStart: start,
    windowEnd: end,
    timeIndex: -1,
    grouping: keys,
    aggCalls: [],
  };
  // Back to the SELECT's column order; the window columns stay window columns.
  const nk = keys.length;
  const projects = cols.map((c, i) => {
    if (i === start) return ref(nk, agg.fields[nk]!.type);
    if (i === end) return ref(nk + 1, agg.fields[nk + 1]!.type);
    if (i === time) return ref(nk + 2, timeType);
    const k = keys.indexOf(i);
    return ref(k, agg.fields[k]!.type);
  });
  const columns: ScopeColumn[] = cols.map((c, i) => {
    const role = i === start ? 0 : i === end ? 1 : i === time ? 2 : -1;
    const base = { name: c.name, type: projects[i]!.type };
    return role >= 0 ? { ...base, windowProp: { role: role as 0 | 1 | 2, window: win } } : base;
  });
  // (A Calc built here: set-operations.ts, which holds calc(), uses this module for UNION.)
  const node: CalcNode = {
    node: 'Calc',
    id: ctx.nextId(),
    fields: projects.map((p, i) => ({ name: cols[i]!.name, type: p.type })),
    changelogMode: { kinds: ['I'] },
    input: agg,
    projects,
    condition: null,
  };
  return { node, columns };
}

/**
 * Window TVF aggregations have no early / late firing: with either option on, Flink's
 * StreamPhysicalWindowAggregateRule fails with this TableException (WindowAggregateTest
 * #testUnsupportedException_EarlyFire / _LateFire). Legacy group windows take the options.
 */
export function checkNoEmitStrategy(config: Readonly<Record<string, string>>, span: Select['span']): void {
  const on = (k: string): boolean => config[k]?.trim().toLowerCase() === 'true';
  if (on('table.exec.emit.early-fire.enabled') || on('table.exec.emit.late-fire.enabled'))
    throw validationError(
      "Currently, window table function based aggregate doesn't support early-fire and late-fire configuration 'table.exec.emit.early-fire.enabled' and 'table.exec.emit.late-fire.enabled'.",
      span,
    );
}

/**
 * Flink's slicing window aggregation (SliceAssigners via WindowUtils) needs a HOP size that is a
 * multiple of its slide; the message is Flink's TableException text. A TUMBLE offset must be
 * smaller than the size (SliceAssigners.TumblingSliceAssigner; its text has Flink's "bot got");
 * the window TVF alone takes any offset (TumblingWindowAssigner).
 */
export function checkSliceable(spec: WindowRel['spec'], span: Select['span']): void {
  if (spec.kind === 'TUMBLE' && Math.abs(spec.offset) >= spec.size) {
    throw validationError(
      `Tumbling Window parameters must satisfy abs(offset) < size, bot got size ${spec.size}ms and offset ${spec.offset}ms.`,
      span,
    );
  }
  if (spec.kind === 'HOP' && spec.size % spec.slide !== 0) {
    throw validationError(
      `HOP table function based aggregate requires size must be an integral multiple of slide, but got size ${spec.size} ms and slide ${spec.slide} ms`,
      span,
    );
  }
}
