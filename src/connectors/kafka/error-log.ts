/**
 * The dead-letter table of `error-handling.mode = 'log'`: records a source cannot deserialize
 * go to the topic named by `error-handling.log.target` (default `error_log`), created on
 * first use with an Avro value schema registered under `<target>-value`, so the catalog shows
 * it as a table. Each row has the raw key and value bytes, the error, and the source position.
 */
import { ExecutionError, errorMessage } from '../../common/errors.js';
import type { KafkaClient } from '../../kafka/client/index.js';
import { parseAvro } from '../../schema-wire/avro.js';
import { encodeValue } from '../../schema-wire/index.js';
import type { RegistryClient } from '../../schema-wire/registry-client/registry-client.js';

export const DEFAULT_ERROR_LOG = 'error_log';

const SCHEMA = {
  type: 'record',
  name: 'error_log',
  namespace: 'io.eddy',
  fields: [
    { name: 'error_timestamp', type: { type: 'long', logicalType: 'timestamp-millis' } },
    { name: 'error_message', type: 'string' },
    { name: 'table_name', type: 'string' },
    { name: 'topic', type: 'string' },
    { name: 'partition', type: 'int' },
    { name: 'offset', type: 'long' },
    { name: 'raw_key', type: ['null', 'bytes'], default: null },
    { name: 'raw_value', type: ['null', 'bytes'], default: null },
  ],
};

/** One failed record. */
export interface ErrorEntry {
  readonly message: string;
  readonly table: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
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
      const value = encodeValue(id, SCHEMA_PARSED, {
        error_timestamp: Date.now(),
        error_message: e.message,
        table_name: e.table,
        topic: e.topic,
        partition: e.partition,
        offset: Number(e.offset),
        raw_key: e.key,
        raw_value: e.value,
      });
      await send(value);
    } catch (err) {
      throw new ExecutionError(
        `Cannot write to the error log table '${this.target}' (record of ${e.topic}, partition ${e.partition}, offset ${e.offset}): ${errorMessage(err)}`,
      );
    }
  }
}

const SCHEMA_PARSED = parseAvro(JSON.stringify(SCHEMA));
