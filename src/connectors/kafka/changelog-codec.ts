/**
 * Change kinds on the wire (confluent-flink.md §4.4):
 * - retract: the Kafka header `op` carries Flink's RowKind byte, 0..3 (+I, -U, +U, -D); inserts
 *   carry no header;
 * - upsert: a keyed value is an upsert (+U, normalised by the engine's ChangelogNormalize), a
 *   tombstone (null value) a delete of its key;
 * - Debezium envelopes (`before` / `after` / `op`, formats `*-debezium-registry`): c / r → +I
 *   after, u → -U before then +U after, d → -D before.
 */
import { ExecutionError } from '../../common/errors.js';
import { stringType, type LogicalType, type RowType } from '../../types/index.js';
import type { ChangeKind } from '../api.js';

/** The header name of retract tables. */
export const OP_HEADER = 'op';

/** Text forms accepted when reading (Flink's short kind strings and the digits). */
const OP_TEXT: Readonly<Record<string, ChangeKind>> = {
  '0': 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '+I': 0,
  '-U': 1,
  '+U': 2,
  '-D': 3,
};

type Headers = readonly (readonly [Buffer | null | undefined, Buffer | null | undefined])[];

/**
 * The change kind of a retract table's record: the `op` header's RowKind byte (0..3), +I when
 * absent. A header that is not a kind throws (a deserialization error of the record).
 */
export function opHeaderKind(headers: Headers | undefined): ChangeKind {
  if (!headers) return 0;
  for (const [k, v] of headers) {
    if (k == null || k.length !== 2 || k[0] !== 0x6f || k[1] !== 0x70) continue; // 'op'
    if (v == null || v.length === 0) throw new ExecutionError(`empty '${OP_HEADER}' header`);
    if (v.length === 1 && v[0]! <= 3) return v[0] as ChangeKind;
    const kind = OP_TEXT[v.toString('latin1')];
    if (kind === undefined)
      throw new ExecutionError(
        `invalid '${OP_HEADER}' header ${JSON.stringify(v.toString('latin1'))} (expected 0..3)`,
      );
    return kind;
  }
  return 0;
}

/** The `op` header value written for a kind (none for inserts). */
export function opHeaderValue(kind: number): Buffer | undefined {
  return kind === 0 ? undefined : Buffer.from([kind]);
}

/** Value formats whose records are Debezium envelopes, by the format of the envelope itself. */
export const DEBEZIUM_FORMATS = {
  'avro-debezium-registry': 'avro-registry',
  'json-debezium-registry': 'json-registry',
  'proto-debezium-registry': 'proto-registry',
} as const;
export type DebeziumFormat = keyof typeof DEBEZIUM_FORMATS;

export function isDebeziumFormat(f: string): f is DebeziumFormat {
  return f in DEBEZIUM_FORMATS;
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
 * field values (in the value columns' order) for each change the envelope stands for.
 */
export function debeziumChanges(
  before: unknown,
  after: unknown,
  op: unknown,
  emit: (values: readonly unknown[], kind: ChangeKind) => void,
): void {
  const need = (v: unknown, which: string): readonly unknown[] => {
    if (!Array.isArray(v)) throw new ExecutionError(`Debezium op '${String(op)}' without '${which}'`);
    return v;
  };
  switch (op) {
    case 'c':
    case 'r':
      emit(need(after, 'after'), 0);
      return;
    case 'u':
      emit(need(before, 'before'), 1);
      emit(need(after, 'after'), 2);
      return;
    case 'd':
      emit(need(before, 'before'), 3);
      return;
    default:
      throw new ExecutionError(`unknown Debezium op ${JSON.stringify(op)} (expected c, r, u or d)`);
  }
}
