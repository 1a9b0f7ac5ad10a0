// docs/configuration.md must describe every option exactly as src/server/options.ts defines it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UP_OPTIONS } from './options.js';

const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');

test('every option has a row with its flag, variable, file key and default', () => {
  for (const o of UP_OPTIONS) {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`--${o.flag} <${o.arg}>\``));
    assert.ok(row, `docs/configuration.md has a row for --${o.flag} <${o.arg}>`);
    assert.ok(row.includes(`\`${o.env}\``), `row for --${o.flag} names ${o.env}`);
    assert.ok(row.includes(`\`${o.flag}\``), `row for --${o.flag} names the file key`);
    if (o.default !== undefined)
      assert.ok(row.includes(`\`${o.default}\``), `row for --${o.flag} gives default ${o.default}`);
  }
});

test('the doc names no option that does not exist', () => {
  const flags = [...doc.matchAll(/^\| `--([a-z-]+) /gm)].map((m) => m[1]);
  for (const f of flags) assert.ok(f === 'config' || UP_OPTIONS.some((o) => o.flag === f), `--${f} exists`);
});
