/**
 * Compatibility levels and the shape of an incompatibility, as Confluent's registry reports them.
 */
export const COMPATIBILITY_LEVELS = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;
export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number];

/** One reason why a reader schema cannot read a writer's data. */
export interface Incompatibility {
  /** Confluent's error type, e.g. READER_FIELD_MISSING_DEFAULT_VALUE, FIELD_KIND_CHANGED, TYPE_NARROWED. */
  errorType: string;
  /** Where, as a JSON-pointer-like path into the schema. */
  path: string;
  description: string;
}

/** Render an incompatibility the way Confluent's verbose messages read. */
export function formatIncompatibility(i: Incompatibility): string {
  return `{errorType:'${i.errorType}', description:'${i.description}', additionalInfo:'${i.path}'}`;
}

/**
 * The JSON Schema findings Confluent's `compatibilityPolicy` LENIENT accepts
 * (SchemaDiff.COMPATIBLE_CHANGES_LENIENT, in this checker's names): content-model changes.
 */
export const JSON_LENIENT_CHANGES: ReadonlySet<string> = new Set([
  'ADDITIONAL_PROPERTIES_REMOVED',
  'ADDITIONAL_PROPERTIES_NARROWED',
  'PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL',
  'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL',
  'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
]);
