/**
 * Parsing and comparing `eddy sql --output jsonl` changelogs. The output of a script is a
 * sequence of blocks, one per query: a `{"columns":[…]}` line then `{"op":…,"row":[…]}` lines.
 * Lines of any other shape (status messages of DDL, SET …) are not part of the comparison.
 */
import type { CaseHeader } from './case-header.js';

export interface Column {
  readonly name: string;
  readonly type: string;
}

export interface Change {
  readonly op: string;
  readonly row: readonly unknown[];
}

export interface Block {
  readonly columns: readonly Column[];
  readonly changes: Change[];
}

const OPS = new Set(['+I', '-U', '+U', '-D']);

/** Parses jsonl text into blocks; throws with the line number for anything malformed. */
export function parseChangelog(text: string, where = 'output'): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${where}:${i + 1}: not JSON: ${clip(line, 80)}`);
    }
    if (typeof value !== 'object' || value === null) continue;
    const rec = value as Record<string, unknown>;
    if (Array.isArray(rec.columns)) {
      const columns = rec.columns.map((c: unknown) => {
        const col = c as Record<string, unknown>;
        return { name: String(col?.name), type: String(col?.type) };
      });
      blocks.push({ columns, changes: [] });
    } else if (typeof rec.op === 'string' && Array.isArray(rec.row)) {
      if (!OPS.has(rec.op)) throw new Error(`${where}:${i + 1}: unknown op '${rec.op}'`);
      const block = blocks[blocks.length - 1];
      if (!block) throw new Error(`${where}:${i + 1}: a change before any columns line`);
      block.changes.push({ op: rec.op, row: rec.row });
    }
  }
  return blocks;
}

/** The canonical text of a change, used to compare and to sort. */
export function changeKey(c: Change): string {
  return `${c.op} ${JSON.stringify(c.row)}`;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function sameChange(expected: Change, actual: Change, contains: boolean): boolean {
  if (expected.op !== actual.op || expected.row.length !== actual.row.length) return false;
  return expected.row.every((v, i) => {
    const a = actual.row[i];
    if (contains && typeof v === 'string' && typeof a === 'string') return a.includes(v);
    return JSON.stringify(v) === JSON.stringify(a);
  });
}

/** Compares two sequences exactly; returns a one-line description of the first difference. */
function diffSequence(
  expected: Change[],
  actual: Change[],
  contains: boolean,
  label: string,
): string | undefined {
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (!sameChange(expected[i]!, actual[i]!, contains)) {
      return `${label}change ${i + 1}: expected ${clip(changeKey(expected[i]!), 70)}, got ${clip(changeKey(actual[i]!), 70)}`;
    }
  }
  if (expected.length > n)
    return `${label}missing ${expected.length - n} change(s) from ${clip(changeKey(expected[n]!), 70)}`;
  if (actual.length > n)
    return `${label}${actual.length - n} extra change(s) from ${clip(changeKey(actual[n]!), 70)}`;
  return undefined;
}

/** Multiset comparison: how many of each change are missing and extra. */
function diffMultiset(
  expected: Change[],
  actual: Change[],
  contains: boolean,
  label: string,
): string | undefined {
  const remaining = [...actual];
  const missing: Change[] = [];
  for (const e of expected) {
    const j = remaining.findIndex((a) => sameChange(e, a, contains));
    if (j < 0) missing.push(e);
    else remaining.splice(j, 1);
  }
  if (missing.length === 0 && remaining.length === 0) return undefined;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`${missing.length} missing (e.g. ${clip(changeKey(missing[0]!), 60)})`);
  if (remaining.length > 0)
    parts.push(`${remaining.length} extra (e.g. ${clip(changeKey(remaining[0]!), 60)})`);
  return `${label}${parts.join(', ')}`;
}

/** Groups changes by the values of the key columns, keeping each key's order. */
export function groupByKey(changes: Change[], keyIdx: number[]): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const k = JSON.stringify(keyIdx.map((i) => c.row[i]));
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(c);
  }
  return groups;
}

/**
 * Applies a changelog to an empty table and returns the rows left, as canonical row texts, sorted:
 * +I/+U add a row; -U/-D remove one equal row (or, with key columns, the row of that key). This is
 * the normalisation by key that runs across a restore or a rescale are compared with. Throws when
 * a retraction finds nothing to retract: that changelog is wrong whatever the order.
 */
export function materialize(changes: readonly Change[], keyIdx: readonly number[] = []): string[] {
  const rows = new Map<string, string[]>();
  for (const [i, c] of changes.entries()) {
    const text = JSON.stringify(c.row);
    const key = keyIdx.length > 0 ? JSON.stringify(keyIdx.map((k) => c.row[k])) : text;
    const bucket = rows.get(key) ?? [];
    if (c.op === '+I' || c.op === '+U') {
      if (keyIdx.length > 0) bucket.length = 0; // an upsert replaces the key's row
      bucket.push(text);
      rows.set(key, bucket);
    } else {
      const at = keyIdx.length > 0 ? (bucket.length > 0 ? 0 : -1) : bucket.indexOf(text);
      if (at < 0)
        throw new Error(`change ${i + 1} (${clip(changeKey(c), 60)}) retracts a row that is not there`);
      bucket.splice(at, 1);
      if (bucket.length === 0) rows.delete(key);
    }
  }
  return [...rows.values()].flat().sort();
}

/**
 * Compares one block under the header's rules. `strict` = same sequence; `per-key` = for every
 * key the same sequence, keys interleaved freely (Flink's guarantee across parallel keyed
 * tasks); `any` = same multiset. Returns undefined when equal, else a short reason.
 */
export function compareBlock(
  expected: Block,
  actual: Block,
  header: CaseHeader,
  label = '',
): string | undefined {
  const ec = expected.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const ac = actual.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  if (ec !== ac) return `${label}columns: expected [${clip(ec, 80)}], got [${clip(ac, 80)}]`;
  const contains = header.match === 'contains';
  if (header.order === 'final') {
    const keyIdx = header.pk
      .map((k) => expected.columns.findIndex((c) => c.name === k))
      .filter((i) => i >= 0);
    let e: string[];
    let a: string[];
    try {
      e = materialize(expected.changes, keyIdx);
    } catch (err) {
      return `${label}expected changelog: ${(err as Error).message}`;
    }
    try {
      a = materialize(actual.changes, keyIdx);
    } catch (err) {
      return `${label}${(err as Error).message}`;
    }
    const asChanges = (rows: string[]): Change[] =>
      rows.map((r) => ({ op: '+I', row: JSON.parse(r) as unknown[] }));
    return diffMultiset(asChanges(e), asChanges(a), contains, `${label}final table: `);
  }
  if (header.order === 'any') return diffMultiset(expected.changes, actual.changes, contains, label);
  if (header.order === 'per-key') {
    const keyIdx = header.pk.map((k) => expected.columns.findIndex((c) => c.name === k));
    if (keyIdx.some((i) => i < 0)) return diffSequence(expected.changes, actual.changes, contains, label);
    const eg = groupByKey(expected.changes, keyIdx);
    const ag = groupByKey(actual.changes, keyIdx);
    for (const [k, seq] of eg) {
      const d = diffSequence(seq, ag.get(k) ?? [], contains, `${label}key ${clip(k, 40)}: `);
      if (d) return d;
    }
    for (const [k, seq] of ag) {
      if (!eg.has(k)) return `${label}unexpected key ${clip(k, 40)}: ${clip(changeKey(seq[0]!), 60)}`;
    }
    return undefined;
  }
  return diffSequence(expected.changes, actual.changes, contains, label);
}

/** Compares whole outputs block by block. */
export function compareChangelogs(
  expected: Block[],
  actual: Block[],
  header: CaseHeader,
): string | undefined {
  const n = Math.min(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const label = expected.length > 1 ? `result ${i + 1}: ` : '';
    const d = compareBlock(expected[i]!, actual[i]!, header, label);
    if (d) return d;
  }
  if (expected.length > n) return `expected ${expected.length} result(s), got ${actual.length}`;
  if (actual.length > n) return `expected ${expected.length} result(s), got ${actual.length}`;
  return undefined;
}
