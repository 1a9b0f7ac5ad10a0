/**
 * The contract between connectors and the streaming runtime (DESIGN.md: a lower layer defines
 * the interface it needs; `engine/runtime` drives these, connectors implement them).
 *
 * A table's `WITH ('connector' = '<id>', …)` options pick a {@link ConnectorFactory} from the
 * registry (`registry.ts`); the factory validates the options (Flink's option names, Flink's
 * kind of message for unknown or missing options) and builds a {@link Source} or a {@link Sink}.
 *
 * Sources: a source is cut into splits (a file, a Kafka partition, a generator's share); the
 * runtime reads each split in batches of array rows, one promise per batch (never per row).
 * Each row holds the table's *physical* columns in declaration order, with values in the types
 * module's representation; computed columns and the watermark are the runtime's job. A batch
 * may carry per-row source timestamps (epoch ms, e.g. Kafka record time) that the watermark
 * assigner can use for `SOURCE_WATERMARK()`; readers of rowtime columns use the row itself.
 *
 * Sinks: the runtime hands each writer batches of changes (`+I`, `-U`, `+U`, `-D`) as a {@link ChangeBatch}.
 *
 * @example
 * const source = createSource(schema, { connector: 'datagen', 'number-of-rows': '10' }, ctx);
 * for (const split of source.splits()) {
 *   const reader = await split.open();
 *   for (let b = await reader.next(); b !== END; b = await reader.next()) process(b.rows);
 *   await reader.close();
 * }
 */
import type { Logger } from '../common/logger.js';
import type { LogicalType } from './logical-type.js';

/** One row: the table's physical columns (then requested metadata columns), in order. */
export type Row = unknown[];

/**
 * Flink's RowKind by its byte value (RowKind.toByteValue): 0 = +I insert, 1 = -U update-before,
 * 2 = +U update-after, 3 = -D delete. The same numbering as the runtime's batches.
 */
export type ChangeKind = 0 | 1 | 2 | 3;

/** The text Flink prints for each kind, indexed by {@link ChangeKind}. */
export const CHANGE_KIND_TEXT = ['+I', '-U', '+U', '-D'] as const;

/**
 * A batch of changes: `kinds[i]` is the kind of `rows[i]`, or `kinds` is null when every row is
 * an insert (structurally the runtime's Batch, so it is passed through without copying).
 */
export interface ChangeBatch {
  readonly rows: readonly Row[];
  readonly kinds: readonly number[] | null;
}

/** A column the connector reads or writes. */
export interface ConnectorColumn {
  readonly name: string;
  readonly type: LogicalType;
}

/**
 * What the table looks like to the connector: its physical columns (in order) and, for
 * sources, the metadata keys the table declares (`METADATA FROM 'offset'`), which the
 * connector appends to each row after the physical columns, in this order.
 */
export interface ConnectorSchema {
  /** Fully qualified table name, for error messages: `default_catalog.default_database.t`. */
  readonly tableName: string;
  readonly columns: readonly ConnectorColumn[];
  readonly metadata?: readonly {
    readonly key: string;
    readonly type: LogicalType;
    /** The declaring column's name, for error messages (absent: the key). */
    readonly column?: string;
  }[];
  /**
   * `PARTITIONED BY` columns (names of physical columns). The filesystem connector reads their
   * values from `key=value` directories instead of the files, and writes rows into them.
   */
  readonly partitionKeys?: readonly string[];
}

/** The table's `WITH (…)` options, keys and values exactly as written. */
export type ConnectorOptions = Readonly<Record<string, string>>;

/** What a connector may use from the running statement. */
export interface ConnectorContext {
  /** Session time zone (`sql.local-time-zone`), an IANA id or `UTC`; used for TIMESTAMP_LTZ text. */
  readonly timeZone: string;
  readonly logger?: Logger;
  /** Aborted when the statement stops; long waits (rows-per-second) end early. */
  readonly signal?: AbortSignal;
  /** Directory against which relative `path` options resolve; defaults to process.cwd(). */
  readonly baseDir?: string;
  /** Where the `print` sink writes (the CLI's stdout / stderr); defaults to the process's. */
  readonly stdout?: { write(text: string): unknown };
  readonly stderr?: { write(text: string): unknown };
}

