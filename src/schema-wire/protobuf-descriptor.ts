/**
 * Confluent's registry also accepts a Protobuf schema as a base64-encoded FileDescriptorProto
 * (confluent_kafka's Python serializer registers schemas that way). We turn it into .proto text,
 * which is then parsed like any other schema.
 */
import descriptorModule from 'protobufjs/ext/descriptor/index.js';
import { InvalidSchemaError } from './types.js';

interface FieldD {
  name: string;
  number: number;
  label?: number;
  type?: number;
  typeName?: string;
  defaultValue?: string;
  oneofIndex?: number;
  proto3Optional?: boolean;
}
interface MessageD {
  name: string;
  field?: FieldD[];
  nestedType?: MessageD[];
  enumType?: EnumD[];
  oneofDecl?: { name: string }[];
  reservedRange?: { start: number; end: number }[];
  reservedName?: string[];
  options?: { mapEntry?: boolean };
}
interface EnumD {
  name: string;
  value?: { name: string; number: number }[];
}
interface ServiceD {
  name: string;
  method?: {
    name: string;
    inputType: string;
    outputType: string;
    clientStreaming?: boolean;
    serverStreaming?: boolean;
  }[];
}
interface FileD {
  name?: string;
  package?: string;
  dependency?: string[];
  messageType?: MessageD[];
  enumType?: EnumD[];
  service?: ServiceD[];
  syntax?: string;
}

const SCALARS: Record<number, string> = {
  1: 'double',
  2: 'float',
  3: 'int64',
  4: 'uint64',
  5: 'int32',
  6: 'fixed64',
  7: 'fixed32',
  8: 'bool',
  9: 'string',
  12: 'bytes',
  13: 'uint32',
  15: 'sfixed32',
  16: 'sfixed64',
  17: 'sint32',
  18: 'sint64',
};

/** True when the text cannot be .proto source but decodes as base64. */
export function looksLikeBase64Descriptor(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !/[{};]/.test(t) && /^[A-Za-z0-9+/\s]+=*$/.test(t);
}

/** Decode a base64 FileDescriptorProto into equivalent .proto source text. */
export function descriptorToProtoText(base64: string): string {
  let file: FileD;
  try {
    const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
    const FileDescriptorProto = (
      descriptorModule as unknown as {
        FileDescriptorProto: { decode(b: Uint8Array): unknown; toObject(m: unknown, o: object): unknown };
      }
    ).FileDescriptorProto;
    file = FileDescriptorProto.toObject(FileDescriptorProto.decode(bytes), {
      enums: Number,
      defaults: false,
    }) as FileD;
  } catch (err) {
    throw new InvalidSchemaError(
      `Invalid schema: not .proto text nor a base64 FileDescriptorProto: ${(err as Error).message}`,
    );
  }
  const syntax = file.syntax === 'proto3' ? 'proto3' : 'proto2';
  const lines: string[] = [`syntax = "${syntax}";`];
  if (file.package) lines.push(`package ${file.package};`);
  for (const dep of file.dependency ?? []) lines.push(`import "${dep}";`);
  for (const m of file.messageType ?? []) renderMessage(m, syntax, '', lines);
  for (const e of file.enumType ?? []) renderEnum(e, '', lines);
  for (const s of file.service ?? []) {
    lines.push(`service ${s.name} {`);
    for (const m of s.method ?? []) {
      const cs = m.clientStreaming ? 'stream ' : '';
      const ss = m.serverStreaming ? 'stream ' : '';
      lines.push(`  rpc ${m.name} (${cs}${m.inputType}) returns (${ss}${m.outputType});`);
    }
    lines.push('}');
  }
  return lines.join('\n') + '\n';
}

function renderEnum(e: EnumD, indent: string, lines: string[]): void {
  lines.push(`${indent}enum ${e.name} {`);
  for (const v of e.value ?? []) lines.push(`${indent}  ${v.name} = ${v.number};`);
  lines.push(`${indent}}`);
}

function fieldType(f: FieldD): string {
  if (f.type !== undefined && SCALARS[f.type]) return SCALARS[f.type]!;
  return f.typeName ?? 'bytes';
}

function renderMessage(m: MessageD, syntax: string, indent: string, lines: string[]): void {
  const mapEntries = new Map<string, MessageD>();
  for (const n of m.nestedType ?? []) if (n.options?.mapEntry) mapEntries.set(n.name, n);
  lines.push(`${indent}message ${m.name} {`);
  const inner = indent + '  ';
  const oneofs = m.oneofDecl ?? [];
  const fields = m.field ?? [];
  const fieldLine = (f: FieldD, inOneof: boolean): string => {
    const entryName = f.typeName?.split('.').pop();
    const entry = f.label === 3 && entryName ? mapEntries.get(entryName) : undefined;
    if (entry && f.typeName?.endsWith(`${m.name}.${entry.name}`)) {
      const k = entry.field?.find((x) => x.number === 1);
      const v = entry.field?.find((x) => x.number === 2);
      return `map<${k ? fieldType(k) : 'string'}, ${v ? fieldType(v) : 'bytes'}> ${f.name} = ${f.number};`;
    }
    let label = '';
    if (!inOneof) {
      if (f.label === 3) label = 'repeated ';
      else if (f.label === 2) label = 'required ';
      else if (syntax === 'proto2' || f.proto3Optional) label = 'optional ';
    }
    const def =
      f.defaultValue !== undefined && f.defaultValue !== '' ? ` [default = ${quoteDefault(f)}]` : '';
    return `${label}${fieldType(f)} ${f.name} = ${f.number}${def};`;
  };
  const done = new Set<number>();
  fields.forEach((f, i) => {
    if (done.has(i)) return;
    const oi = f.oneofIndex;
    if (oi !== undefined && oi !== null && !f.proto3Optional && oneofs[oi]) {
      lines.push(`${inner}oneof ${oneofs[oi]!.name} {`);
      fields.forEach((g, j) => {
        if (g.oneofIndex === oi && !g.proto3Optional) {
          done.add(j);
          lines.push(`${inner}  ${fieldLine(g, true)}`);
        }
      });
      lines.push(`${inner}}`);
      return;
    }
    lines.push(`${inner}${fieldLine(f, false)}`);
  });
  for (const r of m.reservedRange ?? []) {
    lines.push(`${inner}reserved ${r.end - 1 === r.start ? r.start : `${r.start} to ${r.end - 1}`};`);
  }
  if ((m.reservedName ?? []).length > 0)
    lines.push(`${inner}reserved ${m.reservedName!.map((n) => `"${n}"`).join(', ')};`);
  for (const n of m.nestedType ?? []) if (!n.options?.mapEntry) renderMessage(n, syntax, inner, lines);
  for (const e of m.enumType ?? []) renderEnum(e, inner, lines);
  lines.push(`${indent}}`);
}

function quoteDefault(f: FieldD): string {
  if (f.type === 9 || f.type === 12) return JSON.stringify(f.defaultValue);
  return String(f.defaultValue);
}
