/**
 * Finding and loading golden cases under test/golden. A case is `<dir>/<name>.sql` with
 * optional `<name>.input.jsonl|csv`, `<name>.<table>.input.jsonl|csv` and
 * `<name>.expected-changelog.jsonl`. Its id is the path without `.sql` (`windows/tumble/basic`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCaseHeader, type CaseHeader } from './case-header.js';
import { parseChangelog, type Block } from './changelog.js';

/** The repository root, from dist/testing/golden/ (or src/testing/golden/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CORPUS_DIR = join(REPO_ROOT, 'test', 'golden');

export interface GoldenCase {
  readonly id: string;
  readonly dir: string;
  readonly name: string;
  readonly sqlPath: string;
  readonly sql: string;
  readonly header: CaseHeader;
  /** Expected output blocks (empty when the file is absent). */
  readonly expected: Block[];
  /** False when the case has no expected-changelog file: a failing case's stdout is then not compared. */
  readonly hasExpected: boolean;
}

/** Lists the ids of every case under `root`, sorted, so sampling is stable. */
export function listCaseIds(root = CORPUS_DIR): string[] {
  const ids: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.sql')) ids.push(relative(root, p).split(sep).join('/').slice(0, -4));
    }
  };
  walk(root);
  return ids.sort();
}

/** Loads one case; throws naming the file for an authoring mistake. */
export function loadCase(id: string, root = CORPUS_DIR): GoldenCase {
  const sqlPath = join(root, `${id}.sql`);
  const dir = join(sqlPath, '..');
  const name = id.split('/').pop()!;
  const sql = readFileSync(sqlPath, 'utf8');
  const header = parseCaseHeader(sql, `${id}.sql`);
  const expPath = join(dir, `${name}.expected-changelog.jsonl`);
  const hasExpected = existsSync(expPath);
  const expected = hasExpected
    ? parseChangelog(readFileSync(expPath, 'utf8'), `${id}.expected-changelog.jsonl`)
    : [];
  if (!header.fail && !hasExpected) throw new Error(`${id}: no ${name}.expected-changelog.jsonl`);
  return { id, dir, name, sqlPath, sql, header, expected, hasExpected };
}

/** The input file for `${input}` (table undefined) or `${input:<table>}`. */
export function inputPath(c: GoldenCase, table?: string): string {
  const stem = table === undefined ? `${c.name}.input` : `${c.name}.${table}.input`;
  for (const ext of ['jsonl', 'csv', 'json', 'txt']) {
    const p = join(c.dir, `${stem}.${ext}`);
    if (existsSync(p)) return p;
  }
  throw new Error(
    `${c.id}: '\${input${table === undefined ? '' : `:${table}`}}' has no file ${stem}.jsonl|csv`,
  );
}

/**
 * The script as run: `${input}`, `${input:<table>}` become absolute input paths and
 * `${tmpdir}` a fresh empty directory for the run (for filesystem sinks).
 */
export function substitute(c: GoldenCase, tmpdir: string): string {
  return c.sql.replace(/\$\{(input(?::([A-Za-z0-9_]+))?|tmpdir)\}/g, (_m, what: string, table?: string) =>
    what === 'tmpdir' ? tmpdir : inputPath(c, table),
  );
}
