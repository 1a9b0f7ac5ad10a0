/**
 * `format=serialized` for Protobuf schemas (ProtobufSchema.formattedString): the schema's own
 * file as a base64 FileDescriptorProto, named `default` as Confluent's DynamicSchema names it.
 * Built here rather than with protobufjs' `toDescriptor`, which names map entries after their
 * field and leaves type names relative: a descriptor pool (protoc's, Python's) refuses those.
 * Types are written by full name (`.pkg.Msg`), map fields get their `XxxEntry` message, proto3
 * `optional` fields their synthetic oneof after the real ones. File and field options other than
 * proto2 defaults are not written.
 */
import pb from 'protobufjs';
import descriptorModule from 'protobufjs/ext/descriptor/index.js';
import type { ProtobufSchema } from '../schema-wire/protobuf.js';

const TYPE: Record<string, number> = {
  double: 1,
  float: 2,
  int64: 3,
  uint64: 4,
  int32: 5,
  fixed64: 6,
  fixed32: 7,
  bool: 8,
  string: 9,
  bytes: 12,
  uint32: 13,
  sfixed32: 15,
  sfixed64: 16,
  sint32: 17,
  sint64: 18,
};
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const LABEL = { optional: 1, required: 2, repeated: 3 } as const;
/** protobufjs writes `max` as this; a message's reserved range end is exclusive in a descriptor. */
const MAX_FIELD = 536870911;

type Obj = Record<string, unknown>;

/** protoc's map entry name: the field name in CamelCase, then `Entry`. */
function entryName(field: string): string {
  return (
    field
      .split('_')
      .filter((p) => p !== '')
      .map((p) => p[0]!.toUpperCase() + p.slice(1))
      .join('') + 'Entry'
  );
}

function typeRef(t: pb.Type | pb.Enum | null, name: string): Obj {
  if (t instanceof pb.Enum) return { type: TYPE_ENUM, typeName: t.fullName };
  if (t instanceof pb.Type) return { type: TYPE_MESSAGE, typeName: t.fullName };
  return { type: TYPE[name] ?? TYPE_MESSAGE };
}

function fieldProto(f: pb.Field, extra: Obj = {}): Obj {
  f.resolve();
  const out: Obj = {
    name: f.name,
    number: f.id,
    label: f.repeated ? LABEL.repeated : f.required ? LABEL.required : LABEL.optional,
    ...typeRef(f.resolvedType, f.type),
    ...extra,
  };
  const dflt = (f.options as Obj | undefined)?.default;
  if (dflt !== undefined) out.defaultValue = String(dflt);
  return out;
}

function reservedRanges(reserved: (number[] | string)[] | undefined, exclusiveEnd: boolean): Obj {
  const ranges: Obj[] = [];
  const names: string[] = [];
  for (const r of reserved ?? []) {
    if (typeof r === 'string') names.push(r);
    else ranges.push({ start: r[0], end: exclusiveEnd && r[1]! < MAX_FIELD + 1 ? r[1]! + 1 : r[1] });
  }
  return {
    ...(ranges.length > 0 ? { reservedRange: ranges } : {}),
    ...(names.length > 0 ? { reservedName: names } : {}),
  };
}

function enumProto(e: pb.Enum): Obj {
  const values = Object.entries(e.values).map(([name, number]) => ({ name, number }));
  const aliased = new Set(values.map((v) => v.number)).size < values.length;
  return {
    name: e.name,
    value: values,
    ...(aliased ? { options: { allowAlias: true } } : {}),
    ...reservedRanges(e.reserved as (number[] | string)[] | undefined, false),
  };
}

function messageProto(t: pb.Type): Obj {
  // Real oneofs first, then the synthetic ones of proto3 `optional` fields (protoc's order).
  const synthetic = (o: pb.OneOf) =>
    o.fieldsArray.length === 1 && (o.fieldsArray[0]!.options as Obj | undefined)?.proto3_optional === true;
  const oneofs = [...t.oneofsArray.filter((o) => !synthetic(o)), ...t.oneofsArray.filter(synthetic)];
  const nested: Obj[] = [];
  const fields = t.fieldsArray.map((f) => {
    const extra: Obj = {};
    if (f.partOf) extra.oneofIndex = oneofs.indexOf(f.partOf);
    if ((f.options as Obj | undefined)?.proto3_optional === true) extra.proto3Optional = true;
    if (f instanceof pb.MapField) {
      f.resolve();
      const name = entryName(f.name);
      nested.push({
        name,
        field: [
          { name: 'key', number: 1, label: LABEL.optional, type: TYPE[f.keyType] },
          { name: 'value', number: 2, label: LABEL.optional, ...typeRef(f.resolvedType, f.type) },
        ],
        options: { mapEntry: true },
      });
      return {
        name: f.name,
        number: f.id,
        label: LABEL.repeated,
        type: TYPE_MESSAGE,
        typeName: `${t.fullName}.${name}`,
      };
    }
    return fieldProto(f, extra);
  });
  for (const d of t.nestedArray) {
    if (d instanceof pb.Type) nested.push(messageProto(d));
  }
  const enums = t.nestedArray.filter((d): d is pb.Enum => d instanceof pb.Enum).map(enumProto);
  return {
    name: t.name,
    field: fields,
    ...(nested.length > 0 ? { nestedType: nested } : {}),
    ...(enums.length > 0 ? { enumType: enums } : {}),
    ...(oneofs.length > 0 ? { oneofDecl: oneofs.map((o) => ({ name: o.name })) } : {}),
    ...reservedRanges(t.reserved as (number[] | string)[] | undefined, true),
  };
}

function serviceProto(s: pb.Service): Obj {
  return {
    name: s.name,
    method: s.methodsArray.map((m) => {
      m.resolve();
      return {
        name: m.name,
        inputType: m.resolvedRequestType?.fullName ?? m.requestType,
        outputType: m.resolvedResponseType?.fullName ?? m.responseType,
        ...(m.requestStream ? { clientStreaming: true } : {}),
        ...(m.responseStream ? { serverStreaming: true } : {}),
      };
    }),
  };
}

/**
 * The file's services: the parsed file model keeps messages and enums only, so they are read
 * from the package's namespace (a referenced file of the same package adds its own there too).
 */
function services(schema: ProtobufSchema): pb.Service[] {
  const ns = schema.file.package ? schema.root.lookup(schema.file.package) : schema.root;
  return ns instanceof pb.Namespace
    ? ns.nestedArray.filter((d): d is pb.Service => d instanceof pb.Service)
    : [];
}

/** The schema's file as base64 FileDescriptorProto bytes. */
export function serializedProtobuf(schema: ProtobufSchema): string {
  const { file } = schema;
  const proto: Obj = {
    name: 'default',
    ...(file.package ? { package: file.package } : {}),
    dependency: file.imports,
    messageType: file.declarations.filter((d): d is pb.Type => d instanceof pb.Type).map(messageProto),
    enumType: file.declarations.filter((d): d is pb.Enum => d instanceof pb.Enum).map(enumProto),
    service: services(schema).map(serviceProto),
    // protoc leaves `syntax` unset for proto2.
    ...(file.syntax === 'proto3' ? { syntax: 'proto3' } : {}),
  };
  const FileDescriptorProto = (
    descriptorModule as unknown as {
      FileDescriptorProto: { fromObject(o: Obj): unknown; encode(m: unknown): { finish(): Uint8Array } };
    }
  ).FileDescriptorProto;
  return Buffer.from(FileDescriptorProto.encode(FileDescriptorProto.fromObject(proto)).finish()).toString(
    'base64',
  );
}
