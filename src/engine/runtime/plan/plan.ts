/**
 * The physical plan: what the planner produces, what the compiled-plan JSON stores and what the
 * runtime builds operators from. Every node is a plain JSON-able object discriminated on `node`
 * (Flink's StreamExec* names). A node lists its output fields and its changelog mode. New node
 * kinds (joins, Top-N, deduplication, OVER, MATCH_RECOGNIZE) are added to the union; the runtime
 * refuses a plan with a kind it does not know, naming it.
 */
import type { LogicalType } from '../../../types/index.js';
import type { WindowSpec } from '../operators/window-assign.js';
import type { RexExpr } from './expr.js';
import type { NotNullConstraint } from './not-null-enforcer.js';

/** The compiled-plan format version this runtime writes; it reads every version up to it. */
export const PLAN_VERSION = 1;

/** An output column of a node. */
export interface PlanField {
  readonly name: string;
  readonly type: LogicalType;
}

/** Flink's change kinds as EXPLAIN prints them. */
export type ChangeKindText = 'I' | 'UB' | 'UA' | 'D';

/** A node's changelog mode: the kinds it emits, and for upserts the key (output columns). */
export interface ChangelogMode {
  readonly kinds: readonly ChangeKindText[];
  readonly upsertKey?: readonly number[];
}

interface Base {
  /** Unique within the plan; state tables are namespaced by it. */
  readonly id: number;
  readonly fields: readonly PlanField[];
  readonly changelogMode: ChangelogMode;
}

/** Reads a catalog table through its connector. */
export interface ScanNode extends Base {
  readonly node: 'TableSourceScan';
  /** `[catalog, database, table]`. */
  readonly table: readonly string[];
  readonly options: Readonly<Record<string, string>>;
  /** The connector's physical columns, in table order. */
  readonly physical: readonly PlanField[];
  /** Metadata keys appended by the connector after the physical columns. */
  readonly metadata: readonly { readonly key: string; readonly type: LogicalType }[];
  /** PARTITIONED BY columns of the table (the filesystem connector reads them from paths). */
  readonly partitionKeys?: readonly string[];
  /**
   * PRIMARY KEY columns of a changelog source read with `table.exec.source.cdc-events-duplicate`:
   * the planner deduplicates its changes by this key with a ChangelogNormalize, as Flink does.
   */
  readonly dedupeKey?: readonly string[];
  /** The scan's output columns over (physical ++ metadata); null = exactly those. */
  readonly projects: readonly RexExpr[] | null;
  /** A filter pushed into the scan, over (physical ++ metadata); null = none. */
  readonly condition?: RexExpr | null;
  /**
   * Watermark: its expression over the connector row (physical ++ metadata), in event-time ms;
   * `rowtime` is the scan output column of the time attribute (informational).
   */
  readonly watermark: { readonly rowtime: number; readonly expr: RexExpr } | null;
  readonly idleTimeoutMs: number;
  /** `pipeline.auto-watermark-interval` in ms; absent in older plans (then Flink's 200). */
  readonly watermarkIntervalMs?: number;
}

/**
 * Drops the UPDATE_BEFORE changes of a retracting source whose consumers want none (Flink's
 * StreamExecDropUpdateBefore, planned above a retract scan under an upsert sink).
 */
export interface DropUpdateBeforeNode extends Base {
  readonly node: 'DropUpdateBefore';
  readonly input: PlanNode;
}

/** Literal rows (VALUES). Values are JSON-encoded (encode-value.ts). */
export interface ValuesNode extends Base {
  readonly node: 'Values';
  readonly rows: readonly (readonly unknown[])[];
}

/** Projection + filter. */
export interface CalcNode extends Base {
  readonly node: 'Calc';
  readonly input: PlanNode;
  readonly projects: readonly RexExpr[];
  readonly condition: RexExpr | null;
}

/** UNION ALL. */
export interface UnionNode extends Base {
  readonly node: 'Union';
  readonly inputs: readonly PlanNode[];
}

/** One aggregate call; its arguments and FILTER are input columns. */
export interface AggCallSpec {
  /** Registry name: COUNT, SUM, AVG, MIN, MAX, … */
  readonly fn: string;
  readonly args: readonly number[];
  readonly argTypes: readonly LogicalType[];
  readonly distinct: boolean;
  /** Input column of the FILTER condition, or -1. */
  readonly filter: number;
  readonly type: LogicalType;
  /** Output name and text for EXPLAIN (`COUNT(*) AS cnt`). */
  readonly name: string;
  readonly text: string;
}

