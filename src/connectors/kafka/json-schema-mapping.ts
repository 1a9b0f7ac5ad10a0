/**
 * JSON Schema → Flink types for inferred `json-registry` tables, reading the annotations that
 * Confluent's JSON Schema converter (and Confluent Cloud for Apache Flink) writes:
 * - `connect.type` int8/int16/int32/int64/float32/float64 → TINYINT/SMALLINT/INT/BIGINT/FLOAT/DOUBLE,
 *   `bytes` on a string → BYTES (BINARY(n) / VARBINARY(n) with `flink.minLength` / `flink.maxLength`);
 * - a string's `maxLength` (and `minLength` equal to it) → VARCHAR(n) (CHAR(n));
 * - `title` org.apache.kafka.connect.data.Date/Time/Timestamp/Decimal → DATE, TIME(p),
 *   TIMESTAMP_LTZ(p) (TIMESTAMP(p) with `flink.type: timestamp`), DECIMAL(p, s);
 * - `connect.type: map` (or an object with only `additionalProperties`) → MAP, MULTISET with
 *   `flink.type: multiset`;
 * otherwise objects are ROWs (a property is NOT NULL when required and not nullable), `integer`
 * BIGINT, `number` DOUBLE, `string` STRING, `boolean` BOOLEAN, arrays ARRAY, `oneOf`/`anyOf`
 * with `null` nullable, local `$ref`s (`#/definitions/…`, `#/$defs/…`) expanded in place.
 */
import {
  arrayType,
  bigintType,
  binaryType,
  booleanType,
  bytesType,
  charType,
  dateType,
  decimalType,
  doubleType,
  field,
  floatType,
  intType,
  mapType,
  multisetType,
  rowType,
  smallintType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tinyintType,
  varbinaryType,
  varcharType,
  withNullable,
  MAX_LENGTH,
  type LogicalType,
} from '../../types/index.js';

const CONNECT_PREFIX = 'org.apache.kafka.connect.data.';

/** A non-negative integer annotation (`flink.precision`, Connect's string parameters), or `dflt`. */
function intAnnotation(v: unknown, dflt: number, max: number): number {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max ? n : dflt;
}

/** The type named by Connect's logical `title` or `connect.type`, when there is one. */
function connectType(n: Record<string, unknown>): LogicalType | undefined {
  const title = n['title'];
  if (typeof title === 'string' && title.startsWith(CONNECT_PREFIX)) {
    switch (title.slice(CONNECT_PREFIX.length)) {
      case 'Date':
        return dateType(false);
      case 'Time':
        // Connect's Time is milliseconds: TIME(3) unless Flink recorded the declared precision.
        return timeType(intAnnotation(n['flink.precision'], 3, 3), false);
      case 'Timestamp': {
        const p = intAnnotation(n['flink.precision'], 3, 9);
        return n['flink.type'] === 'timestamp' ? timestampType(p, false) : timestampLtzType(p, false);
      }
      case 'Decimal': {
        const params = (n['connect.parameters'] ?? {}) as Record<string, unknown>;
        const scale = intAnnotation(params['scale'], 0, 38);
        const precision = intAnnotation(params['connect.decimal.precision'], 38, 38);
        return decimalType(Math.max(precision, scale, 1), scale, false);
      }
    }
  }
  switch (n['connect.type']) {
    case 'int8':
      return tinyintType(false);
    case 'int16':
      return smallintType(false);
    case 'int32':
      return intType(false);
    case 'int64':
      return bigintType(false);
    case 'float32':
      return floatType(false);
    case 'float64':
      return doubleType(false);
    case 'bytes': {
      if (n['type'] !== 'string') return undefined;
      // Confluent's byte lengths (flink.maxLength / flink.minLength, not JSON's string lengths).
      const max = intAnnotation(n['flink.maxLength'], 0, MAX_LENGTH);
      if (max < 1) return bytesType(false);
      return intAnnotation(n['flink.minLength'], 0, MAX_LENGTH) === max
        ? binaryType(max, false)
        : varbinaryType(max, false);
    }
    default: {
      // Strings with JSON's lengths: CHAR(n) when minLength = maxLength, else VARCHAR(n).
      if (n['type'] !== 'string') return undefined;
      const max = intAnnotation(n['maxLength'], 0, MAX_LENGTH);
      if (max < 1) return undefined;
      return intAnnotation(n['minLength'], 0, MAX_LENGTH) === max
        ? charType(max, false)
        : varcharType(max, false);
    }
  }
}

