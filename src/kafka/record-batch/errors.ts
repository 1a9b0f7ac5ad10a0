import { EddyError } from '../../common/errors.js';

/**
 * A record batch or record that does not follow the v2 format (bad CRC, length, magic, record
 * count, varint…). `kafkaError` names the Kafka error a broker answers with.
 */
export class RecordFormatError extends EddyError {
  readonly kafkaError: 'CORRUPT_MESSAGE' | 'INVALID_RECORD' | 'UNSUPPORTED_COMPRESSION_TYPE';
  constructor(
    message: string,
    kafkaError: RecordFormatError['kafkaError'] = 'CORRUPT_MESSAGE',
    options: { cause?: unknown } = {},
  ) {
    super('EDDY_PROTOCOL', `record batch: ${message}`, options);
    this.kafkaError = kafkaError;
  }
}
