import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesType, charType, doubleType, intType, stringType, varcharType } from '../../../types/index.js';
import { callFn, typeOfFn } from './test-util.js';
import { BUILTIN_FUNCTIONS } from './registry.js';
import { decodeCharset, encodeCharset } from './string-java.js';

const S = stringType(false);
const I = intType(false);
const s = (name: string, ...args: unknown[]) =>
  callFn(
    name,
    args.map((a) =>
      typeof a === 'number' ? I : a instanceof Uint8Array ? bytesType(false) : a === null ? stringType() : S,
    ),
    args,
  );

// Examples from Flink's "System (Built-in) Functions" documentation.
test('documented string function examples', () => {
  assert.equal(s('||', 'a', 'b'), 'ab');
  assert.equal(s('CHAR_LENGTH', 'héllo 🌍'), 7);
  assert.equal(s('UPPER', 'hello'), 'HELLO');
  assert.equal(s('POSITION', 'bc', 'abcd'), 2);
  assert.equal(s('POSITION', 'x', 'abcd'), 0);
  assert.equal(s('TRIM', 'BOTH', ' ', ' hello '), 'hello');
  assert.equal(s('TRIM', 'LEADING', 'x', 'xxhixx'), 'hixx');
  assert.equal(s('LTRIM', ' This is a test String.'), 'This is a test String.');
  assert.equal(s('RTRIM', 'This is a test String. '), 'This is a test String.');
  assert.equal(s('REPEAT', 'This is a test String.', 2), 'This is a test String.This is a test String.');
  assert.equal(s('REGEXP_REPLACE', 'foobar', 'oo|ar', ''), 'fb');
  assert.equal(s('OVERLAY', 'This is an old string', ' new', 10, 5), 'This is a new string');
  assert.equal(s('SUBSTRING', 'Hello World', 7), 'World');
  assert.equal(s('SUBSTRING', 'Hello World', 1, 5), 'Hello');
  assert.equal(s('SUBSTRING', 'Hello', 0, 2), 'He');
  assert.equal(s('SUBSTRING', 'Hello', -3, 2), 'll');
  assert.equal(s('SUBSTRING', 'Hello', 10), '');
  assert.equal(s('REPLACE', 'hello world', 'world', 'flink'), 'hello flink');
  assert.equal(s('REGEXP_EXTRACT', 'foothebar', 'foo(.*?)(bar)', 2), 'bar');
  assert.equal(s('REGEXP_EXTRACT', 'foothebar', 'xyz(.*)', 1), null);
  assert.equal(s('INITCAP', 'hello wORLD'), 'Hello World');
  assert.equal(s('CONCAT', 'AA', 'BB', 'CC'), 'AABBCC');
  assert.equal(callFn('CONCAT', [S, stringType()], ['a', null]), null);
  assert.equal(callFn('CONCAT_WS', [S, S, stringType(), S], ['~', 'AA', null, 'CC']), 'AA~CC');
  assert.equal(s('LPAD', 'hi', 4, '??'), '??hi');
  assert.equal(s('LPAD', 'hi', 1, '??'), 'h');
  assert.equal(s('RPAD', 'hi', 4, '??'), 'hi??');
  assert.equal(s('RPAD', 'hi', 1, '??'), 'h');
  assert.equal(s('FROM_BASE64', 'aGVsbG8gd29ybGQ='), 'hello world');
  assert.equal(s('TO_BASE64', 'hello world'), 'aGVsbG8gd29ybGQ=');
  assert.equal(s('ASCII', 'abc'), 97);
  assert.equal(s('ASCII', ''), 0);
  assert.equal(s('CHR', 97), 'a');
  assert.equal(s('CHR', 353), 'a');
  assert.equal(s('LEFT', 'Hello', 3), 'Hel');
  assert.equal(s('RIGHT', 'Hello', 3), 'llo');
  assert.equal(s('LOCATE', 'o', 'hello world', 6), 8);
  assert.equal(s('INSTR', 'hello', 'l'), 3);
  assert.equal(s('PARSE_URL', 'http://facebook.com/path1/p.php?k1=v1&k2=v2#Ref1', 'HOST'), 'facebook.com');
  assert.equal(s('PARSE_URL', 'http://facebook.com/path1/p.php?k1=v1&k2=v2#Ref1', 'QUERY', 'k1'), 'v1');
  assert.equal(s('PARSE_URL', 'http://facebook.com/path1/p.php?k1=v1&k2=v2#Ref1', 'REF'), 'Ref1');
  // a key makes every part but QUERY NULL (SqlFunctionUtils.parseUrl(url, part, key))
  assert.equal(s('PARSE_URL', 'http://facebook.com/path1/p.php?k1=v1&k2=v2#Ref1', 'HOST', 'k1'), null);
  assert.equal(s('REGEXP', 'abc', 'b+'), true);
  assert.equal(s('REVERSE', 'abc🌍'), '🌍cba');
  assert.equal(s('SPLIT_INDEX', 'Jack,John,Mary', ',', 2), 'Mary');
  assert.equal(s('SPLIT_INDEX', 'Jack,John,Mary', ',', 3), null);
  assert.deepEqual(s('SPLIT', 'a,b,,c', ','), ['a', 'b', '', 'c']);
  assert.deepEqual(
    [...(s('STR_TO_MAP', 'k1=v1,k2=v2') as Map<string, string>)],
    [
      ['k1', 'v1'],
      ['k2', 'v2'],
    ],
  );
  assert.equal(s('TRANSLATE', 'www.apache.org', 'wapcheorg', ' APCHEcom'), '   .APACHE.com');
  assert.equal(callFn('ELT', [I, S, S, S], [2, 'scala-1', 'java-2', 'go-3']), 'java-2');
  assert.equal(callFn('ELT', [I, S], [3, 'x']), null);
  assert.equal(s('STARTSWITH', 'Flink', 'Fl'), true);
  assert.equal(s('ENDSWITH', 'Flink', 'nk'), true);
  assert.equal(
    s('URL_ENCODE', 'https://flink.apache.org/data?a=1 2'),
    'https%3A%2F%2Fflink.apache.org%2Fdata%3Fa%3D1+2',
  );
  assert.equal(s('URL_DECODE', 'a+b%3D'), 'a b=');
  assert.equal(s('REGEXP_COUNT', 'ababab', 'ab'), 3);
  assert.deepEqual(s('REGEXP_EXTRACT_ALL', 'a1b22c333', '(\\d+)', 1), ['1', '22', '333']);
  assert.equal(s('REGEXP_INSTR', 'hello123', '\\d'), 6);
  assert.equal(s('REGEXP_SUBSTR', 'hello123', '\\d+'), '123');
  assert.equal(callFn('PRINTF', [S, I, S], ['%d-%s', 5, 'x']), '5-x');
  assert.equal(callFn('PRINTF', [S, doubleType(false)], ['%s', 1]), '1.0');
  assert.equal(s('DECODE', new Uint8Array([104, 105]), 'UTF-8'), 'hi');
  assert.deepEqual(s('ENCODE', 'hi', 'UTF-16BE'), new Uint8Array([0, 104, 0, 105]));
  assert.equal(s('MD5', ''), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.equal(s('SHA256', 'abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(s('SHA2', 'abc', 224), '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
  assert.equal(s('HEX', 100), '64');
  assert.equal(s('HEX', 'hello,world'), '68656C6C6F2C776F726C64');
  assert.equal(s('BIN', 12), '1100');
});

test('string functions propagate NULL and type', () => {
  assert.equal(callFn('UPPER', [stringType()], [null]), null);
  assert.equal(typeOfFn('UPPER', [stringType()]), 'STRING');
  assert.equal(typeOfFn('UPPER', [S]), 'STRING NOT NULL');
  assert.equal(typeOfFn('REGEXP_EXTRACT', [S, S]), 'STRING');
  assert.equal(typeOfFn('CHAR_LENGTH', [S]), 'INT NOT NULL');
  assert.equal(typeOfFn('||', [charType(1, false), charType(2, false)]), 'CHAR(3) NOT NULL');
  assert.equal(typeOfFn('||', [charType(1, false), varcharType(2)]), 'VARCHAR(3)');
  assert.equal(typeOfFn('||', [S, charType(2, false)]), 'STRING NOT NULL');
  // the CONCAT function is Flink's CONCAT_FUNCTION: explicit VARCHAR, i.e. STRING
  assert.equal(typeOfFn('CONCAT', [charType(1, false), charType(2, false)]), 'STRING NOT NULL');
  assert.throws(
    () => typeOfFn('UPPER', [I]),
    /Cannot apply 'UPPER' to arguments of type 'UPPER\(<INTEGER>\)'/,
  );
});

test('result types follow Calcite (ARG0 / VARYING)', () => {
  assert.equal(typeOfFn('UPPER', [charType(3, false)]), 'CHAR(3) NOT NULL');
  assert.equal(typeOfFn('LOWER', [varcharType(5)]), 'VARCHAR(5)');
  // ARG0_VARCHAR_FORCE_NULLABLE: SUBSTRING is nullable even for NOT NULL arguments
  assert.equal(typeOfFn('SUBSTRING', [charType(5, false), intType(false)]), 'VARCHAR(5)');
  assert.equal(typeOfFn('LEFT', [charType(5, false), intType(false)]), 'VARCHAR(5)');
  assert.equal(typeOfFn('MD5', [stringType(false)]), 'CHAR(32) NOT NULL');
  assert.equal(
    typeOfFn('TRIM', [stringType(false), charType(1, false), charType(4, false)]),
    'VARCHAR(4) NOT NULL',
  );
  assert.equal(
    typeOfFn('OVERLAY', [charType(5, false), charType(2, false), intType(false)]),
    'VARCHAR(7) NOT NULL',
  );
  assert.equal(typeOfFn('SUBSTRING', [stringType(), intType(false)]), 'STRING');
});

test('edge cases: empty strings, unicode, NULL arguments', () => {
  const N = stringType();
  assert.equal(callFn('CHAR_LENGTH', [S], ['']), 0);
  assert.equal(callFn('REPEAT', [S, I], ['', 3]), '');
  assert.equal(callFn('REPEAT', [S, I], ['ab', -1]), '');
  assert.equal(callFn('SUBSTRING', [S, I], ['', 1]), '');
  assert.equal(callFn('SUBSTRING', [S, I, I], ['héllo🌍', 5, 2]), 'o🌍');
  assert.equal(callFn('REVERSE', [S], ['']), '');
  assert.deepEqual(callFn('SPLIT', [S, S], ['', ',']), ['']);
  assert.deepEqual(callFn('SPLIT', [S, S], ['a🌍b', '']), ['a', '🌍', 'b']);
  assert.equal(callFn('REGEXP_REPLACE', [S, S, S], ['', 'x', 'y']), '');
  assert.equal(callFn('REGEXP_EXTRACT', [S, S, I], ['abc', '(', 1]), null); // invalid pattern → NULL
  assert.equal(callFn('UPPER', [S], ['straße']), 'STRASSE');
  assert.equal(callFn('LOWER', [S], ['ÀÉÎ']), 'àéî');
  // Calcite's SqlFunctions.initcap: only ASCII letters and digits make words ('é' separates)
  assert.equal(callFn('INITCAP', [S], ['élan vital']), 'éLan Vital');
  assert.equal(callFn('LPAD', [S, I, S], ['', 3, 'ab']), 'aba');
  assert.equal(callFn('LPAD', [S, I, S], ['x', 3, '']), null);
  assert.equal(callFn('LPAD', [S, I, S], ['x', -1, 'a']), null);
  assert.equal(callFn('TRIM', [S, S, S], ['BOTH', '', '  a  ']), '  a  ');
  assert.equal(callFn('REPLACE', [S, S, S], ['aaa', '', 'b']), 'aaa');
  assert.equal(callFn('POSITION', [S, S], ['', 'abc']), 1);
  assert.equal(callFn('LOCATE', [S, S], ['🌍', 'a🌍b🌍']), 2);
  assert.equal(callFn('TO_BASE64', [S], ['']), '');
  assert.equal(callFn('CONCAT_WS', [N, S], [null, 'a']), null);
  assert.equal(callFn('UPPER', [N], [null]), null);
  assert.equal(callFn('SPLIT_INDEX', [S, S, I], ['a,b', ',', -1]), null);
  assert.equal(callFn('SPLIT_INDEX', [S, S, I], ['a,,b', ',', 1]), '');
});

test('SPLIT_INDEX over one value several times and then over another (shared separator scan)', () => {
  const def = BUILTIN_FUNCTIONS.scalar('SPLIT_INDEX')!;
  const f = def.implement([S, S, I], S, { timeZone: 'UTC', exprText: 'SPLIT_INDEX' });
  const url = 'https://www.nexmark.com/a/bb/ccc/item.htm?query=1';
  assert.deepEqual(
    [3, 4, 5, 6, 7, 0].map((i) => f(url, '/', i)),
    ['a', 'bb', 'ccc', 'item.htm?query=1', null, 'https:'],
  );
  assert.equal(f(url, '.', 1), 'nexmark');
  assert.equal(f('x/y', '/', 1), 'y');
  assert.equal(f('x/y', '/', 2), null);
  assert.equal(f('aaa', 'aa', 0), '');
  assert.equal(f('aaa', 'aa', 1), 'a');
  assert.equal(f('aaa', 'aa', 2), null);
  assert.equal(f(url, '/', 4), 'bb');
});

// Java's String#getBytes(Charset) / new String(bytes, Charset), the one rule every caller shares.
test('encodeCharset / decodeCharset follow Java, not Node', () => {
  const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
  assert.equal(hex(encodeCharset('aé€😀', 'US-ASCII')), '613f3f3f');
  assert.equal(hex(encodeCharset('aé€', 'iso-8859-1')), '61e93f');
  assert.equal(hex(encodeCharset('a\ud800b', 'UTF-8')), '613f62');
  assert.equal(hex(encodeCharset('😀', 'UTF-8')), 'f09f9880');
  assert.equal(hex(encodeCharset('ab', 'UTF-16')), 'feff00610062');
  assert.equal(decodeCharset(new Uint8Array([0x61, 0xe9]), 'US-ASCII'), 'a\ufffd');
  assert.equal(decodeCharset(new Uint8Array([0x61, 0xe9]), 'ISO-8859-1'), 'aé');
  assert.equal(decodeCharset(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'UTF-16'), 'a');
  assert.equal(s('DECODE', new Uint8Array([0xc3, 0xa9, 0x80]), 'US-ASCII'), '\ufffd\ufffd\ufffd');
});

// Calcite's SqlFunctions.initcap (Flink's StringCallGen calls it) changes ASCII letters only:
// 'ß' is no word character, so the 'a' after it starts a word.
test('INITCAP changes ASCII letters only, as Calcite does', () => {
  assert.equal(s('INITCAP', 'ß'), 'ß');
  assert.equal(s('INITCAP', 'ßa b'), 'ßA B');
  assert.equal(s('INITCAP', 'BÄR bär'), 'BÄR BäR');
  assert.equal(s('INITCAP', 'fLinK'), 'Flink');
});

test('LPAD / RPAD count UTF-16 units as SqlFunctionUtils.lpad / rpad, and an empty pad is NULL first', () => {
  // a surrogate pair is two units: a cut may split it, a pad may repeat half of one
  assert.equal(callFn('LPAD', [S, I, S], ['a', 4, '😀']), '😀\ud83da');
  assert.equal(callFn('LPAD', [S, I, S], ['a😀b😀', 5, '*']), 'a😀b\ud83d');
  assert.equal(callFn('RPAD', [S, I, S], ['a😀b😀', 3, '😀']), 'a😀');
  assert.equal(callFn('RPAD', [S, I, S], ['ab', 3, '😀']), 'ab\ud83d');
  assert.equal(callFn('RPAD', [S, I, S], ['é', 3, 'xy']), 'éxy');
  // "".equals(pad) is checked before the length: NULL even when nothing needs padding
  assert.equal(callFn('LPAD', [S, I, S], ['abc', 2, '']), null);
  assert.equal(callFn('RPAD', [S, I, S], ['abc', 0, '']), null);
  assert.equal(callFn('RPAD', [S, I, S], ['abc', 0, 'x']), '');
});
