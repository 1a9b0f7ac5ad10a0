/**
 * Debezium's change envelope (`before` / `after` / `op`), shared by every connector that reads or
 * writes it: the filesystem's `debezium-json` format and the Kafka connector's
 * `*-debezium-registry` value formats decode an envelope with their own codec, then turn it into
 * changes here (Flink's DebeziumJsonDeserializationSchema / DebeziumAvroDeserializationSchema):
 * c / r → +I after, u → -U before then +U after, d → -D before. Writing (Flink's
 * DebeziumJsonSerializationSchema) cannot pair an update's two halves, so +I / +U become `c`
 * envelopes with `after` and -U / -D become `d` envelopes with `before`.
 */
import { stringType, type LogicalType, type RowType } from '../../types/index.js';
import type { ChangeKind } from '../api.js';

/** Thrown for an envelope that does not stand for a change (bad `op`, missing row). */
export class EnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

/**
 * The row type of a Debezium envelope's `after` when `t` is one (a ROW with `before` and `after`
 * of the same ROW type and a string `op`), else undefined. The catalog infers such topics as
 * retract tables with the columns of `after`.
 */
export function debeziumRowType(t: LogicalType): RowType | undefined {
  if (t.kind !== 'ROW') return undefined;
  const f = (n: string): LogicalType | undefined => t.fields.find((x) => x.name === n)?.type;
  const before = f('before');
  const after = f('after');
  const op = f('op');
  if (before?.kind !== 'ROW' || after?.kind !== 'ROW' || (op?.kind !== 'VARCHAR' && op?.kind !== 'CHAR'))
    return undefined;
  const names = (r: RowType): string => r.fields.map((x) => x.name).join('\u0000');
  if (names(before) !== names(after)) return undefined;
  return after;
}

/** The envelope's columns as the underlying format decodes them: before, after, op. */
export function envelopeColumns(valueType: RowType): { name: string; type: LogicalType }[] {
  const row: RowType = { ...valueType, nullable: true };
  return [
    { name: 'before', type: row },
    { name: 'after', type: row },
    { name: 'op', type: stringType() },
  ];
}

/**
 * Turns a decoded envelope into changes: calls `emit(values, kind)` with the `before` / `after`
 * field values (in the value columns' order) for each change the envelope stands for. An update
 * or delete without `before` throws Flink's message (a Postgres table without REPLICA IDENTITY
 * FULL); an unknown `op` throws EnvelopeError.
 */
export function debeziumChanges(
  before: unknown,
  after: unknown,
  op: unknown,
  emit: (values: readonly unknown[], kind: ChangeKind) => void,
): void {
  const need = (v: unknown, which: 'before' | 'after', what: string): readonly unknown[] => {
    if (Array.isArray(v)) return v;
    if (which === 'before')
      throw new EnvelopeError(
        `The "before" field of ${what} message is null, if you are using Debezium Postgres Connector, please check the Postgres table has been set REPLICA IDENTITY to FULL level.`,
      );
    throw new EnvelopeError(`Debezium op '${String(op)}' without 'after'`);
  };
  switch (op) {
    case 'c':
    case 'r':
      emit(need(after, 'after', 'INSERT'), 0);
      return;
    case 'u':
      emit(need(before, 'before', 'UPDATE'), 1);
      emit(need(after, 'after', 'UPDATE'), 2);
      return;
    case 'd':
      emit(need(before, 'before', 'DELETE'), 3);
      return;
    default:
      throw new EnvelopeError(`Unknown "op" value ${JSON.stringify(op)}.`);
  }
}

/**
 * The envelope Flink writes for a change (DebeziumJsonSerializationSchema, and the Kafka
 * connector's Debezium formats) as `[before, after, op]`, the envelope columns' order: `c` with
 * `after` for +I / +U, `d` with `before` for -U / -D. `R` is the row in the writer's own form
 * (values, or their JSON text). A tuple, so that the Kafka sink hands it to its encoder as it is
 * (one allocation per row).
 */
export function debeziumEnvelope<R>(
  row: R,
  kind: ChangeKind,
): [before: R | null, after: R | null, op: 'c' | 'd'] {
  return kind === 0 || kind === 2 ? [null, row, 'c'] : [row, null, 'd'];
}
