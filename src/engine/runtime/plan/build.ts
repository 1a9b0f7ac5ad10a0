/**
 * Builds a runnable pipeline from a compiled plan: one operator per plan node, sources for
 * scans and VALUES, compiled expressions, aggregate implementations from the function registry,
 * connector sinks. Refuses a plan node kind it does not know, naming it (a plan from a newer
 * version).
 */
import type { ConnectorContext } from '../../../connectors/api.js';
import { createSink, createSource } from '../../../connectors/registry.js';
import { InternalError, NotSupportedError } from '../../../common/errors.js';
import { resolveTimeZone, tsMillis, type TimestampValue, type TimeZoneRules } from '../../../types/index.js';
import type { Row } from '../batch.js';
import type { OperatorNode, Pipeline, PipelineSink, SourceNode, Target } from '../driver.js';
import {
  compileCalc,
  compileCalcBatch,
  compileScalar,
  compileScanBatch,
  type CompileContext,
} from '../expr/compile.js';
import type { Operator } from '../operator.js';
import type { AggCall } from '../operators/aggregate-api.js';
import { appendOnlyAggregate } from '../operators/append-only-aggregates.js';
import { CalcOperator } from '../operators/calc.js';
import { ChangelogNormalizeOperator } from '../operators/changelog-normalize.js';
import { ExpandOperator } from '../operators/expand.js';
import { GroupAggregateOperator } from '../operators/group-aggregate.js';
import { LimitOperator } from '../operators/limit.js';
import { MiniBatchGroupAggregateOperator } from '../operators/mini-batch-group-aggregate.js';
import { SessionWindowAggregateOperator } from '../operators/session-window-aggregate.js';
import { UnionOperator } from '../operators/union.js';
import { SortLimitOperator } from '../operators/sort-limit.js';
import { TemporalSortOperator } from '../operators/temporal-sort.js';
import { ChangelogPtfOperator } from '../operators/changelog-ptf.js';
import { DropUpdateBeforeOperator } from '../operators/drop-update-before.js';
import { UnnestOperator } from '../operators/unnest.js';
import { WindowAggregateOperator } from '../operators/window-aggregate.js';
import { WindowTableFunctionOperator, type TimeCodec } from '../operators/window-table-function.js';
import { fireAtEndMinusOne, zoneFireTime } from '../operators/window-fire-time.js';
import { decodeValue } from './encode-value.js';
import { fuseCalcIntoScan } from './fuse-calc.js';
import { isSourceWatermark, rexToString, usesCurrentWatermark } from './expr.js';
import { PLAN_VERSION, type AggCallSpec, type CalcNode, type CompiledPlan, type PlanNode } from './plan.js';
import { NotNullEnforcingSink } from './not-null-enforcer.js';
import { WriterSink } from './table-sink.js';
import { valuesSource } from './values-source.js';

/** Flink's `pipeline.auto-watermark-interval` default, for plans compiled without it. */
const DEFAULT_WATERMARK_INTERVAL_MS = 200;

/** What building needs besides the plan. */
export interface BuildContext extends CompileContext {
  readonly connector: ConnectorContext;
  /** Where `collect` sinks deliver (the session's result queue). */
  readonly collect: PipelineSink;
}

/** Event time as epoch ms ↔ TIMESTAMP(3) / TIMESTAMP_LTZ(3) values (which are epoch ms). */
export const MILLIS_CODEC: TimeCodec = {
  toMillis: (v) => (typeof v === 'number' ? v : tsMillis(v as TimestampValue)),
  fromMillis: (ms) => ms,
};

/**
 * A TIMESTAMP_LTZ rowtime as wall-clock ms of zone `z` (windows are assigned there), and the
 * wall-clock ms of a window end - 1 back to window_time as Flink's TimeWindowUtil.toEpochMills
 * (LocalDateTime#atZone): the earlier instant in a repeated hour, moved forward by the gap in a
 * skipped one (a window ending at 03:00 of a spring-forward day has window_time 03:59:59.999).
 */
function wallClockCodec(z: TimeZoneRules): TimeCodec {
  return {
    toMillis: (v) => z.utcToLocal(MILLIS_CODEC.toMillis(v)),
    fromMillis: (ms) => z.localToUtc(ms),
  };
}

