/**
 * The json format's reading of JSON: every number keeps its source text, so BIGINT and DECIMAL
 * columns are read exactly (JSON.parse would round them through doubles). Objects keep the last
 * value of a repeated key, as Jackson does. The reader itself is common/json-text.ts.
 */

import { JsonSyntaxError, readJson } from '../../common/json-text.js';
import { formatDouble } from '../../types/java-number-format.js';
import { javaDecimalTextOf } from './decimal-text.js';

/** A JSON number with its exact source text. */
export class JsonNumber {
  constructor(readonly text: string) {}
  /** True when the text has no fraction and no exponent. */
  get isIntegral(): boolean {
    return /^-?\d+$/.test(this.text);
  }
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | { [k: string]: JsonValue };

/** Thrown for malformed JSON, with the offset. */
export { JsonSyntaxError };

const asJsonNumber = (text: string): JsonNumber => new JsonNumber(text);

/**
 * Parses one JSON document (surrounding whitespace allowed). Unescaped control characters in
 * strings are accepted, as Flink enables Jackson's ALLOW_UNESCAPED_CONTROL_CHARS. With
 * `allowTrailing`, text after the first value is ignored, as Flink's JsonParser-based decoder
 * (the default, `json.decode.json-parser.enabled`) reads only the first value of a record.
 */
export function parseJson(text: string, allowTrailing = false): JsonValue {
  return readJson(text, { number: asJsonNumber, controlCharacters: true, allowTrailing }) as JsonValue;
}

/**
 * Jackson's text of a number node: integers as written; floats as Java's Double.toString
 * (`1.50` → `1.5`, `1e3` → `1000.0`), or as written when Flink parses floats as BigDecimal
 * (`bigDecimals`: the table has a DECIMAL column, USE_BIG_DECIMAL_FOR_FLOATS).
 */
export function numberText(n: JsonNumber, bigDecimals: boolean): string {
  if (n.isIntegral) return n.text;
  if (bigDecimals) return javaDecimalTextOf(n.text);
  return formatDouble(Number(n.text));
}

/** Jackson's JsonNode.toString (compact JSON) of a parsed value, for STRING columns. */
export function jsonText(v: JsonValue, bigDecimals = true): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof JsonNumber) return numberText(v, bigDecimals);
  if (Array.isArray(v)) return '[' + v.map((x) => jsonText(x, bigDecimals)).join(',') + ']';
  const keys = Object.keys(v);
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + jsonText(v[k]!, bigDecimals)).join(',') + '}';
}
