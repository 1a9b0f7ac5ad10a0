import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExecutionError, SqlError } from '../../../common/errors.js';
import {
  booleanType,
  formatType,
  intType,
  stringType,
  variantType,
  parseVariantJson,
  Variant,
} from '../../../types/index.js';
import { BUILTIN_FUNCTIONS } from './index.js';

const ctx = { timeZone: 'UTC', exprText: 'f(x)' };

function call(name: string, argTypes: Parameters<typeof formatType>[0][], ...args: unknown[]): unknown {
  const def = BUILTIN_FUNCTIONS.scalar(name)!;
  const t = def.inferType(argTypes, []);
  return def.implement(argTypes, t, ctx)(...args);
}

test('PARSE_JSON / TRY_PARSE_JSON result types follow Flink (nullableIfArgs / forceNullable)', () => {
  const p = BUILTIN_FUNCTIONS.scalar('PARSE_JSON')!;
  const tp = BUILTIN_FUNCTIONS.scalar('TRY_PARSE_JSON')!;
  assert.equal(formatType(p.inferType([stringType(false)], [])), 'VARIANT NOT NULL');
  assert.equal(formatType(p.inferType([stringType(false), booleanType()], [])), 'VARIANT');
  assert.equal(formatType(tp.inferType([stringType(false)], [])), 'VARIANT');
  assert.throws(
    () => p.inferType([intType()], []),
    (e: unknown) => e instanceof SqlError && /Expected signatures are/.test(e.message),
  );
});

test('PARSE_JSON fails with the input in the message; TRY_PARSE_JSON gives NULL', () => {
  assert.throws(
    () => call('PARSE_JSON', [stringType()], '{"a":1,"a":2}'),
    (e: unknown) => e instanceof ExecutionError && e.message === 'Failed to parse json string: {"a":1,"a":2}',
  );
  assert.equal(call('TRY_PARSE_JSON', [stringType()], '{"a":1,"a":2}'), null);
  assert.equal(
    (call('PARSE_JSON', [stringType(), booleanType()], '{"a":1,"a":2}', true) as Variant).toJson(),
    '{"a":2}',
  );
  // a NULL allowDuplicateKeys counts as false (ParseJsonFunction: Boolean.TRUE.equals)
  assert.equal(call('TRY_PARSE_JSON', [stringType(), booleanType()], '{"a":1,"a":2}', null), null);
  assert.equal(call('PARSE_JSON', [stringType()], null), null);
});

test('ITEM on a VARIANT: key or 1-based index, NULL when absent; other ITEM calls unchanged', () => {
  const v = parseVariantJson('{"a":[10,20]}');
  const item = BUILTIN_FUNCTIONS.scalar('ITEM')!;
  assert.equal(
    formatType(item.inferType([variantType(false), stringType(false)], [undefined, 'a'])),
    'VARIANT',
  );
  const f = item.implement([variantType(), stringType()], variantType(), ctx);
  const a = f(v, 'a') as Variant;
  assert.equal(a.toJson(), '[10,20]');
  const g = item.implement([variantType(), intType()], variantType(), ctx);
  assert.equal((g(a, 1) as Variant).toJson(), '10');
  assert.equal(g(a, 3), null);
  assert.equal(g(a, 0), null);
  assert.equal(f(a, 'a'), null);
  assert.throws(() => item.inferType([variantType(), booleanType()], []), SqlError);
  const arr = item.implement(
    [{ kind: 'ARRAY', nullable: true, element: intType() }, intType()],
    intType(),
    ctx,
  );
  assert.equal(arr([5, 6], 2), 6);
});

test('JSON_STRING of a VARIANT is its JSON text', () => {
  assert.equal(call('JSON_STRING', [variantType()], parseVariantJson('"x"')), '"x"');
  assert.equal(
    call('JSON_STRING', [variantType()], parseVariantJson('{"b":[1.0],"a":null}')),
    '{"a":null,"b":[1]}',
  );
});
