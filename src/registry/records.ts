/**
 * The records of the `_schemas` topic in Confluent's own format (keys and values are JSON), so
 * the topic reads as Confluent's registry writes it and either can take over the other's topic.
 *
 *   key {"keytype":"SCHEMA","subject":"s","version":1,"magic":1}
 *     value {"subject":"s","version":1,"id":1,"schemaType":"JSON","references":[…],"schema":"…","deleted":false}
 *     (schemaType omitted for AVRO; null value = permanently deleted)
 *   key {"keytype":"CONFIG","subject":"s"|null,"magic":0}   value {"compatibilityLevel":"FULL"} or null
 *   key {"keytype":"MODE","subject":"s"|null,"magic":0}     value {"mode":"READONLY"} or null
 *   key {"keytype":"DELETE_SUBJECT","subject":"s","magic":0} value {"subject":"s","version":3}
 *   key {"keytype":"CLEAR_SUBJECT","subject":"s","magic":0}  value {"subject":"s"}
 *   key {"keytype":"CONTEXT","tenant":"default","context":".ctx","magic":0}
 *     value {"tenant":"default","context":".ctx"} (a context exists; null = deleted)
 *   key {"keytype":"NOOP","magic":0}                          (a marker to read up to)
 */
import type { SchemaReference, SchemaType } from '../schema-wire/types.js';
import type { CompatibilityLevel } from '../schema-wire/compat-types.js';
import type { RuleSet, SchemaMetadata } from './data-contracts.js';

export const MODES = ['READWRITE', 'READONLY', 'READONLY_OVERRIDE', 'IMPORT', 'FORWARD'] as const;
export type Mode = (typeof MODES)[number];

export type RegistryKey =
  | { keytype: 'SCHEMA'; subject: string; version: number; magic: 1 }
  | { keytype: 'CONFIG'; subject: string | null; magic: 0 }
  | { keytype: 'MODE'; subject: string | null; magic: 0 }
  | { keytype: 'DELETE_SUBJECT'; subject: string; magic: 0 }
  | { keytype: 'CLEAR_SUBJECT'; subject: string; magic: 0 }
  | { keytype: 'CONTEXT'; tenant: string; context: string; magic: 0 }
  | { keytype: 'NOOP'; magic: 0 };

export interface SchemaValue {
  subject: string;
  version: number;
  id: number;
  schemaType?: SchemaType;
  references?: SchemaReference[];
  /** Data contract (Confluent 7.4+): stored with the schema, part of its identity. */
  metadata?: SchemaMetadata;
  ruleSet?: RuleSet;
  schema: string;
  deleted: boolean;
}
/** Confluent's ConfigValue (the fields Eddy acts on; a record may carry any of them). */
export interface ConfigValue {
  compatibilityLevel?: CompatibilityLevel;
  normalize?: boolean;
  /** Merged under (default*) or over (override*) each new version's metadata and rules. */
  defaultMetadata?: SchemaMetadata;
  overrideMetadata?: SchemaMetadata;
  defaultRuleSet?: RuleSet;
  overrideRuleSet?: RuleSet;
  alias?: string;
  aliasForDeks?: string;
  validateFields?: boolean;
  validateNewSchemas?: boolean;
  validateRules?: boolean;
  compatibilityPolicy?: string;
  /** A metadata property: only versions with the same value of it are checked (AbstractSchemaRegistry). */
  compatibilityGroup?: string;
}
/**
 * The config's other scalar fields, in Confluent's Config order around `normalize` and the level:
 * stored, served and merged per field as the level is.
 */
export const SETTING_FIELDS = {
  alias: 'string',
  aliasForDeks: 'string',
  validateFields: 'boolean',
  validateNewSchemas: 'boolean',
  validateRules: 'boolean',
  compatibilityPolicy: 'string',
  compatibilityGroup: 'string',
} as const;
export type SettingField = keyof typeof SETTING_FIELDS;
export type ConfigSettings = Pick<ConfigValue, SettingField>;
/** The data-contract fields of a config. */
export const CONTRACT_CONFIG_FIELDS = [
  'defaultMetadata',
  'overrideMetadata',
  'defaultRuleSet',
  'overrideRuleSet',
] as const;
export interface ModeValue {
  mode: Mode;
}
export interface DeleteSubjectValue {
  subject: string;
  version: number;
}
export interface ClearSubjectValue {
  subject: string;
}
export interface ContextValue {
  tenant: string;
  context: string;
}

