/**
 * SASL/PLAIN server (RFC 4616: `[authzid] NUL authcid NUL passwd`), with the failure messages of
 * Kafka's PlainSaslServer. Passwords are compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SaslAuthenticationError, type SaslServer } from './sasl-mechanism.js';

function sameSecret(a: string, b: string): boolean {
  // Hash first: timingSafeEqual needs equal lengths and the length must not leak either.
  const ha = createHash('sha256').update(a, 'utf8').digest();
  const hb = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(ha, hb);
}

export class PlainServer implements SaslServer {
  readonly mechanism = 'PLAIN' as const;
  complete = false;
  principal: string | null = null;

  constructor(private readonly passwords: ReadonlyMap<string, string>) {}

  evaluate(token: Buffer): Buffer {
    if (this.complete)
      throw new SaslAuthenticationError('Authentication failed: unexpected token after completion');
    const parts = token.toString('utf8').split('\u0000');
    if (parts.length !== 3)
      throw new SaslAuthenticationError(
        'Invalid SASL/PLAIN response: expected 3 tokens, got ' + parts.length,
      );
    const [authzid, username, password] = parts as [string, string, string];
    if (username === '') throw new SaslAuthenticationError('Authentication failed: username not specified');
    if (password === '') throw new SaslAuthenticationError('Authentication failed: password not specified');
    const expected = this.passwords.get(username);
    // Compare even for unknown users so timing does not tell which users exist.
    const ok = sameSecret(password, expected ?? '\u0000unknown') && expected !== undefined;
    if (!ok) throw new SaslAuthenticationError('Authentication failed: Invalid username or password');
    if (authzid !== '' && authzid !== username) {
      throw new SaslAuthenticationError(
        'Authentication failed: Client requested an authorization id that is different from username',
      );
    }
    this.principal = username;
    this.complete = true;
    return Buffer.alloc(0);
  }
}
