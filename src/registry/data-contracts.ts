/**
 * Data contracts as Confluent's registry (7.4+) keeps them: a schema's `metadata` (tags,
 * properties, sensitive field names) and `ruleSet` (migration, domain and encoding rules). They
 * are stored with the schema, served back, and part of its identity (same text with other
 * metadata is another schema with another id). Shapes, defaults, validation and merging follow
 * Confluent's Metadata, Rule and RuleSet entities.
 */
import { RegistryError, errors } from './errors.js';

export interface SchemaMetadata {
  tags?: Record<string, string[]>;
  properties?: Record<string, string>;
  sensitive?: string[];
}

export const RULE_KINDS = ['TRANSFORM', 'CONDITION'] as const;
export const RULE_MODES = ['UPGRADE', 'DOWNGRADE', 'UPDOWN', 'WRITE', 'READ', 'WRITEREAD'] as const;

export interface Rule {
  name: string;
  doc?: string;
  kind: (typeof RULE_KINDS)[number];
  mode: (typeof RULE_MODES)[number];
  type?: string;
  tags?: string[];
  params?: Record<string, string>;
  expr?: string;
  onSuccess?: string;
  onFailure?: string;
  disabled: boolean;
}

export interface RuleSet {
  migrationRules?: Rule[];
  domainRules?: Rule[];
  encodingRules?: Rule[];
}

/** Confluent's `confluent:version` metadata property. */
export const CONFLUENT_VERSION = 'confluent:version';
const RULE_NAME_MAX_LENGTH = 256;
const RULE_LISTS = ['migrationRules', 'domainRules', 'encodingRules'] as const;

const bad = (what: string) => errors.unprocessable(what);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sortedKeys<T>(m: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(m).sort()) out[k] = m[k]!;
  return out;
}

function stringMap(v: unknown, what: string): Record<string, string> | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw bad(`${what} must be an object of strings`);
  for (const x of Object.values(v))
    if (typeof x !== 'string') throw bad(`${what} must be an object of strings`);
  return Object.keys(v).length > 0 ? sortedKeys(v as Record<string, string>) : undefined;
}

function stringSet(v: unknown, what: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw bad(`${what} must be an array of strings`);
  const out = [...new Set(v as string[])].sort();
  return out.length > 0 ? out : undefined;
}

/**
 * A request's (or a stored record's) metadata in canonical form: maps sorted by key, sets sorted
 * and unique, empty parts left out (Confluent's sorted collections, JSON NON_EMPTY). Undefined
 * for an absent or null value.
 */
export function parseMetadata(v: unknown): SchemaMetadata | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw bad('metadata must be an object');
  let tags: Record<string, string[]> | undefined;
  if (v.tags !== undefined && v.tags !== null) {
    if (!isObject(v.tags)) throw bad('metadata.tags must be an object of string arrays');
    tags = {};
    for (const k of Object.keys(v.tags).sort()) tags[k] = stringSet(v.tags[k], 'metadata.tags') ?? [];
    if (Object.keys(tags).length === 0) tags = undefined;
  }
  const properties = stringMap(v.properties, 'metadata.properties');
  const sensitive = stringSet(v.sensitive, 'metadata.sensitive');
  return {
    ...(tags ? { tags } : {}),
    ...(properties ? { properties } : {}),
    ...(sensitive ? { sensitive } : {}),
  };
}

function optString(v: unknown, what: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw bad(`${what} must be a string`);
  return v;
}

function enumValue<T extends string>(v: unknown, values: readonly T[], fallback: T, what: string): T {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    throw bad(`${what} must be one of ${values.join(', ')}`);
  return v as T;
}

/** One rule in Confluent's field order, with its defaults (kind TRANSFORM, mode WRITEREAD). */
function parseRule(v: unknown): Rule {
  if (!isObject(v)) throw bad('each rule must be an object');
  const tags = stringSet(v.tags, 'rule tags');
  const params = stringMap(v.params, 'rule params');
  const rule: Rule = { name: optString(v.name, 'rule name') as string } as Rule;
  const doc = optString(v.doc, 'rule doc');
  if (doc !== undefined) rule.doc = doc;
  rule.kind = enumValue(v.kind, RULE_KINDS, 'TRANSFORM', 'rule kind');
  rule.mode = enumValue(v.mode, RULE_MODES, 'WRITEREAD', 'rule mode');
  const type = optString(v.type, 'rule type');
  if (type !== undefined) rule.type = type;
  if (tags) rule.tags = tags;
  if (params) rule.params = params;
  for (const k of ['expr', 'onSuccess', 'onFailure'] as const) {
    const s = optString(v[k], `rule ${k}`);
    if (s !== undefined) rule[k] = s;
  }
  if (v.disabled !== undefined && v.disabled !== null && typeof v.disabled !== 'boolean')
    throw bad('rule disabled must be true or false');
  rule.disabled = v.disabled === true;
  return rule;
}

