/**
 * Flink's `json` format (flink-json): one JSON object per record, fields matched by name.
 * Conversions follow JsonToRowDataConverters / RowDataToJsonConverters: numbers from JSON numbers
 * or numeric strings, STRING from any node (non-text nodes as their JSON text), BYTES as base64,
 * DATE `yyyy-MM-dd`, TIME `HH:mm:ss`, timestamps in `json.timestamp-format.standard`.
 *
 * Options: `json.fail-on-missing-field` (false), `json.ignore-parse-errors` (false: a malformed
 * record fails; true: a malformed document is skipped and a bad field becomes NULL),
 * `json.timestamp-format.standard` ('SQL' | 'ISO-8601'), `json.map-null-key.mode`
 * (FAIL | DROP | LITERAL), `json.map-null-key.literal`, `json.encode.decimal-as-plain-number`,
 * `json.encode.ignore-null-fields`, `json.decode.json-parser.enabled`.
 */
import { ConfigError, NotSupportedError } from '../../common/errors.js';
import { formatType, type LogicalType } from '../../types/index.js';
import { formatDouble, formatFloat } from '../../types/java-number-format.js';
import type { SqlValue } from '../../types/values.js';
import type { ConnectorColumn, ConnectorOptions, Row } from '../api.js';
import { OptionReader } from '../options.js';
import type { FormatFactory, RecordDecoder, RecordEncoder } from './api.js';
import { FormatParseError } from './api.js';
import { parseDecimalText, strippedDecimalText } from './decimal-text.js';

export { javaBigDecimalText } from './decimal-text.js';
import {
  JsonNumber,
  JsonSyntaxError,
  jsonText,
  numberText,
  parseJson,
  type JsonValue,
} from './json-parse.js';
import {
  parseBase64,
  parseDate,
  parseJavaDouble,
  parseJavaFloat,
  parseLong,
  parseSmallInteger,
  parseTime,
  parseTimestamp,
  type TimestampStandard,
} from './text-values.js';
import { formatTemporal } from './temporal-text.js';

export type Conv = (node: JsonValue) => SqlValue;

/** Options that shape JSON conversion. */
export interface JsonSettings {
  failOnMissing: boolean;
  ignoreErrors: boolean;
  standard: TimestampStandard;
  nullKeyMode: 'FAIL' | 'DROP' | 'LITERAL';
  nullKeyLiteral: string;
  ignoreNullFields: boolean;
  decimalPlain: boolean;
  /** The row type has a DECIMAL: Flink's mapper then reads floats as BigDecimal. */
  bigDecimals: boolean;
  /**
   * `json.decode.json-parser.enabled` (default true): Flink decodes with the streaming
   * JsonParser (JsonParserToRowDataConverters) instead of a JsonNode tree; the two differ in
   * how STRING reads a number (the token's text vs Double.toString) and TIME keeps millis.
   */
  jsonParser: boolean;
}

function hasDecimal(t: LogicalType): boolean {
  switch (t.kind) {
    case 'DECIMAL':
      return true;
    case 'ARRAY':
    case 'MULTISET':
      return hasDecimal(t.element);
    case 'MAP':
      return hasDecimal(t.key) || hasDecimal(t.value);
    case 'ROW':
      return t.fields.some((f) => hasDecimal(f.type));
    default:
      return false;
  }
}

/**
 * The types Flink's json format refuses when it builds its converters (when the statement is
 * planned, before any record is read), at any depth:
 * - a MAP whose key type, or a MULTISET whose element type, is not a character string
 *   (JsonParserToRowDataConverters / JsonToRowDataConverters / RowDataToJsonConverters
 *   #createMapConverter: "JSON format doesn't support non-string as key type of map. The type
 *   is: " + the MAP / MULTISET summary text);
 * - a type without a converter: STRUCTURED, VARIANT, BITMAP (Flink 2.3 has no case for them:
 *   reading fails with "Unsupported type: <type>", writing with "Not support to parse type:
 *   <type>").
 */
