/**
 * SaslHandshake and SaslAuthenticate outside the authentication exchange: on a PLAINTEXT or SSL
 * listener, or after a SASL connection authenticated (re-authentication, KIP-368, is not
 * supported). Kafka's KafkaApis answers these with ILLEGAL_SASL_STATE; the exchange itself is
 * run by the connection's SaslAuthenticator before any handler sees a request.
 */
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';

export const handleSaslHandshake: Handler = async () => ({
  errorCode: ErrorCode.ILLEGAL_SASL_STATE,
  mechanisms: [],
});

export const handleSaslAuthenticate: Handler = async () => ({
  errorCode: ErrorCode.ILLEGAL_SASL_STATE,
  errorMessage: 'SaslAuthenticate request received after successful authentication',
  authBytes: Buffer.alloc(0),
  sessionLifetimeMs: 0n,
});
