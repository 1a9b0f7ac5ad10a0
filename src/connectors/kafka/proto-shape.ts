/**
 * Reshapes a decoded Protobuf message (protobufjs `toObject`: longs and enums as strings, bytes
 * as base64) into the shape of the table Confluent infers from its schema
 * (proto-mapping.ts): a wrapper (`google.protobuf.StringValue`, …) becomes its bare
 * value or NULL, and the members of each real `oneof` move into one object named after the
 * oneof (NULL when no member is set). Messages that need neither are returned as they are, so
 * the common case costs one cached lookup.
 */
import type pb from 'protobufjs';
import {
  isProtoWrapper,
  wrappedValue,
  PROTO_DATE,
  PROTO_DECIMAL,
  PROTO_TIME_OF_DAY,
  realOneofs,
} from '../../schema-wire/protobuf-kinds.js';

type Conv = (v: unknown) => unknown;

interface Plan {
  /**
   * Fields whose messages read as a value: wrappers (their bare value), google.type.Date /
   * TimeOfDay and confluent.type.Decimal (the value the JSON conversion takes for DATE, TIME,
   * DECIMAL); one value, each element of a repeated field, or each value of a map.
   */
  readonly wrappers: readonly {
    readonly name: string;
    readonly kind: 'one' | 'list' | 'map';
    readonly conv: Conv;
  }[];
  readonly oneofs: readonly { readonly name: string; readonly members: readonly pb.Field[] }[];
  /** Message-typed fields (plain, repeated or map values) whose own messages need reshaping. */
  readonly nested: readonly {
    readonly name: string;
    readonly type: pb.Type;
    readonly kind: 'one' | 'list' | 'map';
  }[];
}

const plans = new WeakMap<pb.Type, Plan | null>();

/** The reshaping a message type needs, or null when its decoded objects are already right. */
function planOf(t: pb.Type, visiting: Set<pb.Type> = new Set()): Plan | null {
  const cached = plans.get(t);
  if (cached !== undefined) return cached;
  // A recursive message is refused by the catalog's inference (depth limit); treat as flat.
  if (visiting.has(t)) return null;
  visiting.add(t);
  const wrappers: { name: string; kind: 'one' | 'list' | 'map'; conv: Conv }[] = [];
  const nested: { name: string; type: pb.Type; kind: 'one' | 'list' | 'map' }[] = [];
  for (const f of t.fieldsArray) {
    f.resolve();
    const rt = f.resolvedType;
    if (rt === null || 'values' in rt) continue;
    const mt = rt as pb.Type;
    const kind = (f as unknown as pb.MapField).map ? 'map' : f.repeated ? 'list' : 'one';
    const inner = wrappedValue(f);
    if (inner !== undefined && inner.repeated !== f.repeated) {
      // Confluent's flink.wrapped: {value: [...]} is the (nullable) array; [{value}] its elements.
      const elem = elementConv(inner, visiting);
      const conv: Conv = f.repeated
        ? (v) => (v === null || v === undefined ? null : elem((v as { value?: unknown }).value))
        : (v) =>
            v === null || v === undefined
              ? null
              : (((v as { value?: unknown[] }).value ?? []) as unknown[]).map(elem);
      wrappers.push({ name: f.name, kind: f.repeated ? 'list' : 'one', conv });
      continue;
    }
    const conv = valueConv(mt.fullName);
    if (conv !== undefined) {
      // Wrappers as map values stay messages (as before); value messages convert everywhere.
      if (!(isProtoWrapper(mt.fullName) && kind === 'map')) wrappers.push({ name: f.name, kind, conv });
      continue;
    }
    if (planOf(mt, visiting) === null) continue;
    nested.push({ name: f.name, type: mt, kind });
  }
  const oneofs = realOneofs(t).map((o) => ({ name: o.name, members: o.fieldsArray }));
  visiting.delete(t);
  const plan = wrappers.length + oneofs.length + nested.length === 0 ? null : { wrappers, oneofs, nested };
  plans.set(t, plan);
  return plan;
}

/** The value protobufjs' `toObject` (longs/enums String, bytes base64) gives an unset field. */
function defaultOf(f: pb.Field): unknown {
  if (f.resolvedType !== null) {
    // Enum: its first value's name (proto3's default is the value numbered 0, listed first).
    return 'values' in f.resolvedType ? (Object.keys(f.resolvedType.values)[0] ?? '') : null;
  }
  switch (f.type) {
    case 'string':
    case 'bytes':
      return '';
    case 'bool':
      return false;
    case 'int64':
    case 'uint64':
    case 'sint64':
    case 'fixed64':
    case 'sfixed64':
      return '0';
    default:
      return 0;
  }
}

function unwrap(v: unknown): unknown {
  return v === null || v === undefined ? null : (v as { value?: unknown }).value;
}