export function checkJsonTypes(t: LogicalType, writing: boolean): void {
  switch (t.kind) {
    case 'ARRAY':
      return checkJsonTypes(t.element, writing);
    case 'MAP':
    case 'MULTISET': {
      const key = t.kind === 'MAP' ? t.key : t.element;
      if (key.kind !== 'CHAR' && key.kind !== 'VARCHAR')
        throw new NotSupportedError(
          `JSON format doesn't support non-string as key type of map. The type is: ${formatType(t)}`,
        );
      checkJsonTypes(key, writing);
      if (t.kind === 'MAP') checkJsonTypes(t.value, writing);
      return;
    }
    case 'ROW':
      for (const f of t.fields) checkJsonTypes(f.type, writing);
      return;
    case 'STRUCTURED':
    case 'VARIANT':
    case 'BITMAP':
      throw new NotSupportedError(
        `${writing ? 'Not support to parse type' : 'Unsupported type'}: ${formatType(t)}`,
      );
    default:
      return;
  }
}

/**
 * The JSON settings of a table. `prefix` is the format whose options are read: `json`, or a
 * changelog format built on flink-json (`debezium-json.ignore-parse-errors`, …), whose options
 * Flink passes to the same converters; `tree` forces the JsonNode decoding path, which those
 * formats always take (JsonRowDataDeserializationSchema).
 */
export function jsonSettings(
  options: ConnectorOptions,
  table: string,
  columns: readonly ConnectorColumn[] = [],
  prefix = 'json',
  tree = false,
): JsonSettings {
  const r = new OptionReader(table, options);
  const s: JsonSettings = {
    failOnMissing: r.boolean(`${prefix}.fail-on-missing-field`, false),
    ignoreErrors: r.boolean(`${prefix}.ignore-parse-errors`, false),
    standard: timestampStandard(options, table, prefix),
    nullKeyMode: nullKeyMode(options, table, prefix),
    nullKeyLiteral: r.string(`${prefix}.map-null-key.literal`, 'null'),
    ignoreNullFields: r.boolean(`${prefix}.encode.ignore-null-fields`, false),
    decimalPlain: r.boolean(`${prefix}.encode.decimal-as-plain-number`, false),
    bigDecimals: columns.some((c) => hasDecimal(c.type)),
    jsonParser: !tree && r.boolean(`${prefix}.decode.json-parser.enabled`, true),
  };
  if (s.failOnMissing && s.ignoreErrors) {
    throw new ConfigError(
      `fail-on-missing-field and ignore-parse-errors shouldn't both be true. (table ${table})`,
      { table },
    );
  }
  return s;
}

/** JsonFormatOptionsUtil#validateTimestampFormat: exactly `SQL` or `ISO-8601` (case-sensitive). */
function timestampStandard(options: ConnectorOptions, table: string, prefix: string): TimestampStandard {
  const v = options[`${prefix}.timestamp-format.standard`];
  if (v === undefined) return 'SQL';
  if (v !== 'SQL' && v !== 'ISO-8601') {
    throw new ConfigError(
      `Unsupported value '${v}' for timestamp-format.standard. Supported values are [SQL, ISO-8601]. (table ${table})`,
      { table },
    );
  }
  return v;
}

/** JsonFormatOptionsUtil#validateEncodingFormatOptions: FAIL, DROP or LITERAL in any case. */
function nullKeyMode(options: ConnectorOptions, table: string, prefix: string): 'FAIL' | 'DROP' | 'LITERAL' {
  const v = options[`${prefix}.map-null-key.mode`];
  if (v === undefined) return 'FAIL';
  const u = v.toUpperCase();
  if (u !== 'FAIL' && u !== 'DROP' && u !== 'LITERAL') {
    throw new ConfigError(
      `Unsupported value '${v}' for option map-null-key.mode. Supported values are [LITERAL, FAIL, DROP]. (table ${table})`,
      { table },
    );
  }
  return u;
}

