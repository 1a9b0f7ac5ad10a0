/**
 * Compatibility messages as Confluent's registry words them. Avro's come from Avro's
 * SchemaCompatibility (`{errorType:'…', description:'…', additionalInfo:'…'}`); JSON Schema and
 * Protobuf findings are rendered by each provider's Difference.toString() — a different shape,
 * double quotes, and templates whose two `%s` SchemaValidatorBuilder fills with the reader and
 * writer roles ("new"/"old" when the new schema must read the old one, "old"/"new" the other way).
 */
import { readIncompatibilities } from '../schema-wire/compat.js';
import { JSON_LENIENT_CHANGES, type Incompatibility } from '../schema-wire/compat-types.js';
import type { ParsedSchema } from '../schema-wire/types.js';

const set = (...types: string[]) => new Set(types);

// json-schema-provider's diff/Difference.java groups.
const JSON_KEYWORD_ADDED_OR_REMOVED = set(
  'MAXIMUM_ADDED',
  'MINIMUM_ADDED',
  'EXCLUSIVE_MAXIMUM_ADDED',
  'EXCLUSIVE_MINIMUM_ADDED',
  'MULTIPLE_OF_ADDED',
  'MAX_LENGTH_ADDED',
  'MIN_LENGTH_ADDED',
  'PATTERN_ADDED',
  'REQUIRED_ATTRIBUTE_ADDED',
  'MAX_PROPERTIES_ADDED',
  'MIN_PROPERTIES_ADDED',
  'DEPENDENCY_ARRAY_ADDED',
  'DEPENDENCY_SCHEMA_ADDED',
  'MAX_ITEMS_ADDED',
  'MIN_ITEMS_ADDED',
  'MAX_CONTAINS_ADDED',
  'MIN_CONTAINS_ADDED',
  'UNIQUE_ITEMS_ADDED',
  'ADDITIONAL_ITEMS_REMOVED',
  'ADDITIONAL_PROPERTIES_REMOVED',
  'UNEVALUATED_PROPERTIES_REMOVED',
  'UNEVALUATED_ITEMS_REMOVED',
);
const JSON_VALUE_INCREASED = set(
  'MIN_LENGTH_INCREASED',
  'MINIMUM_INCREASED',
  'EXCLUSIVE_MINIMUM_INCREASED',
  'MIN_PROPERTIES_INCREASED',
  'MULTIPLE_OF_EXPANDED',
  'MIN_ITEMS_INCREASED',
  'MIN_CONTAINS_INCREASED',
);
const JSON_VALUE_DECREASED = set(
  'MAX_LENGTH_DECREASED',
  'MAXIMUM_DECREASED',
  'MAX_ITEMS_DECREASED',
  'MAX_CONTAINS_DECREASED',
  'EXCLUSIVE_MAXIMUM_DECREASED',
  'MAX_PROPERTIES_DECREASED',
);
const JSON_TYPE_NARROWED = set(
  'ADDITIONAL_ITEMS_NARROWED',
  'ENUM_ARRAY_NARROWED',
  'SUM_TYPE_NARROWED',
  'ADDITIONAL_PROPERTIES_NARROWED',
  'UNEVALUATED_PROPERTIES_NARROWED',
  'UNEVALUATED_ITEMS_NARROWED',
);
const JSON_VALUE_CHANGED = set('PATTERN_CHANGED', 'MULTIPLE_OF_CHANGED', 'DEPENDENCY_ARRAY_CHANGED');
const JSON_TYPE_CHANGED = set(
  'TYPE_CHANGED',
  'TYPE_NARROWED',
  'COMBINED_TYPE_CHANGED',
  'COMBINED_TYPE_SUBSCHEMAS_CHANGED',
  'ENUM_ARRAY_CHANGED',
);
const JSON_TYPE_EXTENDED = set(
  'DEPENDENCY_ARRAY_EXTENDED',
  'PRODUCT_TYPE_EXTENDED',
  'SUM_TYPE_EXTENDED',
  'NOT_TYPE_EXTENDED',
);
const JSON_ADDED_TO_OPEN = set(
  'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL',
  'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL',
  'OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL',
  'ITEM_ADDED_TO_OPEN_CONTENT_MODEL',
);

