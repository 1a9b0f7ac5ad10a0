/**
 * Flink's `csv` format (flink-csv, CsvToRowDataConverters / RowDataToCsvConverters): fields by
 * position, the record must have exactly as many fields as the table has columns ("Row length
 * mismatch"), numbers through Java's parsers after trimming, STRING as written, BYTES as base64,
 * DATE `yyyy-MM-dd`, TIME `HH:mm:ss[.fff]`, TIMESTAMP `yyyy-MM-dd HH:mm:ss[.f]` (LTZ with `Z`),
 * ARRAY split on `csv.array-element-delimiter`. An empty field is the empty string, not NULL,
 * unless it equals `csv.null-literal`.
 *
 * Options: `csv.field-delimiter` (','), `csv.quote-character` ('"'), `csv.disable-quote-character`,
 * `csv.allow-comments` (lines starting with '#' skipped), `csv.ignore-parse-errors` (bad fields
 * become NULL, unsplittable records are skipped), `csv.array-element-delimiter` (';'),
 * `csv.escape-character`, `csv.null-literal`, `csv.write-bigdecimal-in-scientific-notation`.
 */
import { ConfigError } from '../../common/errors.js';
import { formatDouble, formatFloat } from '../../types/java-number-format.js';
import type { LogicalType } from '../../types/index.js';
import type { SqlValue } from '../../types/values.js';
import type { ConnectorColumn, ConnectorOptions, Row } from '../api.js';
import { OptionReader } from '../options.js';
import { FormatParseError, type FormatFactory, type RecordDecoder, type RecordEncoder } from './api.js';
import { CsvSyntaxError, hasOpenQuote, quoteCsvField, splitCsvRecord, type CsvSyntax } from './csv-parse.js';
import { parseDecimalText, strippedDecimalText } from './decimal-text.js';
import { formatTemporal } from './temporal-text.js';
import {
  parseBase64,
  parseDate,
  parseJavaDouble,
  parseJavaFloat,
  parseLong,
  parseSmallInteger,
  parseTime,
  parseTimestamp,
} from './text-values.js';

interface CsvSettings {
  syntax: CsvSyntax;
  /** csv.write-bigdecimal-in-scientific-notation (default true): `1E+2` rather than `100`. */
  decimalScientific: boolean;
  allowComments: boolean;
  ignoreErrors: boolean;
  arrayDelimiter: string;
  nullLiteral: string | undefined;
}

function settings(options: ConnectorOptions, table: string): CsvSettings {
  const r = new OptionReader(table, options);
  const disableQuote = r.boolean('csv.disable-quote-character', false);
  if (disableQuote && r.has('csv.quote-character')) {
    throw new ConfigError(
      `Format cannot define a quote character and disabled quote character at the same time (table ${table})`,
      { table },
    );
  }
  const decimalScientific = r.boolean('csv.write-bigdecimal-in-scientific-notation', true);
  const escape = singleChar(options, 'csv.escape-character', table);
  return {
    decimalScientific,
    syntax: {
      delimiter: fieldDelimiter(options, table),
      quote: disableQuote ? undefined : (singleChar(options, 'csv.quote-character', table) ?? '"'),
      escape,
    },
    allowComments: r.boolean('csv.allow-comments', false),
    ignoreErrors: r.boolean('csv.ignore-parse-errors', false),
    arrayDelimiter: r.string('csv.array-element-delimiter', ';'),
    nullLiteral: r.string('csv.null-literal'),
  };
}

/**
 * `csv.field-delimiter` after StringEscapeUtils.unescapeJava, as Flink reads it (`\t`,
 * `\u0001`), which must be one character.
 */
function fieldDelimiter(options: ConnectorOptions, table: string): string {
  const raw = options['csv.field-delimiter'];
  if (raw === undefined) return ',';
  const v = unescapeJava(raw);
  if (v.length !== 1) {
    throw new ConfigError(
      `Option 'csv.field-delimiter' must be a string with single character, but was: ${raw} (table ${table})`,
      { table },
    );
  }
  return v;
}

/** CsvCommons#validateCharacterVal: a character option holds exactly one character. */
function singleChar(options: ConnectorOptions, key: string, table: string): string | undefined {
  const v = options[key];
  if (v === undefined) return undefined;
  if (v.length !== 1) {
    throw new ConfigError(
      `Option '${key}' must be a string with single character, but was: ${v} (table ${table})`,
      { table },
    );
  }
  return v;
}

const JAVA_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f' };

