/**
 * Compatibility of a new schema with earlier versions, per level (Confluent's semantics):
 * BACKWARD: the new schema reads data written with the previous one; FORWARD: the previous one
 * reads the new one's data; FULL: both; *_TRANSITIVE: against every earlier version, not only
 * the latest; NONE: no check.
 */
import { InternalError } from '../common/errors.js';
import { AvroSchema } from './avro.js';
import { avroIncompatibilities } from './avro-compat.js';
import type { CompatibilityLevel, Incompatibility } from './compat-types.js';
import { JsonSchema } from './json-schema.js';
import { jsonIncompatibilities } from './json-compat.js';
import { ProtobufSchema } from './protobuf.js';
import { protobufIncompatibilities } from './protobuf-compat.js';
import type { ParsedSchema } from './types.js';

/** Reasons why `reader` cannot read data written with `writer` (same format). */
export function readIncompatibilities(reader: ParsedSchema, writer: ParsedSchema): Incompatibility[] {
  if (reader instanceof AvroSchema && writer instanceof AvroSchema)
    return avroIncompatibilities(reader.type, writer.type);
  if (reader instanceof JsonSchema && writer instanceof JsonSchema)
    return jsonIncompatibilities(reader.json, writer.json, reader.refs, writer.refs);
  // Protobuf's diff is from the writer's file to the reader's file.
  if (reader instanceof ProtobufSchema && writer instanceof ProtobufSchema)
    return protobufIncompatibilities(writer, reader);
  if (reader.schemaType !== writer.schemaType) {
    return [
      {
        errorType: 'SCHEMA_TYPE_CHANGED',
        path: '/',
        description: `Incompatible because of different schema type: ${writer.schemaType} to ${reader.schemaType}`,
      },
    ];
  }
  throw new InternalError(`no compatibility checker for ${reader.schemaType}`);
}

/** The result of checking one new schema against the earlier versions a level names. */
export interface CompatibilityResult {
  compatible: boolean;
  messages: string[];
}

/**
 * Check `candidate` against `previous` (oldest first, live versions only) at `level`.
 * @example checkCompatibility(newSchema, [v1, v2], 'BACKWARD').compatible
 */
export function checkCompatibility(
  candidate: ParsedSchema,
  previous: readonly ParsedSchema[],
  level: CompatibilityLevel,
): CompatibilityResult {
  if (level === 'NONE' || previous.length === 0) return { compatible: true, messages: [] };
  const transitive = level.endsWith('_TRANSITIVE');
  const against = transitive ? [...previous].reverse() : [previous[previous.length - 1]!];
  const base = level.replace('_TRANSITIVE', '');
  const messages: string[] = [];
  for (const old of against) {
    const found: Incompatibility[] = [];
    if (base === 'BACKWARD' || base === 'FULL') found.push(...readIncompatibilities(candidate, old));
    if (base === 'FORWARD' || base === 'FULL') found.push(...readIncompatibilities(old, candidate));
    for (const i of found)
      messages.push(
        `{errorType:'${i.errorType}', description:'${i.description}', additionalInfo:'${i.path}'}`,
      );
    if (found.length > 0) break; // Confluent stops at the first incompatible version
  }
  return { compatible: messages.length === 0, messages };
}
