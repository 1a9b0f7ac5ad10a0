/**
 * A row as a message object of a Protobuf type Eddy did not generate (another producer's
 * schema, whose inferred table is being written): the inverse of proto-shape.ts. Wrappers get
 * their `{value}`, `google.protobuf.Timestamp` its seconds and nanos, enums their number, a
 * oneof ROW sets one member (the first non-NULL one that differs from its Protobuf default,
 * else the first non-NULL one: reading fills the others with defaults), uint64 / fixed64
 * values below 0 their unsigned form (reading wraps them as Java's long does).
 */
import type pb from 'protobufjs';
import { ExecutionError } from '../../common/errors.js';
import {
  isProtoWrapper,
  wrappedValue,
  PROTO_DATE,
  PROTO_DECIMAL,
  PROTO_TIME_OF_DAY,
  realOneofs,
} from '../../schema-wire/protobuf-kinds.js';
import { flinkValueToProto } from './proto-schema.js';
import { tsMillis, tsNanoOfMilli } from '../../types/index.js';
import type { LogicalType } from '../logical-type.js';

const UNSIGNED64 = new Set(['uint64', 'fixed64']);

function scalar(v: unknown, t: LogicalType, f: pb.Field): unknown {
  const rt = f.resolvedType;
  if (rt !== null && 'values' in rt) {
    const n = (rt as pb.Enum).values[String(v)];
    if (n === undefined) throw new Error(`'${String(v)}' is not a value of enum ${rt.fullName}`);
    return n;
  }
  if (typeof v === 'bigint') return String(UNSIGNED64.has(f.type) ? BigInt.asUintN(64, v) : v);
  if (t.kind === 'BINARY' || t.kind === 'VARBINARY') return Buffer.from(v as Uint8Array);
  return v;
}

function timestamp(v: unknown): { seconds: string; nanos: number } {
  const ms = tsMillis(v as Parameters<typeof tsMillis>[0]);
  const secs = Math.floor(ms / 1000);
  const nanos = (ms - secs * 1000) * 1_000_000 + tsNanoOfMilli(v as Parameters<typeof tsNanoOfMilli>[0]);
  return { seconds: String(secs), nanos };
}

/** One field's value (not NULL) in the message object. */
function fieldValue(v: unknown, t: LogicalType, f: pb.Field): unknown {
  f.resolve();
  const mf = f as unknown as pb.MapField;
  if (mf.map && t.kind === 'MAP') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v as Map<unknown, unknown>)
      if (x !== null && x !== undefined) o[String(k)] = single(x, t.value, f);
    return o;
  }
  const inner = wrappedValue(f);
  if (inner !== undefined && inner.repeated !== f.repeated && t.kind === 'ARRAY') {
    // Confluent's flink.wrapped: the array in a wrapper, or each (nullable) element in one.
    if (!f.repeated) return { value: fieldValue(v, t, inner) };
    return (v as unknown[]).map((x) =>
      x === null || x === undefined ? {} : { value: single(x, t.element, inner) },
    );
  }
  if (f.repeated && t.kind === 'ARRAY')
    return (v as unknown[]).map((x) => {
      // Protobuf has no NULL element in a repeated field (elements of messages read as nullable).
      if (x === null || x === undefined)
        throw new ExecutionError(
          `a NULL element in ARRAY column '${f.name}': a Protobuf repeated field cannot hold it`,
        );
      return single(x, t.element, f);
    });
  return single(v, t, f);
}

/** A non-repeated value of field `f`'s type. */
function single(v: unknown, t: LogicalType, f: pb.Field): unknown {
  const rt = f.resolvedType;
  if (rt === null || 'values' in rt) return scalar(v, t, f);
  const mt = rt as pb.Type;
  if (mt.fullName === '.google.protobuf.Timestamp') return timestamp(v);
  // google.type.Date / TimeOfDay, confluent.type.Decimal: as Eddy writes its own schemas.
  if (mt.fullName === PROTO_DATE || mt.fullName === PROTO_TIME_OF_DAY || mt.fullName === PROTO_DECIMAL)
    return flinkValueToProto(v, t);
  if (isProtoWrapper(mt.fullName)) return { value: scalar(v, t, mt.fieldsArray[0]!) };
  if (t.kind !== 'ROW') throw new Error(`cannot write a ${t.kind} as message ${mt.fullName}`);
  return protoMessage(v as readonly unknown[], t.fields, mt);
}

/** Protobuf's default of a scalar field as Eddy reads it (proto-shape's defaults). */
function isDefault(v: unknown): boolean {
  return v === '' || v === 0 || v === 0n || v === false || (v instanceof Uint8Array && v.length === 0);
}

/**
 * The message object of `m` for a row whose columns are `fields` in the order of
 * proto-mapping.ts (plain fields, then one ROW per real oneof).
 */
export function protoMessage(
  values: readonly unknown[],
  fields: readonly { name: string; type: LogicalType }[],
  m: pb.Type,
): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const oneofs = new Map(realOneofs(m).map((x) => [x.name, x]));
  fields.forEach((c, i) => {
    const v = values[i];
    if (v === null || v === undefined) return;
    const oneof = oneofs.get(c.name);
    if (oneof && c.type.kind === 'ROW') {
      const members = c.type.fields;
      const row = v as readonly unknown[];
      let pick = members.findIndex((_, j) => row[j] !== null && row[j] !== undefined && !isDefault(row[j]));
      if (pick < 0) pick = members.findIndex((_, j) => row[j] !== null && row[j] !== undefined);
      if (pick < 0) return;
      const f = oneof.fieldsArray.find((x) => x.name === members[pick]!.name)!;
      o[f.name] = fieldValue(row[pick], members[pick]!.type, f);
      return;
    }
    const f = m.fields[c.name];
    if (f) o[c.name] = fieldValue(v, c.type, f);
  });
  return o;
}
