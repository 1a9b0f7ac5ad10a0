/**
 * Generic reader/writer of any message described by a {@link MessageSpec}, at any of its
 * versions. Values are plain objects with the spec's camelCase field names; int64 fields are
 * bigint; `records` fields are Buffers shared with the frame (no copy) and, when encoding,
 * may be a list of Buffers written by reference.
 */
import { ProtocolDecodeError, type Reader } from './reader.js';
import { inRange, type FieldSpec, type MessageSpec, type PrimitiveType } from './schema.js';
import type { Writer } from './writer.js';

export type Struct = Record<string, unknown>;

const ZERO_UUID = Buffer.alloc(16);

function primitiveDefault(type: PrimitiveType, dflt: unknown): unknown {
  switch (type) {
    case 'int64':
      return dflt === undefined ? 0n : BigInt(dflt as string);
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'float64':
      return dflt === undefined ? 0 : Number(dflt);
    case 'bool':
      return dflt === true || dflt === 'true';
    case 'string':
      return dflt === undefined ? '' : dflt === 'null' ? null : dflt;
    case 'bytes':
      return Buffer.alloc(0);
    case 'records':
      return null;
    case 'uuid':
      return ZERO_UUID;
  }
}

/** Default value of a field absent from a version (Kafka's defaults). */
export function defaultOf(field: FieldSpec): unknown {
  if (field.type === 'array') return field.default === 'null' ? null : [];
  if (field.type === 'struct') return defaultStruct(field.fields ?? []);
  return primitiveDefault(field.type, field.default);
}

export function defaultStruct(fields: readonly FieldSpec[]): Struct {
  const out: Struct = {};
  for (const field of fields) out[field.name] = defaultOf(field);
  return out;
}

function readPrimitive(r: Reader, type: PrimitiveType, nullable: boolean, compact: boolean): unknown {
  switch (type) {
    case 'int8':
      return r.int8();
    case 'int16':
      return r.int16();
    case 'uint16':
      return r.uint16();
    case 'int32':
      return r.int32();
    case 'int64':
      return r.int64();
    case 'float64':
      return r.float64();
    case 'bool':
      return r.bool();
    case 'uuid':
      return r.uuid();
    case 'string':
      return nullable ? r.nullableString(compact) : r.string(compact);
    case 'bytes':
      return nullable ? r.nullableBytes(compact) : r.bytes(compact);
    case 'records':
      return r.nullableBytes(compact);
  }
}

function readField(r: Reader, field: FieldSpec, version: number, flexible: boolean): unknown {
  const compact = field.flexible === null ? false : flexible;
  const nullable = inRange(field.nullable, version);
  if (field.type === 'struct') return readStruct(r, field.fields ?? [], version, flexible);
  if (field.type === 'array') {
    const n = r.arrayLength(compact);
    if (n < 0) {
      if (!nullable)
        throw new ProtocolDecodeError(`null array '${field.name}' where a non-null one is required`);
      return null;
    }
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      out.push(
        field.element === 'struct'
          ? readStruct(r, field.fields ?? [], version, flexible)
          : readPrimitive(r, field.element!, false, compact),
      );
    }
    return out;
  }
  return readPrimitive(r, field.type, nullable, compact);
}

/** Reads one struct at `version`; `flexible` says whether the message version is flexible. */
export function readStruct(
  r: Reader,
  fields: readonly FieldSpec[],
  version: number,
  flexible: boolean,
): Struct {
  const out: Struct = {};
  let tagged: FieldSpec[] | undefined;
  for (const field of fields) {
    if (flexible && inRange(field.tagged, version)) {
      (tagged ??= []).push(field);
      out[field.name] = defaultOf(field);
    } else if (inRange(field.versions, version)) {
      out[field.name] = readField(r, field, version, flexible);
    } else {
      out[field.name] = defaultOf(field);
    }
  }
  if (flexible) {
    r.taggedFields((tag, sub) => {
      const field = tagged?.find((t) => t.tag === tag);
      if (field) out[field.name] = readField(sub, field, version, true);
    });
  }
  return out;
}