/** json-schema-provider Difference.error(): the template for a finding at `p`. */
function jsonTemplate(type: string, p: string): string {
  if (JSON_KEYWORD_ADDED_OR_REMOVED.has(type))
    return `The keyword at path '${p}' in the %s schema is not present in the %s schema`;
  if (JSON_VALUE_INCREASED.has(type))
    return `The value at path '${p}' in the %s schema is more than its value in the %s schema`;
  if (JSON_VALUE_DECREASED.has(type))
    return `The value at path '${p}' in the %s schema is less than its value in the %s schema`;
  if (JSON_VALUE_CHANGED.has(type))
    return `The value at path '${p}' is different between the %s and %s schema`;
  if (JSON_TYPE_NARROWED.has(type))
    return `An array or combined type at path '${p}' has fewer elements in the %s schema than the %s schema`;
  if (JSON_TYPE_EXTENDED.has(type))
    return `An array or combined type at path '${p}' has more elements in the %s schema than the %s schema`;
  if (JSON_TYPE_CHANGED.has(type))
    return `A type at path '${p}' is different between the %s schema and the %s schema`;
  if (JSON_ADDED_TO_OPEN.has(type))
    return `The %s schema has an open content model and has a property or item at path '${p}' which is missing in the %s schema`;
  switch (type) {
    case 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL':
      return `The %s schema has an unopen content model and has a required property at path '${p}' which is missing in the %s schema`;
    case 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL':
    case 'ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL':
      return `The %s has a closed content model and is missing a property or item present at path '${p}' in the %s schema`;
    case 'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL':
    case 'ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL':
      return `A property or item is missing in the %s schema but present at path '${p}' in the %s schema and is not covered by its partially open content model`;
    case 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL':
    case 'ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL':
      return `The %s schema has a property or item at path '${p}' which is missing in the %s schema and is not covered by its partially open content model`;
    default:
      return '';
  }
}

/** protobuf-provider Difference.error(): the template for a finding at `p`. */
function protobufTemplate(type: string, p: string): string {
  switch (type) {
    case 'PACKAGE_CHANGED':
      return `The package at '${p}' in the %s schema does not match the package in the %s schema`;
    case 'MESSAGE_REMOVED':
      return `The %s schema is missing a MESSAGE type at path '${p}' in the %s schema`;
    case 'FIELD_KIND_CHANGED':
      return `The type of a field at path '${p}' in the %s schema does not match the %s schema`;
    case 'FIELD_SCALAR_KIND_CHANGED':
      return `The kind of a SCALAR field at path '${p}' in the %s schema does not match its kind in the %s schema`;
    case 'FIELD_NAMED_TYPE_CHANGED':
      return `The type of a MESSAGE field at path '${p}' in the %s schema does not match its type in the %s schema`;
    case 'FIELD_NUMERIC_LABEL_CHANGED':
      return `The label for a NUMERIC field at path '${p}' in the %s schema does not match its label in the %s schema`;
    case 'REQUIRED_FIELD_ADDED':
      return `A required field  at path '${p}' in the %s schema is missing in the %s schema`;
    case 'REQUIRED_FIELD_REMOVED':
      return `The %s schema is missing a required field at path: '${p}' in the %s schema`;
    case 'ONEOF_FIELD_REMOVED':
      return `The %s schema is missing a oneof field at path '${p}' in the %s schema`;
    case 'ONEOF_FIELD_MOVED_TO_TOP_LEVEL':
      return `The oneof field at path '${p}' in the %s schema was moved out of its oneof to a top-level field in the %s schema`;
    case 'MULTIPLE_FIELDS_MOVED_TO_ONEOF':
      return `Multiple fields in the oneof at path '${p}' in the %s schema are outside a oneof in the %s schema`;
    case 'FIELD_MOVED_TO_EXISTING_ONEOF':
      return `A field in the oneof at path '${p}' in the %s schema is outside an existing oneof in the %s schema`;
    default:
      return '';
  }
}

/**
 * Avro (client avro/Difference.java): the description template by type and Avro's own
 * SchemaCompatibility message as additionalInfo, recovered from the checker's finding.
 */
