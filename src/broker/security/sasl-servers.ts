/**
 * Builds a listener's credentials once at start (SCRAM salting happens here) and a
 * {@link SaslServer} per authenticating connection.
 */
import type { SaslConfig, SaslMechanismName } from './config.js';
import { PlainServer } from './plain.js';
import type { SaslServer } from './sasl-mechanism.js';
import { ScramCredentialStore, ScramServer, type ScramMechanism } from './scram.js';

export class SaslAuthenticatorFactory {
  readonly mechanisms: readonly SaslMechanismName[];
  private readonly passwords: ReadonlyMap<string, string>;
  private readonly scram: ScramCredentialStore;

  constructor(config: SaslConfig) {
    this.mechanisms = config.mechanisms;
    this.passwords = config.users;
    const scramMechs = config.mechanisms.filter((m): m is ScramMechanism => m.startsWith('SCRAM-'));
    this.scram = new ScramCredentialStore(config.users, scramMechs);
  }

  /** A server for `mechanism`, or null when it is not enabled. */
  create(mechanism: string): SaslServer | null {
    if (!(this.mechanisms as readonly string[]).includes(mechanism)) return null;
    if (mechanism === 'PLAIN') return new PlainServer(this.passwords);
    return new ScramServer(mechanism as ScramMechanism, this.scram);
  }
}
