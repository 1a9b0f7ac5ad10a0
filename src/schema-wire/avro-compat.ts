/**
 * Avro schema resolution (the Avro specification, "Schema Resolution"), as Avro Java's
 * SchemaCompatibility checks it: can a reader schema read every datum a writer schema writes?
 */
import avro from 'avsc';
import type { Incompatibility } from './compat-types.js';

const PROMOTIONS: Record<string, readonly string[]> = {
  // writer type -> reader types that can read it
  int: ['int', 'long', 'float', 'double'],
  long: ['long', 'float', 'double'],
  float: ['float', 'double'],
  string: ['string', 'bytes'],
  bytes: ['bytes', 'string'],
};

function kind(t: avro.Type): string {
  const n = t.typeName;
  return n.startsWith('union') ? 'union' : n;
}

function shortName(name: string | undefined): string {
  if (!name) return '';
  const i = name.lastIndexOf('.');
  return i < 0 ? name : name.slice(i + 1);
}

/** Named types match on unqualified name or a reader alias (Avro Java's schemaNameEquals). */
function namesMatch(reader: avro.Type, writer: avro.Type): boolean {
  if (shortName(reader.name) === shortName(writer.name)) return true;
  const aliases = (reader as unknown as { aliases?: string[] }).aliases ?? [];
  return aliases.some((a) => a === writer.name || shortName(a) === shortName(writer.name));
}

/** All reasons `reader` cannot read data written with `writer` (empty = compatible). */
export function avroIncompatibilities(reader: avro.Type, writer: avro.Type): Incompatibility[] {
  const out: Incompatibility[] = [];
  check(reader, writer, '', out, new Set());
  return out;
}

function check(
  reader: avro.Type,
  writer: avro.Type,
  path: string,
  out: Incompatibility[],
  seen: Set<string>,
): void {
  const rk = kind(reader);
  const wk = kind(writer);
  if (rk === 'record' && wk === 'record') {
    // Recursive types: a pair already under check is assumed compatible (as Avro Java does).
    const key = `${reader.name}|${writer.name}`;
    if (seen.has(key)) return;
    seen.add(key);
  }
  if (wk === 'union') {
    (writer as avro.types.UnwrappedUnionType).types.forEach((wt, i) => {
      const sub: Incompatibility[] = [];
      check(reader, wt, `${path}/${i}`, sub, seen);
      if (sub.length > 0) {
        out.push({
          errorType: 'MISSING_UNION_BRANCH',
          path: `${path}/${i}`,
          description: `The new schema is missing a type inside a union field at path '${path || '/'}/${i}' in the old schema: '${wt.typeName}'`,
        });
      }
    });
    return;
  }
  if (rk === 'union') {
    const branches = (reader as avro.types.UnwrappedUnionType).types;
    const ok = branches.some((rt) => {
      const sub: Incompatibility[] = [];
      check(rt, writer, path, sub, seen);
      return sub.length === 0;
    });
    if (!ok) {
      out.push({
        errorType: 'MISSING_UNION_BRANCH',
        path: path || '/',
        description: `The new schema is missing a type inside a union field at path '${path || '/'}' in the old schema: reader union lacks '${writer.typeName}'`,
      });
    }
    return;
  }
  if (rk !== wk) {
    if (PROMOTIONS[wk]?.includes(rk)) return;
    out.push({
      errorType: 'TYPE_MISMATCH',
      path: path || '/',
      description: `The type (path '${path || '/'}') of a field in the new schema does not match with the old schema: reader type ${rk} is not compatible with writer type ${wk}`,
    });
    return;
  }
  switch (rk) {
    case 'record':
      return checkRecord(reader as avro.types.RecordType, writer as avro.types.RecordType, path, out, seen);
    case 'enum': {
      if (!namesMatch(reader, writer)) return nameMismatch(reader, writer, path, out);
      const r = reader as avro.types.EnumType;
      const w = writer as avro.types.EnumType;
      const hasDefault = (r as unknown as { default?: string }).default !== undefined;
      const missing = w.symbols.filter((s) => !r.symbols.includes(s));
      if (missing.length > 0 && !hasDefault) {
        out.push({
          errorType: 'MISSING_ENUM_SYMBOLS',
          path: `${path}/symbols`,
          description: `The new schema is missing enum symbols '${missing.join(', ')}' at path '${path}/symbols' in the old schema`,
        });
      }
      return;
    }
    case 'fixed': {
      if (!namesMatch(reader, writer)) return nameMismatch(reader, writer, path, out);
      const rs = (reader as avro.types.FixedType).size;
      const ws = (writer as avro.types.FixedType).size;
      if (rs !== ws) {
        out.push({
          errorType: 'FIXED_SIZE_MISMATCH',
          path: `${path}/size`,
          description: `The size of FIXED type field at path '${path}/size' in the new schema does not match with the old schema: expected ${ws}, found ${rs}`,
        });
      }
      return;
    }
    case 'array':
      return check(
        (reader as avro.types.ArrayType).itemsType,
        (writer as avro.types.ArrayType).itemsType,
        `${path}/items`,
        out,
        seen,
      );
    case 'map':
      return check(
        (reader as avro.types.MapType).valuesType,
        (writer as avro.types.MapType).valuesType,
        `${path}/values`,
        out,
        seen,
      );
    default:
      return; // same primitive
  }
}

function nameMismatch(reader: avro.Type, writer: avro.Type, path: string, out: Incompatibility[]): void {
  out.push({
    errorType: 'NAME_MISMATCH',
    path: `${path}/name`,
    description: `The name of the schema has changed (path '${path}/name'): expected ${writer.name}, found ${reader.name}`,
  });
}

function checkRecord(
  reader: avro.types.RecordType,
  writer: avro.types.RecordType,
  path: string,
  out: Incompatibility[],
  seen: Set<string>,
): void {
  if (!namesMatch(reader, writer)) return nameMismatch(reader, writer, path, out);
  reader.fields.forEach((rf, i) => {
    const aliases = (rf as unknown as { aliases?: string[] }).aliases ?? [];
    const wf =
      writer.fields.find((f) => f.name === rf.name) ?? writer.fields.find((f) => aliases.includes(f.name));
    const fpath = `${path}/fields/${i}`;
    if (wf === undefined) {
      if ((rf as unknown as { defaultValue(): unknown }).defaultValue() === undefined) {
        out.push({
          errorType: 'READER_FIELD_MISSING_DEFAULT_VALUE',
          path: fpath,
          description: `The field '${rf.name}' at path '${fpath}' in the new schema has no default value and is missing in the old schema`,
        });
      }
      return;
    }
    check(rf.type, wf.type, `${fpath}/type`, out, seen);
  });
}
