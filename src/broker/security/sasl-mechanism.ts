/**
 * Server side of one SASL exchange (one per connection): tokens in, tokens out, until complete.
 * Failures throw {@link SaslAuthenticationError}; its message goes to the client as Kafka's
 * does, so it must never reveal whether a user exists or echo a password.
 */
import type { SaslMechanismName } from './config.js';

export class SaslAuthenticationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaslAuthenticationError';
  }
}

export interface SaslServer {
  readonly mechanism: SaslMechanismName;
  /** Consumes the client's next token; returns the server's token (possibly empty). */
  evaluate(token: Buffer): Buffer;
  readonly complete: boolean;
  /** The authenticated user, once complete. */
  readonly principal: string | null;
}