/**
 * MAP from Connect's map encodings: an object of values, or an array of {key, value};
 * MULTISET when Flink marked the map `flink.type: multiset` (its values are the counts).
 */
function mapOf(n: Record<string, unknown>, type: unknown, cx: RefContext): LogicalType | undefined {
  const isMap = n['connect.type'] === 'map';
  const multiset = isMap && n['flink.type'] === 'multiset';
  if (type === 'object') {
    const ap = n['additionalProperties'];
    const hasProps = Object.keys((n['properties'] ?? {}) as object).length > 0;
    if (typeof ap === 'object' && ap !== null && (isMap || !hasProps))
      return multiset
        ? multisetType(stringType(false), false)
        : mapType(stringType(false), toFlink(ap, true, cx), false);
    return undefined;
  }
  if (type === 'array' && isMap) {
    const items = (n['items'] ?? {}) as Record<string, unknown>;
    const props = (items['properties'] ?? {}) as Record<string, unknown>;
    const req = new Set((items['required'] as string[] | undefined) ?? []);
    const key = toFlink(props['key'], req.has('key'), cx);
    return multiset
      ? multisetType(key, false)
      : mapType(key, toFlink(props['value'], req.has('value'), cx), false);
  }
  return undefined;
}

/** The schema's root (for `$ref`s) and the references being expanded (a cycle guard). */
interface RefContext {
  readonly root: unknown;
  readonly expanding: readonly string[];
}

/**
 * The node a local `$ref` (`#`, `#/definitions/X`, `#/$defs/X`, any JSON pointer) points to,
 * or undefined for a reference this schema cannot resolve (another document).
 */
function resolveRef(ref: string, root: unknown): unknown {
  if (ref !== '#' && !ref.startsWith('#/')) return undefined;
  let at: unknown = root;
  for (const raw of ref === '#' ? [] : ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object' || !(key in at)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The Flink type of a JSON schema (`required` = listed in the parent's `required`). */
export function jsonSchemaToFlink(node: unknown, required = true): LogicalType {
  return toFlink(node, required, { root: node, expanding: [] });
}

function toFlink(node: unknown, required: boolean, cx: RefContext): LogicalType {
  const n = (node ?? {}) as Record<string, unknown>;
  const ref = n['$ref'];
  if (typeof ref === 'string') {
    // Confluent's converter expands references to definitions in place (a recursive
    // definition cannot become a finite Flink type: it reads as STRING, the JSON text).
    const target = resolveRef(ref, cx.root);
    if (target === undefined || cx.expanding.includes(ref)) return withNullable(stringType(false), !required);
    return toFlink(target, required, { root: cx.root, expanding: [...cx.expanding, ref] });
  }
  const union = (n['oneOf'] ?? n['anyOf']) as unknown[] | undefined;
  if (Array.isArray(union)) {
    const members = union.filter((m) => (m as { type?: unknown }).type !== 'null');
    const t = members.length === 1 ? toFlink(members[0], true, cx) : stringType();
    return withNullable(t, !required || members.length < union.length);
  }
  let type = n['type'];
  let nullable = !required;
  if (Array.isArray(type)) {
    nullable ||= type.includes('null');
    type = type.find((x) => x !== 'null');
  }
  const t = ((): LogicalType => {
    const connect = connectType(n) ?? mapOf(n, type, cx);
    if (connect !== undefined) return connect;
    switch (type) {
      case 'integer':
        return bigintType(false);
      case 'number':
        return doubleType(false);
      case 'boolean':
        return booleanType(false);
      case 'array':
        return arrayType(toFlink(n['items'], true, cx), false);
      case 'object': {
        const props = (n['properties'] ?? {}) as Record<string, unknown>;
        const req = new Set((n['required'] as string[] | undefined) ?? []);
        return rowType(
          Object.entries(props).map(([k, v]) => field(k, toFlink(v, req.has(k), cx))),
          false,
        );
      }
      default:
        return stringType(false);
    }
  })();
  return withNullable(t, nullable);
}
