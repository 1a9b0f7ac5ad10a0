/**
 * Parsed schemas by id, with their references resolved through the registry's state. Parsing is
 * the costly part of compatibility checks and lookups, so each id is parsed once.
 */
import { parseSchema } from '../schema-wire/parse.js';
import type { ParsedSchema, ResolvedReference, SchemaReference, SchemaType } from '../schema-wire/types.js';
import { InvalidSchemaError } from '../schema-wire/types.js';
import { errors } from './errors.js';
import type { RegistryState } from './state.js';

export class SchemaCache {
  private readonly parsed = new Map<number, ParsedSchema>();

  constructor(private readonly state: RegistryState) {}

  /**
   * Resolve references to schema texts, dependencies first, each name once. An unknown
   * subject/version is the client's error: 422 / 42201 naming the reference.
   */
  resolveReferences(
    refs: readonly SchemaReference[],
    depth = 0,
    into: ResolvedReference[] = [],
    seen = new Set<string>(),
  ): ResolvedReference[] {
    if (depth > 32)
      throw errors.invalidSchema('Invalid schema: references nest deeper than 32 levels (a cycle?)');
    for (const ref of refs) {
      if (seen.has(ref.name)) continue;
      const versions = this.state.versions(ref.subject, false);
      const target =
        ref.version === -1 ? versions[versions.length - 1] : versions.find((v) => v.version === ref.version);
      if (!target) {
        throw errors.invalidSchema(
          `Invalid schema: reference '${ref.name}' to subject '${ref.subject}' version ${ref.version} not found`,
        );
      }
      this.resolveReferences(target.references, depth + 1, into, seen);
      seen.add(ref.name);
      into.push({ name: ref.name, schema: target.schema });
    }
    return into;
  }

  /** Parse a schema text (422 / 42201 with the parser's reason when it does not parse). */
  parse(schemaType: SchemaType, schema: string, references: readonly SchemaReference[]): ParsedSchema {
    const resolved = this.resolveReferences(references);
    try {
      return parseSchema(schemaType, schema, resolved);
    } catch (err) {
      if (err instanceof InvalidSchemaError) throw errors.invalidSchema(err.message);
      throw errors.invalidSchema(`Invalid schema: ${(err as Error).message}`);
    }
  }

  /** The parsed schema registered under `id` (cached). */
  byId(id: number): ParsedSchema | undefined {
    const hit = this.parsed.get(id);
    if (hit) return hit;
    const stored = this.state.byId.get(id);
    if (!stored) return undefined;
    const p = this.parse(stored.schemaType, stored.schema, stored.references);
    this.parsed.set(id, p);
    return p;
  }

  /** Seed the cache with a schema about to be stored under `id`. */
  remember(id: number, parsed: ParsedSchema): void {
    this.parsed.set(id, parsed);
  }

  forget(id: number): void {
    this.parsed.delete(id);
  }
}
