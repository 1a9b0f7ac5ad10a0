/**
 * The registry's state, rebuilt by applying the `_schemas` records in order. Applying is
 * idempotent and never fails: a record that makes no sense is ignored (as Confluent does).
 */
import type { CompatibilityLevel } from '../schema-wire/compat-types.js';
import type { SchemaReference, SchemaType } from '../schema-wire/types.js';
import { DEFAULT_CONTEXT, contextOf, qualifyReference } from './contexts.js';
import { parseMetadata, parseRuleSet, type RuleSet, type SchemaMetadata } from './data-contracts.js';
import {
  CONTRACT_CONFIG_FIELDS,
  SETTING_FIELDS,
  type ConfigSettings,
  type ConfigValue,
  type Mode,
  type RegistryRecord,
} from './records.js';

/** A config's data-contract fields (defaultMetadata, overrideMetadata, defaultRuleSet, overrideRuleSet). */
export type ContractConfig = Pick<ConfigValue, (typeof CONTRACT_CONFIG_FIELDS)[number]>;

/** Metadata or rules read from a record, canonical; a malformed part is dropped, never fatal. */
function safely<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}

function contractConfigOf(value: Record<string, unknown> | null): ContractConfig | undefined {
  if (!value) return undefined;
  const out: ContractConfig = {};
  for (const k of CONTRACT_CONFIG_FIELDS) {
    const parsed = safely(() => (k.endsWith('Metadata') ? parseMetadata(value[k]) : parseRuleSet(value[k])));
    if (parsed !== undefined) (out as Record<string, unknown>)[k] = parsed;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** A config record's alias, validate* and compatibilityPolicy/Group fields of the right type. */
function settingsOf(value: Record<string, unknown> | null): ConfigSettings | undefined {
  if (!value) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, type] of Object.entries(SETTING_FIELDS)) if (typeof value[k] === type) out[k] = value[k];
  return Object.keys(out).length > 0 ? (out as ConfigSettings) : undefined;
}

export interface StoredVersion {
  subject: string;
  version: number;
  id: number;
  schemaType: SchemaType;
  schema: string;
  references: SchemaReference[];
  metadata?: SchemaMetadata;
  ruleSet?: RuleSet;
  deleted: boolean;
}

export interface StoredSchema {
  id: number;
  schemaType: SchemaType;
  schema: string;
  references: SchemaReference[];
  metadata?: SchemaMetadata;
  ruleSet?: RuleSet;
}

/** One context's ids (Confluent allocates ids per context). */
export interface IdSpace {
  readonly byId: Map<number, StoredSchema>;
  /** How many versions (soft-deleted included) use each id; an id with none is gone. */
  readonly idUses: Map<number, number>;
  /** Every id in the order it first appeared (for incremental indexes). */
  readonly idLog: number[];
  /** Highest id ever seen: ids are never reused, even after a permanent delete. */
  maxId: number;
}

const newSpace = (): IdSpace => ({ byId: new Map(), idUses: new Map(), idLog: [], maxId: 0 });
const EMPTY_SPACE: IdSpace = newSpace();

export class RegistryState {
  /** subject → version → entry (versions in insertion order = ascending). */
  readonly subjects = new Map<string, Map<number, StoredVersion>>();
  /** context → its ids; a context is listed once a schema was written in it. */
  private readonly spaces = new Map<string, IdSpace>([[DEFAULT_CONTEXT, newSpace()]]);

  /** A context's ids (empty for a context never written to). */
  ids(context: string = DEFAULT_CONTEXT): IdSpace {
    return this.spaces.get(context) ?? EMPTY_SPACE;
  }

  /** The default context's schemas by id. */
  get byId(): Map<number, StoredSchema> {
    return this.ids().byId;
  }

  /** The default context's highest id. */
  get maxId(): number {
    return this.ids().maxId;
  }

  /** Contexts with a CONTEXT record (Confluent's ContextKey), written with their first schema. */
  readonly registeredContexts = new Set<string>();

  /** The contexts other than the default one, sorted: recorded ones and any holding subjects. */
  contexts(): string[] {
    const out = new Set(this.registeredContexts);
    for (const subject of this.subjects.keys()) out.add(contextOf(subject));
    out.delete(DEFAULT_CONTEXT);
    return [...out].sort();
  }
  globalCompatibility: CompatibilityLevel | undefined;
  readonly subjectCompatibility = new Map<string, CompatibilityLevel>();
  /** The `normalize` config flag, globally and per subject (Confluent's ConfigValue.normalize). */
  globalNormalize: boolean | undefined;
  readonly subjectNormalize = new Map<string, boolean>();
  /** Config default/override metadata and rules, globally and per subject. */
  globalContracts: ContractConfig | undefined;
  readonly subjectContracts = new Map<string, ContractConfig>();
  /** The config's other fields (alias, validateFields, compatibilityGroup, …). */
  globalSettings: ConfigSettings | undefined;
  readonly subjectSettings = new Map<string, ConfigSettings>();
  globalMode: Mode | undefined;
  readonly subjectMode = new Map<string, Mode>();
  /** Number of records applied (for health and tests). */
  applied = 0;

