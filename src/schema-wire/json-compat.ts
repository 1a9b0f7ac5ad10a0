/**
 * JSON Schema compatibility, after Confluent's JSON Schema rules: can every document valid under
 * the writer schema be read by (is it valid under) the reader schema? Open content models
 * (`additionalProperties` absent or true) and closed ones are told apart as Confluent does.
 */
import type { Incompatibility } from './compat-types.js';

type S = Record<string, unknown> | boolean;

const NUMERIC_WIDENING: Record<string, string[]> = { integer: ['integer', 'number'], number: ['number'] };

function types(s: Record<string, unknown>): string[] | undefined {
  const t = s.type;
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return undefined;
}

/** The content model's keyword: `additionalProperties`, else 2019-09's `unevaluatedProperties`. */
function extraProps(s: Record<string, unknown>): unknown {
  return s.additionalProperties ?? s.unevaluatedProperties;
}

function isOpen(s: Record<string, unknown>): boolean {
  const ap = extraProps(s);
  return (
    ap === undefined || ap === true || (typeof ap === 'object' && ap !== null && Object.keys(ap).length === 0)
  );
}

function deref(s: unknown, refs: ReadonlyMap<string, unknown>, root: unknown, depth = 0): S {
  if (typeof s === 'boolean') return s;
  if (!s || typeof s !== 'object') return true;
  const o = s as Record<string, unknown>;
  if (typeof o.$ref === 'string' && depth < 32) {
    const ref = o.$ref;
    if (refs.has(ref)) return deref(refs.get(ref), refs, root, depth + 1);
    if (ref.startsWith('#/')) {
      let cur: unknown = root;
      for (const part of ref.slice(2).split('/'))
        cur = (cur as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      return deref(cur, refs, root, depth + 1);
    }
  }
  return o;
}

/** All reasons the reader cannot read documents valid under the writer (empty = compatible). */
export function jsonIncompatibilities(
  reader: unknown,
  writer: unknown,
  readerRefs: ReadonlyMap<string, unknown> = new Map(),
  writerRefs: ReadonlyMap<string, unknown> = new Map(),
): Incompatibility[] {
  const out: Incompatibility[] = [];
  const ctx = { readerRefs, writerRefs, readerRoot: reader, writerRoot: writer, out };
  check(reader, writer, '#', ctx, 0);
  return out;
}

interface Ctx {
  readerRefs: ReadonlyMap<string, unknown>;
  writerRefs: ReadonlyMap<string, unknown>;
  readerRoot: unknown;
  writerRoot: unknown;
  out: Incompatibility[];
}

function add(ctx: Ctx, errorType: string, path: string, description: string): void {
  ctx.out.push({ errorType, path, description: `${description} at path '${path}'` });
}

function check(readerIn: unknown, writerIn: unknown, path: string, ctx: Ctx, depth: number): void {
  if (depth > 64) return;
  const reader = deref(readerIn, ctx.readerRefs, ctx.readerRoot);
  const writer = deref(writerIn, ctx.writerRefs, ctx.writerRoot);
  if (reader === true || writer === false) return;
  if (reader === false) return add(ctx, 'SCHEMA_REMOVED', path, 'The new schema rejects every value');
  if (writer === true) {
    if (
      Object.keys(reader).some(
        (k) => !['$schema', '$id', 'title', 'description', '$comment', 'definitions', '$defs'].includes(k),
      )
    ) {
      add(ctx, 'TYPE_NARROWED', path, 'The new schema constrains values the old schema allowed');
    }
    return;
  }
  // Combined types: a reader sum type (anyOf/oneOf) must cover every writer branch.
  const rSum = (reader.anyOf ?? reader.oneOf) as unknown[] | undefined;
  const wSum = (writer.anyOf ?? writer.oneOf) as unknown[] | undefined;
  if (wSum && Array.isArray(wSum)) {
    wSum.forEach((w, i) => {
      const sub: Incompatibility[] = [];
      check(reader, w, `${path}/${writer.anyOf ? 'anyOf' : 'oneOf'}/${i}`, { ...ctx, out: sub }, depth + 1);
      if (sub.length > 0)
        add(
          ctx,
          'SUM_TYPE_NARROWED',
          path,
          `A type in the old schema's ${writer.anyOf ? 'anyOf' : 'oneOf'} is no longer accepted`,
        );
    });
    return;
  }
  if (rSum && Array.isArray(rSum)) {
    const ok = rSum.some((r) => {
      const sub: Incompatibility[] = [];
      check(r, writer, path, { ...ctx, out: sub }, depth + 1);
      return sub.length === 0;
    });
    if (!ok)
      add(
        ctx,
        'COMBINED_TYPE_SUBSCHEMAS_CHANGED',
        path,
        "No branch of the new schema accepts the old schema's values",
      );
    return;
  }
  if (Array.isArray(reader.allOf)) {
    // Writer data satisfies every writer subschema; each reader subschema must contain one of them.
    // Repeated subschemas count once (Confluent's loader keeps a combined schema's subschemas in a set).
    const rAll = distinct(reader.allOf as unknown[]);
    const wAll = Array.isArray(writer.allOf) ? distinct(writer.allOf as unknown[]) : [writer];
    if (Array.isArray(writer.allOf) && rAll.length > wAll.length)
      add(ctx, 'PRODUCT_TYPE_EXTENDED', path, 'The new schema adds a subschema to allOf');
    rAll.forEach((r, i) => {
      const fits = wAll.some((w) => {
        const sub: Incompatibility[] = [];
        check(r, w, `${path}/allOf/${i}`, { ...ctx, out: sub }, depth + 1);
        return sub.length === 0;
      });
      if (!fits) check(r, wAll[i] ?? wAll[0], `${path}/allOf/${i}`, ctx, depth + 1);
    });
    return;
  }
  if (reader.not !== undefined) {
    // The reader rejects what matches its `not`; the writer rejected what matched its own.
    if (writer.not === undefined) add(ctx, 'NOT_TYPE_NARROWED', `${path}/not`, 'The new schema adds a not');
    else {
      const sub: Incompatibility[] = [];
      check(writer.not, reader.not, `${path}/not`, { ...ctx, out: sub }, depth + 1);
      if (sub.length > 0)
        add(ctx, 'NOT_TYPE_EXTENDED', `${path}/not`, 'The new schema rejects more values through not');
    }
  }
  if (Array.isArray(writer.allOf)) {
    return check(
      reader,
      Object.assign({}, ...(writer.allOf as object[]).map((w) => deref(w, ctx.writerRefs, ctx.writerRoot))),
      path,
      ctx,
      depth + 1,
    );
  }
  const rt = types(reader);
  const wt = types(writer);
  if (rt && !wt) {
    add(ctx, 'TYPE_NARROWED', `${path}/type`, 'The new schema restricts the type the old schema left open');
  } else if (rt && wt) {
    const missing = wt.filter((w) => !rt.some((r) => (NUMERIC_WIDENING[w] ?? [w]).includes(r)));
    if (missing.length > 0) {
      const changed = !wt.some((w) => rt.includes(w) || (NUMERIC_WIDENING[w] ?? []).includes(w));
      add(
        ctx,
        changed ? 'TYPE_CHANGED' : 'TYPE_NARROWED',
        `${path}/type`,
        `The new schema no longer accepts type ${missing.join(', ')}`,
      );
      if (changed) return;
    }
  }
  checkBounds(reader, writer, path, ctx);
  if (Array.isArray(reader.enum)) {
    const renum = reader.enum.map((v) => JSON.stringify(v));
    const wenum = Array.isArray(writer.enum) ? writer.enum.map((v) => JSON.stringify(v)) : undefined;
    if (!wenum)
      add(
        ctx,
        'ENUM_ARRAY_NARROWED',
        `${path}/enum`,
        'The new schema adds an enum the old schema did not have',
      );
    else if (wenum.some((w) => !renum.includes(w)))
      add(ctx, 'ENUM_ARRAY_NARROWED', `${path}/enum`, 'The new schema removes enum values');
  }
  if ('const' in reader && JSON.stringify(reader.const) !== JSON.stringify(writer.const)) {
    add(ctx, 'TYPE_NARROWED', `${path}/const`, 'The new schema adds or changes a const');
  }
  checkObject(reader, writer, path, ctx, depth);
  checkArray(reader, writer, path, ctx, depth);
}

function distinct(list: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = JSON.stringify(x);
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** Numeric and length bounds: the reader's range must contain the writer's. */
function checkBounds(
  reader: Record<string, unknown>,
  writer: Record<string, unknown>,
  path: string,
  ctx: Ctx,
): void {
  const lower: [string, string][] = [
    ['minimum', 'MINIMUM'],
    ['exclusiveMinimum', 'EXCLUSIVE_MINIMUM'],
    ['minLength', 'MIN_LENGTH'],
    ['minItems', 'MIN_ITEMS'],
    ['minProperties', 'MIN_PROPERTIES'],
    ['minContains', 'MIN_CONTAINS'],
  ];
  const upper: [string, string][] = [
    ['maximum', 'MAXIMUM'],
    ['exclusiveMaximum', 'EXCLUSIVE_MAXIMUM'],
    ['maxLength', 'MAX_LENGTH'],
    ['maxItems', 'MAX_ITEMS'],
    ['maxProperties', 'MAX_PROPERTIES'],
    ['maxContains', 'MAX_CONTAINS'],
  ];
  for (const [k, name] of lower) {
    const r = reader[k];
    const w = writer[k];
    if (typeof r !== 'number') continue;
    if (typeof w !== 'number') add(ctx, `${name}_ADDED`, `${path}/${k}`, `The new schema adds ${k}`);
    else if (r > w) add(ctx, `${name}_INCREASED`, `${path}/${k}`, `The new schema increases ${k}`);
  }
  for (const [k, name] of upper) {
    const r = reader[k];
    const w = writer[k];
    if (typeof r !== 'number') continue;
    if (typeof w !== 'number') add(ctx, `${name}_ADDED`, `${path}/${k}`, `The new schema adds ${k}`);
    else if (r < w) add(ctx, `${name}_DECREASED`, `${path}/${k}`, `The new schema decreases ${k}`);
  }
  if (typeof reader.pattern === 'string' && reader.pattern !== writer.pattern) {
    add(
      ctx,
      writer.pattern === undefined ? 'PATTERN_ADDED' : 'PATTERN_CHANGED',
      `${path}/pattern`,
      'The new schema adds or changes a pattern',
    );
  }
  if (typeof reader.multipleOf === 'number') {
    const w = writer.multipleOf;
    if (typeof w !== 'number' || w % reader.multipleOf !== 0)
      add(ctx, 'MULTIPLE_OF_CHANGED', `${path}/multipleOf`, 'The new schema adds or changes multipleOf');
  }
}

function props(s: Record<string, unknown>): Record<string, unknown> {
  const p = s.properties;
  return p && typeof p === 'object' ? (p as Record<string, unknown>) : {};
}

function required(s: Record<string, unknown>): string[] {
  return Array.isArray(s.required) ? (s.required as string[]) : [];
}

/** `dependencies`, with 2019-09's `dependentRequired` and `dependentSchemas` (its two halves). */
function dependencies(s: Record<string, unknown>): Record<string, unknown> {
  const part = (k: string) => (s[k] && typeof s[k] === 'object' ? (s[k] as Record<string, unknown>) : {});
  return { ...part('dependencies'), ...part('dependentRequired'), ...part('dependentSchemas') };
}

function checkObject(
  reader: Record<string, unknown>,
  writer: Record<string, unknown>,
  path: string,
  ctx: Ctx,
  depth: number,
): void {
  const rp = props(reader);
  const wp = props(writer);
  const rOpen = isOpen(reader);
  const wOpen = isOpen(writer);
  for (const name of required(reader)) {
    // As Confluent's registry: only properties the schema defines are checked.
    if (!required(writer).includes(name) && name in rp) {
      add(
        ctx,
        wOpen || name in wp ? 'REQUIRED_ATTRIBUTE_ADDED' : 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL',
        `${path}/required`,
        `The new schema requires property '${name}'`,
      );
    }
  }
  for (const [name, r] of Object.entries(rp)) {
    const pPath = `${path}/properties/${name}`;
    if (name in wp) {
      check(r, wp[name], pPath, ctx, depth + 1);
    } else if (wOpen) {
      // The old schema allowed any value under this name (open content model).
      const sub: Incompatibility[] = [];
      check(r, true, pPath, { ...ctx, out: sub }, depth + 1);
      if (sub.length > 0)
        add(
          ctx,
          'PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL',
          pPath,
          `The new schema adds property '${name}' that the old open content model allowed with any value`,
        );
    } else if (typeof extraProps(writer) === 'object') {
      check(r, extraProps(writer), pPath, ctx, depth + 1);
    }
  }
  for (const [name, w] of Object.entries(wp)) {
    if (name in rp) continue;
    const pPath = `${path}/properties/${name}`;
    const pattern = Object.entries((reader.patternProperties ?? {}) as Record<string, unknown>).find(
      ([re]) => {
        try {
          return new RegExp(re, 'u').test(name);
        } catch {
          return false;
        }
      },
    );
    if (w === false) continue; // the writer never allowed this property
    if (pattern) {
      const sub: Incompatibility[] = [];
      check(pattern[1], w, pPath, { ...ctx, out: sub }, depth + 1);
      // The findings under the covering schema come first, as Confluent's diff lists them.
      ctx.out.push(...sub);
      if (sub.length > 0)
        add(
          ctx,
          'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
          pPath,
          `Property '${name}' is not covered by the new schema's patternProperties`,
        );
    } else if (extraProps(reader) === false) {
      add(
        ctx,
        'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL',
        pPath,
        `The new schema removes property '${name}' from a closed content model`,
      );
    } else if (typeof extraProps(reader) === 'object' && extraProps(reader) !== null && !rOpen) {
      const sub: Incompatibility[] = [];
      check(extraProps(reader), w, pPath, { ...ctx, out: sub }, depth + 1);
      ctx.out.push(...sub);
      if (sub.length > 0)
        add(
          ctx,
          'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
          pPath,
          `Property '${name}' is not covered by the new schema's additionalProperties`,
        );
    }
  }
  const rDeps = dependencies(reader);
  const wDeps = dependencies(writer);
  for (const [name, rd] of Object.entries(rDeps)) {
    const wd = wDeps[name];
    const dPath = `${path}/dependencies/${name}`;
    if (wd === undefined)
      add(
        ctx,
        Array.isArray(rd) ? 'DEPENDENCY_ARRAY_ADDED' : 'DEPENDENCY_SCHEMA_ADDED',
        dPath,
        `The new schema adds dependency '${name}'`,
      );
    else if (Array.isArray(rd) && Array.isArray(wd)) {
      if (rd.some((x) => !wd.includes(x)))
        add(ctx, 'DEPENDENCY_ARRAY_EXTENDED', dPath, `The new schema extends dependency '${name}'`);
    } else if (!Array.isArray(rd) && !Array.isArray(wd)) check(rd, wd, dPath, ctx, depth + 1);
    else add(ctx, 'DEPENDENCY_CHANGED', dPath, `The new schema changes dependency '${name}'`);
  }
  if (!rOpen && wOpen) {
    add(
      ctx,
      'ADDITIONAL_PROPERTIES_REMOVED',
      `${path}/additionalProperties`,
      'The new schema closes a content model the old schema left open',
    );
  } else if (
    !rOpen &&
    !wOpen &&
    typeof extraProps(reader) === 'object' &&
    typeof extraProps(writer) === 'object'
  ) {
    check(extraProps(reader), extraProps(writer), `${path}/additionalProperties`, ctx, depth + 1);
  } else if (
    typeof extraProps(reader) === 'object' &&
    extraProps(reader) !== null &&
    !rOpen &&
    extraProps(writer) === undefined
  ) {
    add(
      ctx,
      'ADDITIONAL_PROPERTIES_NARROWED',
      `${path}/additionalProperties`,
      'The new schema narrows additionalProperties',
    );
  }
}

/**
 * An array schema's items and the schema of the items past a tuple: draft 4-7 `items` (a list
 * for a tuple) and `additionalItems`, or 2020-12 `prefixItems` (the tuple) and `items` (the
 * rest); `unevaluatedItems` closes either as `additionalItems` does.
 */
function arrayItems(s: Record<string, unknown>): [unknown, unknown] {
  if (Array.isArray(s.prefixItems)) return [s.prefixItems, s.items ?? s.unevaluatedItems ?? true];
  return [s.items, s.additionalItems ?? s.unevaluatedItems ?? true];
}

function checkArray(
  reader: Record<string, unknown>,
  writer: Record<string, unknown>,
  path: string,
  ctx: Ctx,
  depth: number,
): void {
  const [ri, rExtra] = arrayItems(reader);
  const [wi, wExtra] = arrayItems(writer);
  if (Array.isArray(ri) || Array.isArray(wi)) {
    const rl = Array.isArray(ri) ? (ri as unknown[]) : [];
    const wl = Array.isArray(wi) ? (wi as unknown[]) : [];
    const n = Math.max(rl.length, wl.length);
    for (let i = 0; i < n; i++) {
      const r = Array.isArray(ri) ? (rl[i] ?? rExtra) : (ri ?? true);
      const w = Array.isArray(wi) ? (wl[i] ?? wExtra) : (wi ?? true);
      check(r, w, `${path}/items/${i}`, ctx, depth + 1);
    }
    if (Array.isArray(ri) && Array.isArray(wi)) {
      const sub: Incompatibility[] = [];
      check(rExtra, wExtra, `${path}/additionalItems`, { ...ctx, out: sub }, depth + 1);
      if (sub.length > 0)
        add(
          ctx,
          rExtra === false ? 'ADDITIONAL_ITEMS_REMOVED' : 'ADDITIONAL_ITEMS_NARROWED',
          `${path}/additionalItems`,
          'The new schema narrows additionalItems',
        );
    }
    return;
  }
  if (ri !== undefined) check(ri, wi ?? true, `${path}/items`, ctx, depth + 1);
  if (rExtra !== true) {
    const sub: Incompatibility[] = [];
    check(rExtra, wExtra, `${path}/additionalItems`, { ...ctx, out: sub }, depth + 1);
    if (sub.length > 0)
      add(
        ctx,
        rExtra === false ? 'ADDITIONAL_ITEMS_REMOVED' : 'ADDITIONAL_ITEMS_NARROWED',
        `${path}/additionalItems`,
        'The new schema narrows additionalItems',
      );
  }
}
