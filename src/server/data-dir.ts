/**
 * The data directory: one exclusive owner (a lock file holding its pid) and the
 * endpoints.json that lets tools find a running platform without parsing logs.
 */
import {
  accessSync,
  constants,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../common/errors.js';
import type { ComponentEndpoint } from '../common/component.js';

export const LOCK_FILE = 'eddy.lock';
export const ENDPOINTS_FILE = 'endpoints.json';

export interface EndpointsFile {
  pid: number;
  version: string;
  startedAt: string;
  dataDir: string;
  components: Record<string, ComponentEndpoint>;
}

/** Creates the data dir if needed and checks it is writable. */
export function prepareDataDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(`data dir ${dir} is not writable (${code}); choose another with --data-dir`);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data dir's lock or throws "data dir … in use by pid N". A lock left by a process
 * that no longer exists (a crash, SIGKILL) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ConfigError(
          `data dir ${dir}: cannot create lock file (${(err as NodeJS.ErrnoException).code})`,
        );
      }
      let pid = NaN;
      try {
        pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      } catch {
        /* vanished between open and read: retry */
      }
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) {
        throw new ConfigError(
          `data dir ${dir} in use by pid ${pid}; stop that instance or use another --data-dir`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new ConfigError(`data dir ${dir}: could not take the lock ${path}`);
}

/** Writes endpoints.json atomically (temp file + rename), so a reader never sees half a file. */
export function writeEndpoints(dir: string, content: EndpointsFile): void {
  const path = join(dir, ENDPOINTS_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(content, null, 2) + '\n');
  renameSync(tmp, path);
}

export function removeEndpoints(dir: string): void {
  try {
    const path = join(dir, ENDPOINTS_FILE);
    const current = JSON.parse(readFileSync(path, 'utf8')) as EndpointsFile;
    if (current.pid === process.pid) rmSync(path, { force: true });
  } catch {
    /* nothing to remove */
  }
}

/** Reads a running platform's endpoints, or undefined when none is running there. */
export function readEndpoints(dir: string): EndpointsFile | undefined {
  try {
    const ep = JSON.parse(readFileSync(join(dir, ENDPOINTS_FILE), 'utf8')) as EndpointsFile;
    return pidAlive(ep.pid) ? ep : undefined;
  } catch {
    return undefined;
  }
}