/** Unbounded GROUP BY aggregation (retracting). Output: grouping columns ++ aggregates. */
export interface GroupAggregateNode extends Base {
  readonly node: 'GroupAggregate';
  readonly input: PlanNode;
  readonly grouping: readonly number[];
  readonly aggCalls: readonly AggCallSpec[];
  readonly generateUpdateBefore: boolean;
  /**
   * Mini-batch aggregation (`table.exec.mini-batch.*`): input buffered per key and folded when
   * `size` records arrived or a processing-time interval of `intervalMs` passed. Absent: one
   * change per input record (plans compiled before mini-batch existed load as that).
   */
  readonly miniBatch?: MiniBatchSpec;
  /**
   * `table.exec.state.ttl` in milliseconds when above 0: Flink's GroupAggFunction then emits
   * -U/+U for an unchanged result too (absent: 0, unchanged results emit nothing).
   */
  readonly stateTtlMs?: number;
}

/** Flink's mini-batch settings of an aggregation (allow-latency and size). */
export interface MiniBatchSpec {
  readonly intervalMs: number;
  readonly size: number;
}

/** GROUPING SETS expansion: per set, the input columns set to NULL; `$e` id appended. */
export interface ExpandNode extends Base {
  readonly node: 'Expand';
  readonly input: PlanNode;
  readonly nulled: readonly (readonly number[])[];
  readonly ids: readonly number[];
}

/** TUMBLE / HOP / CUMULATE as a table function: appends window_start, window_end, window_time. */
export interface WindowTableFunctionNode extends Base {
  readonly node: 'WindowTableFunction';
  readonly input: PlanNode;
  readonly window: WindowSpec;
  readonly timeIndex: number;
  /** For a TIMESTAMP_LTZ time attribute: windows align to this zone's wall clock. */
  readonly shiftTimeZone?: string;
}

/**
 * Window aggregation. For aligned windows the input is a WindowTableFunction's output and
 * `windowStart`/`windowEnd` are its columns; for SESSION the input is the raw rows and
 * `timeIndex` the time attribute. Output: grouping ++ aggregates ++ window_start, window_end,
 * window_time.
 */
export interface WindowAggregateNode extends Base {
  readonly node: 'WindowAggregate';
  readonly input: PlanNode;
  readonly window: WindowSpec;
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly timeIndex: number;
  /** For a TIMESTAMP_LTZ time attribute: windows align to this zone's wall clock. */
  readonly shiftTimeZone?: string;
  readonly grouping: readonly number[];
  readonly aggCalls: readonly AggCallSpec[];
}

/**
 * UNNEST of a collection of each input row (Flink's Correlate with $UNNEST_ROWS): output =
 * input columns ++ element columns (a ROW element is expanded into its fields; a MAP gives key
 * and value) [++ ordinality]. LEFT keeps rows whose collection is empty or NULL, with NULLs.
 */
export interface UnnestNode extends Base {
  readonly node: 'Unnest';
  readonly input: PlanNode;
  readonly expr: RexExpr;
  readonly collection: 'ARRAY' | 'MAP' | 'MULTISET';
  /** Number of element columns (1, the ROW's field count, or 2 for a MAP). */
  readonly width: number;
  /** True when the element is a ROW expanded into its fields. */
  readonly expandRow: boolean;
  readonly withOrdinality: boolean;
  readonly left: boolean;
}

/** ORDER BY an ascending event-time attribute [, other keys]: sorted as the watermark advances. */
export interface TemporalSortNode extends Base {
  readonly node: 'TemporalSort';
  readonly input: PlanNode;
  readonly timeIndex: number;
  /** Secondary keys. */
  readonly keys: readonly {
    readonly index: number;
    readonly descending: boolean;
    readonly nullsFirst: boolean;
  }[];
}

/**
 * ORDER BY … LIMIT (FETCH) on a stream, any sort keys: Flink's SortLimit, a global Top-N that
 * retracts rows pushed out of the top (insert-only input).
 */
export interface SortLimitNode extends Base {
  readonly node: 'SortLimit';
  readonly input: PlanNode;
  readonly keys: readonly {
    readonly index: number;
    readonly descending: boolean;
    readonly nullsFirst: boolean;
  }[];
  readonly offset: number;
  readonly fetch: number;
  /** Whether -U rows are emitted (the consumer needs update-before); absent = true. */
  readonly generateUpdateBefore?: boolean;
  /**
   * Set when Flink's UpdateFastStrategy applies (an upsert input whose sort keys only get
   * better): the input's upsert key fields; absent = AppendFast / Retract by the input's mode.
   */
  readonly updateFastKey?: readonly number[];
}

