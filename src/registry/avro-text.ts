/**
 * The text Confluent's registry stores and serves for an Avro schema: Avro Java's
 * `Schema.toString()` (AvroSchema.canonicalString()), i.e. compact JSON with each schema's
 * attributes in Avro's order (type, name, namespace, doc, fields/symbols/size/items/values,
 * then other properties, then aliases), a field as name, type, doc, default, order, properties,
 * aliases, a full name split into name + namespace (the namespace only where it differs from the
 * enclosing one), a bare primitive `{"type":"int"}` written as `"int"`, and a reference to a
 * named type by its short name inside its own namespace, by its full name elsewhere.
 */

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);
const NAMED = new Set(['record', 'error', 'enum', 'fixed']);
const RECORD_KEYS = new Set(['type', 'name', 'namespace', 'doc', 'fields', 'aliases']);
const FIELD_KEYS = new Set(['name', 'type', 'doc', 'default', 'order', 'aliases']);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function copyProps(from: Obj, to: Obj, reserved: Set<string>): void {
  for (const [k, v] of Object.entries(from)) if (!reserved.has(k)) to[k] = v;
}

function field(f: Json, ns: string | undefined): Json {
  if (!isObj(f)) return f;
  const out: Obj = {};
  if ('name' in f) out.name = f.name!;
  if ('type' in f) out.type = schema(f.type!, ns);
  if ('doc' in f) out.doc = f.doc!;
  if ('default' in f) out.default = f.default!;
  // Avro writes the sort order only when it is not the default.
  if ('order' in f && f.order !== 'ascending') out.order = f.order!;
  copyProps(f, out, FIELD_KEYS);
  if ('aliases' in f) out.aliases = f.aliases!;
  return out;
}

function named(s: Obj, type: string, enclosing: string | undefined): { out: Obj; ns: string | undefined } {
  const out: Obj = { type };
  let name = typeof s.name === 'string' ? s.name : undefined;
  let ns = typeof s.namespace === 'string' ? s.namespace : enclosing;
  if (name !== undefined && name.includes('.')) {
    ns = name.slice(0, name.lastIndexOf('.'));
    name = name.slice(name.lastIndexOf('.') + 1);
  }
  if (name !== undefined) out.name = name;
  else if ('name' in s) out.name = s.name!;
  const nsOrEmpty = ns ?? '';
  if (nsOrEmpty !== (enclosing ?? '')) out.namespace = nsOrEmpty;
  if ('doc' in s) out.doc = s.doc!;
  return { out, ns: ns === '' ? undefined : ns };
}

/** A named-type reference as Avro writes it (getQualified of the enclosing namespace). */
function reference(name: string, ns: string | undefined): string {
  if (PRIMITIVES.has(name)) return name;
  const full = name.includes('.') || !ns ? name : `${ns}.${name}`;
  const dot = full.lastIndexOf('.');
  const space = dot < 0 ? '' : full.slice(0, dot);
  return space === (ns ?? '') ? full.slice(dot + 1) : full;
}

function schema(s: Json, ns: string | undefined): Json {
  if (Array.isArray(s)) return s.map((b) => schema(b, ns));
  if (typeof s === 'string') return reference(s, ns);
  if (!isObj(s)) return s;
  const type = s.type;
  if (typeof type !== 'string') return s;
  if (NAMED.has(type)) {
    const { out, ns: inner } = named(s, type, ns);
    let reserved = RECORD_KEYS;
    if (type === 'record' || type === 'error') {
      if ('fields' in s)
        out.fields = Array.isArray(s.fields) ? s.fields.map((f) => field(f, inner)) : s.fields!;
    } else if (type === 'enum') {
      reserved = new Set([...RECORD_KEYS, 'symbols', 'default']);
      if ('symbols' in s) out.symbols = s.symbols!;
      if ('default' in s) out.default = s.default!;
    } else {
      reserved = new Set([...RECORD_KEYS, 'size']);
      if ('size' in s) out.size = s.size!;
    }
    copyProps(s, out, reserved);
    if ('aliases' in s) out.aliases = s.aliases!;
    return out;
  }
  if (type === 'array' || type === 'map') {
    const key = type === 'array' ? 'items' : 'values';
    const out: Obj = { type };
    if (key in s) out[key] = schema(s[key]!, ns);
    copyProps(s, out, new Set(['type', key]));
    return out;
  }
  if (PRIMITIVES.has(type) && Object.keys(s).length === 1) return type;
  const out: Obj = { type };
  copyProps(s, out, new Set(['type']));
  return out;
}

/** Avro Java's Schema.toString() of a parsed Avro schema JSON (see the module comment). */
export function avroSchemaText(json: unknown): string {
  return JSON.stringify(schema(json as Json, undefined));
}
