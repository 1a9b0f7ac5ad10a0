/**
 * The client side of SCRAM-SHA-256 / SCRAM-SHA-512 (RFC 5802, RFC 7677) as Kafka uses it
 * (KIP-84): no channel binding (`n,,`), at least 4096 iterations, the server's signature checked.
 *
 * Written here with node:crypto rather than taken from a package: the light read path must not
 * load @platformatic/kafka (whose SCRAM code is internal, not exported), and the exchange is
 * three messages of arithmetic over HMAC and PBKDF2 that node:crypto provides.
 *
 * @example
 * const s = new ScramClient('SCRAM-SHA-256', 'alice', 'secret');
 * const first = s.first();                 // send, receive serverFirst
 * const final = s.final(serverFirst);      // send, receive serverFinal
 * s.verify(serverFinal);                   // throws when the server cannot prove it knows the key
 */
import { createHash, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  encodeSaslName,
  SCRAM_HASH,
  SCRAM_KEY_LENGTH,
  scramHmac,
  scramKeys,
  xorBytes,
  type ScramHash,
  type ScramMechanism,
} from '../sasl/scram-keys.js';

/** Kafka's ScramMechanism minimum iteration count. */
const MIN_ITERATIONS = 4096;

/** A SCRAM exchange that failed (a malformed or dishonest server message). */
export class ScramError extends Error {}

export class ScramClient {
  private readonly hash: ScramHash;
  private readonly len: number;
  private readonly nonce: string;
  private clientFirstBare = '';
  private serverSignature: Buffer | undefined;

  constructor(
    mechanism: ScramMechanism,
    private readonly username: string,
    private readonly password: string,
    nonce?: string,
  ) {
    this.hash = SCRAM_HASH[mechanism];
    this.len = SCRAM_KEY_LENGTH[mechanism];
    this.nonce = nonce ?? randomBytes(24).toString('base64url');
  }

  /** client-first-message: `n,,n=<user>,r=<nonce>`. */
  first(): Buffer {
    this.clientFirstBare = `n=${encodeSaslName(this.username)},r=${this.nonce}`;
    return Buffer.from(`n,,${this.clientFirstBare}`, 'utf8');
  }

  /** client-final-message with the proof, from the server-first-message. */
  final(serverFirst: Buffer): Buffer {
    const text = serverFirst.toString('utf8');
    const attrs = parseAttributes(text);
    if (attrs.has('e')) throw new ScramError(`the server refused: ${attrs.get('e')}`);
    const nonce = attrs.get('r');
    const salt = attrs.get('s');
    const iterations = Number(attrs.get('i'));
    if (nonce === undefined || salt === undefined || !Number.isInteger(iterations))
      throw new ScramError('malformed server-first-message');
    if (!nonce.startsWith(this.nonce) || nonce.length <= this.nonce.length)
      throw new ScramError("the server's nonce does not extend the client's");
    if (iterations < MIN_ITERATIONS)
      throw new ScramError(`the server asked for ${iterations} iterations, fewer than ${MIN_ITERATIONS}`);
    const withoutProof = `c=biws,r=${nonce}`;
    const authMessage = `${this.clientFirstBare},${text},${withoutProof}`;
    const salted = saltedPassword(this.hash, this.password, salt, iterations, this.len);
    const { clientKey, storedKey, serverKey } = scramKeys(this.hash, salted);
    const proof = xorBytes(clientKey, scramHmac(this.hash, storedKey, authMessage));
    this.serverSignature = scramHmac(this.hash, serverKey, authMessage);
    return Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8');
  }

  /** Checks the server-final-message (`v=<signature>`); throws on `e=…` or a wrong signature. */
  verify(serverFinal: Buffer): void {
    const attrs = parseAttributes(serverFinal.toString('utf8'));
    if (attrs.has('e')) throw new ScramError(`the server refused: ${attrs.get('e')}`);
    const v = attrs.get('v');
    if (v === undefined || this.serverSignature === undefined)
      throw new ScramError('malformed server-final-message');
    const got = Buffer.from(v, 'base64');
    if (got.length !== this.serverSignature.length || !timingSafeEqual(got, this.serverSignature))
      throw new ScramError("the server's signature is wrong (it does not know the credentials)");
  }
}

/**
 * Hi(password, salt, i) = PBKDF2, cached per (hash, password, salt, iterations): each partition
 * reader opens its own connections, and 4096 iterations block the event loop for milliseconds
 * each time. Keyed by a digest, so the cache holds no password.
 */
const salted = new Map<string, Buffer>();
function saltedPassword(
  hash: ScramHash,
  password: string,
  salt: string,
  iterations: number,
  len: number,
): Buffer {
  const key = createHash('sha256').update(`${hash}\0${salt}\0${iterations}\0${password}`).digest('base64');
  let v = salted.get(key);
  if (v === undefined) {
    // The raw UTF-8 bytes, as Kafka's ScramFormatter and librdkafka hash them (no SASLprep): a
    // password NFKC would change (a ligature, a full-width letter) must still match the broker.
    v = pbkdf2Sync(Buffer.from(password, 'utf8'), Buffer.from(salt, 'base64'), iterations, len, hash);
    if (salted.size >= 64) salted.clear();
    salted.set(key, v);
  }
  return v;
}

function parseAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(',')) {
    const i = part.indexOf('=');
    if (i === 1) out.set(part[0]!, part.slice(2));
  }
  return out;
}
