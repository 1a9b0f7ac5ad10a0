/**
 * Authorized-operations bit fields (KIP-430). Eddy has no authorizer, so — as Kafka's
 * AuthHelper.authorizedOperations does without one — every operation the resource type supports
 * (AclEntry.supportedOperations) is authorized. Requests that do not ask get the sentinel.
 */

/** Kafka's "authorized operations not requested" sentinel (Integer.MIN_VALUE). */
export const AUTH_OPS_OMITTED = -2147483648;

// AclOperation codes: READ 3, WRITE 4, CREATE 5, DELETE 6, ALTER 7, DESCRIBE 8,
// CLUSTER_ACTION 9, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11, IDEMPOTENT_WRITE 12.
const SUPPORTED = {
  topic: [3, 4, 5, 6, 7, 8, 10, 11],
  group: [3, 6, 8, 10, 11],
  cluster: [5, 7, 8, 9, 10, 11, 12],
} as const;

function bitField(codes: readonly number[]): number {
  let bits = 0;
  for (const c of codes) bits |= 1 << c;
  return bits;
}

/** The bit field for `resource` when `requested`, else {@link AUTH_OPS_OMITTED}. */
export function authorizedOperations(resource: keyof typeof SUPPORTED, requested: unknown): number {
  return requested === true ? bitField(SUPPORTED[resource]) : AUTH_OPS_OMITTED;
}
