/**
 * Change kinds on the wire (confluent-flink.md §4.4):
 * - retract: the Kafka header `op` carries Flink's RowKind byte, 0..3 (+I, -U, +U, -D); inserts
 *   carry no header;
 * - upsert: a keyed value is an upsert (+U, normalised by the engine's ChangelogNormalize), a
 *   tombstone (null value) a delete of its key;
 * - Debezium envelopes (`before` / `after` / `op`, formats `*-debezium-registry`): decoded by
 *   the value format, turned into changes by formats/debezium.ts (shared with the filesystem's
 *   `debezium-json`).
 */
import { ExecutionError } from '../../common/errors.js';
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
