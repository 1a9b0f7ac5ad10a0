/**
 * The Kafka mode's known differences: cases that pass over files but not over topics, each with
 * why (an engine or connector bug to fix, or a real limit of the Avro format). The list only
 * shrinks: a listed case that passes fails the run.
 */
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus.js';

/** The file corpus's pending list: those cases may fail over topics too. */
export const PENDING_PATH_KAFKA = join(CORPUS_DIR, 'PENDING.txt');

/** Case id → why it differs over Kafka. */
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
