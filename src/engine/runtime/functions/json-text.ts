/**
 * SQL values as JSON text, for JSON_OBJECT, JSON_ARRAY, JSON_STRING and the JSON aggregates
 * (Flink serialises with Jackson: numbers as JSON numbers with Java's number text, strings
 * quoted, binary as base64, TIMESTAMP / TIME as ISO_LOCAL_* text (1990-06-02T13:37:42.001),
 * TIMESTAMP_LTZ as an Instant (…Z), ROW / MAP as objects). Object members are written sorted by
 * key: Flink's mapper has ORDER_MAP_ENTRIES_BY_KEYS (JsonFunctionsITCase jsonObjectSpec).
 */
import {
  formatDecimal,
  formatDouble,
  formatFloat,
  tsMillis,
  tsNanoOfMilli,
  valueFormatter,
  type LogicalType,
  type SqlValue,
  type TimestampValue,
} from '../../../types/index.js';

/** Members `"key":value` sorted by key (Java String order: UTF-16 units). */
export function objectText(members: [string, string][]): string {
  members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return '{' + members.map(([k, x]) => `${JSON.stringify(k)}:${x}`).join(',') + '}';
}

/**
 * A time of day as java.time's ISO formatters print it (Flink's JsonGenerateUtils): HH:mm:ss, then
 * the fraction with as few digits as needed (ISO_LOCAL_TIME / ISO_LOCAL_DATE_TIME), or in groups
 * of three for an Instant (ISO_INSTANT).
 */
function isoTime(millisOfDay: number, nanoOfMilli: number, groupsOfThree = false): string {
  const h = Math.floor(millisOfDay / 3_600_000);
  const m = Math.floor(millisOfDay / 60_000) % 60;
  const sec = Math.floor(millisOfDay / 1000) % 60;
  const nano = (millisOfDay % 1000) * 1_000_000 + nanoOfMilli;
  const out = [h, m, sec].map((x) => String(x).padStart(2, '0')).join(':');
  if (nano === 0) return out;
  const digits = String(nano).padStart(9, '0');
  if (!groupsOfThree) return `${out}.${digits.replace(/0+$/, '')}`;
  return `${out}.${nano % 1_000_000 === 0 ? digits.slice(0, 3) : nano % 1000 === 0 ? digits.slice(0, 6) : digits}`;
}

/** ISO_LOCAL_DATE_TIME (or ISO_INSTANT) text of a timestamp value (epoch millis read as UTC). */
function isoTimestamp(v: TimestampValue, instant = false): string {
  const ms = tsMillis(v);
  const day = Math.floor(ms / 86_400_000);
  const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${isoTime(ms - day * 86_400_000, tsNanoOfMilli(v), instant)}${instant ? 'Z' : ''}`;
}

/** Marks a string that already is JSON (the result of a nested JSON_OBJECT / JSON_ARRAY call). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value of `type`; NULL is `null`. */
export function jsonValueText(type: LogicalType, v: SqlValue | RawJson): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof RawJson) return v.text;
  switch (type.kind) {
    case 'BOOLEAN':
      return v ? 'true' : 'false';
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
      return String(v);
    case 'DECIMAL':
      return formatDecimal(v as bigint, type.scale);
    case 'FLOAT':
      return Number.isFinite(v as number)
        ? formatFloat(v as number)
        : JSON.stringify(formatFloat(v as number));
    case 'DOUBLE':
      return Number.isFinite(v as number)
        ? formatDouble(v as number)
        : JSON.stringify(formatDouble(v as number));
    case 'CHAR':
    case 'VARCHAR':
      return JSON.stringify(v);
    case 'BINARY':
    case 'VARBINARY':
      return JSON.stringify(Buffer.from(v as Uint8Array).toString('base64'));
    case 'ARRAY':
      return '[' + (v as SqlValue[]).map((x) => jsonValueText(type.element, x)).join(',') + ']';
    case 'MAP': {
      const parts: [string, string][] = [];
      for (const [k, x] of v as Map<SqlValue, SqlValue>)
        parts.push([String(k), jsonValueText(type.value, x)]);
      return objectText(parts);
    }
    case 'MULTISET': {
      const parts: [string, string][] = [];
      for (const [k, n] of v as Map<SqlValue, SqlValue>) parts.push([String(k), String(n)]);
      return objectText(parts);
    }
    case 'ROW':
    case 'STRUCTURED': // JsonGenerateUtils#createNodeTerm: `case ROW | STRUCTURED_TYPE` → object
      return objectText(
        type.fields.map((f, i) => [f.name, jsonValueText(f.type, (v as SqlValue[])[i] ?? null)]),
      );
    case 'TIMESTAMP':
      return JSON.stringify(isoTimestamp(v as TimestampValue));
    case 'TIMESTAMP_LTZ':
      return JSON.stringify(isoTimestamp(v as TimestampValue, true));
    case 'TIME':
      return JSON.stringify(isoTime(v as number, 0));
    default:
      return JSON.stringify(valueFormatter(type, { printing: false })(v as SqlValue));
  }
}
