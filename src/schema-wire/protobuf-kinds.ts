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
