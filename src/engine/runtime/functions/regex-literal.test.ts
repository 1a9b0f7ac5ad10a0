import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { intType, stringType } from '../../../types/index.js';
import { requiredLiteral } from './regex-literal.js';
import { BUILTIN_FUNCTIONS } from './registry.js';

const S = stringType(true);
const I = intType(true);

test('requiredLiteral: the longest plain run of the top-level sequence', () => {
  assert.equal(requiredLiteral('(&|^)channel_id=([^&]*)'), 'channel_id=');
  assert.equal(requiredLiteral('foo(.*?)(bar)'), 'foo');
  assert.equal(requiredLiteral('ab*cdef'), 'cdef'); // b is optional: "a" and "cdef" are separate runs
  assert.equal(requiredLiteral('abc?'), 'ab');
  assert.equal(requiredLiteral('x{2}yz'), 'yz');
  assert.equal(requiredLiteral('ab+c'), 'ab'); // b repeats: "abbc" lacks "abc"
  assert.equal(requiredLiteral('a\\.com'), 'a.com');
  assert.equal(requiredLiteral('\\d+px'), 'px');
  assert.equal(requiredLiteral('[a]bc]'), null); // a stray ] at top level: no prefilter
});

test('requiredLiteral: null wherever a literal is not certain', () => {
  for (const p of [
    'abc|def', // top-level alternation
    '(?i)abc', // inline flags
    'a(?=b)c',
    '\\Qa.b\\E',
    '\\x41BC',
    '\\p{Alpha}xyz',
    '(a)\\1bc',
    '[]a]bc',
    '.*',
    '(abc)',
    'é-abc'.slice(0, 1), // non-ASCII only
    'abc\\',
  ]) {
    assert.equal(requiredLiteral(p), null, p);
  }
});

/** REGEXP_EXTRACT without the prefilter (the JavaScript regex alone). */
function reference(s: string, p: string, g: number): string | null {
  let re: RegExp;
  try {
    re = new RegExp(p, 'u');
  } catch {
    return null;
  }
  const m = re.exec(s);
  return !m || g < 0 || g >= m.length ? null : (m[g] ?? null);
}

test('REGEXP_EXTRACT with the literal prefilter gives what the regex alone gives (property)', () => {
  const f = BUILTIN_FUNCTIONS.scalar('REGEXP_EXTRACT')!.implement([S, S, I], S, {
    timeZone: 'UTC',
    exprText: 'REGEXP_EXTRACT',
  });
  const patterns = [
    '(&|^)channel_id=([^&]*)',
    'ab*c(d+)',
    'x?y(z)',
    '(a|b)cd(e*)',
    'c\\.d(.)',
    '^ab(c|d)$',
    'a{1,2}b(c)',
    '(ab)+c',
    'ab+(c)',
  ];
  const seed = Date.now() % 100000;
  process.stdout.write(`# regex prefilter property seed ${seed}\n`);
  fc.assert(
    fc.property(
      fc.constantFrom(...patterns),
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', '.', '&', '=', 'x', 'y', 'z', 'channel_id=', '1'), {
        maxLength: 12,
      }),
      fc.integer({ min: 0, max: 2 }),
      (p, parts, g) => {
        const s = parts.join('');
        assert.equal(f(s, p, g), reference(s, p, g), `${p} on ${JSON.stringify(s)} group ${g}`);
      },
    ),
    { seed, numRuns: 3000 },
  );
});