/** google.type.Date → days since the epoch (proleptic Gregorian, as Flink's DATE). */
function dateValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  const d = v as { year?: number; month?: number; day?: number };
  const at = new Date(0);
  at.setUTCFullYear(d.year ?? 0, (d.month ?? 1) - 1, d.day ?? 1);
  return Math.round(at.getTime() / 86_400_000);
}

/** google.type.TimeOfDay → milliseconds of the day. */
function timeOfDayValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  const t = v as { hours?: number; minutes?: number; seconds?: number; nanos?: number };
  return (
    (((t.hours ?? 0) * 60 + (t.minutes ?? 0)) * 60 + (t.seconds ?? 0)) * 1000 +
    Math.floor((t.nanos ?? 0) / 1e6)
  );
}

/** confluent.type.Decimal (unscaled big-endian two's complement bytes, base64 here, and a scale) → decimal text. */
function decimalValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  const d = v as { value?: string | Uint8Array; scale?: number };
  const bytes = typeof d.value === 'string' ? Buffer.from(d.value, 'base64') : (d.value ?? new Uint8Array());
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if (bytes.length > 0 && bytes[0]! & 0x80) n -= 1n << BigInt(bytes.length * 8);
  const scale = d.scale ?? 0;
  if (scale <= 0) return (n * 10n ** BigInt(-scale)).toString();
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(scale + 1, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** How one element of field `f` reads (a value message, a nested message reshaped, or as is). */
function elementConv(f: pb.Field, visiting: Set<pb.Type>): Conv {
  const rt = f.resolvedType;
  if (rt === null || 'values' in rt) return (x) => (x === undefined ? null : x);
  const inner = wrappedValue(f);
  if (inner !== undefined && f.repeated && !inner.repeated) {
    const elem = elementConv(inner, visiting);
    return (x) => (x === null || x === undefined ? null : elem((x as { value?: unknown }).value));
  }
  const conv = valueConv(rt.fullName);
  if (conv !== undefined) return conv;
  const mt = rt as pb.Type;
  return planOf(mt, visiting) === null
    ? (x) => (x === undefined ? null : x)
    : (x) => (x === null || x === undefined ? null : reshapeProto(x as Record<string, unknown>, mt));
}

/** How a message reads as a value, or undefined for a message that reads as a ROW. */
function valueConv(fullName: string): Conv | undefined {
  if (isProtoWrapper(fullName)) return unwrap;
  if (fullName === PROTO_DATE) return dateValue;
  if (fullName === PROTO_TIME_OF_DAY) return timeOfDayValue;
  if (fullName === PROTO_DECIMAL) return decimalValue;
  return undefined;
}

function reshapeWith(o: Record<string, unknown>, plan: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = { ...o };
  for (const w of plan.wrappers) {
    const v = o[w.name];
    if (w.kind === 'one') out[w.name] = w.conv(v);
    else if (w.kind === 'list') out[w.name] = Array.isArray(v) ? v.map(w.conv) : v;
    else if (v !== null && v !== undefined) {
      const m: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) m[k] = w.conv(x);
      out[w.name] = m;
    }
  }
  for (const n of plan.nested) {
    const v = o[n.name];
    if (v === null || v === undefined) continue;
    if (n.kind === 'one') out[n.name] = reshapeProto(v as Record<string, unknown>, n.type);
    else if (n.kind === 'list')
      out[n.name] = (v as Record<string, unknown>[]).map((x) => (x == null ? x : reshapeProto(x, n.type)));
    else {
      const m: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, Record<string, unknown>>))
        m[k] = x == null ? x : reshapeProto(x, n.type);
      out[n.name] = m;
    }
  }
  for (const one of plan.oneofs) {
    const set = one.members.find((f) => o[f.name] !== undefined && o[f.name] !== null);
    if (set === undefined) {
      out[one.name] = null;
      continue;
    }
    // The members not chosen read as their defaults (what a Protobuf getter returns), keeping
    // the NOT NULL members of Confluent's oneof ROW non-null.
    const row: Record<string, unknown> = {};
    for (const f of one.members) {
      const v = f === set ? o[f.name] : defaultOf(f);
      const rt = f.resolvedType;
      const conv = rt !== null && !('values' in rt) ? valueConv(rt.fullName) : undefined;
      row[f.name] =
        rt !== null && !('values' in rt) && v !== null && v !== undefined
          ? conv !== undefined
            ? conv(v)
            : reshapeProto(v as Record<string, unknown>, rt as pb.Type)
          : v;
    }
    out[one.name] = row;
  }
  return out;
}

/** The decoded message `o` of type `t` in the inferred table's shape (see the file header). */
export function reshapeProto(o: Record<string, unknown>, t: pb.Type): Record<string, unknown> {
  const plan = planOf(t);
  return plan === null ? o : reshapeWith(o, plan);
}