function writePrimitive(
  w: Writer,
  type: PrimitiveType,
  value: unknown,
  nullable: boolean,
  compact: boolean,
  name: string,
): void {
  switch (type) {
    case 'int8':
      w.int8(Number(value ?? 0));
      return;
    case 'int16':
      w.int16(Number(value ?? 0));
      return;
    case 'uint16':
      w.uint16(Number(value ?? 0));
      return;
    case 'int32':
      w.int32(Number(value ?? 0));
      return;
    case 'int64':
      w.int64(BigInt((value as bigint | number | undefined) ?? 0n));
      return;
    case 'float64':
      w.float64(Number(value ?? 0));
      return;
    case 'bool':
      w.bool(Boolean(value));
      return;
    case 'uuid':
      w.uuid((value as Buffer | undefined) ?? ZERO_UUID);
      return;
    case 'string':
      if (value === null || value === undefined) {
        if (!nullable) {
          w.string('', compact);
          return;
        }
        w.nullableString(null, compact);
        return;
      }
      w.nullableString(String(value), compact);
      return;
    case 'bytes':
    case 'records':
      if (Array.isArray(value)) {
        w.bytesChunks(value as Buffer[], compact);
        return;
      }
      if (value === null || value === undefined) {
        if (nullable || type === 'records') w.nullableBytes(null, compact);
        else w.nullableBytes(Buffer.alloc(0), compact);
        return;
      }
      w.nullableBytes(value as Buffer, compact);
      return;
  }
  throw new Error(`cannot write field '${name}' of type ${String(type)}`);
}

function writeField(w: Writer, field: FieldSpec, value: unknown, version: number, flexible: boolean): void {
  const compact = field.flexible === null ? false : flexible;
  const nullable = inRange(field.nullable, version);
  if (field.type === 'struct') {
    writeStruct(w, field.fields ?? [], (value as Struct | undefined) ?? {}, version, flexible);
    return;
  }
  if (field.type === 'array') {
    if (value === null || value === undefined) {
      w.arrayLength(nullable ? null : 0, compact);
      return;
    }
    const items = value as unknown[];
    w.arrayLength(items.length, compact);
    for (const item of items) {
      if (field.element === 'struct') writeStruct(w, field.fields ?? [], item as Struct, version, flexible);
      else writePrimitive(w, field.element!, item, false, compact, field.name);
    }
    return;
  }
  writePrimitive(w, field.type, value, nullable, compact, field.name);
}

function isDefault(field: FieldSpec, value: unknown): boolean {
  if (value === undefined) return true;
  const d = defaultOf(field);
  if (Array.isArray(d)) return Array.isArray(value) && value.length === 0;
  if (Buffer.isBuffer(d)) return Buffer.isBuffer(value) && d.equals(value);
  if (typeof d === 'object' && d !== null) {
    if (typeof value !== 'object' || value === null) return false;
    return (field.fields ?? []).every((sub) => isDefault(sub, (value as Struct)[sub.name]));
  }
  return d === value || (typeof d === 'bigint' && typeof value === 'number' && BigInt(value) === d);
}

/** Writes one struct at `version`. Missing properties are written as the field's default. */
export function writeStruct(
  w: Writer,
  fields: readonly FieldSpec[],
  value: Struct,
  version: number,
  flexible: boolean,
): void {
  let tagged: FieldSpec[] | undefined;
  for (const field of fields) {
    if (flexible && inRange(field.tagged, version)) {
      if (!isDefault(field, value[field.name])) (tagged ??= []).push(field);
    } else if (inRange(field.versions, version)) {
      writeField(w, field, value[field.name], version, flexible);
    }
  }
  if (flexible) {
    if (!tagged) {
      w.uvarint(0);
      return;
    }
    tagged.sort((a, b) => a.tag! - b.tag!);
    w.uvarint(tagged.length);
    for (const field of tagged) {
      const sub = new (w.constructor as new () => Writer)();
      writeField(sub, field, value[field.name], version, true);
      const bytes = sub.toBuffer();
      w.uvarint(field.tag!).uvarint(bytes.length).raw(bytes);
    }
  }
}

/** Decodes a whole message body at `version`. */
export function decodeMessage(spec: MessageSpec, r: Reader, version: number): Struct {
  return readStruct(r, spec.fields, version, inRange(spec.flexible, version));
}

/** Encodes a whole message body at `version`. */
export function encodeMessage(spec: MessageSpec, w: Writer, version: number, value: Struct): void {
  writeStruct(w, spec.fields, value, version, inRange(spec.flexible, version));
}
