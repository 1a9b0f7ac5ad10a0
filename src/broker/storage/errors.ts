/**
 * Storage failures the protocol layer reports per partition, carrying Kafka's error code.
 * The protocol layer maps `errorCode` straight into its response.
 */
import { EddyError } from '../../common/errors.js';

/** Kafka error codes the storage can produce (from Kafka's `Errors` enum). */
export const KAFKA_ERRORS = {
  UNKNOWN_SERVER_ERROR: -1,
  OFFSET_OUT_OF_RANGE: 1,
  CORRUPT_MESSAGE: 2,
  UNKNOWN_TOPIC_OR_PARTITION: 3,
  MESSAGE_TOO_LARGE: 10,
  INVALID_TOPIC_EXCEPTION: 17,
  RECORD_LIST_TOO_LARGE: 18,
  INVALID_TIMESTAMP: 32,
  TOPIC_ALREADY_EXISTS: 36,
  INVALID_PARTITIONS: 37,
  INVALID_REPLICATION_FACTOR: 38,
  INVALID_CONFIG: 40,
  INVALID_REQUEST: 42,
  POLICY_VIOLATION: 44,
  OUT_OF_ORDER_SEQUENCE_NUMBER: 45,
  DUPLICATE_SEQUENCE_NUMBER: 46,
  INVALID_PRODUCER_EPOCH: 47,
  INVALID_TXN_STATE: 48,
  KAFKA_STORAGE_ERROR: 56,
  UNKNOWN_PRODUCER_ID: 59,
  UNSUPPORTED_COMPRESSION_TYPE: 76,
  INVALID_RECORD: 87,
  PRODUCER_FENCED: 90,
  UNKNOWN_TOPIC_ID: 100,
} as const;

export type KafkaErrorName = keyof typeof KAFKA_ERRORS;

/** A storage failure with the Kafka error code the client should see. */
export class KafkaStorageError extends EddyError {
  readonly errorCode: number;
  readonly errorName: KafkaErrorName;

  constructor(
    errorName: KafkaErrorName,
    message: string,
    options: { cause?: unknown; retriable?: boolean } = {},
  ) {
    super('EDDY_STORAGE', `${errorName}: ${message}`, options);
    this.errorName = errorName;
    this.errorCode = KAFKA_ERRORS[errorName];
  }
}
