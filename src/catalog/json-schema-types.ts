/**
 * JSON Schema → Flink types for inferred `json-registry` tables: objects are ROWs (a property
 * is NOT NULL when required and not nullable), `integer` BIGINT, `number` DOUBLE, `string`
 * STRING, `boolean` BOOLEAN, arrays ARRAY, `oneOf`/`anyOf` with `null` nullable.
 */
import {
  arrayType,
  bigintType,
  booleanType,
  doubleType,
  field,
  rowType,
  stringType,
  withNullable,
  type LogicalType,
} from '../types/index.js';

/** The Flink type of a JSON schema node (`required` = listed in the parent's `required`). */
export function jsonSchemaToFlink(node: unknown, required = true): LogicalType {
  const n = (node ?? {}) as Record<string, unknown>;
  const union = (n['oneOf'] ?? n['anyOf']) as unknown[] | undefined;
  if (Array.isArray(union)) {
    const members = union.filter((m) => (m as { type?: unknown }).type !== 'null');
    const t = members.length === 1 ? jsonSchemaToFlink(members[0]) : stringType();
    return withNullable(t, !required || members.length < union.length);
  }
  let type = n['type'];
  let nullable = !required;
  if (Array.isArray(type)) {
    nullable ||= type.includes('null');
    type = type.find((x) => x !== 'null');
  }
  const t = ((): LogicalType => {
    switch (type) {
      case 'integer':
        return bigintType(false);
      case 'number':
        return doubleType(false);
      case 'boolean':
        return booleanType(false);
      case 'array':
        return arrayType(jsonSchemaToFlink(n['items'], false), false);
      case 'object': {
        const props = (n['properties'] ?? {}) as Record<string, unknown>;
        const req = new Set((n['required'] as string[] | undefined) ?? []);
        return rowType(
          Object.entries(props).map(([k, v]) => field(k, jsonSchemaToFlink(v, req.has(k)))),
          false,
        );
      }
      default:
        return stringType(false);
    }
  })();
  return withNullable(t, nullable);
}
