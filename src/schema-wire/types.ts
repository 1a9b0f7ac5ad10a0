/**
 * Shared types of the schema formats: what the registry stores and what the codecs consume.
 */
import { EddyError } from '../common/errors.js';

export const SCHEMA_TYPES = ['AVRO', 'PROTOBUF', 'JSON'] as const;
export type SchemaType = (typeof SCHEMA_TYPES)[number];

/** A reference from one schema to another registered one, as in Confluent's REST API. */
export interface SchemaReference {
  /** Avro: the referenced full type name; Protobuf: the import path; JSON Schema: the `$ref` URL. */
  name: string;
  subject: string;
  version: number;
}

/** A referenced schema's text, resolved by the registry (transitively, dependencies first). */
export interface ResolvedReference {
  name: string;
  schema: string;
}

/** A parsed, validated schema of any format. */
export interface ParsedSchema {
  readonly schemaType: SchemaType;
  /** The text as given. */
  readonly raw: string;
  /** Text that is equal for equal schemas (whitespace and formatting ignored): same schema → same id. */
  readonly canonical: string;
  /** Confluent's `normalize=true` form: a deterministic text of the schema's meaning. */
  normalized(): string;
}

/** A schema that does not parse: the registry answers 422 / 42201 with this message. */
export class InvalidSchemaError extends EddyError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('EDDY_USAGE', message, options);
  }
}

/** Parse a schemaType as sent over REST (absent = AVRO). */
export function isSchemaType(value: unknown): value is SchemaType {
  return typeof value === 'string' && (SCHEMA_TYPES as readonly string[]).includes(value);
}