/** A request's ruleSet in canonical form (undefined when absent or null); not yet validated. */
export function parseRuleSet(v: unknown): RuleSet | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw bad('ruleSet must be an object');
  const out: RuleSet = {};
  for (const list of RULE_LISTS) {
    const raw = v[list];
    if (raw === undefined || raw === null) continue;
    if (!Array.isArray(raw)) throw bad(`ruleSet.${list} must be an array`);
    if (raw.length > 0) out[list] = raw.map(parseRule);
  }
  return out;
}

function ruleError(message: string): RegistryError {
  return new RegistryError(422, 42210, message);
}

/** Confluent's RuleSet.validate()/Rule.validate(): 42210 with its messages. */
export function validateRuleSet(rs: RuleSet): void {
  const names = new Set<string>();
  const allowed: Record<(typeof RULE_LISTS)[number], [readonly string[], string]> = {
    migrationRules: [
      ['UPGRADE', 'DOWNGRADE', 'UPDOWN'],
      'Migration rules can only be UPGRADE, DOWNGRADE, UPDOWN',
    ],
    domainRules: [['WRITE', 'READ', 'WRITEREAD'], 'Domain rules can only be WRITE, READ, WRITEREAD'],
    encodingRules: [['WRITE', 'READ', 'WRITEREAD'], 'Encoding rules can only be WRITE, READ, WRITEREAD'],
  };
  for (const list of RULE_LISTS) {
    for (const rule of rs[list] ?? []) {
      if (names.has(rule.name)) throw ruleError(`Found rule with duplicate name '${rule.name}'`);
      names.add(rule.name);
      validateRule(rule);
      const [modes, message] = allowed[list];
      if (!modes.includes(rule.mode)) throw ruleError(message);
    }
  }
}

function validateRule(rule: Rule): void {
  const name = rule.name;
  if (name === undefined) throw ruleError('Missing rule name');
  if (name.length === 0) throw ruleError('Empty rule name');
  if (name.length > RULE_NAME_MAX_LENGTH) throw ruleError('Rule name too long');
  if (!/^[\p{L}_]/u.test(name)) throw ruleError(`Illegal initial character in rule name: ${name}`);
  if (!/^.[\p{L}\p{Nd}_-]*$/u.test(name)) throw ruleError(`Illegal character in rule name: ${name}`);
  if (rule.type === undefined) throw ruleError('Missing rule type');
  for (const action of [rule.onSuccess, rule.onFailure]) {
    if (action !== undefined && action.includes(',') && rule.mode !== 'WRITEREAD' && rule.mode !== 'UPDOWN')
      throw ruleError('Multiple actions only valid with WRITEREAD and UPDOWN');
  }
}

/** Confluent's Metadata.mergeMetadata: the newer maps and sets over (and added to) the older. */
export function mergeMetadata(
  older: SchemaMetadata | undefined,
  newer: SchemaMetadata | undefined,
): SchemaMetadata | undefined {
  if (older === undefined) return newer;
  if (newer === undefined) return older;
  const mergeMap = <T>(a?: Record<string, T>, b?: Record<string, T>) =>
    !a ? b : !b ? a : sortedKeys({ ...a, ...b });
  const tags = mergeMap(older.tags, newer.tags);
  const properties = mergeMap(older.properties, newer.properties);
  const sensitive = !older.sensitive
    ? newer.sensitive
    : !newer.sensitive
      ? older.sensitive
      : [...new Set([...older.sensitive, ...newer.sensitive])].sort();
  return {
    ...(tags ? { tags } : {}),
    ...(properties ? { properties } : {}),
    ...(sensitive ? { sensitive } : {}),
  };
}

/** Confluent's RuleSet.mergeRuleSets: per list, newer rules replace older ones of the same name. */
export function mergeRuleSets(older: RuleSet | undefined, newer: RuleSet | undefined): RuleSet | undefined {
  if (older === undefined) return newer;
  if (newer === undefined) return older;
  const out: RuleSet = {};
  for (const list of RULE_LISTS) {
    const a = older[list];
    const b = newer[list];
    const merged = !a ? b : !b ? a : [...a.filter((r) => !b.some((n) => n.name === r.name)), ...b];
    if (merged && merged.length > 0) out[list] = merged;
  }
  return out;
}

/** Metadata with `confluent:version` set to a version (Metadata.setConfluentVersion). */
export function withConfluentVersion(m: SchemaMetadata | undefined, version: number): SchemaMetadata {
  return mergeMetadata(m, { properties: { [CONFLUENT_VERSION]: String(version) } })!;
}

/** The identity part of a schema's data contract (same metadata and rules ⇔ same string). */
export function contractKey(metadata: SchemaMetadata | undefined, ruleSet: RuleSet | undefined): string {
  return metadata === undefined && ruleSet === undefined
    ? ''
    : JSON.stringify([metadata ?? null, ruleSet ?? null]);
}
