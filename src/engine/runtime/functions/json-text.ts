/**
 * SQL values as JSON text, for JSON_OBJECT, JSON_ARRAY, JSON_STRING and the JSON aggregates
 * (Flink serialises with Jackson: numbers as JSON numbers with Java's number text, strings
 * quoted, binary as base64, datetimes as their SQL text, ROW as an object with its field names).
 */
import {
  formatDecimal,
  formatDouble,
  formatFloat,
  valueFormatter,
  type LogicalType,
  type SqlValue,
} from '../../../types/index.js';

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
      const parts: string[] = [];
      for (const [k, x] of v as Map<SqlValue, SqlValue>)
        parts.push(`${JSON.stringify(String(k))}:${jsonValueText(type.value, x)}`);
      return '{' + parts.join(',') + '}';
    }
    case 'MULTISET': {
      const parts: string[] = [];
      for (const [k, n] of v as Map<SqlValue, SqlValue>)
        parts.push(`${JSON.stringify(String(k))}:${String(n)}`);
      return '{' + parts.join(',') + '}';
    }
    case 'ROW':
      return (
        '{' +
        type.fields
          .map((f, i) => `${JSON.stringify(f.name)}:${jsonValueText(f.type, (v as SqlValue[])[i] ?? null)}`)
          .join(',') +
        '}'
      );
    default:
      return JSON.stringify(valueFormatter(type, { printing: false })(v as SqlValue));
  }
}
