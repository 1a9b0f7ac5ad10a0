/**
 * `format=resolved` for Avro schemas (AvroSchema.formattedString → Avro Java's
 * `Schema.toString()` of the parsed schema): the named types the schema takes from its
 * references are written out where first used, as a standalone schema; later uses stay names.
 */
import { avroSchemaText } from './avro-text.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const PRIMITIVES = new Set(['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string']);
const NAMED = new Set(['record', 'error', 'enum', 'fixed']);

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A named type's full name and the namespace its contents resolve in. */
function fullName(o: Obj, ns: string | undefined): { full: string; space: string | undefined } {
  const name = String(o.name);
  if (name.includes('.')) return { full: name, space: name.slice(0, name.lastIndexOf('.')) };
  const space = typeof o.namespace === 'string' && o.namespace !== '' ? o.namespace : ns;
  return { full: space ? `${space}.${name}` : name, space };
}

/** Every named type a schema defines, by full name, written with its full name (no namespace). */
function collect(node: Json, ns: string | undefined, into: Map<string, Obj>): void {
  if (Array.isArray(node)) return node.forEach((n) => collect(n, ns, into));
  if (!isObj(node)) return;
  if (typeof node.type === 'string' && NAMED.has(node.type) && typeof node.name === 'string') {
    const { full, space } = fullName(node, ns);
    const { namespace: _drop, ...rest } = node;
    if (!into.has(full)) into.set(full, { ...rest, name: full });
    for (const f of Array.isArray(node.fields) ? node.fields : [])
      if (isObj(f)) collect(f.type!, space, into);
    return;
  }
  if (node.type === 'array') collect(node.items!, ns, into);
  else if (node.type === 'map') collect(node.values!, ns, into);
  else if (isObj(node.type) || Array.isArray(node.type)) collect(node.type, ns, into);
}

/**
 * The schema with the reference-defined types it uses inlined at first use.
 * @param referenced the referenced schemas' JSON, dependencies first
 */
export function resolvedAvro(schema: unknown, referenced: readonly unknown[]): string {
  const defs = new Map<string, Obj>();
  for (const r of referenced) collect(r as Json, undefined, defs);
  const defined = new Set<string>();
  const walk = (node: Json, ns: string | undefined): Json => {
    if (typeof node === 'string') {
      if (PRIMITIVES.has(node)) return node;
      const full = node.includes('.') || !ns ? node : `${ns}.${node}`;
      const key = defined.has(full) || defs.has(full) ? full : node;
      if (defined.has(key) || !defs.has(key)) return node;
      defined.add(key);
      return walk(defs.get(key)!, ns);
    }
    if (Array.isArray(node)) return node.map((n) => walk(n, ns));
    if (!isObj(node)) return node;
    if (typeof node.type === 'string' && NAMED.has(node.type) && typeof node.name === 'string') {
      const { full, space } = fullName(node, ns);
      defined.add(full);
      if (!Array.isArray(node.fields)) return node;
      return {
        ...node,
        fields: node.fields.map((f) => (isObj(f) && 'type' in f ? { ...f, type: walk(f.type!, space) } : f)),
      };
    }
    if (node.type === 'array') return { ...node, items: walk(node.items!, ns) };
    if (node.type === 'map') return { ...node, values: walk(node.values!, ns) };
    if (node.type !== undefined && typeof node.type !== 'string')
      return { ...node, type: walk(node.type, ns) };
    if (typeof node.type === 'string' && !PRIMITIVES.has(node.type)) return walk(node.type, ns);
    return node;
  };
  return avroSchemaText(walk(schema as Json, undefined));
}
