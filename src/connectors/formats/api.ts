/**
 * Text formats (`json`, `csv`) used by the filesystem connector: one record per line. A format
 * turns a line into a row of the table's physical columns, and a row into a line.
 */
import type { ConnectorColumn, ConnectorContext, ConnectorOptions, OptionSpec, Row } from '../api.js';

/** Thrown by a decoder for a malformed record; the connector adds file and line. */
export class FormatParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatParseError';
  }
}

/** Decodes one record. */
export interface RecordDecoder {
  /**
   * The row for one record, or `undefined` when the record is to be skipped (a comment line,
   * or a malformed record under `*.ignore-parse-errors`). Throws FormatParseError otherwise.
   */
  decode(text: string): Row | undefined;
  /** True when a record may span lines (CSV with a newline inside quotes). */
  readonly multiline?: boolean;
  /** For multiline formats: true when `text` is an incomplete record (an open quote). */
  incomplete?(text: string): boolean;
}

/** Encodes one row as one record (without the line separator). */
export interface RecordEncoder {
  encode(row: Row): string;
}

export interface FormatFactory {
  /** The `format` option value. */
  readonly identifier: string;
  /** Options, with their full keys (`json.fail-on-missing-field`). */
  readonly options: readonly OptionSpec[];
  createDecoder(
    columns: readonly ConnectorColumn[],
    options: ConnectorOptions,
    ctx: ConnectorContext,
    table: string,
  ): RecordDecoder;
  createEncoder(
    columns: readonly ConnectorColumn[],
    options: ConnectorOptions,
    ctx: ConnectorContext,
    table: string,
  ): RecordEncoder;
}
