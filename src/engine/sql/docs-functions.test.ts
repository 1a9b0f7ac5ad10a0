/**
 * docs/sql.md names every built-in function of the registry (so the list cannot go stale), and
 * names nothing in its function list that the registry does not have.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { builtinAggregates, builtinScalars } from '../runtime/functions/index.js';

const DOC = fileURLToPath(new URL('../../../docs/sql.md', import.meta.url));

/** Every `…` segment of a markdown text (inline code). */
function codeSegments(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/`([^`\n]+)`/g)) out.add(m[1]!.trim());
  return out;
}

/** The section of the doc under `## <title>`, up to the next `## `. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `docs/sql.md has no section '## ${title}'`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

/**
 * Names a user writes. `$`-prefixed names are internal (planner-generated calls); the aggregate
 * variants `…_NULL_ON_NULL`, `…_ABSENT_ON_NULL`, `…_IGNORE_NULLS` are how the planner names
 * `JSON_ARRAYAGG(x ABSENT ON NULL)` / `ARRAY_AGG(x IGNORE NULLS)`, written with the base name;
 * a further `…_JSON` is the JSON aggregates' form for a value that is already JSON text.
 */
function userNames(names: readonly string[]): string[] {
  return names
    .filter((n) => !n.startsWith('$'))
    .map((n) => n.replace(/_(NULL_ON_NULL|ABSENT_ON_NULL|IGNORE_NULLS)(_JSON)?$/, ''));
}

const text = readFileSync(DOC, 'utf8');
const functionsSection = section(text, 'Built-in functions');

test('docs/sql.md lists every registered scalar function and alias', () => {
  const documented = codeSegments(functionsSection);
  const missing: string[] = [];
  for (const f of builtinScalars()) {
    for (const n of userNames(f.names)) if (!documented.has(n)) missing.push(`${n} (${f.category})`);
  }
  assert.deepEqual(missing, [], `add these to '## Built-in functions' in docs/sql.md`);
});

test('docs/sql.md lists every registered aggregate function and alias', () => {
  const documented = codeSegments(functionsSection);
  const missing: string[] = [];
  for (const f of builtinAggregates()) {
    for (const n of userNames(f.names)) if (!documented.has(n)) missing.push(n);
  }
  assert.deepEqual(missing, [], `add these to '## Built-in functions' in docs/sql.md`);
});

test('every function named in the list of docs/sql.md is registered', () => {
  const registered = new Set<string>();
  for (const f of [...builtinScalars(), ...builtinAggregates()]) {
    for (const n of userNames(f.names)) registered.add(n);
  }
  // Upper-case names only: `array[i]`, `row.field` and `ARRAY[…]` describe syntax.
  const named = [...codeSegments(functionsSection)].filter((s) => /^[A-Z][A-Z0-9_]*( [A-Z]+)*$/.test(s));
  const unknown = named.filter((n) => !registered.has(n));
  assert.deepEqual(unknown, [], 'docs/sql.md names functions the registry does not have');
});
