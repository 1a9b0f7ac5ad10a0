/**
 * Text formats (`json`, `csv`, and the changelog formats `debezium-json`, `canal-json`,
 * `maxwell-json`, `ogg-json`) used by the filesystem connector: one record per line. A format
 * turns a line into a row of the table's physical columns (a changelog format: into changes,
 * several per line for a Canal message or an update), and a row (with its change kind) into a
 * line.
 */
import type {
  ChangeKind,
  ConnectorColumn,
  ConnectorContext,
  ConnectorOptions,
  OptionSpec,
  Row,
} from '../api.js';

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

/**
 * Decodes one record of a changelog format (Flink's DecodingFormat with a changelog mode of all
 * four kinds) into the changes it stands for, in order.
 */
export interface ChangelogDecoder {
  /**
   * Calls `emit` for each change of the record (none for a skipped record: an empty line, a
   * filtered-out table, a malformed record under `*.ignore-parse-errors`). Throws
   * FormatParseError, before emitting anything, for a malformed record.
   */
  decodeChanges(text: string, emit: (row: Row, kind: ChangeKind) => void): void;
}

/** True for the decoder of a changelog format. */
export function isChangelogDecoder(d: RecordDecoder | ChangelogDecoder): d is ChangelogDecoder {
  return 'decodeChanges' in d;
}

/**
 * Encodes one row as one record (without the line separator). Append-only formats ignore
 * `kind` (their sinks take inserts only); changelog formats write it into the envelope.
 */
export interface RecordEncoder {
  encode(row: Row, kind?: ChangeKind): string;
}

/** A format; `D` narrows what its decoder is (a record decoder, or a changelog format's). */
export interface FormatFactory<
  D extends RecordDecoder | ChangelogDecoder = RecordDecoder | ChangelogDecoder,
> {
  /** The `format` option value. */
  readonly identifier: string;
  /** Options, with their full keys (`json.fail-on-missing-field`). */
  readonly options: readonly OptionSpec[];
  /**
   * True for changelog formats: a source reading them emits all four change kinds (the planner
   * treats the table as a retract source), a sink writing them takes all four.
   */
  readonly changelog?: boolean;
  createDecoder(
    columns: readonly ConnectorColumn[],
    options: ConnectorOptions,
    ctx: ConnectorContext,
    table: string,
  ): D;
  createEncoder(
    columns: readonly ConnectorColumn[],
    options: ConnectorOptions,
    ctx: ConnectorContext,
    table: string,
  ): RecordEncoder;
}
