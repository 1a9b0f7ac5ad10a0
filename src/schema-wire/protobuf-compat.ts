/**
 * Protobuf compatibility as Confluent's registry defines it: a diff from the original file to
 * the updated one, where only some kinds of change are compatible (field numbers carry the
 * wire identity; names are free). BACKWARD checks diff(old → new), FORWARD diff(new → old).
 */
import pb from 'protobufjs';
import type { Incompatibility } from './compat-types.js';
import type { ProtobufSchema } from './protobuf.js';

/** Changes that do not break readers (Confluent's SchemaDiff.COMPATIBLE_CHANGES). */
const COMPATIBLE = new Set([
  'MESSAGE_ADDED',
  'MESSAGE_MOVED',
  'ENUM_ADDED',
  'ENUM_REMOVED',
  'ENUM_CONST_ADDED',
  'ENUM_CONST_CHANGED',
  'ENUM_CONST_REMOVED',
  'FIELD_ADDED',
  'FIELD_REMOVED',
  'FIELD_NAME_CHANGED',
  'FIELD_STRING_OR_BYTES_LABEL_CHANGED',
  'ONEOF_ADDED',
  'ONEOF_REMOVED',
  'ONEOF_FIELD_ADDED',
  'ONEOF_FIELD_MOVED_TO_TOP_LEVEL',
]);

const SCALAR_KIND: Record<string, string> = {
  int32: 'GENERAL_NUMBER',
  int64: 'GENERAL_NUMBER',
  uint32: 'GENERAL_NUMBER',
  uint64: 'GENERAL_NUMBER',
  bool: 'GENERAL_NUMBER',
  sint32: 'SIGNED_NUMBER',
  sint64: 'SIGNED_NUMBER',
  string: 'STRING_OR_BYTES',
  bytes: 'STRING_OR_BYTES',
  fixed32: 'FIXED32',
  sfixed32: 'FIXED32',
  fixed64: 'FIXED64',
  sfixed64: 'FIXED64',
  float: 'FLOAT',
  double: 'DOUBLE',
};

interface Diff {
  type: string;
  path: string;
}

/** Incompatible differences going from `original` to `update` (empty = compatible). */
export function protobufIncompatibilities(
  original: ProtobufSchema,
  update: ProtobufSchema,
): Incompatibility[] {
  const diffs: Diff[] = [];
  if (original.file.package !== update.file.package) diffs.push({ type: 'PACKAGE_CHANGED', path: '#/' });
  compareTypes(original.file.declarations, update.file.declarations, '#', diffs, new Set());
  return diffs
    .filter((d) => !COMPATIBLE.has(d.type))
    .map((d) => ({ errorType: d.type, path: d.path, description: describe(d) }));
}

function describe(d: Diff): string {
  return `${d.type.toLowerCase().replace(/_/g, ' ')} at path '${d.path}'`;
}

function compareTypes(
  original: readonly pb.ReflectionObject[],
  update: readonly pb.ReflectionObject[],
  path: string,
  out: Diff[],
  seen: Set<string>,
): void {
  const index = (list: readonly pb.ReflectionObject[]) => {
    const messages = new Map<string, { t: pb.Type; i: number }>();
    const enums = new Map<string, pb.Enum>();
    let i = 0;
    for (const d of list) {
      if (d instanceof pb.Type && !isMapEntry(d)) messages.set(d.name, { t: d, i: i++ });
      else if (d instanceof pb.Enum) enums.set(d.name, d);
    }
    return { messages, enums };
  };
  const o = index(original);
  const u = index(update);
  for (const name of new Set([...o.messages.keys(), ...u.messages.keys()])) {
    const a = o.messages.get(name);
    const b = u.messages.get(name);
    const p = `${path}/${name}`;
    if (!b) out.push({ type: 'MESSAGE_REMOVED', path: p });
    else if (!a) out.push({ type: 'MESSAGE_ADDED', path: p });
    else {
      compareMessage(a.t, b.t, p, out, seen);
      if (a.i !== b.i) out.push({ type: 'MESSAGE_MOVED', path: p });
    }
  }
  for (const name of new Set([...o.enums.keys(), ...u.enums.keys()])) {
    const a = o.enums.get(name);
    const b = u.enums.get(name);
    const p = `${path}/${name}`;
    if (!b) out.push({ type: 'ENUM_REMOVED', path: p });
    else if (!a) out.push({ type: 'ENUM_ADDED', path: p });
    else {
      for (const [k, v] of Object.entries(a.values)) {
        const nk = b.valuesById[v];
        if (nk === undefined) out.push({ type: 'ENUM_CONST_REMOVED', path: `${p}/${v}` });
        else if (nk !== k) out.push({ type: 'ENUM_CONST_CHANGED', path: `${p}/${v}` });
      }
      for (const v of Object.values(b.values))
        if (a.valuesById[v] === undefined) out.push({ type: 'ENUM_CONST_ADDED', path: `${p}/${v}` });
    }
  }
}

