// The layer check in `npm test` must catch an upward import (DESIGN.md, Layers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.cjs');

function cruise(files: Record<string, string>): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-layers-'));
  try {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
    );
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const r = spawnSync(depcruise, ['src', '--config', config], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, out: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a lower layer importing a higher one fails the check', () => {
  const r = cruise({
    'src/common/a.ts': "import { b } from '../server/b.js';\nexport const a = b;\n",
    'src/server/b.ts': 'export const b = 1;\n',
  });
  assert.notEqual(r.code, 0);
  assert.match(r.out, /layer-common: src\/common\/a\.ts → src\/server\/b\.ts/);
});

test('the engine importing the broker directly fails the check', () => {
  const r = cruise({
    'src/engine/runtime/a.ts': "import { b } from '../../broker/b.js';\nexport const a = b;\n",
    'src/broker/b.ts': 'export const b = 1;\n',
  });
  assert.notEqual(r.code, 0);
  assert.match(r.out, /embedded-services-only-via-supervisor/);
});

test('shared modules do not import each other', () => {
  const r = cruise({
    'src/kafka/a.ts': "import { b } from '../schema-wire/b.js';\nexport const a = b;\n",
    'src/schema-wire/b.ts': 'export const b = 1;\n',
  });
  assert.notEqual(r.code, 0);
  assert.match(r.out, /layer-kafka/);
});

test('downward imports pass', () => {
  const r = cruise({
    'src/server/a.ts':
      "import { b } from '../common/b.js';\nimport { c } from '../engine/sql/c.js';\nexport const a = b + c;\n",
    'src/common/b.ts': 'export const b = 1;\n',
    'src/engine/sql/c.ts': "import { b } from '../../common/b.js';\nexport const c = b;\n",
  });
  assert.equal(r.code, 0, r.out);
});
