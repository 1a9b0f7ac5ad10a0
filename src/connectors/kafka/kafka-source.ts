/**
 * The `kafka` source: one split per partition, read from `scan.startup.mode` up to
 * `scan.bounded.mode` (bounded splits end there; an empty partition ends at once), rows of
 * key and value columns then the requested metadata, the record timestamp as the batch's
 * source timestamp (`$rowtime`). Change kinds per `changelog.mode` (changelog-codec.ts): retract
 * from the `op` header, upsert +U / -D (tombstones), Debezium envelopes. Each partition computes
 * `SOURCE_WATERMARK()` (source-watermark.ts) and reports progressive idleness.
 */
import { ConfigError, ExecutionError, errorMessage } from '../../common/errors.js';
import { KafkaClient, type PartitionRecord, type PartitionReader } from '../../kafka/client/index.js';
import { RegistryClient } from '../../schema-wire/registry-client/registry-client.js';
import {
  END,
  type ConnectorContext,
  type ConnectorSchema,
  type Row,
  type Source,
  type SourceBatch,
  type SourceSplit,
  type SplitReader,
} from '../api.js';
import type { KafkaTableOptions } from './kafka-options.js';
import { PartDecoder, type PartColumn } from './record-codec.js';
import type { ChangeKind } from '../api.js';
import { rowType, type SqlValue } from '../../types/index.js';
import { metadataCasts } from './metadata-cast.js';
import { DEBEZIUM_FORMATS, isDebeziumFormat, opHeaderKind } from './changelog-codec.js';
import { debeziumChanges, envelopeColumns } from '../formats/debezium.js';
import { SourceWatermarkGenerator, idleTimeout } from './source-watermark.js';
import { ErrorLog } from './error-log.js';
import { settlePendingTopic } from './pending-topics.js';

/** Metadata keys the source can append (Confluent's list) and their types as text. */
export const KAFKA_METADATA: Readonly<Record<string, string>> = {
  headers: 'MAP<STRING, BYTES>',
  'leader-epoch': 'INT',
  offset: 'BIGINT',
  partition: 'INT',
  'raw-key': 'BYTES',
  'raw-value': 'BYTES',
  timestamp: 'TIMESTAMP_LTZ(3)',
  'timestamp-type': 'STRING',
  topic: 'STRING',
};

function partColumns(schema: ConnectorSchema, idx: readonly number[], prefix: string): PartColumn[] {
  return idx.map((i) => {
    const c = schema.columns[i]!;
    return { name: prefix && c.name.startsWith(prefix) ? c.name.slice(prefix.length) : c.name, type: c.type };
  });
}

