/**
 * Test helpers for the SQL front end: fixture loading and span-free AST comparison.
 */
import { readFileSync } from 'node:fs';

/** Read a fixture from src/engine/sql/test/fixtures (tests run from dist/, fixtures stay in src/). */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../../../../src/engine/sql/test/fixtures/${name}`, import.meta.url), 'utf8');
}

/** A deep copy without `span` fields, so trees parsed from different texts compare equal. */
export function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'span' && v !== undefined) out[k] = stripSpans(v);
    return out;
  }
  return value;
}

/** Non-comment, non-blank lines with their 1-based line numbers. */
export function fixtureLines(text: string): { line: number; sql: string }[] {
  return text
    .split('\n')
    .map((sql, i) => ({ line: i + 1, sql: sql.trimEnd() }))
    .filter((l) => l.sql.trim() !== '' && !l.sql.startsWith('--'));
}

/** Statements of a file where each ends with `;` at the end of a line; `--` lines are skipped. */
export function fixtureStatements(text: string): { line: number; sql: string }[] {
  const out: { line: number; sql: string }[] = [];
  let cur: string[] = [];
  let start = 0;
  text.split('\n').forEach((raw, i) => {
    if (cur.length === 0 && (raw.trim() === '' || raw.startsWith('--'))) return;
    if (cur.length === 0) start = i + 1;
    cur.push(raw);
    if (raw.trimEnd().endsWith(';')) {
      out.push({ line: start, sql: cur.join('\n').trimEnd().replace(/;$/, '') });
      cur = [];
    }
  });
  if (cur.length) out.push({ line: start, sql: cur.join('\n') });
  return out;
}
