/**
 * Protobuf message → Flink ROW for inferred `proto-registry` tables (Confluent's mapping):
 * proto3 scalars NOT NULL unless `optional`, messages nullable ROWs, repeated → ARRAY, map →
 * MAP, enums STRING, 64-bit and unsigned 32-bit integers BIGINT, well-known Timestamp →
 * TIMESTAMP_LTZ(9), google.type.Date / TimeOfDay and confluent.type.Decimal → DATE / TIME /
 * DECIMAL, `(confluent.field_meta)` params refining types (`connect.type`, `flink.*`), wrappers (`google.protobuf.StringValue`, …) their nullable value type, each
 * real `oneof` one nullable ROW column named after it, after the other fields.
 */
import type pb from 'protobufjs';
import {
  fieldMetaParams,
  wrappedValue,
  PROTO_DATE,
  PROTO_DECIMAL,
  PROTO_TIME_OF_DAY,
  PROTO_TIMESTAMP,
  realOneofs,
} from '../../schema-wire/protobuf-kinds.js';
import {
  arrayType,
  bigintType,
  binaryType,
  booleanType,
  bytesType,
  charType,
  dateType,
  decimalType,
  doubleType,
  field,
  floatType,
  intType,
  mapType,
  rowType,
  smallintType,
  stringType,
  timestampLtzType,
  timestampType,
  timeType,
  tinyintType,
  varbinaryType,
  varcharType,
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

/**
 * A scalar refined by the field's `(confluent.field_meta)` params, as Confluent's Flink writes
 * them: `connect.type` int8 / int16 on int32 (TINYINT / SMALLINT), `flink.maxLength` /
 * `flink.minLength` on string and bytes (VARCHAR(n) / CHAR(n), VARBINARY(n) / BINARY(n)).
 */
function refinedScalar(type: string, meta: ReadonlyMap<string, string>): LogicalType | undefined {
  const s = scalar(type);
  if (s === undefined || meta.size === 0) return s;
  if (type === 'int32' || type === 'sint32' || type === 'sfixed32') {
    const connect = meta.get('connect.type');
    if (connect === 'int8') return tinyintType(false);
    if (connect === 'int16') return smallintType(false);
    return s;
  }
  if (type !== 'string' && type !== 'bytes') return s;
  const max = intParam(meta, 'flink.maxLength');
  if (max === undefined || max < 1) return s;
  const fixed = intParam(meta, 'flink.minLength') === max;
  if (type === 'string') return fixed ? charType(max, false) : varcharType(max, false);
  return fixed ? binaryType(max, false) : varbinaryType(max, false);
}

function intParam(meta: ReadonlyMap<string, string>, key: string): number | undefined {
  const v = meta.get(key);
  if (v === undefined || !/^\d+$/.test(v.trim())) return undefined;
  return Number(v);
}

/**
 * The messages Confluent's Flink maps to values (nullable, as every message): Timestamp →
 * TIMESTAMP_LTZ(9) (TIMESTAMP(p) with `flink.type = timestamp`, `flink.precision` p),
 * google.type.Date → DATE, google.type.TimeOfDay → TIME(3) (or `flink.precision`),
 * confluent.type.Decimal → DECIMAL(`precision`, `scale`) (Eddy's default without them:
 * DECIMAL(38, 0), which Confluent does not document).
 */
function valueMessageType(fullName: string, meta: ReadonlyMap<string, string>): LogicalType | undefined {
  const p = intParam(meta, 'flink.precision');
  switch (fullName) {
    case PROTO_TIMESTAMP: {
      const precision = Math.min(p ?? 9, 9);
      return meta.get('flink.type') === 'timestamp'
        ? timestampType(precision, true)
        : timestampLtzType(precision, true);
    }
    case PROTO_DATE:
      return dateType(true);
    case PROTO_TIME_OF_DAY:
      return timeType(Math.min(p ?? 3, 3), true);
    case PROTO_DECIMAL: {
      const precision = Math.min(Math.max(intParam(meta, 'precision') ?? 38, 1), 38);
      return decimalType(precision, Math.min(intParam(meta, 'scale') ?? 0, precision), true);
    }
  }
  return undefined;
}

function fieldType(f: pb.Field, depth: number): LogicalType {
  f.resolve();
  const meta = fieldMetaParams(f);
  const s = refinedScalar(f.type, meta);
  let t: LogicalType;
  // proto3 `optional` (a synthetic oneof) is nullable; a real oneof's members keep their
  // types inside the oneof's nullable ROW (Confluent's ProtoToFlinkSchemaConverter).
  if (s) t = f.options?.['proto3_optional'] ? withNullable(s, true) : s;
  else if (f.resolvedType && 'values' in f.resolvedType) t = stringType(false);
  else if (f.resolvedType && WRAPPERS.has(f.resolvedType.fullName))
    t = withNullable(WRAPPERS.get(f.resolvedType.fullName)!, true);
  else if (f.resolvedType)
    t =
      valueMessageType(f.resolvedType.fullName, meta) ??
      messageToFlink(f.resolvedType as pb.Type, depth + 1, true);
  else t = stringType(true);
  // Messages are nullable on the wire; Confluent's Flink marks its NOT NULL ones `flink.notNull`.
  if (f.resolvedType && !('values' in f.resolvedType) && meta.get('flink.notNull') === 'true')
    t = withNullable(t, false);
  return t;
}

/** The ROW of a message (`nullable` for nested messages). */
export function messageToFlink(m: pb.Type, depth = 0, nullable = false): LogicalType {
  if (m.fullName === PROTO_TIMESTAMP) return timestampLtzType(9, true);
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
        : (valueMessageType(mf.resolvedType!.fullName, new Map()) ??
          messageToFlink(mf.resolvedType as pb.Type, depth + 1, true)));
    return field(f.name, mapType(scalar(mf.keyType) ?? stringType(false), v, false));
  }
  return field(f.name, repeatedAware(f, depth));
}

/**
 * A field's type with repetition: a repeated field is a NOT NULL array whose elements keep
 * their type's nullability (NOT NULL scalars, nullable messages: Confluent's "Protobuf 3
 * nullable field behavior"). Confluent's `flink.wrapped` wrappers (a message whose one field is
 * `value`) carry the nullability Protobuf lacks: a non-repeated wrapper of a repeated `value` is
 * a nullable ARRAY, a repeated wrapper of one `value` an ARRAY of nullable elements.
 */
function repeatedAware(f: pb.Field, depth: number): LogicalType {
  const inner = wrappedValue(f);
  if (inner !== undefined) {
    if (!f.repeated && inner.repeated) return arrayType(elementOf(inner, depth), true);
    if (f.repeated && !inner.repeated)
      return arrayType(withNullable(fieldType(inner, depth + 1), true), false);
  }
  const t = fieldType(f, depth);
  return f.repeated ? arrayType(t, false) : t;
}

/** The element type of a repeated field (itself possibly element-wrapped). */
function elementOf(f: pb.Field, depth: number): LogicalType {
  const t = repeatedAware(f, depth + 1);
  return t.kind === 'ARRAY' ? t.element : t;
}
