/**
 * One entry point to parse a schema of any format.
 */
import { parseAvro } from './avro.js';
import { parseJsonSchema } from './json-schema.js';
import { parseProtobuf } from './protobuf.js';
import type { ParsedSchema, ResolvedReference, SchemaType } from './types.js';

/**
 * Parse and validate a schema; throws InvalidSchemaError with the parser's reason.
 * @example parseSchema('AVRO', '"string"')
 */
export function parseSchema(
  schemaType: SchemaType,
  text: string,
  references: readonly ResolvedReference[] = [],
): ParsedSchema {
  switch (schemaType) {
    case 'AVRO':
      return parseAvro(text, references);
    case 'PROTOBUF':
      return parseProtobuf(text, references);
    case 'JSON':
      return parseJsonSchema(text, references);
  }
}
