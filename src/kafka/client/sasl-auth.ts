/**
 * SASL authentication of a new Kafka connection (KIP-43, KIP-152): SaslHandshake v1 names the
 * mechanism, then SaslAuthenticate carries its tokens (PLAIN: one; SCRAM: two rounds). It runs
 * once, right after ApiVersions (the one request a broker answers before authentication) and
 * before any other request.
 */
import { EddyError } from '../../common/errors.js';
import { errorName } from '../protocol/error-codes.js';
import { ScramClient, ScramError } from './scram.js';
import { describeSecurity, type KafkaSecurity } from './security.js';
import type { Struct } from '../protocol/codec.js';

/** SaslHandshake and SaslAuthenticate (specs in src/kafka/protocol/apis/sasl-*.ts). */
const SASL_HANDSHAKE = 17;
const SASL_AUTHENTICATE = 36;

/** What authentication needs of a connection. */
export interface SaslChannel {
  readonly address: string;
  pick(apiKey: number, min?: number, max?: number): number;
  request(apiKey: number, version: number, body: Struct): Promise<Struct>;
}

/** "authentication failed for cluster 'x' (SASL_SSL, SCRAM-SHA-256): why" — never retried. */
export function authError(security: KafkaSecurity, address: string, why: string): EddyError {
  const who = security.cluster !== undefined ? `cluster '${security.cluster}'` : `Kafka broker ${address}`;
  return new EddyError(
    'EDDY_UNAUTHORIZED',
    `authentication failed for ${who} (${describeSecurity(security)}): ${why}`,
  );
}

/**
 * Authenticates `c` with the SASL settings of `security` (which must have them). Resolves with
 * the session lifetime the broker granted in ms (KIP-368; 0 = unlimited).
 */
export async function saslAuthenticate(c: SaslChannel, security: KafkaSecurity): Promise<number> {
  const sasl = security.sasl!;
  let hv: number;
  let av: number;
  try {
    hv = c.pick(SASL_HANDSHAKE, 1);
    av = c.pick(SASL_AUTHENTICATE, 0);
  } catch {
    throw authError(
      security,
      c.address,
      `the broker at ${c.address} does not offer SASL (is its listener PLAINTEXT or SSL?)`,
    );
  }
  const hs = await c.request(SASL_HANDSHAKE, hv, { mechanism: sasl.mechanism });
  if (hs.errorCode === 34)
    // A PLAINTEXT or SSL listener answers ILLEGAL_SASL_STATE (Kafka's KafkaApis).
    throw authError(
      security,
      c.address,
      `the broker at ${c.address} does not take SASL on this port (ILLEGAL_SASL_STATE): is its listener PLAINTEXT or SSL?`,
    );
  if (hs.errorCode !== 0) {
    const offered = (hs.mechanisms as string[]).join(', ') || 'none';
    throw authError(
      security,
      c.address,
      `${errorName(hs.errorCode as number)}: the broker offers ${offered}, not ${sasl.mechanism}`,
    );
  }
  let lifetime = 0;
  const send = async (token: Buffer): Promise<Buffer> => {
    const r = await c.request(SASL_AUTHENTICATE, av, { authBytes: token });
    lifetime = Number((r.sessionLifetimeMs as bigint | undefined) ?? 0n);
    if (r.errorCode !== 0)
      throw authError(
        security,
        c.address,
        (r.errorMessage as string | null) ??
          `${errorName(r.errorCode as number)} (Kafka error ${String(r.errorCode)})`,
      );
    return r.authBytes as Buffer;
  };
  if (sasl.mechanism === 'PLAIN') {
    // RFC 4616: authzid NUL authcid NUL passwd, with an empty authzid as the Java client sends.
    await send(Buffer.from(`\0${sasl.username}\0${sasl.password}`, 'utf8'));
    return lifetime;
  }
  const scram = new ScramClient(sasl.mechanism, sasl.username, sasl.password);
  try {
    const serverFirst = await send(scram.first());
    const serverFinal = await send(scram.final(serverFirst));
    scram.verify(serverFinal);
  } catch (err) {
    if (err instanceof ScramError) throw authError(security, c.address, err.message);
    throw err;
  }
  return lifetime;
}
