import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  arrayType,
  field,
  intType,
  mapType,
  rowType,
  stringType,
  structuredType,
  typesEqual,
  varcharType,
  type LogicalType,
} from './logical-type.js';
import { formatType } from './format-type.js';
import { parseType } from './parse-type.js';
import { formatValue } from './format-value.js';
import { castValidationError, supportsImplicitCast } from './cast-rules.js';
import { castValue } from './cast.js';
import { valueComparator, valueKey } from './compare.js';
import { isJavaName, structuredClassNameError } from './structured.js';

const user = structuredType('com.example.User', [field('name', stringType()), field('age', intType(false))]);

test('STRUCTURED prints as StructuredType#asSummaryString and parses back', () => {
  assert.equal(formatType(user), "STRUCTURED<'com.example.User', `name` STRING, `age` INT NOT NULL>");
  assert.equal(formatType(structuredType('a.B', [], false)), "STRUCTURED<'a.B'> NOT NULL");
  assert.ok(typesEqual(parseType(formatType(user)), user));
  assert.ok(typesEqual(parseType("STRUCTURED<'com.example.User', name STRING, age INT NOT NULL>"), user));
  // the class name is part of the type
  assert.ok(!typesEqual(user, { ...user, className: 'com.example.Other' }));
  assert.throws(
    () => parseType("STRUCTURED<'com.example.class', a INT>"),
    /Invalid class name 'com.example.class'/,
  );
});

test('class names follow SourceVersion.isName', () => {
  for (const ok of ['a', 'com.example.User', 'not.existing.clazz', '$x._y1', 'ünï.Cödé'])
    assert.ok(isJavaName(ok), ok);
  for (const bad of ['', 'a..b', '1a', 'a.1b', 'com.example.class', 'a.true', 'a-b', 'a b', '_'])
    assert.ok(!isJavaName(bad), bad);
  assert.equal(
    structuredClassNameError('x.int'),
    "Invalid class name 'x.int'. The class name must comply with JVM identifier rules.",
  );
});

test('a structured value prints as StructuredToStringCastRule builds it', () => {
  assert.equal(formatValue(user, ['Bob', 42]), '{name=Bob, age=42}');
  assert.equal(formatValue(user, [null, 7]), '{name=NULL, age=7}');
  const nested = structuredType('n.N', [field('u', user), field('l', arrayType(user))]);
  assert.equal(
    formatValue(nested, [
      ['a', 1],
      [['b', 2], null],
    ]),
    '{u={name=a, age=1}, l=[{name=b, age=2}, NULL]}',
  );
});

test('casts: ROW ↔ STRUCTURED by position, STRUCTURED → CHAR / VARCHAR, nothing else', () => {
  const row = rowType([field('x', varcharType(3, false)), field('y', intType(false))]);
  assert.equal(castValidationError(row, user), undefined);
  assert.equal(
    castValidationError(user, rowType([field('p', stringType()), field('q', intType())])),
    undefined,
  );
  assert.equal(castValidationError(user, stringType()), undefined);
  assert.ok(!supportsImplicitCast(user, stringType()));
  assert.match(
    castValidationError(user, intType()) ?? '',
    /Cast function cannot convert value of type STRUCTURED/,
  );
  assert.match(castValidationError(rowType([field('x', intType())]), user) ?? '', /cannot convert/);
  // between structured types only within one class (LogicalTypeCasts#supportsStructuredCasting)
  const renamed = structuredType('com.example.User', [field('n', stringType()), field('a', stringType())]);
  assert.equal(castValidationError(user, renamed), undefined);
  assert.match(
    castValidationError(user, { ...renamed, className: 'com.example.Other' }) ?? '',
    /cannot convert/,
  );
  assert.deepEqual(castValue(['Bob', 42], row, user), ['Bob', 42]);
  assert.deepEqual(
    castValue(['Bob', 42], user, rowType([field('a', stringType()), field('b', stringType())])),
    ['Bob', '42'],
  );
  assert.equal(castValue(['Bob', 42], user, varcharType(5)), '{name');
});

test('equal structured values group together', () => {
  const k = valueKey(user);
  assert.equal(k(['a', 1]), k(['a', 1]));
  assert.notEqual(k(['a', 1]), k(['a', 2]));
  assert.equal(valueComparator(user)(['a', 1], ['a', 1]), 0);
});

// property: formatType ∘ parseType is the identity on generated structured types
const name = fc.stringMatching(/^[a-zA-Z_$][a-zA-Z0-9_$]{0,6}$/).filter((s) => isJavaName(s));
const leaf: fc.Arbitrary<LogicalType> = fc.constantFrom(
  intType(),
  intType(false),
  stringType(),
  varcharType(5),
);
const typeArb: fc.Arbitrary<LogicalType> = fc.letrec<{ t: LogicalType }>((tie) => ({
  t: fc.oneof(
    { maxDepth: 3, depthIdentifier: 't' },
    leaf,
    fc.tuple(tie('t'), fc.boolean()).map(([e, n]) => arrayType(e, n)),
    fc.tuple(tie('t'), tie('t')).map(([k, v]) => mapType(k, v)),
    fc
      .tuple(
        fc.array(name, { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9 `]{0,5}$/), { minLength: 0, maxLength: 3 }),
        fc.array(tie('t'), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
      )
      .map(([cls, names, types, n]) =>
        structuredType(
          cls.join('.'),
          names.map((nm, i) => field(nm, types[i]!)),
          n,
        ),
      ),
  ),
})).t;

test('property: parseType(formatType(t)) = t for structured types', () => {
  const seed = Date.now() % 1_000_000;
  console.log(`fast-check seed ${seed}`);
  fc.assert(
    fc.property(typeArb, (t) => {
      assert.ok(typesEqual(parseType(formatType(t)), t), formatType(t));
    }),
    { seed, numRuns: 300 },
  );
});
