/**
 * JSON Schema with ajv, the draft chosen by `$schema`: draft-04 (ajv-draft-04), draft-06 and
 * draft-07 (ajv), 2019-09 (ajv/dist/2019), 2020-12 (ajv/dist/2020). No `$schema` = draft-07,
 * as Confluent's registry assumes.
 */
import { createRequire } from 'node:module';
import type AjvModule from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { ParsedSchema, ResolvedReference } from './types.js';
import { InvalidSchemaError } from './types.js';

const require = createRequire(import.meta.url);
type AjvLike = InstanceType<typeof AjvModule.default>;
type AjvCtor = new (opts: object) => AjvLike;
// ajv's drafts and formats load on the first JSON Schema (CommonJS, so synchronously): a process
// that meets none (`eddy sql` over Avro or raw topics) never pays for them.
const load = <T>(id: string): T => (require(id) as { default: T }).default;

export type JsonDraft = 'draft-04' | 'draft-06' | 'draft-07' | '2019-09' | '2020-12';

/** Which draft a `$schema` URI names (undefined `$schema` = draft-07). */
export function draftOf(schema: unknown): JsonDraft {
  if (typeof schema !== 'object' || schema === null) return 'draft-07';
  const uri = (schema as Record<string, unknown>).$schema;
  if (uri === undefined) return 'draft-07';
  if (typeof uri !== 'string') throw new InvalidSchemaError('Invalid schema: $schema must be a string');
  if (/draft-04\/schema/.test(uri)) return 'draft-04';
  if (/draft-06\/schema/.test(uri)) return 'draft-06';
  if (/draft-07\/schema/.test(uri)) return 'draft-07';
  if (/2019-09\/schema/.test(uri)) return '2019-09';
  if (/2020-12\/schema/.test(uri)) return '2020-12';
  throw new InvalidSchemaError(`Invalid schema: unsupported $schema '${uri}'`);
}

function newAjv(draft: JsonDraft): AjvLike {
  const opts = { strict: false, allErrors: true, validateFormats: true };
  let ajv: AjvLike;
  switch (draft) {
    case 'draft-04':
      ajv = new (load<AjvCtor>('ajv-draft-04'))(opts);
      break;
    case 'draft-06':
      ajv = new (load<AjvCtor>('ajv'))(opts);
      ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
      break;
    case '2019-09':
      ajv = new (load<AjvCtor>('ajv/dist/2019.js'))(opts);
      break;
    case '2020-12':
      ajv = new (load<AjvCtor>('ajv/dist/2020.js'))(opts);
      break;
    default:
      ajv = new (load<AjvCtor>('ajv'))(opts);
  }
  load<(ajv: AjvLike) => void>('ajv-formats')(ajv);
  return ajv;
}

export class JsonSchema implements ParsedSchema {
  readonly schemaType = 'JSON' as const;
  readonly canonical: string;
  constructor(
    readonly raw: string,
    readonly json: unknown,
    readonly draft: JsonDraft,
    readonly validate: ValidateFunction,
    /** Referenced schemas by name (for compatibility checks that follow `$ref`). */
    readonly refs: ReadonlyMap<string, unknown>,
  ) {
    this.canonical = JSON.stringify(json);
  }

  normalized(): string {
    return JSON.stringify(sortKeys(this.json));
  }

  /** Throws with ajv's reasons when the value is not valid for the schema. */
  check(value: unknown): void {
    if (!this.validate(value)) {
      const why = (this.validate.errors ?? [])
        .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
        .join('; ');
      throw new InvalidSchemaError(`value does not match the JSON schema: ${why}`);
    }
  }
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/**
 * Parse and compile a JSON Schema; each reference is added under its name so `$ref` to it resolves.
 * @example parseJsonSchema('{"type":"object","properties":{"a":{"type":"string"}}}')
 */
export function parseJsonSchema(text: string, references: readonly ResolvedReference[] = []): JsonSchema {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InvalidSchemaError(`Invalid schema: ${(err as Error).message}`, { cause: err });
  }
  if (typeof json !== 'boolean' && (typeof json !== 'object' || json === null || Array.isArray(json))) {
    throw new InvalidSchemaError('Invalid schema: a JSON Schema is an object or a boolean');
  }
  const draft = draftOf(json);
  const ajv = newAjv(draft);
  const refs = new Map<string, unknown>();
  for (const ref of references) {
    let refJson: unknown;
    try {
      refJson = JSON.parse(ref.schema);
      const id =
        typeof refJson === 'object' && refJson !== null
          ? (refJson as Record<string, unknown>).$id
          : undefined;
      ajv.addSchema(refJson as object, typeof id === 'string' && id !== ref.name ? undefined : ref.name);
      if (typeof id === 'string' && id !== ref.name) ajv.addSchema({ $ref: id }, ref.name);
    } catch (err) {
      throw new InvalidSchemaError(`Invalid schema reference ${ref.name}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    refs.set(ref.name, refJson);
  }
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(json as object);
  } catch (err) {
    throw new InvalidSchemaError(`Invalid schema: ${(err as Error).message}`, { cause: err });
  }
  return new JsonSchema(text, json, draft, validate, refs);
}