  apply(r: RegistryRecord): void {
    this.applied++;
    switch (r.key.keytype) {
      case 'SCHEMA': {
        const { subject, version } = r.key;
        const v = r.value as {
          id: number;
          schemaType?: SchemaType;
          schema: string;
          references?: SchemaReference[];
          metadata?: unknown;
          ruleSet?: unknown;
          deleted: boolean;
        } | null;
        const context = contextOf(subject);
        let space = this.spaces.get(context);
        if (!space) this.spaces.set(context, (space = newSpace()));
        const previous = this.subjects.get(subject)?.get(version);
        if (previous) this.release(space, previous.id);
        if (v === null) {
          const versions = this.subjects.get(subject);
          versions?.delete(version);
          if (versions && versions.size === 0) this.subjects.delete(subject);
          return;
        }
        let versions = this.subjects.get(subject);
        if (!versions) {
          versions = new Map();
          this.subjects.set(subject, versions);
        }
        const entry: StoredVersion = {
          subject,
          version,
          id: v.id,
          schemaType: v.schemaType ?? 'AVRO',
          schema: v.schema,
          references: v.references ?? [],
          deleted: v.deleted,
        };
        const metadata = safely(() => parseMetadata(v.metadata));
        const ruleSet = safely(() => parseRuleSet(v.ruleSet));
        if (metadata !== undefined) entry.metadata = metadata;
        if (ruleSet !== undefined) entry.ruleSet = ruleSet;
        versions.set(version, entry);
        space.idUses.set(v.id, (space.idUses.get(v.id) ?? 0) + 1);
        if (!space.byId.has(v.id)) {
          space.idLog.push(v.id);
          space.byId.set(v.id, {
            id: v.id,
            schemaType: entry.schemaType,
            schema: entry.schema,
            references: entry.references,
            ...(metadata !== undefined ? { metadata } : {}),
            ...(ruleSet !== undefined ? { ruleSet } : {}),
          });
        }
        if (v.id > space.maxId) space.maxId = v.id;
        return;
      }
      case 'CONFIG': {
        const value = r.value as { compatibilityLevel?: CompatibilityLevel; normalize?: unknown } | null;
        const level = value?.compatibilityLevel;
        const normalize = typeof value?.normalize === 'boolean' ? value.normalize : undefined;
        const contracts = contractConfigOf(value as Record<string, unknown> | null);
        const settings = settingsOf(value as Record<string, unknown> | null);
        if (r.key.subject === null) {
          this.globalCompatibility = level;
          this.globalNormalize = normalize;
          this.globalContracts = contracts;
          this.globalSettings = settings;
          return;
        }
        if (settings === undefined) this.subjectSettings.delete(r.key.subject);
        else this.subjectSettings.set(r.key.subject, settings);
        if (contracts === undefined) this.subjectContracts.delete(r.key.subject);
        else this.subjectContracts.set(r.key.subject, contracts);
        if (level === undefined) this.subjectCompatibility.delete(r.key.subject);
        else this.subjectCompatibility.set(r.key.subject, level);
        if (normalize === undefined) this.subjectNormalize.delete(r.key.subject);
        else this.subjectNormalize.set(r.key.subject, normalize);
        return;
      }
      case 'MODE': {
        const mode = (r.value as { mode?: Mode } | null)?.mode;
        if (r.key.subject === null) this.globalMode = mode;
        else if (mode === undefined) this.subjectMode.delete(r.key.subject);
        else this.subjectMode.set(r.key.subject, mode);
        return;
      }
      case 'DELETE_SUBJECT': {
        const upTo = (r.value as { version?: number } | null)?.version;
        if (upTo === undefined) return;
        for (const v of this.subjects.get(r.key.subject)?.values() ?? [])
          if (v.version <= upTo) v.deleted = true;
        return;
      }
      case 'CLEAR_SUBJECT': {
        const versions = this.subjects.get(r.key.subject);
        if (!versions) return;
        for (const [n, v] of versions) {
          if (!v.deleted) continue;
          versions.delete(n);
          this.release(this.ids(contextOf(r.key.subject)), v.id);
        }
        if (versions.size === 0) this.subjects.delete(r.key.subject);
        return;
      }
      case 'CONTEXT':
        if (r.key.tenant !== 'default') return;
        if (r.value === null) this.registeredContexts.delete(r.key.context);
        else this.registeredContexts.add(r.key.context);
        return;
      case 'NOOP':
        return;
    }
  }

  private release(space: IdSpace, id: number): void {
    const n = (space.idUses.get(id) ?? 1) - 1;
    if (n > 0) space.idUses.set(id, n);
    else {
      space.idUses.delete(id);
      space.byId.delete(id);
    }
  }

  /** Versions of a subject in ascending order, optionally including soft-deleted ones. */
  versions(subject: string, includeDeleted = false): StoredVersion[] {
    const m = this.subjects.get(subject);
    if (!m) return [];
    const out = [...m.values()].filter((v) => includeDeleted || !v.deleted);
    return out.sort((a, b) => a.version - b.version);
  }

  /** Every (subject, version) of a context that uses a schema id. */
  usesOf(id: number, includeDeleted = false, context: string = DEFAULT_CONTEXT): StoredVersion[] {
    const out: StoredVersion[] = [];
    for (const [subject, versions] of this.subjects) {
      if (contextOf(subject) !== context) continue;
      for (const v of versions.values()) if (v.id === id && (includeDeleted || !v.deleted)) out.push(v);
    }
    return out.sort((a, b) =>
      a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.version - b.version,
    );
  }

  /** Versions (live, or with includeDeleted soft-deleted ones too) that reference `subject`/`version`. */
  referrers(subject: string, version: number, includeDeleted = false): StoredVersion[] {
    const out: StoredVersion[] = [];
    for (const versions of this.subjects.values()) {
      for (const v of versions.values()) {
        if (
          (includeDeleted || !v.deleted) &&
          v.references.some(
            (r) => r.version === version && qualifyReference(v.subject, r.subject) === subject,
          )
        )
          out.push(v);
      }
    }
    return out;
  }

  /** The ids of the versions that reference `subject`/`version`, ascending. */
  referencedBy(subject: string, version: number, includeDeleted = false): number[] {
    const ids = new Set(this.referrers(subject, version, includeDeleted).map((v) => v.id));
    return [...ids].sort((a, b) => a - b);
  }
}
