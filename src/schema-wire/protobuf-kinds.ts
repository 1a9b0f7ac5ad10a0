/**
 * Protobuf shapes that Confluent's Flink mapping treats specially, shared by the catalog's
 * type inference and the connector's decoding so both agree.
 */
import type pb from 'protobufjs';

/** The well-known wrapper messages (each one `value` field), read as their nullable value. */
export const PROTO_WRAPPERS: ReadonlySet<string> = new Set([
  '.google.protobuf.DoubleValue',
  '.google.protobuf.FloatValue',
  '.google.protobuf.Int64Value',
  '.google.protobuf.UInt64Value',
  '.google.protobuf.UInt32Value',
  '.google.protobuf.Int32Value',
  '.google.protobuf.BoolValue',
  '.google.protobuf.StringValue',
  '.google.protobuf.BytesValue',
]);

/** True for a wrapper message type (its value is the `value` field, or NULL when unset). */
export function isProtoWrapper(fullName: string): boolean {
  return PROTO_WRAPPERS.has(fullName);
}

/**
 * The oneofs that are real choices: proto3 `optional` makes a synthetic oneof of one field,
 * which stays a plain nullable field (protobuf's `getRealOneofs`).
 */
export function realOneofs(m: pb.Type): pb.OneOf[] {
  return m.oneofsArray.filter((o) => !o.fieldsArray.every((f) => f.options?.['proto3_optional']));
}

/**
 * The `params` of a field's `(confluent.field_meta)` option (Confluent's meta.proto), e.g.
 * `connect.type`, `flink.precision`, `flink.notNull`, `precision` / `scale` of a Decimal; empty
 * when the field has none. Read from protobufjs' parsed options in either text form
 * (`[(confluent.field_meta) = { params: [...] }]` or `[(confluent.field_meta).params = {...}]`).
 */
export function fieldMetaParams(f: pb.Field): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const parsed = (f as unknown as { parsedOptions?: Record<string, unknown>[] | null }).parsedOptions;
  const add = (p: unknown): void => {
    for (const e of Array.isArray(p) ? p : [p]) {
      const { key, value } = (e ?? {}) as { key?: unknown; value?: unknown };
      if (key !== undefined && value !== undefined) out.set(String(key), String(value));
    }
  };
  for (const o of parsed ?? []) {
    for (const [k, v] of Object.entries(o)) {
      if (k === '(confluent.field_meta)') add((v as { params?: unknown } | null)?.params);
      else if (k === '(confluent.field_meta).params') add(v);
    }
  }
  return out;
}

/** Messages read as temporal / decimal values (Confluent's Flink mapping), by full name. */
export const PROTO_DATE = '.google.type.Date';
export const PROTO_TIME_OF_DAY = '.google.type.TimeOfDay';
export const PROTO_DECIMAL = '.confluent.type.Decimal';
export const PROTO_TIMESTAMP = '.google.protobuf.Timestamp';

/**
 * The `value` field of one of Confluent's `flink.wrapped` wrappers (a message whose only field
 * is `value`, on a field with the `flink.wrapped = true` param), or undefined for other fields.
 */
export function wrappedValue(f: pb.Field): pb.Field | undefined {
  f.resolve();
  const rt = f.resolvedType;
  if (rt === null || 'values' in rt || fieldMetaParams(f).get('flink.wrapped') !== 'true') return undefined;
  const fields = (rt as pb.Type).fieldsArray;
  if (fields.length !== 1 || fields[0]!.name !== 'value') return undefined;
  fields[0]!.resolve();
  return fields[0];
}
