/**
 * DescribeAcls / CreateAcls / DeleteAcls. Eddy's broker has no authorizer (SASL users are
 * authenticated, every authenticated client may do everything), so these answer exactly as
 * Kafka's AclApis does when `authorizer.class.name` is unset: SECURITY_DISABLED, per creation
 * and per filter.
 */
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';

export const handleDescribeAcls: Handler = async () => ({
  throttleTimeMs: 0,
  errorCode: ErrorCode.SECURITY_DISABLED,
  errorMessage: 'No Authorizer is configured on the broker',
  resources: [],
});

export const handleCreateAcls: Handler = async (_broker, req) => ({
  throttleTimeMs: 0,
  results: (req.creations as unknown[]).map(() => ({
    errorCode: ErrorCode.SECURITY_DISABLED,
    errorMessage: 'No Authorizer is configured.',
  })),
});

export const handleDeleteAcls: Handler = async (_broker, req) => ({
  throttleTimeMs: 0,
  filterResults: (req.filters as unknown[]).map(() => ({
    errorCode: ErrorCode.SECURITY_DISABLED,
    errorMessage: 'No Authorizer is configured.',
    matchingAcls: [],
  })),
});
