/**
 * DescribeUserScramCredentials (KIP-554): the users configured with `sasl.users.<name>` and the
 * SCRAM mechanisms enabled for them (each user's password is salted at start for every enabled
 * SCRAM mechanism, with SCRAM_ITERATIONS). Never the credentials themselves.
 */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { SCRAM_ITERATIONS } from '../security/scram.js';

/** Kafka's ScramMechanism type codes. */
const MECHANISM_CODE: Record<string, number> = { 'SCRAM-SHA-256': 1, 'SCRAM-SHA-512': 2 };

export const handleDescribeUserScramCredentials: Handler = async (broker, req) => {
  const sasl = broker.settings.security.sasl;
  const infos = (sasl?.mechanisms ?? [])
    .filter((m) => MECHANISM_CODE[m] !== undefined)
    .map((m) => ({ mechanism: MECHANISM_CODE[m]!, iterations: SCRAM_ITERATIONS }));
  const users = infos.length > 0 ? [...(sasl?.users.keys() ?? [])] : [];
  const wanted = (req.users as { name: string }[] | null) ?? [];
  if (wanted.length === 0) {
    return {
      throttleTimeMs: 0,
      errorCode: ErrorCode.NONE,
      errorMessage: null,
      results: users
        .sort()
        .map((user) => ({ user, errorCode: 0, errorMessage: null, credentialInfos: infos })),
    };
  }
  const counts = new Map<string, number>();
  for (const w of wanted) counts.set(w.name, (counts.get(w.name) ?? 0) + 1);
  const known = new Set(users);
  const results: Struct[] = [...counts.keys()].map((user) => {
    if (counts.get(user)! > 1) {
      return {
        user,
        errorCode: ErrorCode.DUPLICATE_RESOURCE,
        errorMessage: `Cannot describe SCRAM credentials for the same user twice in a single request: ${user}`,
        credentialInfos: [],
      };
    }
    if (!known.has(user)) {
      return {
        user,
        errorCode: ErrorCode.RESOURCE_NOT_FOUND,
        errorMessage: `Attempt to describe a user credential that does not exist: ${user}`,
        credentialInfos: [],
      };
    }
    return { user, errorCode: 0, errorMessage: null, credentialInfos: infos };
  });
  return { throttleTimeMs: 0, errorCode: ErrorCode.NONE, errorMessage: null, results };
};
