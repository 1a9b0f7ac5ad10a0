import { readFileSync } from 'node:fs';

/** Eddy's version, from package.json (two levels above this compiled file: dist/common/). */
export const EDDY_VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
})();