function isMapEntry(t: pb.Type): boolean {
  return (t.options as Record<string, unknown> | undefined)?.map_entry === true;
}

function realOneof(f: pb.Field): string | undefined {
  const o = f.partOf;
  if (!o) return undefined;
  const synthetic =
    o.fieldsArray.length === 1 &&
    Boolean((f.options as Record<string, unknown> | undefined)?.proto3_optional);
  return synthetic ? undefined : o.name;
}

function compareMessage(a: pb.Type, b: pb.Type, path: string, out: Diff[], seen: Set<string>): void {
  const key = `${a.fullName}|${b.fullName}`;
  if (seen.has(key)) return;
  seen.add(key);
  const oneofsA = new Map(
    a.oneofsArray.filter((o) => o.fieldsArray.some((f) => realOneof(f))).map((o) => [o.name, o]),
  );
  const oneofsB = new Map(
    b.oneofsArray.filter((o) => o.fieldsArray.some((f) => realOneof(f))).map((o) => [o.name, o]),
  );
  const deletedOneofs = new Set<string>();
  for (const [name, o] of oneofsA) {
    if (!oneofsB.has(name) && !o.fieldsArray.some((f) => b.fieldsById[f.id])) deletedOneofs.add(name);
  }
  for (const [name, o] of oneofsB) {
    const groups = new Set<string>();
    let movedIn = 0;
    for (const f of o.fieldsArray) {
      const old = a.fieldsById[f.id];
      if (!old) continue;
      const oo = realOneof(old);
      if (oo) groups.add(`oneof:${oo}`);
      else {
        groups.add(`field:${f.id}`);
        movedIn++;
      }
    }
    if (groups.size > 1)
      out.push({
        type: movedIn > 1 ? 'MULTIPLE_FIELDS_MOVED_TO_ONEOF' : 'FIELD_MOVED_TO_EXISTING_ONEOF',
        path: `${path}/${name}`,
      });
  }
  for (const name of new Set([...oneofsA.keys(), ...oneofsB.keys()])) {
    if (!oneofsB.has(name)) out.push({ type: 'ONEOF_REMOVED', path: `${path}/${name}` });
    else if (!oneofsA.has(name)) out.push({ type: 'ONEOF_ADDED', path: `${path}/${name}` });
  }
  const tags = [...new Set([...Object.keys(a.fieldsById), ...Object.keys(b.fieldsById)].map(Number))].sort(
    (x, y) => x - y,
  );
  for (const tag of tags) {
    const fa = a.fieldsById[tag];
    const fb = b.fieldsById[tag];
    const oa = fa ? realOneof(fa) : undefined;
    const ob = fb ? realOneof(fb) : undefined;
    if (!fb) {
      if (oa) {
        if (!deletedOneofs.has(oa)) out.push({ type: 'ONEOF_FIELD_REMOVED', path: `${path}/${oa}/${tag}` });
      } else
        out.push({
          type: fa!.rule === 'required' ? 'REQUIRED_FIELD_REMOVED' : 'FIELD_REMOVED',
          path: `${path}/${tag}`,
        });
    } else if (!fa) {
      if (ob) out.push({ type: 'ONEOF_FIELD_ADDED', path: `${path}/${ob}/${tag}` });
      else
        out.push({
          type: fb.rule === 'required' ? 'REQUIRED_FIELD_ADDED' : 'FIELD_ADDED',
          path: `${path}/${tag}`,
        });
    } else {
      if (oa && !ob) out.push({ type: 'ONEOF_FIELD_MOVED_TO_TOP_LEVEL', path: `${path}/${tag}` });
      compareField(fa, fb, ob ? `${path}/${ob}/${tag}` : `${path}/${tag}`, out, seen);
    }
  }
  const nestedA = a.nestedArray;
  const nestedB = b.nestedArray;
  compareTypes(nestedA, nestedB, path, out, seen);
}