/** Jackson's asText(): text of a scalar node, '' for containers. */
function asText(n: JsonValue): string {
  if (typeof n === 'string') return n;
  if (n instanceof JsonNumber) return n.text;
  if (typeof n === 'boolean') return String(n);
  return '';
}

function integral(kind: 'TINYINT' | 'SMALLINT' | 'INT'): Conv {
  return (n) => {
    // Jackson's getIntValue() truncates a fractional JSON number (out of range fails); text
    // goes through Integer.parseInt.
    if (n instanceof JsonNumber && !n.isIntegral && kind === 'INT') {
      const v = Math.trunc(Number(n.text));
      if (v < -2147483648 || v > 2147483647) throw new Error(`Numeric value (${n.text}) out of range of int`);
      return v;
    }
    return parseSmallInteger(kind, asText(n).trim());
  };
}

/**
 * Flink's wrapIntoNullableConverter: JSON null is NULL, and with `json.ignore-parse-errors` a
 * value that does not convert becomes NULL at any depth (an array element, a map value, a
 * nested field), not only at the top level.
 */
function converter(t: LogicalType, s: JsonSettings): Conv {
  const inner = nonNull(t, s);
  if (!s.ignoreErrors) return (n) => (n === null ? null : inner(n));
  return (n) => {
    if (n === null) return null;
    try {
      return inner(n);
    } catch {
      return null;
    }
  };
}

function nonNull(t: LogicalType, s: JsonSettings): Conv {
  switch (t.kind) {
    case 'BOOLEAN':
      // Flink: a JSON boolean, else Boolean.parseBoolean(text.trim()) (anything but "true" is false).
      return (n) => (typeof n === 'boolean' ? n : asText(n).trim().toLowerCase() === 'true');
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return integral(t.kind);
    case 'BIGINT':
      return (n) => {
        if (n instanceof JsonNumber && !n.isIntegral) return BigInt(Math.trunc(Number(n.text)));
        return parseLong(asText(n).trim());
      };
    case 'FLOAT':
      return (n) => parseJavaFloat(asText(n));
    case 'DOUBLE':
      return (n) => parseJavaDouble(asText(n));
    case 'DECIMAL': {
      const { precision, scale } = t;
      return (n) => parseDecimalText(asText(n), precision, scale) ?? null;
    }
    case 'CHAR':
    case 'VARCHAR':
      // JsonToRowDataConverters#convertToString: containers as JSON text, scalars as asText().
      // The JsonParser path reads a scalar number as its token text (`1.50` stays `1.50`).
      return (n) =>
        typeof n === 'string'
          ? n
          : n instanceof JsonNumber
            ? s.jsonParser
              ? n.text
              : numberText(n, s.bigDecimals)
            : jsonText(n, s.bigDecimals);
    case 'BINARY':
    case 'VARBINARY':
      return (n) => parseBase64(asText(n));
    case 'DATE':
      return (n) => parseDate(asText(n));
    case 'TIME': {
      // The JsonNode path keeps whole seconds (LocalTime#toSecondOfDay * 1000); the JsonParser
      // path (default) keeps the millis (toNanoOfDay / 1e6), cut to the column's precision.
      const p = s.jsonParser ? t.precision : 0;
      return (n) => parseTime(asText(n), p, true);
    }
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const ltz = t.kind === 'TIMESTAMP_LTZ';
      const p = t.precision;
      return (n) => parseTimestamp(asText(n), s.standard, p, ltz);
    }
    case 'ARRAY': {
      const el = converter(t.element, s);
      return (n) => {
        if (!Array.isArray(n)) throw new Error(`expected a JSON array, got ${jsonText(n)}`);
        return n.map(el);
      };
    }
    case 'MAP':
    case 'MULTISET': {
      const kc = converter(t.kind === 'MAP' ? t.key : t.element, s);
      const vc =
        t.kind === 'MAP' ? converter(t.value, s) : (n: JsonValue) => parseSmallInteger('INT', asText(n));
      return (n) => {
        if (n === null || typeof n !== 'object' || Array.isArray(n) || n instanceof JsonNumber) {
          throw new Error(`expected a JSON object, got ${jsonText(n)}`);
        }
        const m = new Map<SqlValue, SqlValue>();
        for (const k of Object.keys(n)) m.set(kc(k), vc(n[k]!));
        return m;
      };
    }
    case 'ROW':
      return rowConverter(t.fields, s, false);
    case 'INTERVAL_YEAR_MONTH':
    case 'INTERVAL_DAY_TIME':
    case 'NULL':
    default:
      return () => {
        throw new Error(`type ${t.kind} is not supported by the json format`);
      };
  }
}

