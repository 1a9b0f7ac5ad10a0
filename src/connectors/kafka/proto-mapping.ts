/**
 * Protobuf message → Flink ROW for inferred `proto-registry` tables (Confluent's mapping):
 * proto3 scalars NOT NULL unless `optional`, messages nullable ROWs, repeated → ARRAY, map →
 * MAP, enums STRING, 64-bit and unsigned 32-bit integers BIGINT, well-known Timestamp →
 * TIMESTAMP_LTZ(9), wrappers (`google.protobuf.StringValue`, …) their nullable value type, each
 * real `oneof` one nullable ROW column named after it, after the other fields.
 */
import type pb from 'protobufjs';
import { realOneofs } from '../../schema-wire/protobuf-kinds.js';
import {
  arrayType,
  bigintType,
  booleanType,
  bytesType,
  doubleType,
  field,
  floatType,
  intType,
  mapType,
  rowType,
  stringType,
  timestampLtzType,
  withNullable,
  type LogicalType,
} from '../../types/index.js';

function scalar(type: string): LogicalType | undefined {
  switch (type) {
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return intType(false);
    case 'int64':
    case 'sint64':
    case 'sfixed64':
    case 'uint32':
    case 'fixed32':
    case 'uint64':
    case 'fixed64':
      return bigintType(false);
    case 'bool':
      return booleanType(false);
    case 'string':
      return stringType(false);
    case 'bytes':
      return bytesType(false);
    case 'float':
      return floatType(false);
    case 'double':
      return doubleType(false);
  }
  return undefined;
}

/** google.protobuf wrappers read as their nullable value type, as Confluent does. */
const WRAPPERS: ReadonlyMap<string, LogicalType> = new Map<string, LogicalType>([
  ['.google.protobuf.DoubleValue', doubleType(false)],
  ['.google.protobuf.FloatValue', floatType(false)],
  ['.google.protobuf.Int64Value', bigintType(false)],
  ['.google.protobuf.UInt64Value', bigintType(false)],
  ['.google.protobuf.UInt32Value', bigintType(false)],
  ['.google.protobuf.Int32Value', intType(false)],
  ['.google.protobuf.BoolValue', booleanType(false)],
  ['.google.protobuf.StringValue', stringType(false)],
  ['.google.protobuf.BytesValue', bytesType(false)],
]);

function fieldType(f: pb.Field, depth: number): LogicalType {
  f.resolve();
  const s = scalar(f.type);
  let t: LogicalType;
  // proto3 `optional` (a synthetic oneof) is nullable; a real oneof's members keep their
  // types inside the oneof's nullable ROW (Confluent's ProtoToFlinkSchemaConverter).
  if (s) t = f.options?.['proto3_optional'] ? withNullable(s, true) : s;
  else if (f.resolvedType && 'values' in f.resolvedType) t = stringType(false);
  else if (f.resolvedType && WRAPPERS.has(f.resolvedType.fullName))
    t = withNullable(WRAPPERS.get(f.resolvedType.fullName)!, true);
  else if (f.resolvedType) t = messageToFlink(f.resolvedType as pb.Type, depth + 1, true);
  else t = stringType(true);
  return t;
}

/** The ROW of a message (`nullable` for nested messages). */
export function messageToFlink(m: pb.Type, depth = 0, nullable = false): LogicalType {
  if (m.fullName === '.google.protobuf.Timestamp') return timestampLtzType(9, true);
  if (depth > 32) return stringType(true);
  const oneofs = realOneofs(m);
  const inOneof = new Set(oneofs.flatMap((o) => o.fieldsArray));
  // Confluent's order: the plain fields, then one nullable ROW per oneof (named after it).
  const choices = oneofs.map((o) =>
    field(
      o.name,
      rowType(
        o.fieldsArray.map((f) => field(f.name, fieldType(f, depth))),
        true,
      ),
    ),
  );
  return rowType(
    [...m.fieldsArray.filter((f) => !inOneof.has(f)).map((f) => plainField(f, depth)), ...choices],
    nullable,
  );
}

function plainField(f: pb.Field, depth: number): ReturnType<typeof field> {
  const mf = f as unknown as pb.MapField;
  if (mf.map) {
    const v =
      scalar(mf.type) ??
      (mf.resolve(),
      mf.resolvedType && 'values' in mf.resolvedType
        ? stringType(false)
        : messageToFlink(mf.resolvedType as pb.Type, depth + 1, true));
    return field(f.name, mapType(scalar(mf.keyType) ?? stringType(false), v, false));
  }
  const t = fieldType(f, depth);
  return field(f.name, f.repeated ? arrayType(withNullable(t, false), false) : t);
}
