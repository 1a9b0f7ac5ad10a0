import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { intType, stringType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref } from '../plan/expr.js';
import { compileScalar } from './compile.js';
import { paramExtract } from './inline-regexp.js';
import { paramExtractCode } from './inline-regexp-code.js';

const S = stringType(true);
const I = intType(true);
const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };

/** The library's REGEXP_EXTRACT (the general path), called directly. */
const library = BUILTIN_FUNCTIONS.scalar('REGEXP_EXTRACT')!.implement([S, S, I], S, {
  timeZone: 'UTC',
  exprText: 'REGEXP_EXTRACT',
}) as (s: string, p: string, i: number) => string | null;

const extract = (p: string, g: number) =>
  call('REGEXP_EXTRACT', [ref(0, S), lit(p, S), lit(g, I)], S) as Extract<
    ReturnType<typeof call>,
    { k: 'call' }
  >;

const PATTERNS = [
  '(&|^)channel_id=([^&]*)',
  '(^|&)channel_id=([^&]*)',
  '(&|;|^)id=([^&;]+)',
  '(a|^)aa([^&]*)',
  '(^)ab([^b]*)',
  '(&)x=([^&]+)',
  '(a|^)aa([^&]+)',
  '(^|a)a([^b]*)',
  '(x|^)x=([^&]+)',
  'aa([^&]*)',
  'aa([^&]+)',
  'id=([^&=]+)',
];

test('inline code for one character alternative (and ^), one excluded character, group 0 or the tail', () => {
  const code = (p: string, g: number): string | null => {
    let n = 0;
    return paramExtractCode(paramExtract(extract(p, g))!, 's', 'k', () => `t${n++}`);
  };
  assert.notEqual(code('(&|^)channel_id=([^&]*)', 2), null);
  assert.notEqual(code('(&|^)channel_id=([^&]*)', 0), null);
  assert.notEqual(code('(x|^)x=([^&]+)', 2), null);
  assert.notEqual(code('aa([^&]*)', 1), null);
  assert.equal(code('(&|^)channel_id=([^&]*)', 1), null); // the alternative's group
  assert.equal(code('(&|;|^)id=([^&;]+)', 2), null); // two alternatives, two excluded
  assert.equal(code('id=([^&=]+)', 1), null);
  assert.equal(code('(&|^)channel_id=([^&]*)', 5), null);
});

test('compiled REGEXP_EXTRACT equals the library on random strings, every group (property)', () => {
  const chars = fc.constantFrom(
    '&',
    ';',
    '=',
    'a',
    'b',
    'x',
    'x=',
    'channel_id=',
    'aa',
    '^',
    '\uD83D\uDE00',
    '\uDE00',
  );
  const seed = Date.now();
  process.stdout.write(`inline-regexp-code property seed ${seed}\n`);
  const compiled = new Map<string, (row: unknown[]) => unknown>();
  fc.assert(
    fc.property(
      fc.constantFrom(...PATTERNS),
      fc.array(chars, { maxLength: 14 }),
      fc.integer({ min: -1, max: 3 }),
      (p, parts, g) => {
        const key = `${p}#${g}`;
        let f = compiled.get(key);
        if (f === undefined) compiled.set(key, (f = compileScalar(extract(p, g), ctx)));
        const s = parts.join('');
        assert.equal(f([s]), library(s, p, g), `${JSON.stringify(s)} ${p} group ${g}`);
      },
    ),
    { seed, numRuns: 20000 },
  );
});

test('repeated values (memoised per call site) give the library result, fresh string objects too (property)', () => {
  const part = fc.constantFrom('&', '=', 'a', 'channel_id=', 'x=', '&channel_id=1', '\uDE00');
  const seed = Date.now();
  process.stdout.write(`inline-regexp-code memo property seed ${seed}\n`);
  const p = PATTERNS[0]!;
  // one compiled function for every run: its memo sees the values of all of them
  const f = compileScalar(extract(p, 2), ctx);
  fc.assert(
    fc.property(
      fc.array(
        fc.array(part, { maxLength: 6 }).map((x) => x.join('')),
        { minLength: 1, maxLength: 5 },
      ),
      fc.array(fc.nat(), { maxLength: 200 }),
      (pool, picks) => {
        for (const k of picks) {
          const s = [...pool[k % pool.length]!].join('');
          assert.equal(f([s]), library(s, p, 2), JSON.stringify(s));
        }
      },
    ),
    { seed, numRuns: 1000 },
  );
});