/** Converts an object node into a row; top level reports field errors per field name. */
export function rowConverter(
  fields: readonly { name: string; type: LogicalType }[],
  s: JsonSettings,
  top: boolean,
): (n: JsonValue) => SqlValue[] {
  const names = fields.map((f) => f.name);
  const convs = fields.map((f) => converter(f.type, s));
  return (n) => {
    if (n === null || typeof n !== 'object' || Array.isArray(n) || n instanceof JsonNumber) {
      throw new Error(`expected a JSON object${top ? ' per record' : ''}, got ${jsonText(n)}`);
    }
    const row = new Array<SqlValue>(names.length);
    for (let i = 0; i < names.length; i++) {
      const node = n[names[i]!];
      if (node === undefined) {
        if (s.failOnMissing) throw new Error(`Could not find field with name '${names[i]}'.`);
        row[i] = null;
        continue;
      }
      try {
        row[i] = convs[i]!(node);
      } catch (e) {
        if (s.ignoreErrors) row[i] = null;
        else throw new Error(`Fail to deserialize at field: ${names[i]}. ${(e as Error).message}`);
      }
    }
    return row;
  };
}

function decoder(
  columns: readonly ConnectorColumn[],
  options: ConnectorOptions,
  table: string,
): RecordDecoder {
  for (const c of columns) checkJsonTypes(c.type, false);
  const s = jsonSettings(options, table, columns);
  const conv = rowConverter(columns, s, true);
  return {
    decode(text: string): Row | undefined {
      if (text.trim() === '') return undefined;
      try {
        return conv(parseJson(text, s.jsonParser));
      } catch (e) {
        if (s.ignoreErrors) return undefined;
        const why = e instanceof JsonSyntaxError ? `malformed JSON: ${e.message}` : (e as Error).message;
        throw new FormatParseError(`Failed to deserialize JSON '${clip(text)}': ${why}`);
      }
    },
  };
}

function clip(s: string): string {
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
}

export type Enc = (v: SqlValue) => string;

function encoderOf(t: LogicalType, s: JsonSettings): Enc {
  const inner = encNonNull(t, s);
  return (v) => (v === null || v === undefined ? 'null' : inner(v));
}