function avroParts(i: Incompatibility): { template: string; info: string } {
  const p = i.path;
  const tail = (re: RegExp) => re.exec(i.description);
  switch (i.errorType) {
    case 'TYPE_MISMATCH': {
      const m = tail(/reader type (\S+) is not compatible with writer type (\S+)$/);
      return {
        template: `The type (path '${p}') of a field in the %s schema does not match with the %s schema`,
        info: m
          ? `reader type: ${m[1]!.toUpperCase()} not compatible with writer type: ${m[2]!.toUpperCase()}`
          : '',
      };
    }
    case 'FIXED_SIZE_MISMATCH': {
      const m = tail(/expected (\d+), found (\d+)$/);
      return {
        template: `The size of FIXED type field at path '${p}' in the %s schema does not match with the %s schema`,
        info: m ? `expected: ${m[1]}, found: ${m[2]}` : '',
      };
    }
    case 'NAME_MISMATCH': {
      const m = tail(/expected (\S+), found \S+$/);
      return {
        template: `The name of the schema has changed (path '${p}')`,
        info: m ? `expected: ${m[1]}` : '',
      };
    }
    case 'MISSING_ENUM_SYMBOLS': {
      const m = tail(/missing enum symbols '([^']*)'/);
      // Avro reports the missing symbols as a TreeSet: sorted.
      const symbols = `[${(m?.[1] ?? '').split(', ').sort().join(', ')}]`;
      return {
        template: `The %s schema is missing enum symbols '${symbols}' at path '${p}' in the %s schema`,
        info: symbols,
      };
    }
    case 'MISSING_UNION_BRANCH': {
      const m = tail(/lacks '([^']+)'$/) ?? tail(/: '([^']+)'$/);
      const t = m?.[1] ?? '';
      return {
        template: `The %s schema is missing a type inside a union field at path '${p}' in the %s schema`,
        info: `reader union lacking writer type: ${/^[a-z]+$/.test(t) ? t.toUpperCase() : 'RECORD'}`,
      };
    }
    case 'READER_FIELD_MISSING_DEFAULT_VALUE': {
      const m = tail(/^The field '([^']+)'/);
      const field = m?.[1] ?? '';
      return {
        template: `The field '${field}' at path '${p}' in the %s schema has no default value and is missing in the %s schema`,
        info: field,
      };
    }
    default:
      return { template: '', info: i.description };
  }
}

/** String.format(template, reader, writer) for the two `%s`. */
function fill(template: string, reader: string, writer: string): string {
  let n = 0;
  return template.replace(/%s/g, () => (n++ === 0 ? reader : writer));
}

/** One finding as Confluent prints it, for a schema type and the reader/writer roles. */
export function renderIncompatibility(
  schemaType: string,
  i: Incompatibility,
  reader: 'new' | 'old',
  writer: 'new' | 'old',
): string {
  if (schemaType === 'JSON')
    return `{errorType:"${i.errorType}", description:"${fill(jsonTemplate(i.errorType, i.path), reader, writer)}'}`;
  if (schemaType === 'PROTOBUF')
    return `{errorType:"${i.errorType}", description:"${fill(protobufTemplate(i.errorType, i.path), reader, writer)}"}`;
  const avro = avroParts(i);
  return `{errorType:'${i.errorType}', description:'${fill(avro.template, reader, writer)}', additionalInfo:'${avro.info}'}`;
}

/**
 * Confluent's messages for "`reader` reads what `writer` wrote", where the candidate plays the
 * reader (BACKWARD: new/old) or the writer (FORWARD: old/new).
 */
export function readMessages(
  reader: ParsedSchema,
  writer: ParsedSchema,
  readerIsNew: boolean,
  lenient = false,
): string[] {
  const roles: ['new' | 'old', 'new' | 'old'] = readerIsNew ? ['new', 'old'] : ['old', 'new'];
  // compatibilityPolicy LENIENT: JSON Schema content-model changes are compatible.
  const kept = (i: Incompatibility) =>
    !(lenient && reader.schemaType === 'JSON' && JSON_LENIENT_CHANGES.has(i.errorType));
  return readIncompatibilities(reader, writer)
    .filter(kept)
    .map((i) => renderIncompatibility(reader.schemaType, i, ...roles));
}
