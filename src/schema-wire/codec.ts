/**
 * Serializer and deserializer of Confluent's wire format for the three schema formats: what a
 * Kafka producer/consumer using Confluent's serializers writes and reads.
 *
 * @example
 * const bytes = encodeValue(7, parseAvro(text), { a: 1 });
 * const { value } = decodeValue(bytes, (id) => schemasById.get(id)!);
 */
import { EddyError } from '../common/errors.js';
import { AvroSchema } from './avro.js';
import { decodeMessageIndexes, encodeMessageIndexes, frame, unframe } from './framing.js';
import { JsonSchema } from './json-schema.js';
import { parseJsonExact, stringifyJsonExact, withPlainNumbers } from './json-exact.js';
import { ProtobufSchema, encodeProtobuf } from './protobuf.js';
import type { ParsedSchema } from './types.js';

export interface EncodeOptions {
  /** Protobuf: the message type's full name (default: the first message of the file). */
  messageType?: string;
  /** JSON: validate against the schema before writing (default true, as Confluent's serializer). */
  validate?: boolean;
  /**
   * JSON: the value holds JsonNumbers (json-exact.ts) or bigints, written as their exact digits (as
   * Jackson writes a long or a BigDecimal); without it the plain `JSON.stringify` path.
   */
  exactNumbers?: boolean;
}

/** Encode a value under a registered schema id, framed. */
export function encodeValue(
  schemaId: number,
  schema: ParsedSchema,
  value: unknown,
  options: EncodeOptions = {},
): Buffer {
  if (schema instanceof AvroSchema) return frame(schemaId, schema.encode(value));
  if (schema instanceof JsonSchema) {
    if (options.exactNumbers === true) {
      if (options.validate !== false) schema.check(withPlainNumbers(value));
      return frame(schemaId, Buffer.from(stringifyJsonExact(value), 'utf8'));
    }
    if (options.validate !== false) schema.check(value);
    return frame(schemaId, Buffer.from(JSON.stringify(value), 'utf8'));
  }
  if (schema instanceof ProtobufSchema) {
    const indexes = options.messageType ? schema.indexesOf(options.messageType) : [0];
    const type = schema.typeAt(indexes);
    const body = encodeProtobuf(type, value as Record<string, unknown>);
    return frame(schemaId, Buffer.concat([encodeMessageIndexes(indexes), body]));
  }
  throw new EddyError('EDDY_NOT_SUPPORTED', `cannot encode with schema type ${schema.schemaType}`);
}

export interface DecodedValue {
  schemaId: number;
  value: unknown;
  /** Protobuf: full name of the message type the indexes named. */
  messageType?: string;
}

/** Decode a framed value; `schemaFor` returns the schema registered under an id. */
export function decodeValue(data: Uint8Array, schemaFor: (id: number) => ParsedSchema): DecodedValue {
  const { schemaId, payload } = unframe(data);
  const schema = schemaFor(schemaId);
  try {
    if (schema instanceof AvroSchema) return { schemaId, value: schema.decode(payload) };
    if (schema instanceof JsonSchema)
      // Numbers beyond a double's 15 digits as JsonNumber text (a long, a DECIMAL(38)).
      return { schemaId, value: parseJsonExact(payload.toString('utf8')) };
    if (schema instanceof ProtobufSchema) {
      const { indexes, bytesRead } = decodeMessageIndexes(payload);
      const type = schema.typeAt(indexes);
      const msg = type.decode(payload.subarray(bytesRead));
      const value = type.toObject(msg, { longs: String, enums: String, bytes: String, defaults: true });
      return { schemaId, value, messageType: type.fullName.replace(/^\./, '') };
    }
  } catch (err) {
    if (err instanceof EddyError) throw err;
    throw new EddyError(
      'EDDY_PROTOCOL',
      `cannot decode ${schema.schemaType} value with schema id ${schemaId}: ${(err as Error).message}`,
      { cause: err },
    );
  }
  throw new EddyError('EDDY_NOT_SUPPORTED', `cannot decode with schema type ${schema.schemaType}`);
}
