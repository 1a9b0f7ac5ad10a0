/**
 * Adapts the engine's session (src/engine/sql/session) to {@link SqlEngineSession}.
 */
import { NotSupportedError } from '../../common/errors.js';
import type { SqlEngineOptions, SqlEngineSession } from './engine-port.js';

/** Opens an engine session for one script run. */
export async function openEngineSession(_opts: SqlEngineOptions): Promise<SqlEngineSession> {
  throw new NotSupportedError('the SQL engine session is not available in this build yet');
}
