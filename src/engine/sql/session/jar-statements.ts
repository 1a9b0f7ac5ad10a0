/**
 * ADD JAR / REMOVE JAR with Flink's ResourceManager checks (checkJarPath): the path must end in
 * `.jar`, exist and not be a directory. Eddy runs no JVM code, so a registered jar is only
 * listed by SHOW JARS (as Flink's session lists it); REMOVE JAR of a jar never added is a no-op,
 * as Flink's unregisterJarResource only warns.
 */
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { SqlError } from '../../../common/errors.js';
import type { JarStatement } from '../ast/index.js';
import type { SessionState } from './state.js';

function validation(message: string, span: JarStatement['span']): SqlError {
  return new SqlError('EDDY_SQL_VALIDATE', message, [{ message, span }]);
}

/** ADD JAR / REMOVE JAR. */
export function jarStatement(s: SessionState, st: JarStatement): void {
  if (!extname(st.path).toLowerCase().endsWith('jar'))
    throw validation(
      `The registering or unregistering jar resource [${st.path}] must ends with '.jar' suffix.`,
      st.span,
    );
  if (st.action === 'REMOVE') {
    const i = s.jars.indexOf(st.path);
    if (i >= 0) s.jars.splice(i, 1);
    return;
  }
  let isDir: boolean;
  try {
    isDir = statSync(resolve(s.baseDir ?? process.cwd(), st.path)).isDirectory();
  } catch {
    throw validation(`Jar resource [${st.path}] not found.`, st.span);
  }
  if (isDir)
    throw validation(
      `The registering or unregistering jar resource [${st.path}] is a directory that is not allowed.`,
      st.span,
    );
  if (!s.jars.includes(st.path)) s.jars.push(st.path);
}