/**
 * LIMIT/OFFSET without ORDER BY. Over an updating input it is Flink's Rank without sort key
 * (StreamExecLimit: RetractableTopNFunction, rows in arrival order).
 */
export interface LimitNode extends Base {
  readonly node: 'Limit';
  readonly input: PlanNode;
  readonly offset: number;
  readonly fetch: number;
  /** Over an updating input: whether -U rows are emitted; absent = true. */
  readonly generateUpdateBefore?: boolean;
}

/**
 * Normalises an upsert source's changes by primary key (keep-last-row): +I for a new key,
 * -U old / +U new for a changed one, -D old for a deleted one (Flink's ChangelogNormalize).
 */
export interface ChangelogNormalizeNode extends Base {
  readonly node: 'ChangelogNormalize';
  readonly input: PlanNode;
  /** Input columns of the primary key. */
  readonly keys: readonly number[];
  readonly generateUpdateBefore: boolean;
}

/**
 * A built-in process table function over one table (Flink's StreamExecProcessTableFunction):
 * the changelog PTFs of Flink 2.3. TO_CHANGELOG emits each input change as an insert of
 * `[partition keys, op code, other columns]`; FROM_CHANGELOG reads the op code column of an
 * append-only input back into changes of `[partition keys, other columns without the op]`.
 */
export interface ProcessTableFunctionNode extends Base {
  readonly node: 'ProcessTableFunction';
  readonly input: PlanNode;
  readonly function: 'TO_CHANGELOG' | 'FROM_CHANGELOG';
  /** Input columns of `PARTITION BY`, emitted first. */
  readonly partitionKeys: readonly number[];
  /**
   * `op_mapping`: TO_CHANGELOG change kind → code (unmapped kinds are dropped), FROM_CHANGELOG
   * code → change kind. Absent: Flink's names (INSERT, UPDATE_BEFORE, UPDATE_AFTER, DELETE).
   */
  readonly opMapping?: Readonly<Record<string, string>>;
  /** FROM_CHANGELOG: the input column holding the op code. */
  readonly opColumn?: number;
  /** FROM_CHANGELOG: a NULL or unknown code fails the statement (FAIL, default) or is dropped. */
  readonly errorHandling?: 'FAIL' | 'SKIP';
}

/** Where results go: the client (`collect`) or a catalog table's connector. */
export interface SinkNode extends Base {
  readonly node: 'Sink';
  readonly input: PlanNode;
  readonly target:
    | { readonly kind: 'collect' }
    | {
        readonly kind: 'table';
        readonly table: readonly string[];
        readonly options: Readonly<Record<string, string>>;
        readonly columns: readonly PlanField[];
        /**
         * Persisted metadata columns (`METADATA FROM 'timestamp'` without VIRTUAL): their values
         * follow the physical `columns` in each row, in this order (absent: none).
         */
        readonly metadata?: readonly {
          readonly name: string;
          readonly key: string;
          readonly type: PlanField['type'];
        }[];
        readonly partitionKeys?: readonly string[];
        /** NOT NULL sink columns and `table.exec.sink.not-null-enforcer` (absent: none). */
        readonly notNull?: NotNullConstraint;
      };
}

export type PlanNode =
  | ScanNode
  | ValuesNode
  | CalcNode
  | UnionNode
  | GroupAggregateNode
  | ExpandNode
  | WindowTableFunctionNode
  | WindowAggregateNode
  | LimitNode
  | UnnestNode
  | TemporalSortNode
  | DropUpdateBeforeNode
  | SortLimitNode
  | ChangelogNormalizeNode
  | ProcessTableFunctionNode
  | SinkNode;

export type PlanNodeKind = PlanNode['node'];

/** A statement's compiled plan: one or more sink trees (several for a statement set). */
export interface CompiledPlan {
  readonly version: number;
  /** Session settings the plan depends on (time zone …). */
  readonly config: Readonly<Record<string, string>>;
  readonly sinks: readonly SinkNode[];
}

/** The inputs of a node. */
export function planInputs(n: PlanNode): readonly PlanNode[] {
  switch (n.node) {
    case 'TableSourceScan':
    case 'Values':
      return [];
    case 'Union':
      return n.inputs;
    default:
      return [n.input];
  }
}