/** One pull of a split reader. */
export interface SourceBatch {
  /** Rows in arrival order; may be empty for an unbounded split with nothing new (idle). */
  readonly rows: Row[];
  /** Optional per-row source timestamps (epoch ms), parallel to `rows`. */
  readonly timestamps?: Float64Array | number[];
  /**
   * Per-row change kinds ({@link ChangeKind}), parallel to `rows`; absent or null when every row
   * is an insert. Upsert sources emit +U for a keyed value and -D (key columns only) for a
   * tombstone, and the planner normalises them (ChangelogNormalize); retract sources emit all four.
   */
  readonly kinds?: ChangeKind[] | null;
  /**
   * The split's own watermark after this batch (epoch ms), for tables declaring
   * `WATERMARK FOR … AS SOURCE_WATERMARK()`: the connector computes it (Flink's
   * SupportsSourceWatermark); absent when the connector has none yet.
   */
  readonly watermark?: number;
  /**
   * True when the connector's idleness policy (Confluent's progressive idleness) says the split is
   * idle: the runtime leaves it out of the source's watermark until it delivers rows again.
   */
  readonly idle?: boolean;
}

/** Returned by {@link SplitReader.next} when the split has no more rows (bounded splits only). */
export const END = null;
export type End = typeof END;

/** Reads one split. Not safe for concurrent `next` calls: the runtime awaits each pull. */
export interface SplitReader {
  /**
   * The next batch, or {@link END}. Resolves as soon as some rows are ready (at most about
   * `maxRows`, default the connector's own batch size). Errors reject with an EddyError naming
   * the table and the position (file and line, partition and offset).
   */
  next(maxRows?: number): Promise<SourceBatch | End>;
  /** Releases files, sockets, timers; safe to call twice and after an error. */
  close(): Promise<void>;
}

/** A unit of parallel reading: a file, a partition, a generator's share of the sequence. */
export interface SourceSplit {
  /** Stable id, unique within the source (used for per-split watermarks and state). */
  readonly id: string;
  open(): Promise<SplitReader>;
}

/** A scan of one table. */
export interface Source {
  /** True when every split ends (file, number-of-rows, scan.bounded.mode). */
  readonly bounded: boolean;
  /** The splits, discovered once when the statement starts. */
  splits(): Promise<SourceSplit[]>;
}

/** Writes one statement's changes into a table. */
export interface SinkWriter {
  /** Accepts a batch; resolves when the batch may be dropped by the caller (back-pressure point). */
  write(batch: ChangeBatch): Promise<void>;
  /** Makes everything written so far durable / visible (an explicit commit point). */
  flush(): Promise<void>;
  /** Flushes and releases resources; safe to call twice. */
  close(): Promise<void>;
}

/** What a sink accepts: see {@link Sink.changelogMode}. */
export type SinkChangelogMode = 'append' | 'upsert' | 'all';

/** A table as a write target. */
export interface Sink {
  /**
   * Changes the sink accepts (Flink's DynamicTableSink#getChangelogMode). `append` sinks refuse
   * updating queries at planning time with Flink's kind of message; `upsert` sinks take inserts,
   * update-afters and deletes and drop update-befores (Flink's blackhole and upsert-kafka), so
   * the planner lets updating operators skip building -U rows; `all` takes every kind.
   */
  readonly changelogMode: SinkChangelogMode;
  open(): Promise<SinkWriter>;
}

/** A named option of a connector or format (Flink's ConfigOption). */
export interface OptionSpec {
  /** Full key (`path`, `json.fail-on-missing-field`), or a pattern with `#` for a field name (`fields.#.kind`). */
  readonly key: string;
  readonly required?: boolean;
  /** One line of documentation, also printed in error messages' lists of supported options. */
  readonly description?: string;
}

/** Builds sources and sinks for one `connector` identifier. */
export interface ConnectorFactory {
  /** The `connector` option value: `filesystem`, `datagen`, `nexmark`, `print`, `blackhole` … */
  readonly identifier: string;
  /** Options besides `connector`. Format options come from the format's own list. */
  readonly options: readonly OptionSpec[];
  /** When set, the connector reads/writes through a format picked by this option (`format`). */
  readonly formatOption?: string;
  /** Metadata keys the source can append to rows (`METADATA FROM …`). */
  readonly metadataKeys?: Readonly<Record<string, string>>;
  /**
   * Metadata keys the sink writes (Flink's SupportsWritingMetadata): a table's persisted
   * (non-VIRTUAL) metadata columns are written after the physical columns of each row. Absent:
   * the sink writes none, and a table with persisted metadata columns cannot be written.
   */
  readonly writableMetadataKeys?: readonly string[];
  createSource?(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext): Source;
  createSink?(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext): Sink;
}
