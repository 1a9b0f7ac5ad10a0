/**
 * Protobuf schemas with protobufjs: .proto text (or a base64 FileDescriptorProto) with imports
 * resolved from references and the google/protobuf well-known types, canonical text, message
 * indexes and the binary codec.
 */
import pb from 'protobufjs';
import type { ParsedSchema, ResolvedReference } from './types.js';
import { InvalidSchemaError } from './types.js';
import { descriptorToProtoText, looksLikeBase64Descriptor } from './protobuf-descriptor.js';
import { renderProtoFile } from './protobuf-render.js';
import { PROTOBUF_BUILTINS } from './protobuf-builtins.js';

/** The parts of a .proto file that belong to the schema itself (not its imports). */
export interface ProtoFile {
  syntax: 'proto2' | 'proto3';
  package: string;
  imports: string[];
  /** Top-level messages, enums and services, in declaration order. */
  declarations: pb.ReflectionObject[];
}

export class ProtobufSchema implements ParsedSchema {
  readonly schemaType = 'PROTOBUF' as const;
  readonly canonical: string;
  constructor(
    readonly raw: string,
    /** The text stored and served (the raw text, or the rendering of a descriptor). */
    readonly text: string,
    readonly root: pb.Root,
    readonly file: ProtoFile,
  ) {
    this.canonical = renderProtoFile(file, false);
  }

  normalized(): string {
    return renderProtoFile(file(this), true);
  }

  /** Top-level messages of the file, in order (message index 0, 1, …). */
  messages(): pb.Type[] {
    return this.file.declarations.filter((d): d is pb.Type => d instanceof pb.Type);
  }

  /** The message type at the given index path (Confluent's message indexes). */
  typeAt(indexes: readonly number[]): pb.Type {
    let list = this.messages();
    let t: pb.Type | undefined;
    for (const i of indexes) {
      t = list[i];
      if (!t) throw new InvalidSchemaError(`no message at index path [${indexes.join(', ')}] in the schema`);
      list = t.nestedArray.filter((d): d is pb.Type => d instanceof pb.Type && !isMapEntry(d));
    }
    if (!t) throw new InvalidSchemaError('the schema defines no message');
    return t;
  }

  /** The index path of a message given by full name (with or without the leading dot). */
  indexesOf(fullName: string): number[] {
    const want = fullName.startsWith('.') ? fullName : `.${fullName}`;
    const search = (list: pb.Type[], path: number[]): number[] | undefined => {
      for (let i = 0; i < list.length; i++) {
        const t = list[i]!;
        if (t.fullName === want) return [...path, i];
        const nested = t.nestedArray.filter((d): d is pb.Type => d instanceof pb.Type && !isMapEntry(d));
        const found = search(nested, [...path, i]);
        if (found) return found;
      }
      return undefined;
    };
    const found = search(this.messages(), []);
    if (!found) throw new InvalidSchemaError(`message ${fullName} is not defined in the schema`);
    return found;
  }
}

function file(s: ProtobufSchema): ProtoFile {
  return s.file;
}

function isMapEntry(t: pb.Type): boolean {
  return (t.options as Record<string, unknown> | undefined)?.map_entry === true;
}

function collect(ns: pb.NamespaceBase, into: Set<pb.ReflectionObject>): void {
  for (const child of ns.nestedArray) {
    into.add(child);
    if (child instanceof pb.Namespace || child instanceof pb.Type) collect(child as pb.NamespaceBase, into);
  }
}

function parseInto(text: string, root: pb.Root, what: string): pb.IParserResult {
  try {
    return pb.parse(text, root, { keepCase: true, alternateCommentMode: true });
  } catch (err) {
    throw new InvalidSchemaError(`Invalid schema${what}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Parse a Protobuf schema; imports resolve to `references` by import path, or to the
 * google/protobuf well-known types built into protobufjs, or to the Confluent / google.type
 * files Confluent's registry knows (protobuf-builtins.ts).
 * @example parseProtobuf('syntax = "proto3"; message M { int32 a = 1; }')
 */
export function parseProtobuf(raw: string, references: readonly ResolvedReference[] = []): ProtobufSchema {
  const text = looksLikeBase64Descriptor(raw) ? descriptorToProtoText(raw) : raw;
  const refs = new Map(references.map((r) => [r.name, r.schema]));
  const root = new pb.Root();
  const before = new Set<pb.ReflectionObject>();
  const parsed = parseInto(text, root, '');
  collect(root, before);
  const loaded = new Set<string>();
  const load = (imports: readonly string[]): void => {
    for (const name of imports) {
      if (loaded.has(name)) continue;
      loaded.add(name);
      const ref = refs.get(name);
      if (ref !== undefined) {
        const refText = looksLikeBase64Descriptor(ref) ? descriptorToProtoText(ref) : ref;
        const r = parseInto(refText, root, ` (reference ${name})`);
        load([...(r.imports ?? []), ...(r.weakImports ?? [])]);
        continue;
      }
      const builtin = PROTOBUF_BUILTINS.get(name);
      if (builtin !== undefined) {
        parseInto(builtin, root, ` (${name})`);
        continue;
      }
      const common = pb.common.get(name);
      if (common) {
        try {
          root.addJSON((common as { nested: Record<string, pb.AnyNestedObject> }).nested);
        } catch (err) {
          throw new InvalidSchemaError(`Invalid schema: import ${name}: ${(err as Error).message}`);
        }
        continue;
      }
      if (name === 'google/protobuf/descriptor.proto') continue; // options only; not needed to encode
      throw new InvalidSchemaError(
        `Invalid schema: import "${name}" is neither a reference nor a well-known type`,
      );
    }
  };
  load([...(parsed.imports ?? []), ...(parsed.weakImports ?? [])]);
  try {
    root.resolveAll();
  } catch (err) {
    throw new InvalidSchemaError(`Invalid schema: ${(err as Error).message}`, { cause: err });
  }
  const pkg = parsed.package ?? '';
  const ns = pkg ? (root.lookup(pkg) as pb.Namespace | null) : root;
  const declarations = ns
    ? ns.nestedArray.filter((d) => before.has(d) && !(d instanceof pb.Namespace && !(d instanceof pb.Type)))
    : [];
  // Namespaces nested in the package are sub-packages only when declared by imports; skip them.
  const syntax = /\bsyntax\s*=\s*["']proto3["']/.test(text) ? 'proto3' : 'proto2';
  const fileModel: ProtoFile = { syntax, package: pkg, imports: [...(parsed.imports ?? [])], declarations };
  return new ProtobufSchema(raw, text, root, fileModel);
}

/** Encode a message object as `indexes + bytes` payload (before Confluent framing). */
export function encodeProtobuf(type: pb.Type, value: Record<string, unknown>): Uint8Array {
  // 64-bit integers may come as decimal strings (as JSON carries them); everything else must
  // have the field's type before fromObject converts it.
  const first = type.verify(value);
  if (first && !/integer\|Long(\[\]|\{k:\w+\})? expected/.test(first)) {
    throw new InvalidSchemaError(`value does not match message ${type.fullName}: ${first}`);
  }
  let msg: pb.Message;
  try {
    msg = type.fromObject(value);
  } catch (err) {
    throw new InvalidSchemaError(`value does not match message ${type.fullName}: ${(err as Error).message}`);
  }
  const err = type.verify(msg);
  if (err) throw new InvalidSchemaError(`value does not match message ${type.fullName}: ${err}`);
  return type.encode(msg).finish();
}
