/**
 * The key arithmetic of SCRAM-SHA-256 / SCRAM-SHA-512 (RFC 5802 §3, RFC 7677) that both ends of
 * Kafka's SASL/SCRAM share: Eddy's client (src/kafka/client/scram.ts) and the embedded broker's
 * server (src/broker/security/scram.ts). Passwords go to Hi() as their UTF-8 bytes; each side
 * decides that itself.
 */
import { createHash, createHmac } from 'node:crypto';

export type ScramMechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
export type ScramHash = 'sha256' | 'sha512';

/** The hash and key length (bytes) of each mechanism. */
export const SCRAM_HASH: Readonly<Record<ScramMechanism, ScramHash>> = {
  'SCRAM-SHA-256': 'sha256',
  'SCRAM-SHA-512': 'sha512',
};
export const SCRAM_KEY_LENGTH: Readonly<Record<ScramMechanism, number>> = {
  'SCRAM-SHA-256': 32,
  'SCRAM-SHA-512': 64,
};

/** HMAC(key, text). */
export const scramHmac = (hash: ScramHash, key: Buffer, text: string | Buffer): Buffer =>
  createHmac(hash, key).update(text).digest();

/** H(text). */
export const scramDigest = (hash: ScramHash, data: Buffer): Buffer => createHash(hash).update(data).digest();

/** ClientKey, StoredKey and ServerKey from SaltedPassword. */
export function scramKeys(
  hash: ScramHash,
  salted: Buffer,
): { clientKey: Buffer; storedKey: Buffer; serverKey: Buffer } {
  const clientKey = scramHmac(hash, salted, 'Client Key');
  return {
    clientKey,
    storedKey: scramDigest(hash, clientKey),
    serverKey: scramHmac(hash, salted, 'Server Key'),
  };
}

/** XOR of two equal-length buffers (ClientProof = ClientKey XOR ClientSignature, and back). */
export function xorBytes(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

/** RFC 5802 saslname: ',' → `=2C`, '=' → `=3D`. */
export function encodeSaslName(name: string): string {
  return name.replace(/=/g, '=3D').replace(/,/g, '=2C');
}

/** RFC 5802 saslname decoded: `=2C` is a comma, `=3D` an equals sign, any other `=` is invalid. */
export function decodeSaslName(name: string): string | null {
  if (/=(?!2C|3D)/.test(name)) return null;
  return name.replace(/=2C/g, ',').replace(/=3D/g, '=');
}