/** commons-text StringEscapeUtils.unescapeJava: `\t`, `\n`, `\\`, `\'`, `\"`, `\uXXXX`, octal. */
function unescapeJava(s: string): string {
  return s.replace(/\\(u+[0-9a-fA-F]{4}|[0-7]{1,3}|.)/g, (m, e: string) => {
    if (e[0] === 'u') return String.fromCharCode(parseInt(e.replace(/^u+/, ''), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return JAVA_ESCAPES[e] ?? e;
  });
}

type Conv = (text: string) => SqlValue;

function fieldConverter(t: LogicalType, s: CsvSettings): Conv {
  switch (t.kind) {
    case 'BOOLEAN':
      // Boolean.parseBoolean: anything but "true" (any case) is false.
      return (x) => x.trim().toLowerCase() === 'true';
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return (x) => parseSmallInteger(t.kind as 'TINYINT' | 'SMALLINT' | 'INT', x.trim());
    case 'BIGINT':
      return (x) => parseLong(x.trim());
    case 'FLOAT':
      return (x) => parseJavaFloat(x);
    case 'DOUBLE':
      return (x) => parseJavaDouble(x);
    case 'DECIMAL': {
      const { precision, scale } = t;
      return (x) => parseDecimalText(x, precision, scale) ?? null;
    }
    case 'CHAR':
    case 'VARCHAR':
      return (x) => x;
    case 'BINARY':
    case 'VARBINARY':
      return (x) => parseBase64(x);
    case 'DATE':
      // java.sql.Date.valueOf, as flink-csv uses: yyyy-[m]m-[d]d.
      return (x) => parseDate(x.trim(), true);
    case 'TIME': {
      if (t.precision > 3)
        throw new Error(
          `Csv does not support TIME type with precision: ${t.precision}, it only supports precision 0 ~ 3.`,
        );
      const p = t.precision;
      return (x) => parseTime(x, p);
    }
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const ltz = t.kind === 'TIMESTAMP_LTZ';
      const p = t.precision;
      return (x) => parseTimestamp(x.trim(), 'SQL', p, ltz);
    }
    case 'ARRAY': {
      checkNested(t.element);
      const el = nullable(t.element, s);
      return (x) => x.split(s.arrayDelimiter).map(el);
    }
    case 'ROW': {
      // A nested row is one CSV column whose fields are split on csv.array-element-delimiter
      // (CsvRowSchemaConverter maps ROW to an ARRAY column); missing fields are NULL.
      for (const f of t.fields) checkNested(f.type);
      const convs = t.fields.map((f) => nullable(f.type, s));
      return (x) => {
        const parts = x.split(s.arrayDelimiter);
        if (parts.length !== convs.length && !s.ignoreErrors) {
          throw new Error(`Row length mismatch. ${convs.length} fields expected but was ${parts.length}.`);
        }
        return convs.map((c, i) => (i < parts.length ? c(parts[i]!) : null));
      };
    }
    default:
      throw new Error(`Unsupported type for the csv format: ${t.kind}`);
  }
}

/** CsvRowSchemaConverter#validateNestedField: only simple types inside ARRAY and ROW. */
function checkNested(t: LogicalType): void {
  if (t.kind === 'ARRAY' || t.kind === 'ROW' || t.kind === 'MAP' || t.kind === 'MULTISET') {
    throw new Error(
      `Only simple types are supported in the second level nesting of fields but was: ${t.kind}`,
    );
  }
}

function nullable(t: LogicalType, s: CsvSettings): Conv {
  const c = fieldConverter(t, s);
  return (x) => {
    if (s.nullLiteral !== undefined && x === s.nullLiteral) return null;
    try {
      return c(x);
    } catch (e) {
      if (s.ignoreErrors) return null;
      throw e;
    }
  };
}

function decoder(
  columns: readonly ConnectorColumn[],
  options: ConnectorOptions,
  table: string,
): RecordDecoder {
  const s = settings(options, table);
  let convs: Conv[];
  try {
    convs = columns.map((c) => nullable(c.type, s));
  } catch (e) {
    throw new ConfigError(`${(e as Error).message} (table ${table})`, { table });
  }
  const names = columns.map((c) => c.name);
  return {
    multiline: s.syntax.quote !== undefined,
    incomplete: (text) => hasOpenQuote(text, s.syntax),
    decode(text: string): Row | undefined {
      if (text.length === 0) return undefined;
      if (s.allowComments && text.startsWith('#')) return undefined;
      let fields;
      try {
        fields = splitCsvRecord(text, s.syntax);
      } catch (e) {
        if (s.ignoreErrors) return undefined;
        throw new FormatParseError(
          `Failed to deserialize CSV row '${clip(text)}': ${(e as CsvSyntaxError).message}`,
        );
      }
      // More fields than columns is Jackson's "Too many entries" error: with ignore-parse-errors
      // the record is skipped (fewer fields become NULLs).
      if (fields.length > convs.length && s.ignoreErrors) return undefined;
      if (fields.length !== convs.length && !s.ignoreErrors) {
        throw new FormatParseError(
          `Failed to deserialize CSV row '${clip(text)}': Row length mismatch. ${convs.length} fields expected but was ${fields.length}.`,
        );
      }
      const row = new Array<SqlValue>(convs.length);
      for (let i = 0; i < convs.length; i++) {
        const f = fields[i];
        if (f === undefined) {
          row[i] = null;
          continue;
        }
        try {
          row[i] = convs[i]!(f.text);
        } catch (e) {
          throw new FormatParseError(
            `Failed to deserialize CSV row '${clip(text)}': field '${names[i]}': ${(e as Error).message}`,
          );
        }
      }
      return row;
    },
  };
}

function clip(s: string): string {
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
}

/** Text of one value; `inner` for an element of an ARRAY/ROW column (quoted as a whole). */
function fieldEncoder(t: LogicalType, s: CsvSettings, inner = false): (v: SqlValue) => string {
  switch (t.kind) {
    case 'BOOLEAN':
      return (v) => (v ? 'true' : 'false');
    case 'FLOAT':
      return (v) => formatFloat(v as number);
    case 'DOUBLE':
      return (v) => formatDouble(v as number);
    case 'DECIMAL': {
      // numberNode(BigDecimal) strips trailing zeros; CsvGenerator writes toString (`1E+2`)
      // unless csv.write-bigdecimal-in-scientific-notation is false (toPlainString).
      // CsvGenerator#writeNumber(BigDecimal) writes the text as a string value, so it is quoted
      // like one (`"1E+5"`: '+' is below the safe character).
      const sc = t.scale;
      const text = (v: SqlValue): string => strippedDecimalText(v as bigint, sc, !s.decimalScientific);
      return inner ? text : (v) => quoteCsvField(text(v), s.syntax);
    }
    case 'CHAR':
    case 'VARCHAR':
      return inner ? (v) => v as string : (v) => quoteCsvField(v as string, s.syntax);
    case 'BINARY':
    case 'VARBINARY': {
      const text = (v: SqlValue): string => Buffer.from(v as Uint8Array).toString('base64');
      return inner ? text : (v) => quoteCsvField(text(v), s.syntax);
    }
    case 'DATE':
    case 'TIME':
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      // Text nodes: a timestamp's space makes Jackson quote it (`"2020-01-01 10:00:00"`).
      const text = (v: SqlValue): string => formatTemporal(t, v, 'SQL');
      return inner ? text : (v) => quoteCsvField(text(v), s.syntax);
    }
    case 'ARRAY':
    case 'ROW': {
      // Both are one column of elements joined by csv.array-element-delimiter.
      const encs = t.kind === 'ARRAY' ? undefined : t.fields.map((f) => fieldEncoder(f.type, s, true));
      const e = t.kind === 'ARRAY' ? fieldEncoder(t.element, s, true) : undefined;
      return (v) =>
        quoteCsvField(
          (v as SqlValue[])
            .map((x, i) => (x === null ? (s.nullLiteral ?? '') : (e ?? encs![i]!)(x)))
            .join(s.arrayDelimiter),
          s.syntax,
        );
    }
    default:
      return (v) => String(v);
  }
}

