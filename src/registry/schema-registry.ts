/**
 * The registry's operations (Confluent's semantics), on top of the state rebuilt from the
 * `_schemas` log. Reads answer from local state; writes append records to the log and return
 * once this instance has read them back. Writes are serialised so ids and versions are
 * allocated by one writer at a time; on a follower the REST layer forwards them to the leader.
 */
import { AvroSchema } from '../schema-wire/avro.js';
import { JsonSchema } from '../schema-wire/json-schema.js';
import { ProtobufSchema } from '../schema-wire/protobuf.js';
import { COMPATIBILITY_LEVELS, type CompatibilityLevel } from '../schema-wire/compat-types.js';
import {
  isSchemaType,
  type ParsedSchema,
  type SchemaReference,
  type SchemaType,
} from '../schema-wire/types.js';
import { descriptorToProtoText, looksLikeBase64Descriptor } from '../schema-wire/protobuf-descriptor.js';
import { avroSchemaText } from './avro-text.js';
import { readMessages } from './compat-messages.js';
import {
  DEFAULT_CONTEXT,
  compareSubjects,
  contextOf,
  matchesSubjectPrefix,
  parseQualified,
} from './contexts.js';
import {
  CONFLUENT_VERSION,
  contractKey,
  mergeMetadata,
  mergeRuleSets,
  validateRuleSet,
  withConfluentVersion,
  type RuleSet,
  type SchemaMetadata,
} from './data-contracts.js';
import { errors } from './errors.js';
import {
  MODES,
  type ConfigSettings,
  type ConfigValue,
  type Mode,
  type RegistryRecord,
  type SettingField,
} from './records.js';
import { SchemaCache } from './schema-cache.js';
import { RegistryState, type StoredVersion } from './state.js';
import type { SchemaLogStore } from './store.js';

/** A subject's context as Confluent's messages name it (`.` for the default one, else `:.ctx:`). */
function contextName(subject: string): string {
  const { context } = parseQualified(subject);
  return context === DEFAULT_CONTEXT ? '.' : `:${context}:`;
}

export const DEFAULT_COMPATIBILITY: CompatibilityLevel = 'BACKWARD';
const MAX_SUBJECT_LENGTH = 255;
const MAX_VERSION = 2 ** 31 - 1;
// Built from code points so the source holds no control characters.
const CONTROL_CHARS = new RegExp(
  `[${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}${String.fromCharCode(0x7f)}]`,
);
const CONTROL_CHARS_G = new RegExp(CONTROL_CHARS.source, 'g');

/** The body of POST /subjects/{s}/versions and POST /subjects/{s}. */
export interface SchemaRequest {
  schema: string;
  schemaType?: SchemaType;
  references?: SchemaReference[];
  /** IMPORT mode only: the id (and version) to register under. */
  id?: number;
  version?: number;
  /** Data contract (Confluent 7.4+); absent = the previous version's (register, lookup). */
  metadata?: SchemaMetadata;
  ruleSet?: RuleSet;
}

export interface RegisteredVersion {
  subject: string;
  version: number;
  id: number;
  schemaType: SchemaType;
  schema: string;
  references: SchemaReference[];
  metadata?: SchemaMetadata;
  ruleSet?: RuleSet;
}

/** A schema's metadata and rules (either may be absent). */
interface Contract {
  metadata?: SchemaMetadata;
  ruleSet?: RuleSet;
}

export interface SchemaRegistryOptions {
  store: SchemaLogStore;
  defaultCompatibility?: CompatibilityLevel;
  /** Largest accepted schema text in characters (Confluent: 42209 beyond it). */
  maxSchemaSize?: number;
}

/**
 * Subject names: not empty, at most 255 characters, no control characters, and no `.` or `..`
 * path segment (a subject may contain `/`, as Protobuf import paths do, but never climbs paths).
 */