export type RegistryRecord =
  | { key: Extract<RegistryKey, { keytype: 'SCHEMA' }>; value: SchemaValue | null }
  | { key: Extract<RegistryKey, { keytype: 'CONFIG' }>; value: ConfigValue | null }
  | { key: Extract<RegistryKey, { keytype: 'MODE' }>; value: ModeValue | null }
  | { key: Extract<RegistryKey, { keytype: 'DELETE_SUBJECT' }>; value: DeleteSubjectValue | null }
  | { key: Extract<RegistryKey, { keytype: 'CLEAR_SUBJECT' }>; value: ClearSubjectValue | null }
  | { key: Extract<RegistryKey, { keytype: 'CONTEXT' }>; value: ContextValue | null }
  | { key: Extract<RegistryKey, { keytype: 'NOOP' }>; value: null };

/** Serialize a key with Confluent's field order (keytype, subject, version, magic). */
export function encodeKey(key: RegistryKey): string {
  switch (key.keytype) {
    case 'SCHEMA':
      return JSON.stringify({
        keytype: key.keytype,
        subject: key.subject,
        version: key.version,
        magic: key.magic,
      });
    case 'NOOP':
      return JSON.stringify({ keytype: key.keytype, magic: key.magic });
    case 'CONTEXT':
      return JSON.stringify({
        keytype: key.keytype,
        tenant: key.tenant,
        context: key.context,
        magic: key.magic,
      });
    default:
      return JSON.stringify({ keytype: key.keytype, subject: key.subject, magic: key.magic });
  }
}

export function encodeValue(record: RegistryRecord): string | null {
  if (record.value === null) return null;
  if (record.key.keytype === 'SCHEMA') {
    const v = record.value as SchemaValue;
    const out: Record<string, unknown> = { subject: v.subject, version: v.version, id: v.id };
    if (v.schemaType && v.schemaType !== 'AVRO') out.schemaType = v.schemaType;
    if (v.references && v.references.length > 0) out.references = v.references;
    if (v.metadata !== undefined) out.metadata = v.metadata;
    if (v.ruleSet !== undefined) out.ruleSet = v.ruleSet;
    out.schema = v.schema;
    out.deleted = v.deleted;
    return JSON.stringify(out);
  }
  return JSON.stringify(record.value);
}

/**
 * Parse a record read from the topic; unknown key types (written by newer registries) and
 * malformed records give undefined and are skipped, as Confluent's reader skips them.
 */
export function decodeRecord(key: string | null, value: string | null): RegistryRecord | undefined {
  if (key === null) return undefined;
  let k: Record<string, unknown>;
  let v: Record<string, unknown> | null;
  try {
    k = JSON.parse(key) as Record<string, unknown>;
    v = value === null || value === '' ? null : (JSON.parse(value) as Record<string, unknown>);
  } catch {
    return undefined;
  }
  const subject = typeof k.subject === 'string' ? k.subject : null;
  switch (k.keytype) {
    case 'SCHEMA':
      if (subject === null || typeof k.version !== 'number') return undefined;
      if (v !== null && (typeof v.id !== 'number' || typeof v.schema !== 'string')) return undefined;
      return {
        key: { keytype: 'SCHEMA', subject, version: k.version, magic: 1 },
        value:
          v === null
            ? null
            : ({ ...v, subject, version: k.version, deleted: v.deleted === true } as unknown as SchemaValue),
      };
    case 'CONFIG':
      return { key: { keytype: 'CONFIG', subject, magic: 0 }, value: v as unknown as ConfigValue | null };
    case 'MODE':
      return { key: { keytype: 'MODE', subject, magic: 0 }, value: v as unknown as ModeValue | null };
    case 'DELETE_SUBJECT':
      if (subject === null) return undefined;
      return {
        key: { keytype: 'DELETE_SUBJECT', subject, magic: 0 },
        value: v as unknown as DeleteSubjectValue | null,
      };
    case 'CLEAR_SUBJECT':
      if (subject === null) return undefined;
      return {
        key: { keytype: 'CLEAR_SUBJECT', subject, magic: 0 },
        value: v as unknown as ClearSubjectValue | null,
      };
    case 'CONTEXT': {
      if (typeof k.context !== 'string') return undefined;
      const tenant = typeof k.tenant === 'string' ? k.tenant : 'default';
      return {
        key: { keytype: 'CONTEXT', tenant, context: k.context, magic: 0 },
        value: v as unknown as ContextValue | null,
      };
    }
    case 'NOOP':
      return { key: { keytype: 'NOOP', magic: 0 }, value: null };
    default:
      return undefined;
  }
}