/** True when the Calc outputs its input row unchanged: every column in place, no filter. */
export function isIdentityCalc(n: CalcNode): boolean {
  return (
    (n.condition === null || (n.condition.k === 'lit' && decodeValue(n.condition.value) === true)) &&
    n.projects.length === n.input.fields.length &&
    n.projects.every((p, i) => p.k === 'ref' && p.index === i)
  );
}

/**
 * True when `n` emits inserts only. An upsert stream ([I,UA], no -U: an aggregate under a sink
 * without UPDATE_BEFORE) is not insert-only: its +U replaces an earlier row.
 */
function isInsertOnly(n: PlanNode): boolean {
  return n.changelogMode.kinds.every((k) => k === 'I');
}

/** Turns a compiled plan into a pipeline (opens sink writers). */
export async function buildPipeline(plan: CompiledPlan, ctx: BuildContext): Promise<Pipeline> {
  if (plan.version > PLAN_VERSION) {
    throw new NotSupportedError(
      `compiled plan version ${plan.version} is newer than this runtime (reads up to ${PLAN_VERSION})`,
    );
  }
  const sources: SourceNode[] = [];
  const operators: OperatorNode[] = [];
  const sinks: PipelineSink[] = [];

  const aggCalls = (specs: readonly AggCallSpec[], input?: PlanNode): AggCall[] =>
    specs.map((s) => {
      const def = ctx.registry.aggregate(s.fn);
      if (def === undefined) throw new InternalError(`no aggregate function ${s.fn}`);
      // Retraction support is needed only when the input retracts (Flink's needRetraction).
      const needsRetraction = input === undefined || !isInsertOnly(input);
      const impl =
        (!needsRetraction ? appendOnlyAggregate(s.fn, s.argTypes, ctx.registry, ctx.timeZone) : undefined) ??
        def.create(s.argTypes, s.type, { needsRetraction });
      return { impl, args: s.args, distinct: s.distinct, filter: s.filter };
    });

  /** Builds `n` and returns the target list its output should be routed to. */
  const build = (n: PlanNode, parent: Target): void => {
    const addOp = (op: Operator): Target[] => {
      const targets: Target[] = [parent];
      operators.push({ id: `${n.node}-${n.id}`, op, targets });
      return targets;
    };
    const opTarget = (input = 0): Target => ({ kind: 'op', index: operators.length - 1, input });
    switch (n.node) {
      case 'TableSourceScan': {
        const schema = {
          tableName: n.table.join('.'),
          columns: n.physical,
          metadata: n.metadata,
          ...(n.partitionKeys ? { partitionKeys: n.partitionKeys } : {}),
        };
        const source = createSource(schema, n.options, ctx.connector);
        const prepare =
          n.projects === null && !n.condition ? null : compileCalc(n.projects, n.condition ?? null, ctx);
        const prepareBatch =
          prepare === null ? undefined : compileCalcBatch(n.projects, n.condition ?? null, ctx);
        let watermark: ((r: Row) => number | null) | null = null;
        // SOURCE_WATERMARK(): the connector's own per-split watermarks (no expression per row).
        const sourceWatermark = n.watermark !== null && isSourceWatermark(n.watermark.expr);
        if (n.watermark !== null && !sourceWatermark) {
          const f = compileScalar(n.watermark.expr, ctx);
          watermark = (r) => {
            const v = f(r);
            return v === null ? null : MILLIS_CODEC.toMillis(v);
          };
        }
        // The watermark and the projection in one loop (sharing the rowtime's computation).
        const prepareWithWatermark =
          n.watermark !== null && !sourceWatermark
            ? compileScanBatch(
                n.projects,
                n.condition ?? null,
                { expr: n.watermark.expr, toMillis: MILLIS_CODEC.toMillis },
                ctx,
              )
            : undefined;
        sources.push({
          id: `scan-${n.id}`,
          source,
          prepare,
          ...(prepareBatch !== undefined ? { prepareBatch } : {}),
          ...(prepareWithWatermark !== undefined ? { prepareWithWatermark } : {}),
          watermark,
          ...(sourceWatermark ? { sourceWatermark } : {}),
          idleTimeoutMs: n.idleTimeoutMs,
          watermarkIntervalMs: n.watermarkIntervalMs ?? DEFAULT_WATERMARK_INTERVAL_MS,
          targets: [parent],
        });
        return;
      }
      case 'Values': {
        const rows = n.rows.map((r) => r.map(decodeValue));
        sources.push({
          id: `values-${n.id}`,
          source: valuesSource(rows),
          prepare: null,
          watermark: null,
          idleTimeoutMs: 0,
          targets: [parent],
        });
        return;
      }
      case 'Calc': {
        // A Calc that keeps every input column in place and filters nothing (the planner leaves
        // one above an aggregation whose columns are the output's) has no work: its input goes
        // straight to the parent, without a copy of every row.
        if (isIdentityCalc(n)) {
          build(n.input, parent);
          return;
        }
        const readsWatermark = usesCurrentWatermark(n);
        if (n.input.node === 'TableSourceScan' && !readsWatermark) {
          const fused = fuseCalcIntoScan(n.input, n, ctx.registry);
          if (fused !== null) {
            build(fused, parent);
            return;
          }
        }
        const text = `Calc(select=[${n.projects.map((p) => rexToString(p)).join(', ')}])`;
        const currentWatermark = readsWatermark ? { value: null } : undefined;
        const cctx = currentWatermark === undefined ? ctx : { ...ctx, currentWatermark };
        addOp(
          new CalcOperator(
            compileCalc(n.projects, n.condition, cctx),
            text,
            compileCalcBatch(n.projects, n.condition, cctx),
            currentWatermark,
          ),
        );
        build(n.input, opTarget());
        return;
      }
      case 'Union': {
        addOp(new UnionOperator(n.inputs.length));
        const me = operators.length - 1;
        n.inputs.forEach((input, i) => build(input, { kind: 'op', index: me, input: i }));
        return;
      }
      case 'GroupAggregate': {
        const insertOnly = isInsertOnly(n.input);
        const common = {
          keys: n.grouping,
          calls: aggCalls(n.aggCalls, n.input),
          generateUpdateBefore: n.generateUpdateBefore,
          insertOnly,
        };
        addOp(
          n.miniBatch === undefined
            ? new GroupAggregateOperator({ ...common, emitUnchanged: (n.stateTtlMs ?? 0) > 0 })
            : new MiniBatchGroupAggregateOperator({
                ...common,
                ...n.miniBatch,
                emitUnchanged: (n.stateTtlMs ?? 0) > 0,
              }),
        );
        build(n.input, opTarget());
        return;
      }
      case 'ChangelogNormalize':
        addOp(new ChangelogNormalizeOperator({ keys: n.keys, generateUpdateBefore: n.generateUpdateBefore }));
        build(n.input, opTarget());
        return;
      case 'Expand':
        addOp(new ExpandOperator({ nulled: n.nulled, ids: n.ids }));
        build(n.input, opTarget());
        return;
      case 'WindowTableFunction': {
        // LTZ: assign in the zone's wall clock; window_time back in UTC.
        const z = n.shiftTimeZone === undefined ? null : resolveTimeZone(n.shiftTimeZone);
        const time: TimeCodec = z === null ? MILLIS_CODEC : wallClockCodec(z);
        addOp(
          new WindowTableFunctionOperator({
            spec: n.window,
            timeIndex: n.timeIndex,
            time,
            bounds: MILLIS_CODEC,
          }),
        );
        build(n.input, opTarget());
        return;
      }
      case 'WindowAggregate': {
        const z = n.shiftTimeZone === undefined ? null : resolveTimeZone(n.shiftTimeZone);
        if (n.window.kind === 'SESSION') {
          addOp(
            new SessionWindowAggregateOperator({
              gap: n.window.gap,
              timeIndex: n.timeIndex,
              keys: n.grouping,
              calls: aggCalls(n.aggCalls, n.input),
              // LTZ: sessions of the rows' wall-clock times (Flink's SessionUnsliceAssigner).
              time: z === null ? MILLIS_CODEC : wallClockCodec(z),
              bounds: MILLIS_CODEC,
              fireTime: z === null ? fireAtEndMinusOne : zoneFireTime(z),
              retracting: !isInsertOnly(n.input),
            }),
          );
        } else {
          addOp(
            new WindowAggregateOperator({
              windowStart: n.windowStart,
              windowEnd: n.windowEnd,
              keys: n.grouping,
              calls: aggCalls(n.aggCalls, n.input),
              // Window ends are wall-clock TIMESTAMPs for LTZ: fire when the UTC watermark passes
              // Flink's timer time of end - 1; window_time is the instant before the end.
              bounds: MILLIS_CODEC,
              time: z === null ? MILLIS_CODEC : wallClockCodec(z),
              fireTime: z === null ? fireAtEndMinusOne : zoneFireTime(z),
              retracting: !isInsertOnly(n.input),
            }),
          );
        }
        build(n.input, opTarget());
        return;
      }
      case 'Unnest':
        addOp(
          new UnnestOperator({
            collection: compileScalar(n.expr, ctx),
            kind: n.collection,
            width: n.width,
            expandRow: n.expandRow,
            withOrdinality: n.withOrdinality,
            left: n.left,
          }),
        );
        build(n.input, opTarget());
        return;
      case 'DropUpdateBefore':
        addOp(new DropUpdateBeforeOperator());
        build(n.input, opTarget());
        return;
      case 'TemporalSort':
        addOp(new TemporalSortOperator(n.timeIndex, n.keys, MILLIS_CODEC));
        build(n.input, opTarget());
        return;
      case 'SortLimit':
        addOp(
          new SortLimitOperator(
            n.keys.map((k) => ({ ...k, type: n.input.fields[k.index]!.type })),
            n.offset,
            n.fetch,
            n.generateUpdateBefore ?? true,
            n.input.changelogMode.kinds.some((k) => k !== 'I'),
            n.updateFastKey,
          ),
        );
        build(n.input, opTarget());
        return;
      case 'Limit':
        // Over updates: a Top-N without sort key (StreamExecLimit's RetractStrategy).
        addOp(
          n.input.changelogMode.kinds.some((k) => k !== 'I')
            ? new SortLimitOperator([], n.offset, n.fetch, n.generateUpdateBefore ?? true, true)
            : new LimitOperator(n.offset, n.fetch),
        );
        build(n.input, opTarget());
        return;
      case 'ProcessTableFunction':
        addOp(
          new ChangelogPtfOperator({
            function: n.function,
            partitionKeys: n.partitionKeys,
            ...(n.opMapping ? { opMapping: n.opMapping } : {}),
            ...(n.opColumn !== undefined ? { opColumn: n.opColumn } : {}),
            ...(n.errorHandling ? { errorHandling: n.errorHandling } : {}),
            emitUpdateBefore: n.changelogMode.kinds.includes('UB'),
            width: n.input.fields.length,
          }),
        );
        build(n.input, opTarget());
        return;
      case 'Sink':
        throw new InternalError('nested Sink node');
      default: {
        const kind = (n as { node: string }).node;
        throw new NotSupportedError(`plan node '${kind}' is not supported by this runtime`);
      }
    }
  };

  for (const sink of plan.sinks) {
    let ps: PipelineSink;
    if (sink.target.kind === 'collect') ps = ctx.collect;
    else {
      const s = createSink(
        {
          tableName: sink.target.table.join('.'),
          columns: sink.target.columns,
          ...(sink.target.metadata?.length
            ? { metadata: sink.target.metadata.map((m) => ({ key: m.key, type: m.type, column: m.name })) }
            : {}),
          ...(sink.target.partitionKeys ? { partitionKeys: sink.target.partitionKeys } : {}),
        },
        sink.target.options,
        ctx.connector,
      );
      ps = new WriterSink(await s.open());
      if (sink.target.notNull !== undefined && sink.target.notNull.columns.length > 0)
        ps = new NotNullEnforcingSink(
          ps,
          sink.target.notNull,
          [...sink.target.columns, ...(sink.target.metadata ?? [])].map((c) => c.name),
        );
    }
    sinks.push(ps);
    build(sink.input, { kind: 'sink', index: sinks.length - 1 });
  }
  // Operators were pushed parent-first; the driver needs no particular order for pushing, but
  // `finish` must run inputs before consumers: reverse gives children before parents.
  const order = operators.map((_, i) => i).reverse();
  const remap = new Map(order.map((old, neu) => [old, neu]));
  const reordered = order.map((i) => operators[i]!);
  const fix = (t: Target): Target => (t.kind === 'op' ? { ...t, index: remap.get(t.index)! } : t);
  return {
    sources: sources.map((s) => ({ ...s, targets: s.targets.map(fix) })),
    operators: reordered.map((o) => ({ ...o, targets: o.targets.map(fix) })),
    sinks,
  };
}