export const csvFormat: FormatFactory<RecordDecoder> = {
  identifier: 'csv',
  options: [
    { key: 'csv.field-delimiter', description: "field delimiter character (default ',')" },
    { key: 'csv.disable-quote-character', description: 'disable quoting (default false)' },
    { key: 'csv.quote-character', description: "quote character (default '\"')" },
    { key: 'csv.allow-comments', description: "skip lines starting with '#' (default false)" },
    { key: 'csv.ignore-parse-errors', description: 'skip bad records, NULL for bad fields (default false)' },
    { key: 'csv.array-element-delimiter', description: "array element delimiter (default ';')" },
    { key: 'csv.escape-character', description: 'escape character (default none)' },
    { key: 'csv.null-literal', description: 'text read and written as NULL (default none)' },
    {
      key: 'csv.write-bigdecimal-in-scientific-notation',
      description: 'write DECIMAL in scientific notation (default true)',
    },
  ],
  createDecoder: (columns, options, _ctx, table) => decoder(columns, options, table),
  createEncoder(columns, options, _ctx, table): RecordEncoder {
    const s = settings(options, table);
    const encs = columns.map((c) => fieldEncoder(c.type, s));
    const nullText = s.nullLiteral ?? '';
    const d = s.syntax.delimiter;
    return {
      encode(row: Row): string {
        let out = '';
        for (let i = 0; i < encs.length; i++) {
          const v = row[i] as SqlValue;
          out += (i > 0 ? d : '') + (v === null || v === undefined ? nullText : encs[i]!(v));
        }
        return out;
      },
    };
  },
};
