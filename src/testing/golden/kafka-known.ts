/**
 * The Kafka mode's known differences: cases that pass over files but not over topics, each with
 * why (an engine or connector bug to fix, or a real limit of the format). One list per format
 * (`--format`); a list only shrinks: a listed case that passes fails the run.
 */
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus.js';

/** The file corpus's pending list: those cases may fail over topics too. */
export const PENDING_PATH_KAFKA = join(CORPUS_DIR, 'PENDING.txt');

/** Case id → why it differs over Kafka with avro-registry keys and values (the default). */
export const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map<string, string>([
  [
    'select/quoted-identifiers',
    'a column named `my col`: Avro field names are [A-Za-z_][A-Za-z0-9_]*, so the registry refuses ' +
      'the value schema (HTTP 422), as it would for Confluent Cloud with avro-registry',
  ],
  [
    'types/timestamp-nanos',
    'TIMESTAMP(9) over Avro: the registered schema carries microseconds at most ' +
      '(local-timestamp-micros), so .123456789 reads back as .123456000',
  ],
]);

/**
 * Kafka Connect's Timestamp, which Confluent's JSON Schema mapping uses for TIMESTAMP(p) and
 * TIMESTAMP_LTZ(p) (`connect.type: int64`, `flink.precision: p` only records the declared
 * precision), is a count of epoch milliseconds: digits after the third are not in the record.
 */
const JSON_TIMESTAMP_MILLIS =
  'over JSON Schema a timestamp is Connect Timestamp epoch milliseconds (title ' +
  'org.apache.kafka.connect.data.Timestamp, connect.type int64), so the sub-millisecond digits ' +
  'of a TIMESTAMP(6/9) are not in the record, as with Confluent Cloud json-registry';

/** Case id → why it differs over Kafka with json-registry keys and values. */
export const KNOWN_DIFFERENCES_JSON: ReadonlyMap<string, string> = new Map<string, string>([
  ['types/timestamp-nanos', `${JSON_TIMESTAMP_MILLIS}: .123456789 reads back as .123`],
  ['types/date-time-timestamp', `${JSON_TIMESTAMP_MILLIS}: TIMESTAMP(6) .123456 reads back as .123`],
  ['casts/timestamp-precision-cast', `${JSON_TIMESTAMP_MILLIS}: TIMESTAMP(6) .123456 reads back as .123`],
  [
    'conformance/functions4/temporal/extract-units',
    `${JSON_TIMESTAMP_MILLIS}: EXTRACT(NANOSECOND / MICROSECOND) of TIMESTAMP(6) .123456789 sees .123`,
  ],
  [
    'conformance/functions4/temporal/floor-ceil-units',
    `${JSON_TIMESTAMP_MILLIS}: CEIL(TIMESTAMP(6) .987654 TO MILLISECOND) sees .987 (gives .987, not .988)`,
  ],
  [
    'conformance/temporal/ceil-floor-timestamp-units',
    `${JSON_TIMESTAMP_MILLIS}: CEIL(TIMESTAMP(6) .987654 TO MILLISECOND) sees .987 (gives .987, not .988)`,
  ],
  [
    'conformance/temporal/extract-subsecond-units',
    `${JSON_TIMESTAMP_MILLIS}: EXTRACT(MICROSECOND / NANOSECOND) of TIMESTAMP(6) .123456 sees .123`,
  ],
]);

/** The known differences of a `--format`. */
export function knownDifferences(format: 'avro-registry' | 'json-registry'): ReadonlyMap<string, string> {
  return format === 'json-registry' ? KNOWN_DIFFERENCES_JSON : KNOWN_DIFFERENCES;
}