function encNonNull(t: LogicalType, s: JsonSettings): Enc {
  switch (t.kind) {
    case 'BOOLEAN':
      return (v) => (v ? 'true' : 'false');
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
      return (v) => String(v);
    case 'FLOAT':
    case 'DOUBLE': {
      // Jackson writes Float/Double.toString (`1.0`, `1.0E7`); NaN and Infinity quoted
      // (QUOTE_NON_NUMERIC_NUMBERS is on by default).
      const f = t.kind === 'FLOAT' ? formatFloat : formatDouble;
      return (v) => (Number.isFinite(v as number) ? f(v as number) : JSON.stringify(String(v)));
    }
    case 'DECIMAL': {
      // JsonNodeFactory#numberNode(BigDecimal) strips trailing zeros; then BigDecimal#toString
      // (`1E+2`, `2.7E-8`) or, with json.encode.decimal-as-plain-number, toPlainString.
      const sc = t.scale;
      return (v) => strippedDecimalText(v as bigint, sc, s.decimalPlain);
    }
    case 'CHAR':
    case 'VARCHAR':
      return (v) => JSON.stringify(v);
    case 'BINARY':
    case 'VARBINARY':
      return (v) => JSON.stringify(Buffer.from(v as Uint8Array).toString('base64'));
    case 'TIME':
      // RowDataToJsonConverters: LocalTime.ofSecondOfDay(millis / 1000), so no fraction.
      return (v) => JSON.stringify(formatTemporal(t, (v as number) - ((v as number) % 1000), s.standard));
    case 'DATE':
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return (v) => JSON.stringify(formatTemporal(t, v, s.standard));
    case 'ARRAY': {
      const e = encoderOf(t.element, s);
      return (v) => '[' + (v as SqlValue[]).map(e).join(',') + ']';
    }
    case 'MAP':
    case 'MULTISET': {
      const kt = t.kind === 'MAP' ? t.key : t.element;
      const ve = t.kind === 'MAP' ? encoderOf(t.value, s) : (v: SqlValue) => String(v);
      const ke = encoderOf(kt, s);
      return (v) => {
        const parts: string[] = [];
        for (const [k, x] of v as Map<SqlValue, SqlValue>) {
          let key: string;
          if (k === null) {
            if (s.nullKeyMode === 'DROP') continue;
            if (s.nullKeyMode === 'FAIL')
              throw new Error("JSON format doesn't support to serialize map data with null keys");
            key = s.nullKeyLiteral;
          } else {
            const kt2 = ke(k);
            key = kt2.startsWith('"') ? JSON.parse(kt2) : kt2;
          }
          parts.push(JSON.stringify(key) + ':' + ve(x));
        }
        return '{' + parts.join(',') + '}';
      };
    }
    case 'ROW':
      return rowEncoder(t.fields, s);
    default:
      return () => {
        throw new Error(`type ${t.kind} is not supported by the json format`);
      };
  }
}

/** Writes a row as a JSON object (fields by name, in order). */
export function rowEncoder(fields: readonly { name: string; type: LogicalType }[], s: JsonSettings): Enc {
  const keys = fields.map((f) => JSON.stringify(f.name) + ':');
  const encs = fields.map((f) => encoderOf(f.type, s));
  return (v) => {
    const row = v as SqlValue[];
    let out = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const x = row[i] ?? null;
      if (x === null && s.ignoreNullFields) continue;
      out += (first ? '' : ',') + keys[i] + encs[i]!(x);
      first = false;
    }
    return out + '}';
  };
}

export const jsonFormat: FormatFactory<RecordDecoder> = {
  identifier: 'json',
  options: [
    { key: 'json.fail-on-missing-field', description: 'fail when a field is missing (default false)' },
    {
      key: 'json.ignore-parse-errors',
      description: 'skip malformed records, NULL for bad fields (default false)',
    },
    { key: 'json.timestamp-format.standard', description: "'SQL' (default) or 'ISO-8601'" },
    { key: 'json.map-null-key.mode', description: 'FAIL (default), DROP or LITERAL' },
    {
      key: 'json.map-null-key.literal',
      description: "key text for null map keys in LITERAL mode (default 'null')",
    },
    {
      key: 'json.encode.decimal-as-plain-number',
      description: 'write DECIMAL without exponent (default false)',
    },
    { key: 'json.encode.ignore-null-fields', description: 'omit null fields when writing (default false)' },
    { key: 'json.decode.json-parser.enabled', description: 'accepted for compatibility (default true)' },
  ],
  createDecoder: (columns, options, _ctx, table) => decoder(columns, options, table),
  createEncoder(columns, options, _ctx, table): RecordEncoder {
    for (const c of columns) checkJsonTypes(c.type, true);
    const enc = rowEncoder(columns, jsonSettings(options, table));
    return { encode: (row) => enc(row as SqlValue[]) };
  },
};
