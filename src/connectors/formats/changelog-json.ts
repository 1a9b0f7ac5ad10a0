/**
 * What Flink's four JSON changelog formats share (flink-json's debezium / canal / maxwell / ogg
 * packages): each reads its envelope with the json format's converters on the JsonNode path
 * (JsonRowDataDeserializationSchema, fail-on-missing-field off), its options are the json
 * format's under its own prefix, and any failure inside a record becomes "Corrupt <Name> JSON
 * message '<record>'." unless `<prefix>.ignore-parse-errors` is set, when the record is skipped
 * (and a field that does not convert is NULL). An empty line is a tombstone and is skipped.
 */
import { ConfigError } from '../../common/errors.js';
import type { SqlValue } from '../../types/values.js';
import type { ChangeKind, ConnectorColumn, ConnectorOptions, OptionSpec, Row } from '../api.js';
import type { ChangelogDecoder, RecordEncoder } from './api.js';
import { FormatParseError } from './api.js';
import { checkJsonTypes, jsonSettings, rowConverter, rowEncoder, type JsonSettings } from './json.js';
import { JsonNumber, JsonSyntaxError, jsonText, parseJson, type JsonValue } from './json-parse.js';

export type JsonObject = { [k: string]: JsonValue };

/** Converts an envelope's row node (an object, or null / absent) to a row or null. */
export type RowReader = (node: JsonValue | undefined) => Row | null;

/** Pulls the changes out of one parsed message; throws (any Error) for a message Flink rejects. */
export type Extract = (
  root: JsonObject,
  readRow: RowReader,
  emit: (row: Row, kind: ChangeKind) => void,
) => void;

/** The options every JSON changelog format has, under its prefix. */
export function changelogJsonOptions(prefix: string): OptionSpec[] {
  return [
    {
      key: `${prefix}.ignore-parse-errors`,
      description: 'skip malformed records, NULL for bad fields (default false)',
    },
    { key: `${prefix}.timestamp-format.standard`, description: "'SQL' (default) or 'ISO-8601'" },
    { key: `${prefix}.map-null-key.mode`, description: 'FAIL (default), DROP or LITERAL' },
    {
      key: `${prefix}.map-null-key.literal`,
      description: "key text for null map keys in LITERAL mode (default 'null')",
    },
    {
      key: `${prefix}.encode.decimal-as-plain-number`,
      description: 'write DECIMAL without exponent (default false)',
    },
    {
      key: `${prefix}.encode.ignore-null-fields`,
      description: 'omit null fields, envelope ones included, when writing (default false)',
    },
  ];
}

/** Jackson's asText(): a string's text, a number's, a boolean's; '' for containers, 'null' for null. */
export function nodeText(n: JsonValue): string {
  if (typeof n === 'string') return n;
  if (n instanceof JsonNumber) return n.text;
  if (typeof n === 'boolean') return String(n);
  if (n === null) return 'null';
  return '';
}

/** A STRING field of the envelope (`op`, `type`): NULL when JSON null or absent. */
export function stringField(n: JsonValue | undefined): string | null {
  if (n === undefined || n === null) return null;
  return typeof n === 'string' || n instanceof JsonNumber || typeof n === 'boolean'
    ? nodeText(n)
    : jsonText(n);
}

