/**
 * The dead-letter table of `error-handling.mode = 'log'`: records a source cannot deserialize
 * go to the topic named by `error-handling.log.target` (default `error_log`) — made by the
 * catalog when the DDL sets the mode, else here on first use with an Avro value schema
 * registered under `<target>-value` — a table with Confluent Cloud's DLQ columns:
 *
 *   error_timestamp TIMESTAMP_LTZ(3) NOT NULL, error_code INT NOT NULL,
 *   error_reason STRING NOT NULL, error_message STRING NOT NULL,
 *   error_details MAP<STRING NOT NULL, STRING> NOT NULL, processor STRING NOT NULL,
 *   statement_name STRING, affected_type STRING NOT NULL, affected_catalog STRING,
 *   affected_database STRING, affected_name STRING,
 *   source_record ROW<topic STRING, partition INT, offset BIGINT, timestamp TIMESTAMP_LTZ(3),
 *     timestamp_type STRING, headers MAP<STRING NOT NULL, VARBINARY>, key VARBINARY,
 *     value VARBINARY>
 *
 * The values Confluent puts in error_code / error_reason / processor / affected_type are not
 * documented; Eddy writes 1 / 'DESERIALIZATION_ERROR' / 'SOURCE' / 'TABLE' (its choice).
 */
import { ExecutionError, errorMessage } from '../../common/errors.js';
import type { KafkaClient } from '../../kafka/client/index.js';
import { parseAvro } from '../../schema-wire/avro.js';
import { encodeValue } from '../../schema-wire/index.js';
import type { RegistryClient } from '../../schema-wire/registry-client/registry-client.js';
import {
  bigintType,
  bytesType,
  field,
  intType,
  mapType,
  rowType,
  stringType,
  timestampLtzType,
  type LogicalType,
} from '../../types/index.js';
import { flinkValueToAvro, recordSchema } from './avro-mapping.js';

export const DEFAULT_ERROR_LOG = 'error_log';

/** Confluent's DLQ table columns (see the file header). */
export const ERROR_LOG_COLUMNS: readonly { name: string; type: LogicalType }[] = [
  { name: 'error_timestamp', type: timestampLtzType(3, false) },
  { name: 'error_code', type: intType(false) },
  { name: 'error_reason', type: stringType(false) },
  { name: 'error_message', type: stringType(false) },
  { name: 'error_details', type: mapType(stringType(false), stringType(true), false) },
  { name: 'processor', type: stringType(false) },
  { name: 'statement_name', type: stringType(true) },
  { name: 'affected_type', type: stringType(false) },
  { name: 'affected_catalog', type: stringType(true) },
  { name: 'affected_database', type: stringType(true) },
  { name: 'affected_name', type: stringType(true) },
  {
    name: 'source_record',
    type: rowType(
      [
        field('topic', stringType(true)),
        field('partition', intType(true)),
        field('offset', bigintType(true)),
        field('timestamp', timestampLtzType(3, true)),
        field('timestamp_type', stringType(true)),
        field('headers', mapType(stringType(false), bytesType(true), true)),
        field('key', bytesType(true)),
        field('value', bytesType(true)),
      ],
      true,
    ),
  },
];

const SCHEMA = recordSchema(ERROR_LOG_COLUMNS);
const RECORD_TYPE = rowType(
  ERROR_LOG_COLUMNS.map((c) => field(c.name, c.type)),
  false,
);

/** One failed record. */
export interface ErrorEntry {
  readonly message: string;
  /** The source table, `catalog.database.table`. */
  readonly table: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly timestamp: bigint;
  readonly timestampType: string;
  readonly headers: readonly (readonly [Buffer | null, Buffer | null])[];
  readonly key: Buffer | null;
  readonly value: Buffer | null;
}

/** The DLQ row of a failed record, in {@link ERROR_LOG_COLUMNS} order. */
export function errorLogRow(e: ErrorEntry, now: number): unknown[] {
  const path = e.table.split('.');
  const name = path.pop() ?? e.table;
  // Unique header keys (Confluent's headers metadata): the last value of a repeated key wins.
  const headers = new Map<string, Uint8Array | null>();
  for (const [k, v] of e.headers) if (k !== null) headers.set(k.toString('utf8'), v);
  return [
    now,
    1,
    'DESERIALIZATION_ERROR',
    e.message,
    new Map([['table', e.table]]),
    'SOURCE',
    null,
    'TABLE',
    path.length >= 2 ? path[path.length - 2]! : null,
    path.length >= 1 ? path[path.length - 1]! : null,
    name,
    [e.topic, e.partition, e.offset, Number(e.timestamp), e.timestampType, headers, e.key, e.value],
  ];
}

/** Writes failed records to the dead-letter topic (created and registered on first use). */
export class ErrorLog {
  private ready: Promise<{ id: number; send: (v: Buffer) => Promise<unknown> }> | undefined;

  constructor(
    private readonly kafka: KafkaClient,
    private readonly registry: RegistryClient | undefined,
    readonly target: string,
  ) {}

  private open(): Promise<{ id: number; send: (v: Buffer) => Promise<unknown> }> {
    this.ready ??= (async () => {
      if (!this.registry)
        throw new ExecutionError(
          `error-handling.mode 'log' needs a Schema Registry for table ${this.target}`,
        );
      await this.kafka.ensureTopic(this.target, { partitions: 1 });
      const id = await this.registry.register(`${this.target}-value`, {
        schema: JSON.stringify(SCHEMA),
        schemaType: 'AVRO',
      });
      const producer = await this.kafka.producer();
      return { id, send: (v: Buffer) => producer.send({ messages: [{ topic: this.target, value: v }] }) };
    })();
    return this.ready;
  }

  /** Appends one entry; a failure to log fails the statement (nothing is dropped silently). */
  async write(e: ErrorEntry): Promise<void> {
    try {
      const { id, send } = await this.open();
      const value = encodeValue(id, SCHEMA_PARSED, flinkValueToAvro(errorLogRow(e, Date.now()), RECORD_TYPE));
      await send(value);
    } catch (err) {
      throw new ExecutionError(
        `Cannot write to the error log table '${this.target}' (record of ${e.topic}, partition ${e.partition}, offset ${e.offset}): ${errorMessage(err)}`,
      );
    }
  }
}

const SCHEMA_PARSED = parseAvro(JSON.stringify(SCHEMA));
