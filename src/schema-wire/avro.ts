/**
 * Avro schemas with avsc: parsing (with references), canonical text and the binary codec.
 */
import avro from 'avsc';
import type { ParsedSchema, ResolvedReference } from './types.js';
import { InvalidSchemaError } from './types.js';

export type AvroType = avro.Type;

export class AvroSchema implements ParsedSchema {
  readonly schemaType = 'AVRO' as const;
  readonly canonical: string;
  constructor(
    readonly raw: string,
    readonly json: unknown,
    readonly type: avro.Type,
  ) {
    this.canonical = JSON.stringify(json);
  }

  /** Full names, attributes in a fixed order, docs and defaults kept (Confluent's `normalize`). */
  normalized(): string {
    return JSON.stringify(this.type.schema({ exportAttrs: true }));
  }

  /** Avro binary of a value (throws with the failing path when the value does not match). */
  encode(value: unknown): Buffer {
    const paths: string[] = [];
    const ok = this.type.isValid(value, { errorHook: (p: string[]) => paths.push(p.join('.') || '<root>') });
    if (!ok) throw new InvalidSchemaError(`value does not match the Avro schema at ${paths.join(', ')}`);
    return this.type.toBuffer(value);
  }

  decode(buf: Buffer): unknown {
    return this.type.fromBuffer(buf);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    // Avro also accepts a bare primitive name ("string" unquoted is not JSON, but Avro Java's
    // parser reads `string` as invalid, so we keep JSON strictness and say why).
    throw new InvalidSchemaError(`Invalid schema ${what}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Parse an Avro schema; `references` (dependencies first) define named types it may use.
 * @example parseAvro('{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}')
 */
export function parseAvro(text: string, references: readonly ResolvedReference[] = []): AvroSchema {
  const registry: Record<string, avro.Type> = {};
  for (const ref of references) {
    try {
      avro.Type.forSchema(parseJson(ref.schema, `reference ${ref.name}`) as avro.Schema, { registry });
    } catch (err) {
      if (err instanceof InvalidSchemaError) throw err;
      throw new InvalidSchemaError(`Invalid schema reference ${ref.name}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
  const json = parseJson(text, 'JSON');
  if (json === null || (typeof json !== 'object' && typeof json !== 'string')) {
    throw new InvalidSchemaError('Invalid schema: an Avro schema is a JSON object, array or type name');
  }
  let type: avro.Type;
  try {
    type = avro.Type.forSchema(json as avro.Schema, { registry, noAnonymousTypes: true });
  } catch (err) {
    throw new InvalidSchemaError(`Invalid schema: ${(err as Error).message}`, { cause: err });
  }
  return new AvroSchema(text, json, type);
}
