/**
 * The rows of a SESSION window TVF read without a window aggregation
 * (`SELECT * FROM TABLE(SESSION(TABLE t PARTITION BY k, DESCRIPTOR(ts), gap))`), as Flink ≥ 1.19
 * runs them (UnalignedWindowTableFunctionOperator): per partition key, rows are kept until their
 * session closes (the watermark passes its end), then every row of the session is emitted with
 * window_start, window_end and window_time; late rows (their session already fired) are dropped.
 *
 * Planned as the session window aggregation Eddy has: grouped by the partition keys, collecting
 * each session's rows with ARRAY_AGG(ROW(…)) (arrival order), then unnested and reordered into
 * the TVF's columns.
 */
import { withoutTimeAttribute, type LogicalType, type RowType } from '../../../types/index.js';
import { call, ref } from '../../runtime/plan/expr.js';
import type { CalcNode, UnnestNode, WindowAggregateNode } from '../../runtime/plan/plan.js';
import { fieldsOf, type Rel, type TranslateContext } from './context.js';
import { calc } from './set-operations.js';

/** `input` is a SESSION window TVF relation (`input.window` set): its rows as a plain relation. */
export function sessionTvfRows(input: Rel, ctx: TranslateContext): Rel {
  const w = input.window!;
  const src = w.input;
  const n = src.columns.length;
  const keys = w.partitionKeys ?? [];
  const nk = keys.length;
  const rowType: RowType = {
    kind: 'ROW',
    nullable: false,
    fields: src.columns.map((c) => ({ name: c.name, type: withoutTimeAttribute(c.type) })),
  };
  const pre: CalcNode = calc(
    ctx,
    src.node,
    [
      ...keys.map((k) => ref(k, src.columns[k]!.type)),
      call(
        'ROW',
        src.columns.map((c, i) => ref(i, c.type)),
        rowType,
      ),
      ref(w.timeIndex, src.columns[w.timeIndex]!.type),
    ],
    [...keys.map((k) => src.columns[k]!.name), '$row', src.columns[w.timeIndex]!.name],
    null,
  );
  const arrayType: LogicalType = ctx.expr.registry.aggregate('ARRAY_AGG')!.inferType([rowType]);
  const win = input.columns.slice(n);
  const agg: WindowAggregateNode = {
    node: 'WindowAggregate',
    id: ctx.nextId(),
    fields: [
      ...keys.map((k) => ({ name: src.columns[k]!.name, type: withoutTimeAttribute(src.columns[k]!.type) })),
      { name: '$rows', type: arrayType },
      ...fieldsOf(win),
    ],
    changelogMode: { kinds: ['I'] },
    input: pre,
    window: w.spec,
    ...(w.shiftTimeZone !== undefined ? { shiftTimeZone: w.shiftTimeZone } : {}),
    windowStart: -1,
    windowEnd: -1,
    timeIndex: nk + 1,
    grouping: keys.map((_, i) => i),
    aggCalls: [
      {
        fn: 'ARRAY_AGG',
        args: [nk],
        argTypes: [rowType],
        distinct: false,
        filter: -1,
        type: arrayType,
        name: '$rows',
        text: 'ARRAY_AGG($row)',
      },
    ],
  };
  const unnest: UnnestNode = {
    node: 'Unnest',
    id: ctx.nextId(),
    fields: [...agg.fields, ...rowType.fields.map((f) => ({ name: f.name, type: f.type }))],
    changelogMode: { kinds: ['I'] },
    input: agg,
    expr: ref(nk, arrayType),
    collection: 'ARRAY',
    width: n,
    expandRow: true,
    withOrdinality: false,
    left: false,
  };
  const base = nk + 4;
  const projects = [
    ...src.columns.map((c, i) => ref(base + i, c.type)),
    ...win.map((c, i) => ref(nk + 1 + i, c.type)),
  ];
  return {
    node: calc(
      ctx,
      unnest,
      projects,
      input.columns.map((c) => c.name),
      null,
    ),
    columns: input.columns,
  };
}
