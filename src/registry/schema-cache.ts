/**
 * Parsed schemas by id, with their references resolved through the registry's state. Parsing is
 * the costly part of compatibility checks and lookups, so each id is parsed once.
 */
import { parseSchema } from '../schema-wire/parse.js';
import type { ParsedSchema, ResolvedReference, SchemaReference, SchemaType } from '../schema-wire/types.js';
import { InvalidSchemaError } from '../schema-wire/types.js';
import { DEFAULT_CONTEXT, contextOf, qualifyReference } from './contexts.js';
import { errors } from './errors.js';
import { withKnownProtos } from './known-protos.js';
import type { RegistryState } from './state.js';

export class SchemaCache {
  /** `context id` → parsed schema (ids are per context). */
  private readonly parsed = new Map<string, ParsedSchema>();

  constructor(private readonly state: RegistryState) {}

  /**
   * Resolve references to schema texts, dependencies first, each name once. An unknown
   * subject/version is the client's error: 422 / 42201 naming the reference. An unqualified
   * reference subject is in the context of the schema that refers to it (`parent`).
   */
  resolveReferences(
    refs: readonly SchemaReference[],
    parent = '',
    depth = 0,
    into: ResolvedReference[] = [],
    seen = new Set<string>(),
  ): ResolvedReference[] {
    if (depth > 32)
      throw errors.invalidSchema('Invalid schema: references nest deeper than 32 levels (a cycle?)');
    for (const ref of refs) {
      if (seen.has(ref.name)) continue;
      const refSubject = qualifyReference(parent, ref.subject);
      const versions = this.state.versions(refSubject, false);
      const target =
        ref.version === -1 ? versions[versions.length - 1] : versions.find((v) => v.version === ref.version);
      if (!target) {
        throw errors.invalidSchema(
          `Invalid schema: reference '${ref.name}' to subject '${ref.subject}' version ${ref.version} not found`,
        );
      }
      this.resolveReferences(target.references, refSubject, depth + 1, into, seen);
      seen.add(ref.name);
      into.push({ name: ref.name, schema: target.schema });
    }
    return into;
  }

  /** Parse a schema text (422 / 42201 with the parser's reason when it does not parse). */
  parse(
    schemaType: SchemaType,
    schema: string,
    references: readonly SchemaReference[],
    subject = '',
  ): ParsedSchema {
    const explicit = this.resolveReferences(references, subject);
    // Confluent's ProtobufSchema resolves google/type/*, confluent/meta.proto and
    // confluent/type/*.proto imports without references (KNOWN_DEPENDENCIES).
    const resolved = schemaType === 'PROTOBUF' ? withKnownProtos(explicit) : explicit;
    try {
      return parseSchema(schemaType, schema, resolved);
    } catch (err) {
      if (err instanceof InvalidSchemaError) throw errors.invalidSchema(err.message);
      throw errors.invalidSchema(`Invalid schema: ${(err as Error).message}`);
    }
  }

  /** The parsed schema registered under `id` in a context (cached). */
  byId(id: number, context: string = DEFAULT_CONTEXT): ParsedSchema | undefined {
    const hit = this.parsed.get(`${context} ${id}`);
    if (hit) return hit;
    const stored = this.state.ids(context).byId.get(id);
    if (!stored) return undefined;
    // References resolve in the schema's context: any subject of it stands for the context.
    const anySubject = context === DEFAULT_CONTEXT ? '' : `:${context}:`;
    const p = this.parse(stored.schemaType, stored.schema, stored.references, anySubject);
    this.parsed.set(`${context} ${id}`, p);
    return p;
  }

  /** Seed the cache with a schema about to be stored under `id` in a subject's context. */
  remember(id: number, parsed: ParsedSchema, subject = ''): void {
    this.parsed.set(`${contextOf(subject)} ${id}`, parsed);
  }

  forget(id: number, subject = ''): void {
    this.parsed.delete(`${contextOf(subject)} ${id}`);
  }
}