/** Builds the source of a table. */
export function kafkaSource(schema: ConnectorSchema, o: KafkaTableOptions, ctx: ConnectorContext): Source {
  const registry = o.registryUrl ? new RegistryClient(o.registryUrl) : undefined;
  const keyCols = partColumns(schema, o.keyColumns, o.keyPrefix);
  const valueCols = partColumns(schema, o.valueColumns, '');
  const keyDecoder = new PartDecoder(o.keyFormat, keyCols, keyCols.length ? registry : undefined);
  const vf = o.valueFormat;
  const debezium = isDebeziumFormat(vf);
  // A Debezium value decodes as its envelope (before, after, op) into a scratch row.
  const valueDecoder = isDebeziumFormat(vf)
    ? new PartDecoder(DEBEZIUM_FORMATS[vf], envelopeColumns(rowType(valueCols)), registry)
    : new PartDecoder(vf, valueCols, valueCols.length ? registry : undefined);
  const ENVELOPE_AT = [0, 1, 2] as const;
  const upsert = o.changelog === 'upsert';
  const retract = o.changelog === 'retract' || debezium;
  const meta = (schema.metadata ?? []).map((m) => m.key);
  for (const k of meta)
    if (!(k in KAFKA_METADATA))
      throw new ConfigError(
        `Unknown metadata key '${k}' of table ${schema.tableName}; available: ${Object.keys(KAFKA_METADATA).join(', ')}`,
      );
  const width = schema.columns.length;
  // Metadata values cast to the declared types (a `timestamp` column declared TIMESTAMP(3) is
  // the record's instant in the session zone, as Flink's planner casts it).
  const casts = metadataCasts(schema, KAFKA_METADATA, 'read', ctx.timeZone);

  /**
   * Decodes one record into `rows` (and its kinds into `kinds` unless append-only), synchronously
   * (no promise per record): one row, none for a Debezium tombstone, two for a Debezium update.
   * Returns the error of a record that cannot be decoded (nothing is added then).
   */
  function decodeRecord(p: number, r: PartitionRecord, rows: Row[], kinds: ChangeKind[] | null): unknown {
    try {
      if (upsert && r.value === null) {
        // A tombstone deletes its key: the key columns only (ChangelogNormalize adds the rest).
        // An unkeyed tombstone names no row to delete: a bad record, per error-handling.mode.
        if (r.key === null)
          return new ExecutionError('a tombstone (null value) without a key in an upsert table');
        const row = newRow();
        keyDecoder.decode(r.key, row, o.keyColumns);
        pushRow(row, 3, p, r, rows, kinds);
        return;
      }
      if (debezium) {
        if (r.value === null) return; // Debezium's tombstone after a delete (for compaction)
        const env: unknown[] = [null, null, null];
        valueDecoder.decode(r.value, env, ENVELOPE_AT);
        // Decode everything before emitting, so a poison record adds no partial changes.
        const changes: [readonly unknown[], ChangeKind][] = [];
        debeziumChanges(env[0], env[1], env[2], (values, kind) => changes.push([values, kind]));
        for (const [values, kind] of changes) {
          const row = newRow();
          keyDecoder.decode(r.key, row, o.keyColumns);
          for (let j = 0; j < o.valueColumns.length; j++) row[o.valueColumns[j]!] = values[j] ?? null;
          pushRow(row, kind, p, r, rows, kinds);
        }
        return;
      }
      // A null value outside upsert mode: Flink's registry formats deserialize it to null and
      // the source emits nothing (DeserializationSchema skips nulls); `raw` reads it as NULL.
      if (r.value === null && o.valueFormat !== 'raw') return undefined;
      const kind: ChangeKind = retract ? opHeaderKind(r.headers) : upsert ? 2 : 0;
      const row = newRow();
      keyDecoder.decode(r.key, row, o.keyColumns);
      valueDecoder.decode(r.value, row, o.valueColumns);
      pushRow(row, kind, p, r, rows, kinds);
      return undefined;
    } catch (err) {
      return err ?? new Error('undefined error');
    }
  }

  /** A record that cannot be decoded, per `error-handling.mode`: fail, skip, or dead-letter it. */
  async function poison(p: number, r: PartitionRecord, err: unknown, errorLog: ErrorLog): Promise<void> {
    const where = `topic ${o.topic}, partition ${p}, offset ${r.offset}`;
    if (o.errorMode === 'fail')
      throw new ExecutionError(
        `Failed to deserialize a record of table ${schema.tableName} (${where}): ${errorMessage(err)}`,
      );
    if (o.errorMode === 'log')
      await errorLog.write({
        message: errorMessage(err),
        table: schema.tableName,
        topic: o.topic,
        partition: p,
        offset: r.offset,
        timestamp: r.timestamp,
        timestampType: r.timestampType ?? 'CreateTime',
        headers: r.headers,
        key: r.key,
        value: r.value,
      });
  }

  function newRow(): Row {
    return new Array<unknown>(width + meta.length).fill(null);
  }

  function pushRow(
    row: Row,
    kind: ChangeKind,
    p: number,
    r: PartitionRecord,
    rows: Row[],
    kinds: ChangeKind[] | null,
  ): void {
    for (let j = 0; j < meta.length; j++) {
      const v = metadataValue(meta[j]!, p, r, o.topic);
      const cast = casts[j];
      row[width + j] = cast === undefined ? v : cast(v as SqlValue);
    }
    rows.push(row);
    kinds?.push(kind);
  }

  return {
    bounded: o.bounded !== 'unbounded',
    async splits(): Promise<SourceSplit[]> {
      await settlePendingTopic(o.bootstrap, o.topic);
      const kafka = new KafkaClient({ bootstrapServers: o.bootstrap, clientId: 'eddy-source' });
      let count: number;
      let ranges: { start: bigint; end: bigint | undefined }[] = [];
      try {
        const md = await kafka.metadata([o.topic]).catch((err: unknown) => {
          throw new ExecutionError(
            `Topic '${o.topic}' of table ${schema.tableName} cannot be read: ${errorMessage(err)}`,
          );
        });
        const t = md.topics.get(o.topic);
        count = t?.errorCode === 0 ? t.partitions.length : 0;
        if (count > 0) ranges = await offsetRanges(kafka, count);
      } finally {
        await kafka.close();
      }
      if (count === 0)
        throw new ExecutionError(`Topic '${o.topic}' of table ${schema.tableName} does not exist`);
      return ranges.map(({ start, end }, p) => ({
        id: `${o.topic}-${p}`,
        open: () => openPartition(p, start, end),
      }));
    },
  };

  /**
   * Where each partition's read starts and ends (scan.startup.mode / scan.bounded.mode), with
   * one ListOffsets request per kind of lookup for all partitions at once.
   */
  async function offsetRanges(
    kafka: KafkaClient,
    count: number,
  ): Promise<{ start: bigint; end: bigint | undefined }[]> {
    const parts = [...Array(count).keys()];
    const at = (ts: bigint): Promise<bigint[]> => kafka.listOffsets(o.topic, parts, ts, o.isolationLevel);
    const earliest = await at(-2n);
    const latest = await at(-1n);
    const startAt = o.startup === 'timestamp' ? await at(BigInt(o.startupTimestamp!)) : undefined;
    // Flink's OffsetsInitializer.timestamp as a stopping offset: the first record at or after
    // the timestamp, exclusive (records stamped exactly at the bound are not read).
    const endAt = o.bounded === 'timestamp' ? await at(BigInt(o.boundedTimestamp!)) : undefined;
    return parts.map((p) => {
      let start = earliest[p]!;
      if (o.startup === 'latest-offset') start = latest[p]!;
      else if (startAt) start = startAt[p]!;
      else if (o.startup === 'specific-offsets') start = o.startupOffsets.get(p) ?? earliest[p]!;
      // -1 from a timestamp lookup: no record at or after it.
      if (start < 0n) start = latest[p]!;
      let end: bigint | undefined;
      if (o.bounded === 'latest-offset') end = latest[p]!;
      else if (endAt) end = endAt[p]! < 0n ? latest[p]! : endAt[p]!;
      else if (o.bounded === 'specific-offsets') end = o.boundedOffsets.get(p) ?? latest[p]!;
      return { start, end };
    });
  }

  async function openPartition(p: number, start: bigint, end: bigint | undefined): Promise<SplitReader> {
    const kafka = new KafkaClient({ bootstrapServers: o.bootstrap, clientId: 'eddy-source' });
    const errorLog = new ErrorLog(kafka, registry, o.errorTarget);
    // Buffered records: an array with a read index (shift() is O(n) on long arrays).
    let queue: PartitionRecord[] = [];
    let head = 0;
    const buffered = (): number => queue.length - head;
    let wake: (() => void) | undefined;
    let failure: unknown;
    let reader: PartitionReader | undefined;
    let done = end !== undefined && start >= end;
    // Back-pressure: the fetch loop is stopped above HIGH buffered records and restarted from
    // the next offset below LOW, so a large topic never sits in memory at once.
    // Fetches of at most FETCH_BYTES keep each burst small (records reach the runtime while
    // young: fewer promoted to the old generation) and rarely overshoot HIGH.
    const HIGH = 30_000;
    const LOW = 10_000;
    const FETCH_BYTES = 1024 * 1024;
    let nextOffset = start;
    let pausing: Promise<void> | undefined;
    const startReader = async (): Promise<void> => {
      reader = await kafka.readPartition(
        o.topic,
        p,
        nextOffset,
        (records) => {
          for (const r of records) queue.push(r);
          nextOffset = records[records.length - 1]!.offset + 1n;
          wake?.();
          if (buffered() > HIGH && !pausing && reader) {
            const r = reader;
            reader = undefined;
            // A failed close of a paused reader costs nothing (the next one starts afresh);
            // it must not surface as an unhandled rejection before `next` awaits it.
            pausing = r.close().catch((err: unknown) => {
              ctx.logger?.debug({ err, topic: o.topic, partition: p }, 'closing a paused reader failed');
            });
          }
          // A bounded read stops at its end: a short long-poll keeps its final close short.
        },
        {
          maxWaitMs: end !== undefined ? 100 : 500,
          maxBytes: FETCH_BYTES,
          rack: o.rack,
          isolationLevel: o.isolationLevel,
          onError: (err) => {
            failure = new ExecutionError(
              `Kafka source cannot read topic '${o.topic}' partition ${p} at offset ${nextOffset}: ${err.message}`,
              { cause: err },
            );
            wake?.();
          },
        },
      );
      reader.onFetch(() => wake?.());
    };
    if (!done) await startReader();
    let closed = false;
    let stopping: Promise<void> | undefined;
    const abort = (): void => wake?.();
    const marks = new SourceWatermarkGenerator();
    const openedAt = Date.now();
    let lastRecordAt = openedAt;
    ctx.signal?.addEventListener('abort', abort, { once: true });

    return {
      async next(maxRows = 1024): Promise<SourceBatch | null> {
        if (failure) throw failure;
        if (pausing && buffered() < LOW && !done) {
          await pausing;
          pausing = undefined;
          if (!closed) await startReader();
        }
        while (!done && !failure && buffered() === 0 && !ctx.signal?.aborted) {
          await new Promise<void>((r) => {
            wake = r;
            // Unbounded: return an empty (idle) batch now and then so the runtime keeps control.
            if (end === undefined) setTimeout(r, 200);
          });
          wake = undefined;
          if (end === undefined && buffered() === 0) {
            // Progressive idleness: nothing for the idle timeout → the partition is idle.
            const now = Date.now();
            const timeout = idleTimeout(now - openedAt, o.idleTimeoutMs);
            return { rows: [], ...(timeout > 0 && now - lastRecordAt >= timeout ? { idle: true } : {}) };
          }
        }
        if (failure) throw failure;
        if (ctx.signal?.aborted) return END;
        if (done && buffered() === 0) return END;
        const rows: Row[] = [];
        const kinds: ChangeKind[] | null = o.changelog === 'append' && !debezium ? null : [];
        const timestamps: number[] = [];
        let read = 0;
        while (buffered() > 0 && rows.length < maxRows) {
          const r = queue[head++]!;
          if (end !== undefined && r.offset >= end) {
            done = true;
            break;
          }
          read++;
          const ts = Number(r.timestamp);
          marks.observe(ts);
          const before = rows.length;
          let err: unknown;
          // Awaits only for a schema id not fetched yet (never per record on the hot path).
          if (keyDecoder.needsPrepare(r.key) || valueDecoder.needsPrepare(r.value)) {
            try {
              await keyDecoder.prepare(r.key);
              await valueDecoder.prepare(r.value);
            } catch (e) {
              err = e ?? new Error('undefined error');
            }
          }
          if (err === undefined) err = decodeRecord(p, r, rows, kinds);
          if (err !== undefined) {
            try {
              await poison(p, r, err, errorLog);
            } catch (e) {
              // 'fail': the rows decoded before the record go on first (a streaming job has
              // emitted them when it fails); the next call throws.
              if (rows.length === 0) throw e;
              failure = e;
              break;
            }
          }
          for (let j = before; j < rows.length; j++) timestamps.push(ts);
          if (end !== undefined && r.offset + 1n >= end) done = true;
        }
        if (read > 0) lastRecordAt = Date.now();
        if (done) {
          queue = [];
          head = 0;
          // Released in the background: closing waits for the fetch in flight (its long poll),
          // which must not hold up the other partitions; close() awaits it.
          stopping ??= stop();
        } else if (head > 4096 && head * 2 > queue.length) {
          queue = queue.slice(head);
          head = 0;
        }
        // No watermark from a read that ends in a failure: the poison record's time is in it.
        const watermark = failure === undefined ? marks.watermark() : undefined;
        return {
          rows,
          timestamps,
          ...(kinds !== null && kinds.some((k) => k !== 0) ? { kinds } : {}),
          ...(watermark !== undefined && read > 0 ? { watermark } : {}),
        };
      },
      close: () => (stopping ??= stop()),
    };

    async function stop(): Promise<void> {
      if (closed) return;
      closed = true;
      ctx.signal?.removeEventListener('abort', abort);
      // Never rejects: it may run in the background (a finished split) before close() awaits it.
      try {
        await pausing;
        await reader?.close();
      } catch (err) {
        failure = err;
      }
      await kafka.close().catch((err: unknown) => {
        ctx.logger?.debug({ err, topic: o.topic, partition: p }, 'closing the partition client failed');
      });
    }
  }
}

function metadataValue(k: string, p: number, r: PartitionRecord, topic: string): unknown {
  switch (k) {
    case 'offset':
      return r.offset;
    case 'partition':
      return p;
    case 'timestamp':
      return Number(r.timestamp);
    case 'timestamp-type':
      return r.timestampType ?? 'CreateTime';
    case 'leader-epoch':
      return r.leaderEpoch === undefined || r.leaderEpoch < 0 ? null : r.leaderEpoch;
    case 'topic':
      return topic;
    case 'raw-key':
      return r.key === null ? null : new Uint8Array(r.key);
    case 'raw-value':
      return r.value === null ? null : new Uint8Array(r.value);
    case 'headers':
      return new Map(
        r.headers.map(([hk, hv]) => [hk?.toString('utf8') ?? '', hv === null ? null : new Uint8Array(hv)]),
      );
    default:
      return null;
  }
}
