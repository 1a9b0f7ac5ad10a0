/**
 * Avro schemas with avsc: parsing (with references), canonical text and the binary codec.
 */
import avro from 'avsc';
import type { ParsedSchema, ResolvedReference } from './types.js';
import { InvalidSchemaError } from './types.js';

export type AvroType = avro.Type;

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_LONG = -(1n << 63n);
const MAX_LONG = (1n << 63n) - 1n;

/**
 * Avro `long` for the value codec: avsc's own long refuses values beyond 2^53 ("potential
 * precision loss"), but Java writers produce the whole 64-bit range. Values decode as numbers
 * while exact, as bigints beyond; both encode (avsc's documented `LongType.__with` hook).
 */
const EXACT_LONG = avro.types.LongType.__with({
  fromBuffer(buf: Buffer): number | bigint {
    const n = buf.readBigInt64LE();
    return n >= MIN_SAFE && n <= MAX_SAFE ? Number(n) : n;
  },
  toBuffer(n: number | bigint): Buffer {
    const buf = Buffer.alloc(8);
    buf.writeBigInt64LE(BigInt(n));
    return buf;
  },
  fromJSON: (x: unknown): unknown => x,
  toJSON: (n: number | bigint): number => Number(n),
  isValid: (n: unknown): boolean =>
    typeof n === 'bigint' ? n >= MIN_LONG && n <= MAX_LONG : Number.isSafeInteger(n),
  compare: (a: number | bigint, b: number | bigint): number => (a < b ? -1 : a > b ? 1 : 0),
});

export class AvroSchema implements ParsedSchema {
  readonly schemaType = 'AVRO' as const;
  readonly canonical: string;
  private codecType: avro.Type | undefined;

  constructor(
    readonly raw: string,
    readonly json: unknown,
    readonly type: avro.Type,
    private readonly references: readonly ResolvedReference[] = [],
  ) {
    this.canonical = JSON.stringify(json);
  }

  /** The same schema with 64-bit exact longs, for values (the registry's checks use `type`). */
  private codec(): avro.Type {
    this.codecType ??= forSchemaWith(this.json, this.references, { long: EXACT_LONG }, wrapMultiUnions);
    return this.codecType;
  }

  /** Full names, attributes in a fixed order, docs and defaults kept (Confluent's `normalize`). */
  normalized(): string {
    return JSON.stringify(this.type.schema({ exportAttrs: true }));
  }

  /** Avro binary of a value (throws with the failing path when the value does not match). */
  encode(value: unknown): Buffer {
    const paths: string[] = [];
    const type = this.codec();
    const ok = type.isValid(value, { errorHook: (p: string[]) => paths.push(p.join('.') || '<root>') });
    if (!ok) throw new InvalidSchemaError(`value does not match the Avro schema at ${paths.join(', ')}`);
    return type.toBuffer(value);
  }

  decode(buf: Buffer): unknown {
    return this.codec().fromBuffer(buf);
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
  const json = parseJson(text, 'JSON');
  if (json === null || (typeof json !== 'object' && typeof json !== 'string')) {
    throw new InvalidSchemaError('Invalid schema: an Avro schema is a JSON object, array or type name');
  }
  return new AvroSchema(text, json, forSchemaWith(json, references, {}), references);
}

/**
 * Values of a union with two or more non-null branches decode wrapped, `{branchName: value}`
 * (avsc's 'auto' leaves `["null","int","string"]` unwrapped, so which branch was written is
 * lost); a nullable single type (`["null", T]`) stays unwrapped. Keeps the branch for the
 * ROW that Confluent reads such a union as.
 */
function wrapMultiUnions(schema: avro.Schema, opts: avro.ForSchemaOptions): avro.Type | undefined {
  if (!Array.isArray(schema) || schema.filter((s) => s !== 'null').length < 2) return undefined;
  const branches = schema.map((s) => avro.Type.forSchema(s as avro.Schema, opts));
  return new avro.types.WrappedUnionType(branches as unknown as avro.Schema, opts);
}

function forSchemaWith(
  json: unknown,
  references: readonly ResolvedReference[],
  seed: Record<string, avro.Type>,
  typeHook?: (schema: avro.Schema, opts: avro.ForSchemaOptions) => avro.Type | undefined,
): avro.Type {
  const registry: Record<string, avro.Type> = { ...seed };
  for (const ref of references) {
    try {
      avro.Type.forSchema(parseJson(ref.schema, `reference ${ref.name}`) as avro.Schema, {
        registry,
        ...(typeHook && { typeHook }),
      });
    } catch (err) {
      if (err instanceof InvalidSchemaError) throw err;
      throw new InvalidSchemaError(`Invalid schema reference ${ref.name}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
  try {
    return avro.Type.forSchema(json as avro.Schema, {
      registry,
      noAnonymousTypes: true,
      ...(typeHook && { typeHook }),
    });
  } catch (err) {
    throw new InvalidSchemaError(`Invalid schema: ${(err as Error).message}`, { cause: err });
  }
}
