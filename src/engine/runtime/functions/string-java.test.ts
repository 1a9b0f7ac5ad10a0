import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PreciseTimestamp, timestampType } from '../../../types/index.js';
import { printf, printfArgText, translateJavaRegex } from './string-java.js';

const js = (p: string): RegExp => {
  const t = translateJavaRegex(p);
  return new RegExp(t.source, t.flags + 'u');
};

test('possessive quantifiers and atomic groups do not give back what they matched', () => {
  assert.equal(js('a++a').test('aaa'), false);
  assert.equal(js('(?>a+)a').test('aaa'), false);
  assert.equal(js('a+a').test('aaa'), true);
  assert.equal(js('x*+y').exec('xxy')?.[0], 'xxy');
  assert.equal(js('a{2}+').exec('aaaa')?.[0], 'aa');
  assert.equal(js('(?>a|ab)c').test('abc'), false); // Java: the atomic group keeps 'a'
});

test('Java group numbers survive the groups the translation adds', () => {
  const t = translateJavaRegex('(a++)(b)(?>(c))');
  const m = new RegExp(t.source, 'u').exec('aabc')!;
  assert.deepEqual(
    t.groups.map((g) => m[g]),
    ['aabc', 'aa', 'b', 'c'],
  );
});

test('quoting, POSIX classes, anchors and literal brackets', () => {
  assert.equal(js('\\Q.*\\E').test('a.*b'), true);
  assert.equal(js('\\Q.*\\E').test('ab'), false);
  assert.equal(js('[\\Q-]\\E]').test('-'), true);
  // the quantifier after \E binds to the last quoted character, as in Java (ab+)
  assert.equal(js('^\\Qab\\E+$').test('abbb'), true);
  assert.equal(js('^\\Qab\\E+$').test('abab'), false);
  assert.equal(js('^(a)\\1\\Q2\\E$').test('aa2'), true);
  assert.equal(js('^x\\Q\\E+$').test('xxx'), true);
  assert.equal(js('\\p{Alpha}').test('é'), false);
  assert.equal(js('\\p{Lower}+').exec('abC')?.[0], 'ab');
  assert.equal(js('[\\p{Digit}x]+').exec('a1x2')?.[0], '1x2');
  assert.equal(js('\\P{Digit}+').exec('12ab3')?.[0], 'ab');
  assert.equal(js('\\Aab\\z').test('ab'), true);
  assert.equal(js('\\Aab\\z').test('ab\n'), false);
  assert.equal(js('\\Aab\\Z').test('ab\n'), true);
  assert.equal(js(']}').test('x]}'), true);
  assert.equal(js('\\-\\_\\#').test('-_#'), true);
  assert.equal(translateJavaRegex('(?i)ab').flags, 'i');
});

test('patterns without Java-only syntax translate to themselves (property)', () => {
  // letters, digits, classes and plain quantifiers: the JS source is the Java source
  const atom = fc.constantFrom('a', 'b', '\\d', '[a-c]', '.', '(x|y)', '(?:z)');
  const quant = fc.constantFrom('', '*', '+', '?', '{2}', '*?');
  fc.assert(
    fc.property(fc.array(fc.tuple(atom, quant), { minLength: 1, maxLength: 6 }), (parts) => {
      const p = parts.map(([a, q]) => a + q).join('');
      assert.equal(translateJavaRegex(p).source, p);
    }),
  );
});

test('PRINTF gives NULL when the format asks for a missing argument', () => {
  assert.equal(printf('%s', []), null);
  assert.equal(printf('%s %s', [1, 2, 3]), '1 2');
});

test('java.util.regex escapes JS lacks: \\h \\v \\H \\V \\e \\a \\x{…} \\0 octal \\R', () => {
  assert.ok(js('a\\hb').test('a\u3000b'));
  assert.ok(js('a\\hb').test('a\tb'));
  assert.ok(!js('a\\hb').test('a\nb'));
  assert.ok(js('a\\Hb').test('axb'));
  assert.ok(!js('a\\Hb').test('a b'));
  assert.ok(js('a\\vb').test('a\u2028b'));
  assert.ok(!js('a\\vb').test('a b'));
  assert.ok(js('^[\\h\\v]+$').test(' \n\t'));
  assert.ok(js('\\e\\a').test('\x1b\x07'));
  assert.ok(js('a\\x{1F600}b').test('a\u{1F600}b'));
  assert.ok(js('a\\040b\\0101').test('a bA'));
  assert.ok(js('^a\\Rb$').test('a\r\nb'));
  assert.ok(js('^a\\Rb$').test('a\u0085b'));
  assert.throws(() => translateJavaRegex('a\\x{zz}'));
});

test("PRINTF's %s of a TIMESTAMP is LocalDateTime#toString, years beyond 9999 with a '+'", () => {
  const text = printfArgText(timestampType(3));
  assert.equal(text(Date.UTC(2020, 0, 1, 10, 0, 0, 500)), '2020-01-01T10:00:00.500');
  const y10000 = new Date(0);
  y10000.setUTCFullYear(10000, 5, 1);
  assert.equal(text(y10000.getTime()), '+10000-06-01T00:00');
  assert.equal(text(new PreciseTimestamp(Date.UTC(2020, 0, 1), 1)), '2020-01-01T00:00:00.000000001');
});