type Kind = 'SCALAR' | 'MESSAGE' | 'MAP';

function kindOf(f: pb.Field): Kind {
  if (f instanceof pb.MapField) return 'MAP';
  if (f.resolvedType instanceof pb.Type) return 'MESSAGE';
  return 'SCALAR';
}

function scalarKind(f: pb.Field): string {
  if (f.resolvedType instanceof pb.Enum) return 'GENERAL_NUMBER';
  return SCALAR_KIND[f.type] ?? 'ANY';
}

function label(f: pb.Field): string {
  return f.rule === 'repeated' ? 'repeated' : f.rule === 'required' ? 'required' : 'optional';
}

function localName(t: pb.ReflectionObject, pkg: string): string {
  const full = t.fullName.replace(/^\./, '');
  return pkg && full.startsWith(pkg + '.') ? full.slice(pkg.length + 1) : full;
}

function packageOf(t: pb.ReflectionObject): string {
  // The package is the chain of plain namespaces (not messages) above the type.
  const parts: string[] = [];
  let p = t.parent;
  while (p && p.parent) {
    if (!(p instanceof pb.Type)) parts.unshift(p.name);
    else parts.length = 0;
    p = p.parent;
  }
  return parts.join('.');
}

function compareField(fa: pb.Field, fb: pb.Field, path: string, out: Diff[], seen: Set<string>): void {
  if (fa.name !== fb.name) out.push({ type: 'FIELD_NAME_CHANGED', path });
  const ka = kindOf(fa);
  const kb = kindOf(fb);
  if (ka !== kb) {
    out.push({ type: 'FIELD_KIND_CHANGED', path });
    return;
  }
  if (ka === 'SCALAR') {
    const sa = scalarKind(fa);
    const sb = scalarKind(fb);
    if (sa !== sb) out.push({ type: 'FIELD_SCALAR_KIND_CHANGED', path });
    else if (label(fa) !== label(fb)) {
      if (sa === 'STRING_OR_BYTES') out.push({ type: 'FIELD_STRING_OR_BYTES_LABEL_CHANGED', path });
      else if (sa !== 'ANY') out.push({ type: 'FIELD_NUMERIC_LABEL_CHANGED', path });
    }
    return;
  }
  if (ka === 'MAP') {
    const ma = fa as unknown as pb.MapField;
    const mb = fb as unknown as pb.MapField;
    if (SCALAR_KIND[ma.keyType] !== SCALAR_KIND[mb.keyType])
      out.push({ type: 'FIELD_SCALAR_KIND_CHANGED', path });
    const va = ma.resolvedType;
    const vb = mb.resolvedType;
    if (va instanceof pb.Type !== vb instanceof pb.Type) out.push({ type: 'FIELD_KIND_CHANGED', path });
    else if (va instanceof pb.Type && vb instanceof pb.Type) compareNamed(va, vb, path, out, seen);
    else if (!va && !vb && SCALAR_KIND[ma.type] !== SCALAR_KIND[mb.type])
      out.push({ type: 'FIELD_SCALAR_KIND_CHANGED', path });
    return;
  }
  compareNamed(fa.resolvedType as pb.Type, fb.resolvedType as pb.Type, path, out, seen);
}

function compareNamed(ta: pb.Type, tb: pb.Type, path: string, out: Diff[], seen: Set<string>): void {
  if (localName(ta, packageOf(ta)) !== localName(tb, packageOf(tb))) {
    out.push({ type: 'FIELD_NAMED_TYPE_CHANGED', path });
    return;
  }
  const sub: Diff[] = [];
  compareMessage(ta, tb, `#/${localName(ta, packageOf(ta)).replace(/\./g, '/')}`, sub, seen);
  for (const d of sub) out.push(d);
  if (sub.some((d) => !COMPATIBLE.has(d.type))) out.push({ type: 'FIELD_NAMED_TYPE_CHANGED', path });
}
