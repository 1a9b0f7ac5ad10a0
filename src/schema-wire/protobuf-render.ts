/**
 * Renders the schema part of a parsed .proto file as text: types by their resolved full names,
 * so that the same file written differently (or sent as a descriptor) renders the same. This is
 * the canonical form used for "same schema → same id", and with `sorted` the normalized form.
 */
import pb from 'protobufjs';
import type { ProtoFile } from './protobuf.js';

/**
 * Render a file; `sorted` (Confluent's normalized form) orders imports, fields by number, and
 * puts messages before enums while keeping their order: message indexes count the messages in
 * declaration order, so a consumer reading the normalized text must see them where the
 * producer's schema has them (ProtobufSchemaUtils does not sort types for the same reason).
 */
export function renderProtoFile(file: ProtoFile, sorted: boolean): string {
  const lines: string[] = [`syntax = "${file.syntax}";`];
  if (file.package) lines.push(`package ${file.package};`);
  const imports = sorted ? [...file.imports].sort() : file.imports;
  for (const i of imports) lines.push(`import "${i}";`);
  const decls = sorted ? messagesFirst(file.declarations) : file.declarations;
  for (const d of decls) renderDecl(d, file.syntax, '', sorted, lines);
  return lines.join('\n') + '\n';
}

/** Messages, then enums, then the rest, each in declaration order. */
function messagesFirst(list: readonly pb.ReflectionObject[]): pb.ReflectionObject[] {
  const rank = (d: pb.ReflectionObject) => (d instanceof pb.Type ? 0 : d instanceof pb.Enum ? 1 : 2);
  return [...list].sort((a, b) => rank(a) - rank(b));
}

function byName(a: pb.ReflectionObject, b: pb.ReflectionObject): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function renderDecl(
  d: pb.ReflectionObject,
  syntax: string,
  indent: string,
  sorted: boolean,
  lines: string[],
): void {
  if (d instanceof pb.Type) return renderType(d, syntax, indent, sorted, lines);
  if (d instanceof pb.Enum) {
    lines.push(`${indent}enum ${d.name} {`);
    const entries = Object.entries(d.values);
    if (sorted) entries.sort((a, b) => a[1] - b[1]);
    for (const [k, v] of entries) lines.push(`${indent}  ${k} = ${v};`);
    renderReserved(d.reserved, indent + '  ', lines);
    lines.push(`${indent}}`);
    return;
  }
  if (d instanceof pb.Service) {
    lines.push(`${indent}service ${d.name} {`);
    const methods = sorted ? [...d.methodsArray].sort(byName) : d.methodsArray;
    for (const m of methods) {
      const req = m.resolvedRequestType?.fullName ?? m.requestType;
      const res = m.resolvedResponseType?.fullName ?? m.responseType;
      lines.push(
        `${indent}  rpc ${m.name} (${m.requestStream ? 'stream ' : ''}${req}) returns (${m.responseStream ? 'stream ' : ''}${res});`,
      );
    }
    lines.push(`${indent}}`);
  }
}

function typeName(f: pb.Field): string {
  return f.resolvedType ? f.resolvedType.fullName : f.type;
}

function fieldLine(f: pb.Field, syntax: string, inOneof: boolean): string {
  if (f instanceof pb.MapField) return `map<${f.keyType}, ${typeName(f)}> ${f.name} = ${f.id};`;
  const opts = (f.options ?? {}) as Record<string, unknown>;
  let label = '';
  if (!inOneof) {
    if (f.rule === 'repeated') label = 'repeated ';
    else if (f.rule === 'required') label = 'required ';
    else if (syntax === 'proto2' || opts.proto3_optional) label = 'optional ';
  }
  const def = opts.default !== undefined ? ` [default = ${JSON.stringify(opts.default)}]` : '';
  return `${label}${typeName(f)} ${f.name} = ${f.id}${def};`;
}

function renderReserved(reserved: (number[] | string)[] | undefined, indent: string, lines: string[]): void {
  if (!reserved || reserved.length === 0) return;
  const ranges = reserved.filter((r): r is number[] => Array.isArray(r));
  const names = reserved.filter((r): r is string => typeof r === 'string');
  if (ranges.length > 0)
    lines.push(
      `${indent}reserved ${ranges.map(([a, b]) => (a === b ? `${a}` : `${a} to ${b}`)).join(', ')};`,
    );
  if (names.length > 0) lines.push(`${indent}reserved ${names.map((n) => JSON.stringify(n)).join(', ')};`);
}

function isSyntheticOneof(o: pb.OneOf): boolean {
  return (
    o.fieldsArray.length === 1 &&
    Boolean((o.fieldsArray[0]!.options as Record<string, unknown> | undefined)?.proto3_optional)
  );
}

function renderType(t: pb.Type, syntax: string, indent: string, sorted: boolean, lines: string[]): void {
  lines.push(`${indent}message ${t.name} {`);
  const inner = indent + '  ';
  const fields = sorted ? [...t.fieldsArray].sort((a, b) => a.id - b.id) : t.fieldsArray;
  const oneofsDone = new Set<pb.OneOf>();
  for (const f of fields) {
    const o = f.partOf;
    if (o && !isSyntheticOneof(o)) {
      if (oneofsDone.has(o)) continue;
      oneofsDone.add(o);
      lines.push(`${inner}oneof ${o.name} {`);
      const members = sorted ? [...o.fieldsArray].sort((a, b) => a.id - b.id) : o.fieldsArray;
      for (const m of members) lines.push(`${inner}  ${fieldLine(m, syntax, true)}`);
      lines.push(`${inner}}`);
      continue;
    }
    lines.push(`${inner}${fieldLine(f, syntax, false)}`);
  }
  renderReserved(t.reserved, inner, lines);
  const nested = sorted ? messagesFirst(t.nestedArray) : t.nestedArray;
  for (const n of nested) renderDecl(n, syntax, inner, sorted, lines);
  lines.push(`${indent}}`);
}
