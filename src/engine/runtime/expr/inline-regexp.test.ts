import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { intType, stringType } from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from '../functions/registry.js';
import { call, lit, ref } from '../plan/expr.js';
import { compileScalar } from './compile.js';
import { inlineRegexpExtract, paramExtractor, parseParamPattern } from './inline-regexp.js';

const S = stringType(true);
const I = intType(true);
const ctx = { registry: BUILTIN_FUNCTIONS, timeZone: 'UTC' };

/** The library's REGEXP_EXTRACT (the general path), called directly. */
const library = BUILTIN_FUNCTIONS.scalar('REGEXP_EXTRACT')!.implement([S, S, I], S, {
  timeZone: 'UTC',
  exprText: 'REGEXP_EXTRACT',
}) as (s: string, p: string, i: number) => string | null;

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
  'id=([^&=]+)',
];

test('parseParamPattern takes the query-parameter shape and nothing else', () => {
  assert.deepEqual(parseParamPattern('(&|^)channel_id=([^&]*)'), {
    alts: ['&', ''],
    literal: 'channel_id=',
    excluded: '&',
    plus: false,
  });
  for (const p of [
    '(&|^)channel_id=([^&]*)x', // something after the tail
    '(&|^)channel_id=([^&]*?)', // lazy
    '(?:&|^)channel_id=([^&]*)', // non-capturing
    '(&|^)channel\\_id=([^&]*)', // an escape
    '(&|^)chan.nel_id=([^&]*)',
    '(&|^)channel_id=([^a-z]*)', // a range
    '(&|ab)id=([^&]*)', // a longer alternative
    '(&|)id=([^&]*)', // an empty alternative
    'id=(.*)',
    '(&|^)id=([&]*)', // not negated
  ]) {
    assert.equal(parseParamPattern(p), null, p);
  }
});

test('the compiled REGEXP_EXTRACT uses the fast path only for a constant pattern and group', () => {
  const e = call('REGEXP_EXTRACT', [ref(0, S), lit('(&|^)channel_id=([^&]*)', S), lit(2, I)], S);
  assert.notEqual(inlineRegexpExtract(e), null);
  const f = compileScalar(e, ctx);
  assert.equal(f(['https://x.com/a?query=1&channel_id=1234&b=2']), '1234');
  assert.equal(f(['channel_id=9']), '9');
  assert.equal(f(['https://x.com/a?query=1']), null);
  assert.equal(f(['xchannel_id=9']), null);
  assert.equal(f([null]), null);
  const byColumn = call('REGEXP_EXTRACT', [ref(0, S), ref(1, S), lit(2, I)], S);
  assert.equal(inlineRegexpExtract(byColumn), null);
  const nullGroup = call('REGEXP_EXTRACT', [ref(0, S), lit('(&|^)id=([^&]*)', S), lit(null, I)], S);
  assert.equal(inlineRegexpExtract(nullGroup), null);
  assert.equal(compileScalar(nullGroup, ctx)(['id=1']), null);
});

test('fast path equals the RegExp on random strings, every group (property)', () => {
  // An alphabet that makes literals, partial literals, separators and surrogates frequent.
  const chars = fc.constantFrom(
    '&',
    ';',
    '=',
    'a',
    'b',
    'i',
    'd',
    'x',
    'channel_id=',
    'aa',
    '^',
    '\uD83D\uDE00',
    '\uDE00',
    'é',
  );
  const seed = Date.now();
  process.stdout.write(`inline-regexp property seed ${seed}\n`);
  fc.assert(
    fc.property(
      fc.constantFrom(...PATTERNS),
      fc.array(chars, { maxLength: 14 }),
      fc.integer({ min: -1, max: 4 }),
      (p, parts, g) => {
        const s = parts.join('');
        const fast = paramExtractor(parseParamPattern(p)!, g);
        assert.equal(fast(s), library(s, p, g), `${JSON.stringify(s)} ${p} group ${g}`);
      },
    ),
    { seed, numRuns: 20000 },
  );
});
