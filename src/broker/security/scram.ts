/**
 * SASL/SCRAM-SHA-256 and SCRAM-SHA-512 server (RFC 5802, RFC 7677; Kafka's KIP-84). Passwords
 * from the config are salted once at start (4096 iterations, Kafka's minimum and default) and
 * only the stored and server keys are kept. Failures answer with Kafka's generic message, so a
 * client cannot tell an unknown user from a wrong password.
 */
import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  decodeSaslName,
  SCRAM_HASH,
  SCRAM_KEY_LENGTH,
  scramDigest,
  scramHmac,
  scramKeys,
  xorBytes,
  type ScramHash,
  type ScramMechanism,
} from '../../kafka/sasl/scram-keys.js';
import { SaslAuthenticationError, type SaslServer } from './sasl-mechanism.js';

export { decodeSaslName, type ScramMechanism };

/** Kafka's minimum for SCRAM credentials, and what `kafka-configs` uses by default. */
export const SCRAM_ITERATIONS = 4096;

export interface ScramCredential {
  salt: Buffer;
  iterations: number;
  storedKey: Buffer;
  serverKey: Buffer;
}

/** Salts `password` as RFC 5802's Hi() and derives the keys the server keeps. */
export function scramCredential(
  mechanism: ScramMechanism,
  password: string,
  iterations = SCRAM_ITERATIONS,
  salt: Buffer = randomBytes(32),
): ScramCredential {
  const alg = SCRAM_HASH[mechanism];
  const salted = pbkdf2Sync(
    Buffer.from(password, 'utf8'),
    salt,
    iterations,
    SCRAM_KEY_LENGTH[mechanism],
    alg,
  );
  const { storedKey, serverKey } = scramKeys(alg, salted);
  return { salt, iterations, storedKey, serverKey };
}

/** Salted credentials by mechanism and user, built from plaintext passwords at start. */
export class ScramCredentialStore {
  private readonly creds = new Map<ScramMechanism, Map<string, ScramCredential>>();

  constructor(passwords: ReadonlyMap<string, string>, mechanisms: readonly ScramMechanism[]) {
    for (const m of mechanisms) {
      // One salt per user and mechanism, as Kafka's kafka-configs makes them.
      const byUser = new Map<string, ScramCredential>();
      for (const [user, pw] of passwords) byUser.set(user, scramCredential(m, pw));
      this.creds.set(m, byUser);
    }
  }

  /** Adds a ready-made credential (tests: RFC 7677's fixed salt). */
  set(mechanism: ScramMechanism, user: string, credential: ScramCredential): void {
    let byUser = this.creds.get(mechanism);
    if (!byUser) this.creds.set(mechanism, (byUser = new Map()));
    byUser.set(user, credential);
  }

  get(mechanism: ScramMechanism, user: string): ScramCredential | undefined {
    return this.creds.get(mechanism)?.get(user);
  }
}

const PRINTABLE_NONCE = /^[\x21-\x2b\x2d-\x7e]+$/;

class ScramFailure extends SaslAuthenticationError {}

export class ScramServer implements SaslServer {
  complete = false;
  principal: string | null = null;
  private state: 'first' | 'final' | 'done' = 'first';
  private credential: ScramCredential | null = null;
  private gs2Header = '';
  private clientFirstBare = '';
  private serverFirst = '';
  private nonce = '';
  private user = '';
  private readonly alg: ScramHash;

  constructor(
    readonly mechanism: ScramMechanism,
    private readonly store: ScramCredentialStore,
    /** The server's part of the nonce (tests pin it to replay RFC 7677's example). */
    private readonly serverNonce: () => string = () =>
      randomBytes(24).toString('base64').replace(/[+/=]/g, 'x'),
  ) {
    this.alg = SCRAM_HASH[mechanism];
  }

  /** Kafka's message for every failure that could reveal which users exist. */
  private fail(): never {
    this.state = 'done';
    throw new ScramFailure(
      `Authentication failed during authentication due to invalid credentials with SASL mechanism ${this.mechanism}`,
    );
  }

  evaluate(token: Buffer): Buffer {
    if (this.state === 'first') return this.clientFirst(token.toString('utf8'));
    if (this.state === 'final') return this.clientFinal(token.toString('utf8'));
    return this.fail();
  }

  private clientFirst(msg: string): Buffer {
    // gs2-header: n or y (no channel binding: we never advertise -PLUS), optional a=authzid.
    const m = /^([ny]),(?:a=([^,]*))?,(n=([^,]*),r=([^,]+)(?:,.*)?)$/s.exec(msg);
    if (!m) return this.fail();
    const user = decodeSaslName(m[4]!);
    const authzid = m[2] === undefined ? '' : decodeSaslName(m[2]);
    if (user === null || user === '' || authzid === null || !PRINTABLE_NONCE.test(m[5]!)) return this.fail();
    const cred = this.store.get(this.mechanism, user);
    if (!cred) return this.fail();
    if (authzid !== '' && authzid !== user) {
      this.state = 'done';
      throw new SaslAuthenticationError(
        'Authentication failed: Client requested an authorization id that is different from username',
      );
    }
    this.credential = cred;
    this.user = user;
    this.gs2Header = msg.slice(0, msg.length - m[3]!.length);
    this.clientFirstBare = m[3]!;
    this.nonce = m[5]! + this.serverNonce();
    this.serverFirst = `r=${this.nonce},s=${cred.salt.toString('base64')},i=${cred.iterations}`;
    this.state = 'final';
    return Buffer.from(this.serverFirst, 'utf8');
  }

  private clientFinal(msg: string): Buffer {
    const cred = this.credential!;
    const m = /^(c=([^,]*),r=([^,]*)(?:,.*)?),p=([A-Za-z0-9+/=]+)$/s.exec(msg);
    if (!m) return this.fail();
    const [, withoutProof, binding, nonce, proofB64] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    // Kafka's check (ScramSaslServer): librdkafka sends its own nonce again before the server's
    // combined one, so RFC 5802's equality would reject it.
    if (!nonce.endsWith(this.nonce)) return this.fail();
    if (Buffer.from(binding, 'base64').toString('utf8') !== this.gs2Header) return this.fail();
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const clientSignature = scramHmac(this.alg, cred.storedKey, authMessage);
    const proof = Buffer.from(proofB64, 'base64');
    if (proof.length !== clientSignature.length) return this.fail();
    const stored = scramDigest(this.alg, xorBytes(proof, clientSignature));
    if (!timingSafeEqual(stored, cred.storedKey)) return this.fail();
    const serverSignature = scramHmac(this.alg, cred.serverKey, authMessage);
    this.state = 'done';
    this.complete = true;
    this.principal = this.user;
    return Buffer.from(`v=${serverSignature.toString('base64')}`, 'utf8');
  }
}
