/**
 * Map @platformatic/kafka's errors to EddyError, keeping whether a retry may help.
 */
import { EddyError } from '../../common/errors.js';

/** Wrap any error thrown by the Kafka client; `what` says which operation failed. */
export function kafkaError(what: string, err: unknown): EddyError {
  if (err instanceof EddyError) return err;
  const e = err as { code?: string; message?: string; canRetry?: boolean; errors?: unknown[] };
  const inner =
    Array.isArray(e.errors) && e.errors.length > 0
      ? (e.errors[0] as { message?: string }).message
      : undefined;
  const message = `${what}: ${e.message ?? String(err)}${inner && inner !== e.message ? ` (${inner})` : ''}`;
  switch (e.code) {
    case 'PLT_KFK_TIMEOUT':
      return new EddyError('EDDY_TIMEOUT', message, { cause: err, retriable: true });
    case 'PLT_KFK_NETWORK':
      return new EddyError('EDDY_EXECUTION', message, { cause: err, retriable: true });
    case 'PLT_KFK_AUTHENTICATION':
      return new EddyError('EDDY_UNAUTHORIZED', message, { cause: err });
    case 'PLT_KFK_USER':
      return new EddyError('EDDY_USAGE', message, { cause: err });
    default:
      return new EddyError('EDDY_EXECUTION', message, { cause: err, retriable: e.canRetry === true });
  }
}
