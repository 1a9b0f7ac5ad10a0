/**
 * The registry's side of Confluent's known Protobuf dependencies (schema-wire's
 * protobuf-builtins.ts holds the files): a schema is parsed with them as implicit references.
 */
import { PROTOBUF_BUILTINS } from '../schema-wire/protobuf-builtins.js';
import type { ResolvedReference } from '../schema-wire/types.js';

/** Import path → file text, for every known dependency the parser lacks. */
export const KNOWN_PROTO_FILES: ReadonlyMap<string, string> = PROTOBUF_BUILTINS;

const KNOWN_LIST: readonly ResolvedReference[] = [...KNOWN_PROTO_FILES].map(([name, schema]) => ({
  name,
  schema,
}));

/**
 * The references a Protobuf schema is parsed with: the known files first, then the explicit
 * references, which win for the same import path (the parser keeps the last of a name).
 */
export function withKnownProtos(references: readonly ResolvedReference[]): ResolvedReference[] {
  const explicit = new Set(references.map((r) => r.name));
  return [...KNOWN_LIST.filter((k) => !explicit.has(k.name)), ...references];
}
