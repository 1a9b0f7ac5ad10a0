/**
 * test/golden/PENDING.txt: the cases the engine does not pass yet, one per line as
 * `<case id>  <reason>`; `#` starts a comment. A pending case that fails counts as pending; a
 * pending case that passes fails the run (so the list only shrinks).
 */
import { existsSync, readFileSync } from 'node:fs';

export type Verdict = 'passed' | 'failed' | 'pending' | 'unexpected-pass';

/** Reads the pending list: case id → reason. Throws on a duplicate entry. */
export function parsePending(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(\S+)\s*(.*)$/.exec(line)!;
    if (out.has(m[1]!)) throw new Error(`PENDING.txt:${i + 1}: '${m[1]}' is listed twice`);
    out.set(m[1]!, m[2]!.trim());
  }
  return out;
}

export function readPending(path: string): Map<string, string> {
  return existsSync(path) ? parsePending(readFileSync(path, 'utf8')) : new Map();
}

/** The verdict of one case from whether it matched and whether it is pending. */
export function verdict(matched: boolean, isPending: boolean): Verdict {
  if (isPending) return matched ? 'unexpected-pass' : 'pending';
  return matched ? 'passed' : 'failed';
}

/** Pending ids that name no case (stale lines), to report. */
export function stalePending(pending: Map<string, string>, ids: readonly string[]): string[] {
  const known = new Set(ids);
  return [...pending.keys()].filter((id) => !known.has(id));
}