/** Jackson's JsonNode#findValue: the first value of a field of that name at any depth, else undefined. */
export function findValue(n: JsonValue | undefined, name: string): JsonValue | undefined {
  if (n === null || n === undefined || typeof n !== 'object' || n instanceof JsonNumber) return undefined;
  if (Array.isArray(n)) {
    for (const x of n) {
      const v = findValue(x, name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  if (Object.prototype.hasOwnProperty.call(n, name)) return n[name];
  for (const k of Object.keys(n)) {
    const v = findValue(n[k], name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * Canal's and Maxwell's update rule: `old` holds only the changed fields, so a field NULL in the
 * before image and absent from `old` (Jackson's findValue over the whole `old` node) is
 * unchanged and takes the after image's value.
 */
export function mergeOld(
  before: Row,
  after: Row,
  old: JsonValue | undefined,
  columns: readonly ConnectorColumn[],
): void {
  for (let f = 0; f < columns.length; f++) {
    if (before[f] === null && findValue(old, columns[f]!.name) === undefined) before[f] = after[f];
  }
}

function clip(s: string): string {
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
}

/** A required envelope field Flink dereferences (a NullPointerException there is a corrupt message). */
export function required<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`'${what}' is missing or null`);
  return v;
}

/** The settings of a changelog format (the json converters under its prefix, JsonNode path). */
export function changelogSettings(
  columns: readonly ConnectorColumn[],
  options: ConnectorOptions,
  table: string,
  prefix: string,
  writing: boolean,
): JsonSettings {
  for (const c of columns) checkJsonTypes(c.type, writing);
  return jsonSettings(options, table, columns, prefix, true);
}

/** Builds a decoder: `label` names the format in messages (`Debezium`, `Canal`, `Maxwell`, `Ogg`). */
export function changelogDecoder(
  columns: readonly ConnectorColumn[],
  options: ConnectorOptions,
  table: string,
  prefix: string,
  label: string,
  extract: Extract,
): ChangelogDecoder {
  const s = changelogSettings(columns, options, table, prefix, false);
  const conv = rowConverter(columns, s, false);
  const readRow: RowReader = (n) => (n === undefined || n === null ? null : (conv(n) as Row));
  // Changes are collected first so that a record failing half-way emits none; two arrays and
  // one callback for all records (no allocation per change besides the row itself).
  const rows: Row[] = [];
  const kinds: ChangeKind[] = [];
  const collect = (row: Row, kind: ChangeKind): void => {
    rows.push(row);
    kinds.push(kind);
  };
  return {
    decodeChanges(text, emit): void {
      if (text.trim() === '') return;
      rows.length = 0;
      kinds.length = 0;
      try {
        const root = parseJson(text);
        if (root === null || typeof root !== 'object' || Array.isArray(root) || root instanceof JsonNumber)
          throw new Error(`expected a JSON object, got ${jsonText(root)}`);
        extract(root, readRow, collect);
      } catch (e) {
        if (s.ignoreErrors) return;
        const why = e instanceof JsonSyntaxError ? `malformed JSON: ${e.message}` : (e as Error).message;
        throw new FormatParseError(`Corrupt ${label} JSON message '${clip(text)}'. Cause: ${why}`);
      }
      for (let i = 0; i < rows.length; i++) emit(rows[i]!, kinds[i]!);
    },
  };
}

/** An envelope's fields in order, each with its JSON text (null: JSON null). */
export type Envelope = readonly (readonly [string, string | null])[];

/**
 * Builds an encoder from the envelope of one change: `envelope(rowJson, kind)` gets the row as the
 * json format writes it. With `<prefix>.encode.ignore-null-fields` null envelope fields are left
 * out too, as Flink's serializer applies the option to the whole envelope row.
 */
export function changelogEncoder(
  columns: readonly ConnectorColumn[],
  options: ConnectorOptions,
  table: string,
  prefix: string,
  envelope: (rowJson: string, kind: ChangeKind) => Envelope,
): RecordEncoder {
  const s = changelogSettings(columns, options, table, prefix, true);
  const enc = rowEncoder(columns, s);
  return {
    encode(row, kind = 0): string {
      let out = '';
      for (const [k, v] of envelope(enc(row as SqlValue[]), kind)) {
        if (v === null && s.ignoreNullFields) continue;
        out += (out === '' ? '{' : ',') + JSON.stringify(k) + ':' + (v ?? 'null');
      }
      return out + '}';
    },
  };
}

/** A `<prefix>.*.include` regular expression, matched against the whole text as Java's matches(). */
export function includePattern(options: ConnectorOptions, key: string, table: string): RegExp | undefined {
  const v = options[key];
  if (v === undefined) return undefined;
  try {
    return new RegExp(`^(?:${v})$`);
  } catch (e) {
    throw new ConfigError(
      `Invalid regular expression '${v}' for option '${key}' of table ${table}: ${(e as Error).message}`,
      {
        table,
      },
    );
  }
}