export function validateSubject(subject: string): void {
  const bad = subject.length === 0 || subject.length > MAX_SUBJECT_LENGTH || CONTROL_CHARS.test(subject);
  if (bad || subject.split(/[/\\]/).some((seg) => seg === '.' || seg === '..')) {
    const shown = subject.replace(
      CONTROL_CHARS_G,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    throw errors.invalidSubject(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
  }
}

/**
 * Parse a version path parameter as Confluent's VersionId: "latest" (any case, trimmed) or -1 =
 * latest, else a Java int (optional sign) in 1..2^31-1.
 */
export function parseVersion(raw: string): number | 'latest' {
  const t = raw.trim();
  if (t.toLowerCase() === 'latest') return 'latest';
  if (!/^[+-]?\d{1,10}$/.test(t)) throw errors.invalidVersion(raw);
  const n = Number(t);
  if (n === -1) return 'latest';
  if (n < -(2 ** 31) || n > MAX_VERSION) throw errors.invalidVersion(raw);
  if (n < 1) throw errors.invalidVersion(String(n));
  return n;
}

export function parseCompatibility(value: unknown): CompatibilityLevel {
  const up = typeof value === 'string' ? value.toUpperCase() : '';
  if (!(COMPATIBILITY_LEVELS as readonly string[]).includes(up)) throw errors.invalidCompatibility();
  return up as CompatibilityLevel;
}

export function parseMode(value: unknown): Mode {
  const up = typeof value === 'string' ? value.toUpperCase() : '';
  if (!(MODES as readonly string[]).includes(up)) throw errors.invalidMode();
  return up as Mode;
}

/**
 * Confluent's canonicalString(): Avro Java's Schema.toString() for Avro, compact JSON for JSON
 * Schema; same text ⇔ same schema for lookups and ids.
 */
function canonicalText(p: ParsedSchema): string {
  return p instanceof AvroSchema ? avroSchemaText(p.json) : p.canonical;
}

/** ParsedSchema.getReservedFields: the metadata property `confluent:reserved`, comma-separated. */
function reservedFields(m: SchemaMetadata | undefined): Set<string> {
  const list = m?.properties?.['confluent:reserved'] ?? '';
  return new Set(
    list
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f !== ''),
  );
}

/** hasTopLevelField: an Avro record's fields, a JSON Schema's properties, a .proto's top-level messages' fields. */
function topLevelFields(p: ParsedSchema): Set<string> {
  if (p instanceof AvroSchema) {
    const j = p.json as { type?: unknown; fields?: { name?: unknown }[] };
    return new Set(j.type === 'record' && Array.isArray(j.fields) ? j.fields.map((f) => String(f.name)) : []);
  }
  if (p instanceof ProtobufSchema)
    return new Set(p.messages().flatMap((t) => t.fieldsArray.map((f) => f.name)));
  if (p instanceof JsonSchema) {
    const props = (p.json as { properties?: unknown } | null)?.properties;
    return new Set(props && typeof props === 'object' ? Object.keys(props) : []);
  }
  return new Set();
}

/** AbstractSchemaRegistry#validateReservedFields, with SchemaRegistry's message texts. */
function reservedFieldMessages(
  candidate: ParsedSchema,
  metadata: SchemaMetadata | undefined,
  previous: SchemaMetadata | undefined,
): string[] {
  const now = reservedFields(metadata);
  const out: string[] = [];
  for (const f of reservedFields(previous))
    if (!now.has(f))
      out.push(
        `The new schema has reserved field ${f} removed from its metadata which is present in the old schema's metadata.`,
      );
  const fields = topLevelFields(candidate);
  for (const f of now)
    if (fields.has(f)) out.push(`The new schema has field that conflicts with the reserved field ${f}.`);
  return out;
}

/** A live earlier version, parsed, as compatibility checks see it. */
interface PreviousSchema {
  version: number;
  schema: string;
  parsed: ParsedSchema;
  metadata?: SchemaMetadata;
}

/** Confluent's SchemaValidatorBuilder: the old schema is logged up to 10 KiB. */
const MAX_SCHEMA_SIZE_FOR_LOGGING = 10 * 1024;
const DIFFERENT_SCHEMA_TYPE = 'Incompatible because of different schema type';

/**
 * Confluent's compatibility error list: the checks against the first incompatible earlier
 * version (newest first for *_TRANSITIVE, else the latest only), then `{oldSchemaVersion: n}` and
 * `{oldSchema: '…'}` after the messages of the new-reads-old direction (BACKWARD, and FULL's
 * second half; FORWARD-only findings get none, as Confluent's canBeReadStrategy/mutualReadStrategy),
 * then `{validateFields: 'false', compatibility: 'LEVEL'}`. Empty when compatible.
 */
export function compatibilityMessages(
  candidate: ParsedSchema,
  previous: readonly PreviousSchema[],
  level: CompatibilityLevel,
  validateFields = false,
  lenient = false,
): string[] {
  if (level === 'NONE' || previous.length === 0) return [];
  const against = level.endsWith('_TRANSITIVE') ? [...previous].reverse() : [previous[previous.length - 1]!];
  const base = level.replace('_TRANSITIVE', '');
  // BACKWARD: the new schema reads the old one's data (roles new/old); FORWARD: the reverse.
  const one = (old: PreviousSchema, dir: 'BACKWARD' | 'FORWARD') =>
    dir === 'BACKWARD'
      ? readMessages(candidate, old.parsed, true, lenient)
      : readMessages(old.parsed, candidate, false, lenient);
  for (const old of against) {
    // A change of format is one fixed message, without the old schema (SchemaValidatorBuilder).
    if (old.parsed.schemaType !== candidate.schemaType)
      return [DIFFERENT_SCHEMA_TYPE, `{validateFields: '${validateFields}', compatibility: '${level}'}`];
    const oldInfo = [
      `{oldSchemaVersion: ${old.version}}`,
      old.schema.length <= MAX_SCHEMA_SIZE_FOR_LOGGING
        ? `{oldSchema: '${old.schema}'}`
        : `{oldSchema: <truncated> '${old.schema.slice(0, MAX_SCHEMA_SIZE_FOR_LOGGING)}...'}`,
    ];
    const messages: string[] = [];
    if (base === 'FORWARD' || base === 'FULL') {
      const fwd = one(old, 'FORWARD');
      messages.push(...fwd);
      // FORWARD alone appends the old schema (canBeReadStrategy); FULL only after its second half.
      if (base === 'FORWARD' && fwd.length > 0) messages.push(...oldInfo);
    }
    if (base === 'BACKWARD' || base === 'FULL') {
      const bwd = one(old, 'BACKWARD');
      messages.push(...bwd);
      if (bwd.length > 0) messages.push(...oldInfo);
    }
    if (messages.length > 0) {
      messages.push(`{validateFields: '${validateFields}', compatibility: '${level}'}`);
      return messages;
    }
  }
  return [];
}

export class SchemaRegistry {
  readonly state = new RegistryState();
  readonly cache = new SchemaCache(this.state);
  private readonly store: SchemaLogStore;
  private readonly defaultCompatibility: CompatibilityLevel;
  private readonly maxSchemaSize: number;
  private writeChain: Promise<unknown> = Promise.resolve();

  constructor(options: SchemaRegistryOptions) {
    this.store = options.store;
    this.defaultCompatibility = options.defaultCompatibility ?? DEFAULT_COMPATIBILITY;
    this.maxSchemaSize = options.maxSchemaSize ?? 4 * 1024 * 1024;
  }

  /** Read the log to its end. */
  async start(): Promise<void> {
    await this.store.start((r) => {
      if (r.key.keytype === 'SCHEMA' && r.value === null) {
        const prev = this.state.subjects.get(r.key.subject)?.get(r.key.version);
        if (prev) this.cache.forget(prev.id, r.key.subject);
      }
      this.state.apply(r);
    });
  }

  async close(): Promise<void> {
    await this.store.close();
  }

  /** Catch up with every record written so far (by any registry). */
  async sync(): Promise<void> {
    await this.store.sync();
  }

  /** Run write operations one at a time (ids and versions are allocated from current state). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(async () => {
      await this.store.sync();
      return fn();
    });
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  private async write(records: RegistryRecord[]): Promise<void> {
    try {
      await this.store.append(records);
    } catch (err) {
      throw errors.store((err as Error).message);
    }
  }

  // ---- modes and compatibility levels ------------------------------------------------------

  /**
   * Where a subject's config and mode are looked up, nearest first (Confluent's *InScope): the
   * subject, then its context's own (`:.ctx:`) when it is in a named context.
   */
  private scopes(subject: string | undefined): string[] {
    if (subject === undefined) return [];
    const context = contextOf(subject);
    const contextKey = `:${context}:`;
    return context === DEFAULT_CONTEXT || subject === contextKey ? [subject] : [subject, contextKey];
  }

  private inScope<T>(subject: string | undefined, bySubject: Map<string, T>): T | undefined {
    for (const s of this.scopes(subject)) {
      const hit = bySubject.get(s);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  compatibilityOf(subject: string | undefined): CompatibilityLevel {
    return (
      this.inScope(subject, this.state.subjectCompatibility) ??
      this.state.globalCompatibility ??
      this.defaultCompatibility
    );
  }

  /** A config field other than the level, normalize and contracts, nearest scope first. */
  settingOf<K extends SettingField>(subject: string | undefined, field: K): ConfigSettings[K] | undefined {
    for (const s of this.scopes(subject)) {
      const hit = this.state.subjectSettings.get(s)?.[field];
      if (hit !== undefined) return hit;
    }
    return this.state.globalSettings?.[field];
  }

  modeOf(subject: string | undefined): Mode {
    return this.inScope(subject, this.state.subjectMode) ?? this.state.globalMode ?? 'READWRITE';
  }

  private checkWritable(subject: string): void {
    const mode = this.modeOf(subject);
    if (mode === 'READONLY' || mode === 'READONLY_OVERRIDE') {
      throw errors.notPermitted(`Subject ${subject} in context ${contextName(subject)} is in read-only mode`);
    }
  }

  // ---- reads ---------------------------------------------------------------------------------

  subjectExists(subject: string, includeDeleted = false): boolean {
    return this.state.versions(subject, includeDeleted).length > 0;
  }

  /**
   * Subjects by `subjectPrefix` as Confluent's scans select them (none = every context, `:*:p` =
   * any context, else the prefix's context), ordered by context then name.
   */
  listSubjects(opts: { deleted?: boolean; deletedOnly?: boolean; prefix?: string } = {}): string[] {
    const out: string[] = [];
    for (const subject of this.state.subjects.keys()) {
      if (!matchesSubjectPrefix(subject, opts.prefix)) continue;
      const live = this.state.versions(subject, false).length > 0;
      const any = this.state.versions(subject, true).length > 0;
      if (opts.deletedOnly ? any && !live : live || (opts.deleted && any)) out.push(subject);
    }
    return out.sort(compareSubjects);
  }

  /**
   * GET /subjects/{s}/versions as Confluent's listVersions: live versions; `deleted` adds the
   * soft-deleted ones, `deletedOnly` lists only those, `deletedAsNegative` lists all with the
   * soft-deleted ones negated (it wins over the other two).
   */
  listVersions(
    subject: string,
    opts: { deleted?: boolean; deletedOnly?: boolean; deletedAsNegative?: boolean } = {},
  ): number[] {
    const withDeleted = opts.deleted === true || opts.deletedOnly === true;
    if (this.state.versions(subject, withDeleted).length === 0) throw errors.subjectNotFound(subject);
    if (opts.deletedAsNegative)
      return this.state.versions(subject, true).map((v) => (v.deleted ? -v.version : v.version));
    const versions = this.state.versions(subject, withDeleted);
    return (opts.deletedOnly ? versions.filter((v) => v.deleted) : versions).map((v) => v.version);
  }

  /** One version of a subject ('latest' = the highest live version). */
  getVersion(subject: string, version: number | 'latest', includeDeleted = false): StoredVersion {
    const all = this.state.versions(subject, true);
    // A subject with only soft-deleted versions is not found unless deleted ones are asked for.
    if (all.length === 0 || (!includeDeleted && all.every((v) => v.deleted)))
      throw errors.subjectNotFound(subject);
    if (version === 'latest') {
      const live = this.state.versions(subject, includeDeleted);
      const last = live[live.length - 1];
      if (!last) throw errors.subjectNotFound(subject);
      return last;
    }
    const v = all.find((x) => x.version === version);
    if (!v || (v.deleted && !includeDeleted)) throw errors.versionNotFound(version);
    return v;
  }

  /**
   * GET /subjects/{s}/metadata (Confluent's getLatestWithMetadata): the newest version (soft-
   * deleted ones too with `deleted`) whose metadata properties include every given pair; 40401
   * when the subject has no version, else 40403.
   */
  latestWithMetadata(
    subject: string,
    wanted: Record<string, string>,
    includeDeleted: boolean,
  ): StoredVersion {
    const versions = this.state.versions(subject, includeDeleted);
    for (const v of [...versions].reverse()) {
      const props = v.metadata?.properties;
      if (props && Object.entries(wanted).every(([k, val]) => props[k] === val)) return v;
    }
    if (versions.length === 0) throw errors.subjectNotFound(subject);
    throw errors.schemaNotFound();
  }

  // ---- writes --------------------------------------------------------------------------------

  private parseRequest(req: SchemaRequest): {
    schemaType: SchemaType;
    references: SchemaReference[];
    contract: Contract;
  } {
    // Confluent's providers are looked up by upper-case name (`avro` works as `AVRO`).
    const schemaType = (
      typeof req.schemaType === 'string' ? req.schemaType.toUpperCase() : (req.schemaType ?? 'AVRO')
    ) as SchemaType;
    if (!isSchemaType(schemaType)) throw errors.invalidSchema(`Invalid schema type ${String(schemaType)}`);
    if (typeof req.schema !== 'string' || req.schema.length === 0) throw errors.invalidSchema('Empty schema');
    if (req.schema.length > this.maxSchemaSize) {
      throw errors.schemaTooLarge(
        `Schema of ${req.schema.length} characters is larger than the limit of ${this.maxSchemaSize}`,
      );
    }
    const references = req.references ?? [];
    if (!Array.isArray(references)) throw errors.unprocessable('references must be an array');
    for (const r of references) {
      if (!r || typeof r.name !== 'string' || typeof r.subject !== 'string' || !Number.isInteger(r.version)) {
        throw errors.unprocessable(
          'each reference needs a string name, a string subject and an integer version',
        );
      }
    }
    // SubjectVersionsResource validates a request's rules first (42210 with RuleSet's message).
    if (req.ruleSet !== undefined) validateRuleSet(req.ruleSet);
    return {
      schemaType,
      references: references.map((r) => ({ name: r.name, subject: r.subject, version: r.version })),
      contract: {
        ...(req.metadata !== undefined ? { metadata: req.metadata } : {}),
        ...(req.ruleSet !== undefined ? { ruleSet: req.ruleSet } : {}),
      },
    };
  }

  /** Find the live (or, with includeDeleted, any) version of a subject that is this schema. */
  private findInSubject(
    subject: string,
    parsed: ParsedSchema,
    references: SchemaReference[],
    includeDeleted: boolean,
    normalize: boolean,
    contract: Contract,
  ): StoredVersion | undefined {
    const key = this.identity(parsed, references, normalize, contract);
    const context = contextOf(subject);
    for (const v of this.state.versions(subject, includeDeleted).reverse()) {
      if (v.schemaType !== parsed.schemaType) continue;
      const p = this.cache.byId(v.id, context);
      if (p && this.identity(p, v.references, normalize, v) === key) return v;
    }
    // Confluent's canLookup: a request without `confluent:version` finds a version carrying one.
    if (contract.metadata?.properties?.[CONFLUENT_VERSION] === undefined) {
      for (const v of this.state.versions(subject, includeDeleted).reverse()) {
        if (v.schemaType !== parsed.schemaType || v.metadata?.properties?.[CONFLUENT_VERSION] === undefined)
          continue;
        const p = this.cache.byId(v.id, context);
        const { [CONFLUENT_VERSION]: _drop, ...properties } = v.metadata.properties;
        const metadata: SchemaMetadata = { ...v.metadata };
        if (Object.keys(properties).length > 0) metadata.properties = properties;
        else delete metadata.properties;
        const stripped: Contract = { ruleSet: v.ruleSet, metadata };
        const want: Contract = { ruleSet: contract.ruleSet, metadata: contract.metadata ?? {} };
        if (
          p &&
          this.identity(p, v.references, normalize, stripped) ===
            this.identity(parsed, references, normalize, want)
        )
          return v;
      }
    }
    return undefined;
  }

  /** Same string ⇔ same schema: type, text (canonical or normalized), references, data contract. */
  private identity(
    p: ParsedSchema,
    references: SchemaReference[],
    normalize: boolean,
    contract: Contract,
  ): string {
    return `${p.schemaType}\u0000${normalize ? p.normalized() : canonicalText(p)}\u0000${JSON.stringify(references)}\u0000${contractKey(contract.metadata, contract.ruleSet)}`;
  }

  /**
   * Per context: identity → id for every id indexed so far (ids only grow, so indexing is
   * incremental).
   */
  private readonly idIndexes = new Map<string, { index: Map<string, number>; pos: number }>();

  /** An id already given to this schema under any subject of a context (same schema → same id). */
  private findId(
    context: string,
    parsed: ParsedSchema,
    references: SchemaReference[],
    normalize: boolean,
    contract: Contract,
  ): number | undefined {
    const key = this.identity(parsed, references, normalize, contract);
    const space = this.state.ids(context);
    if (!normalize) {
      let ix = this.idIndexes.get(context);
      if (!ix) this.idIndexes.set(context, (ix = { index: new Map(), pos: 0 }));
      const log = space.idLog;
      for (; ix.pos < log.length; ix.pos++) {
        const id = log[ix.pos]!;
        const stored = space.byId.get(id);
        const p = stored ? this.cache.byId(id, context) : undefined;
        if (p && stored) ix.index.set(this.identity(p, stored.references, false, stored), id);
      }
      const hit = ix.index.get(key);
      return hit !== undefined && space.byId.has(hit) ? hit : undefined;
    }
    for (const [id, stored] of space.byId) {
      if (stored.schemaType !== parsed.schemaType) continue;
      if (JSON.stringify(stored.references) !== JSON.stringify(references)) continue;
      const p = this.cache.byId(id, context);
      if (p && this.identity(p, references, normalize, stored) === key) return id;
    }
    return undefined;
  }

  /** POST /subjects/{s}: the version of this subject holding the schema. */
  lookup(
    subject: string,
    req: SchemaRequest,
    opts: { normalize?: boolean; deleted?: boolean } = {},
  ): RegisteredVersion {
    validateSubject(subject);
    const { schemaType, references, contract } = this.parseRequest(req);
    if (!this.subjectExists(subject, opts.deleted)) throw errors.subjectNotFound(subject);
    const parsed = this.cache.parse(schemaType, req.schema, references, subject);
    // Confluent's lookUpSchemaUnderSubject: without ?normalize the config's flag applies.
    const normalize = opts.normalize === true || this.normalizeOf(subject);
    let found = this.findInSubject(subject, parsed, references, opts.deleted === true, normalize, contract);
    if (!found) {
      // Then as registering would: the latest version's metadata and rules (with the config's
      // defaults and overrides) filled in where the request has none, and looked up again.
      const latest = this.state.versions(subject, false).at(-1);
      if (latest) {
        const next = this.populateContract(subject, contract, latest, undefined);
        if (contractKey(next.metadata, next.ruleSet) !== contractKey(contract.metadata, contract.ruleSet))
          found = this.findInSubject(subject, parsed, references, opts.deleted === true, normalize, next);
      }
    }
    if (!found) throw errors.schemaNotFound();
    return {
      subject,
      version: found.version,
      id: found.id,
      schemaType: found.schemaType,
      schema: found.schema,
      references: found.references,
      ...(found.metadata !== undefined ? { metadata: found.metadata } : {}),
      ...(found.ruleSet !== undefined ? { ruleSet: found.ruleSet } : {}),
    };
  }

  /**
   * Confluent's maybeSetMetadataRuleSet: the request's metadata and rules, else the previous
   * version's, under the config's defaults and below its overrides; `confluent:version` set to
   * the new version when the request named a version or the metadata already carries one.
   */
  private populateContract(
    subject: string,
    contract: Contract,
    previous: StoredVersion | undefined,
    newVersion: number | undefined,
    requestVersion?: number,
  ): Contract {
    const config = this.contractConfigOf(subject);
    let metadata = mergeMetadata(
      mergeMetadata(config.defaultMetadata, contract.metadata ?? previous?.metadata),
      config.overrideMetadata,
    );
    const ruleSet = mergeRuleSets(
      mergeRuleSets(config.defaultRuleSet, contract.ruleSet ?? previous?.ruleSet),
      config.overrideRuleSet,
    );
    if (
      newVersion !== undefined &&
      ((requestVersion !== undefined && requestVersion !== 0) ||
        metadata?.properties?.[CONFLUENT_VERSION] !== undefined)
    )
      metadata = withConfluentVersion(metadata, newVersion);
    return {
      ...(metadata !== undefined ? { metadata } : {}),
      ...(ruleSet !== undefined ? { ruleSet } : {}),
    };
  }

  /** Versions (oldest first) a new schema is checked against, parsed. */
  private previousParsed(subject: string): PreviousSchema[] {
    return this.state.versions(subject, false).flatMap((v) => {
      const p = this.cache.byId(v.id, contextOf(subject));
      return p ? [{ version: v.version, schema: v.schema, parsed: p, metadata: v.metadata }] : [];
    });
  }

  /**
   * AbstractSchemaRegistry#isCompatibleWithPrevious: with a `compatibilityGroup` in scope, only
   * versions whose metadata property of that name has the candidate's value (absent = absent)
   * are checked; the closing message carries the config's `validateFields`. With
   * `validateFields`, the metadata's `confluent:reserved` fields are checked first against the
   * latest version (validateReservedFields), at every level.
   */
  private compatibilityWith(
    subject: string,
    candidate: ParsedSchema,
    metadata: SchemaMetadata | undefined,
    previous: PreviousSchema[],
  ): string[] {
    const group = this.settingOf(subject, 'compatibilityGroup');
    const groupValue = (m: SchemaMetadata | undefined) =>
      group === undefined ? undefined : m?.properties?.[group];
    const against =
      group === undefined
        ? previous
        : previous.filter((p) => groupValue(p.metadata) === groupValue(metadata));
    const level = this.compatibilityOf(subject);
    const validateFields = this.settingOf(subject, 'validateFields') ?? false;
    const lenient = this.settingOf(subject, 'compatibilityPolicy') === 'LENIENT';
    const messages = compatibilityMessages(candidate, against, level, validateFields, lenient);
    if (!validateFields) return messages;
    const reserved = reservedFieldMessages(candidate, metadata, previous.at(-1)?.metadata);
    if (reserved.length === 0) return messages;
    return [
      ...reserved,
      ...(messages.length > 0 ? messages : [`{validateFields: 'true', compatibility: '${level}'}`]),
    ];
  }

  /** POST /subjects/{s}/versions: register (or find) a schema; returns its id. */
  register(
    subject: string,
    req: SchemaRequest,
    opts: { normalize?: boolean } = {},
  ): Promise<{ id: number; version: number }> {
    validateSubject(subject);
    const { schemaType, references, contract: asked } = this.parseRequest(req);
    return this.serial(async () => {
      this.checkWritable(subject);
      const mode = this.modeOf(subject);
      const importing = mode === 'IMPORT';
      // Confluent's checkRegisterMode: an explicit id needs IMPORT (or FORWARD) mode, any other
      // registration needs READWRITE.
      if (req.id !== undefined && req.id !== null) {
        if (!importing && mode !== 'FORWARD')
          throw errors.notPermitted(
            `Subject ${subject} in context ${contextName(subject)} is not in import mode`,
          );
      } else if (mode !== 'READWRITE') {
        throw errors.notPermitted(
          `Subject ${subject} in context ${contextName(subject)} is not in read-write mode`,
        );
      }
      const parsed = this.cache.parse(schemaType, req.schema, references, subject);
      const context = contextOf(subject);
      const space = this.state.ids(context);
      // Confluent: the config's `normalize` applies when the request does not ask, except in
      // IMPORT mode; a schema imported with its id is stored as sent (no validation, no normalize).
      const withId = importing && req.id !== undefined && req.id !== null;
      const normalize = !withId && (opts.normalize === true || (!importing && this.normalizeOf(subject)));
      const all = this.state.versions(subject, true);
      const nextVersion = (all[all.length - 1]?.version ?? 0) + 1;
      // Confluent's maybePopulateFromPrevious (not in IMPORT mode): metadata and rules default
      // to the latest live version's, so re-registering the same text finds that version.
      const contract = importing
        ? asked
        : this.populateContract(
            subject,
            asked,
            this.state.versions(subject, false).at(-1),
            nextVersion,
            req.version,
          );
      const existing = this.findInSubject(subject, parsed, references, false, normalize, contract);
      if (existing && (req.id === undefined || req.id === null || req.id === existing.id)) {
        return { id: existing.id, version: existing.version };
      }
      if (!importing && req.version !== undefined && req.version !== 0 && req.version !== nextVersion)
        throw errors.invalidSchema('Version is not one more than previous version');
      const version =
        importing && Number.isInteger(req.version) && req.version! > 0 ? req.version! : nextVersion;
      if (importing && all.some((v) => v.version === version)) {
        throw errors.notPermitted(`Version ${version} already exists for subject ${subject}`);
      }
      let id: number;
      if (importing && Number.isInteger(req.id) && req.id! >= 0) {
        id = req.id!;
        const taken = space.byId.get(id);
        if (taken) {
          const p = this.cache.byId(id, context);
          if (
            !p ||
            this.identity(p, taken.references, normalize, taken) !==
              this.identity(parsed, references, normalize, contract)
          ) {
            throw errors.idDoesNotMatch(
              `Overwrite new schema with id ${id} in context ${contextName(subject)} is not permitted.`,
            );
          }
        }
      } else {
        if (!importing) {
          const messages = this.compatibilityWith(
            subject,
            parsed,
            contract?.metadata,
            this.previousParsed(subject),
          );
          if (messages.length > 0) {
            throw errors.incompatible(
              `Schema being registered is incompatible with an earlier schema for subject "${subject}", details: [${messages.join(', ')}]`,
            );
          }
        }
        id = this.findId(context, parsed, references, normalize, contract) ?? space.maxId + 1;
      }
      // Confluent stores (and serves) the parsed schema's canonical string, not the text sent.
      // Protobuf text is kept as sent, but a base64 FileDescriptorProto (confluent_kafka's
      // serializer registers that) becomes .proto text, as Confluent's ProtobufSchema does:
      // readers such as @kafkajs/confluent-schema-registry only parse text.
      const text = normalize
        ? parsed.normalized()
        : parsed.schemaType === 'PROTOBUF'
          ? looksLikeBase64Descriptor(req.schema)
            ? descriptorToProtoText(req.schema)
            : req.schema
          : canonicalText(parsed);
      // The new id's schema is the one just parsed: spare parsing it again on first use.
      const fresh = !normalize && !space.byId.has(id);
      if (fresh) this.cache.remember(id, parsed, subject);
      // As Confluent's register: earlier soft-deleted versions of this subject with the same id
      // are tombstoned (unless something, even soft-deleted, still references them).
      const superseded: RegistryRecord[] = all
        .filter(
          (v) =>
            v.deleted &&
            v.id === id &&
            v.version < version &&
            this.state.referencedBy(subject, v.version, true).length === 0,
        )
        .map((v) => ({ key: { keytype: 'SCHEMA', subject, version: v.version, magic: 1 }, value: null }));
      // Confluent records a named context (ContextKey) the first time a schema goes into it.
      const contextRecord: RegistryRecord[] =
        context === DEFAULT_CONTEXT || this.state.registeredContexts.has(context)
          ? []
          : [
              {
                key: { keytype: 'CONTEXT', tenant: 'default', context, magic: 0 },
                value: { tenant: 'default', context },
              },
            ];
      try {
        await this.write([
          ...contextRecord,
          ...superseded,
          {
            key: { keytype: 'SCHEMA', subject, version, magic: 1 },
            value: {
              subject,
              version,
              id,
              schemaType,
              references,
              ...contract,
              schema: text,
              deleted: false,
            },
          },
        ]);
      } catch (err) {
        if (fresh && !space.byId.has(id)) this.cache.forget(id, subject);
        throw err;
      }
      return { id, version };
    });
  }

  /**
   * POST /compatibility/subjects/{s}/versions/{v}: check without registering. 'all' checks as
   * registering would (every live version the level names); one version is checked alone.
   */
  testCompatibility(
    subject: string,
    version: number | 'latest' | 'all',
    req: SchemaRequest,
    _opts: { normalize?: boolean } = {},
  ): { compatible: boolean; messages: string[] } {
    validateSubject(subject);
    const { schemaType, references, contract } = this.parseRequest(req);
    const parsed = this.cache.parse(schemaType, req.schema, references, subject);
    let previous: PreviousSchema[];
    if (version === 'all') {
      previous = this.previousParsed(subject);
    } else {
      if (version === 'latest' && !this.subjectExists(subject)) return { compatible: true, messages: [] };
      // As Confluent: a named version that is not there is 40402, even for an unknown subject.
      const v =
        version !== 'latest' && !this.subjectExists(subject) ? undefined : this.getVersion(subject, version);
      if (!v) throw errors.versionNotFound(version);
      const p = this.cache.byId(v.id, contextOf(subject));
      previous = p ? [{ version: v.version, schema: v.schema, parsed: p, metadata: v.metadata }] : [];
    }
    const messages = this.compatibilityWith(subject, parsed, contract?.metadata, previous);
    return { compatible: messages.length === 0, messages };
  }

  /** DELETE /subjects/{s}/versions/{v}. */
  deleteVersion(subject: string, version: number | 'latest', permanent: boolean): Promise<number> {
    validateSubject(subject);
    return this.serial(async () => {
      this.checkWritable(subject);
      if (!this.subjectExists(subject, true)) throw errors.subjectNotFound(subject);
      const v =
        version === 'latest'
          ? this.getVersion(subject, 'latest', permanent)
          : this.state.versions(subject, true).find((x) => x.version === version);
      if (!v) throw errors.versionNotFound(version);
      if (!permanent && v.deleted) throw errors.versionSoftDeleted(subject, v.version);
      // As Confluent's deleteSchemaVersion: references first (a permanent delete also counts
      // soft-deleted referrers, which could still be restored), then the soft-delete rule.
      if (this.state.referencedBy(subject, v.version, permanent).length > 0)
        throw errors.referenceExists(subject, v.version);
      if (permanent && !v.deleted) throw errors.versionNotSoftDeleted(subject, v.version);
      await this.write([
        {
          key: { keytype: 'SCHEMA', subject, version: v.version, magic: 1 },
          value: permanent
            ? null
            : {
                subject,
                version: v.version,
                id: v.id,
                schemaType: v.schemaType,
                references: v.references,
                ...(v.metadata !== undefined ? { metadata: v.metadata } : {}),
                ...(v.ruleSet !== undefined ? { ruleSet: v.ruleSet } : {}),
                schema: v.schema,
                deleted: true,
              },
        },
      ]);
      return v.version;
    });
  }

  /** DELETE /subjects/{s}: soft delete every version, or permanently after a soft delete. */
  deleteSubject(subject: string, permanent: boolean): Promise<number[]> {
    validateSubject(subject);
    return this.serial(async () => {
      this.checkWritable(subject);
      const all = this.state.versions(subject, true);
      if (all.length === 0) throw errors.subjectNotFound(subject);
      const live = all.filter((v) => !v.deleted);
      // Confluent's deleteSubject: references from other subjects block it (soft-deleted
      // referrers too when permanent); references between the subject's own versions do not.
      for (const v of permanent ? all : live) {
        if (this.state.referrers(subject, v.version, permanent).some((r) => r.subject !== subject))
          throw errors.referenceExists(subject, v.version);
      }
      if (permanent) {
        if (live.length > 0) throw errors.subjectNotSoftDeleted(subject);
        const records: RegistryRecord[] = all.map((v) => ({
          key: { keytype: 'SCHEMA', subject, version: v.version, magic: 1 },
          value: null,
        }));
        if (this.storedConfig(subject) !== undefined)
          records.push({ key: { keytype: 'CONFIG', subject, magic: 0 }, value: null });
        if (this.state.subjectMode.has(subject))
          records.push({ key: { keytype: 'MODE', subject, magic: 0 }, value: null });
        await this.write(records);
        return all.map((v) => v.version);
      }
      if (live.length === 0) throw errors.subjectSoftDeleted(subject);
      await this.write([
        {
          key: { keytype: 'DELETE_SUBJECT', subject, magic: 0 },
          value: { subject, version: all[all.length - 1]!.version },
        },
      ]);
      return live.map((v) => v.version);
    });
  }

  /** The stored config of a subject (undefined when it has none) or the global one. */
  storedConfig(subject: string | undefined): ConfigValue | undefined {
    const level =
      subject === undefined ? this.state.globalCompatibility : this.state.subjectCompatibility.get(subject);
    const normalize =
      subject === undefined ? this.state.globalNormalize : this.state.subjectNormalize.get(subject);
    const contracts =
      subject === undefined ? this.state.globalContracts : this.state.subjectContracts.get(subject);
    const settings =
      subject === undefined ? this.state.globalSettings : this.state.subjectSettings.get(subject);
    if (level === undefined && normalize === undefined && contracts === undefined && settings === undefined)
      return undefined;
    return {
      ...(level !== undefined ? { compatibilityLevel: level } : {}),
      ...(normalize !== undefined ? { normalize } : {}),
      ...contracts,
      ...settings,
    };
  }

  /** The config's default/override metadata and rules in scope: the subject's over the global. */
  private contractConfigOf(
    subject: string,
  ): Contract & Omit<ConfigValue, 'compatibilityLevel' | 'normalize'> {
    const scoped = this.scopes(subject).reverse();
    return Object.assign(
      {},
      this.state.globalContracts,
      ...scoped.map((s) => this.state.subjectContracts.get(s)),
    );
  }

  /**
   * GET /config[/{s}] as Confluent: the global config always has a level (the default when none
   * is stored); a subject's own config, or with `defaultToGlobal` the subject's fields over the
   * global ones (getConfigInScope). Undefined: the subject has none.
   */
  configOf(subject: string | undefined, defaultToGlobal = false): ConfigValue | undefined {
    const global: ConfigValue = { ...this.storedConfig(undefined) };
    global.compatibilityLevel ??= this.defaultCompatibility;
    if (subject === undefined) return global;
    const own = this.storedConfig(subject);
    if (!defaultToGlobal) return own;
    // Nearest scope wins per field: the subject, its context's config, the global one.
    const scoped = this.scopes(subject)
      .reverse()
      .map((s) => this.storedConfig(s));
    return Object.assign(global, ...scoped) as ConfigValue;
  }

  /** Whether a subject's registrations, lookups and checks normalize by default (config `normalize`). */
  normalizeOf(subject: string): boolean {
    return this.inScope(subject, this.state.subjectNormalize) ?? this.state.globalNormalize ?? false;
  }

  /** PUT /config[/{s}]: the given fields over the stored config (ConfigValue.update); returns the result. */
  setConfig(subject: string | undefined, update: ConfigValue): Promise<ConfigValue> {
    if (subject !== undefined) validateSubject(subject);
    return this.serial(async () => {
      if (subject !== undefined) this.checkWritable(subject);
      if (Object.keys(update).length === 0) return this.storedConfig(subject) ?? {};
      const value: ConfigValue = { ...this.storedConfig(subject), ...update };
      await this.write([{ key: { keytype: 'CONFIG', subject: subject ?? null, magic: 0 }, value }]);
      return value;
    });
  }

  /** DELETE /config[/{s}]: remove a subject's (or reset the global) config; returns what it was. */
  deleteConfig(subject: string | undefined): Promise<ConfigValue> {
    if (subject !== undefined) validateSubject(subject);
    return this.serial(async () => {
      const before = this.configOf(subject);
      // Confluent's deleteSubjectConfig: a subject without its own config is 40401.
      if (before === undefined) throw errors.subjectNotFound(subject!);
      await this.write([{ key: { keytype: 'CONFIG', subject: subject ?? null, magic: 0 }, value: null }]);
      return before;
    });
  }

  /**
   * DELETE /contexts/{context} (`:.ctx:` or `.ctx`): only an empty context (no subject, not even
   * a soft-deleted one) is deleted (42211 otherwise); deleting one that is not there is a no-op.
   */
  deleteContext(delimited: string): Promise<void> {
    const context = delimited.startsWith(':.') ? contextOf(delimited) : delimited;
    return this.serial(async () => {
      if (context === DEFAULT_CONTEXT || !context.startsWith('.')) return;
      if ([...this.state.subjects.keys()].some((s) => contextOf(s) === context))
        throw errors.contextNotEmpty(delimited);
      if (!this.state.registeredContexts.has(context)) return;
      await this.write([{ key: { keytype: 'CONTEXT', tenant: 'default', context, magic: 0 }, value: null }]);
    });
  }

  setMode(subject: string | undefined, mode: Mode, force: boolean): Promise<void> {
    if (subject !== undefined) validateSubject(subject);
    return this.serial(async () => {
      if (mode === 'IMPORT' && !force) {
        // Confluent's hasSubjects: a context (`:.ctx:`) is non-empty when any subject of it has a version.
        const q = subject === undefined ? undefined : parseQualified(subject);
        const nonEmpty =
          subject === undefined
            ? this.listSubjects().length > 0
            : q!.name === ''
              ? this.listSubjects({ prefix: subject }).length > 0
              : this.subjectExists(subject);
        if (nonEmpty) throw errors.notPermitted('Cannot import since found existing subjects');
      }
      await this.write([{ key: { keytype: 'MODE', subject: subject ?? null, magic: 0 }, value: { mode } }]);
    });
  }

  deleteMode(subject: string | undefined): Promise<Mode> {
    if (subject !== undefined) validateSubject(subject);
    return this.serial(async () => {
      const before = this.modeOf(subject);
      // Confluent's deleteSubjectMode: no subject-level mode is 40401.
      if (subject !== undefined && !this.state.subjectMode.has(subject))
        throw errors.subjectNotFound(subject);
      await this.write([{ key: { keytype: 'MODE', subject: subject ?? null, magic: 0 }, value: null }]);
      return before;
    });
  }
}
