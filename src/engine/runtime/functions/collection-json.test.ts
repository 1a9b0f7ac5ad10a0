import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrayType,
  booleanType,
  doubleType,
  intType,
  mapType,
  rowType,
  stringType,
  field,
} from '../../../types/index.js';
import { callFn, typeOfFn } from './test-util.js';

const I = intType(false);
const S = stringType(false);
const AI = arrayType(intType(), false);

test('collection functions (Flink documentation examples)', () => {
  assert.equal(callFn('CARDINALITY', [AI], [[1, 2, 3]]), 3);
  assert.equal(callFn('ITEM', [AI, I], [[1, 2, 3], 2]), 2);
  assert.equal(callFn('ITEM', [AI, I], [[1, 2, 3], 4]), null);
  assert.equal(callFn('ITEM', [mapType(S, I, false), S], [new Map([['a', 1]]), 'a']), 1);
  assert.equal(callFn('ELEMENT', [AI], [[7]]), 7);
  assert.equal(callFn('ELEMENT', [AI], [[]]), null);
  assert.throws(() => callFn('ELEMENT', [AI], [[1, 2]]), /more than one element/);
  assert.deepEqual(callFn('ARRAY_APPEND', [AI, I], [[1, 2], 3]), [1, 2, 3]);
  assert.deepEqual(callFn('ARRAY_PREPEND', [AI, I], [[1, 2], 0]), [0, 1, 2]);
  assert.equal(callFn('ARRAY_CONTAINS', [AI, intType()], [[1, null], null]), true);
  assert.equal(callFn('ARRAY_CONTAINS', [AI, I], [[1, 2], 3]), false);
  assert.deepEqual(callFn('ARRAY_DISTINCT', [AI], [[1, 2, 2, null, null]]), [1, 2, null]);
  assert.equal(callFn('ARRAY_POSITION', [AI, I], [[5, 6, 7], 7]), 3);
  assert.deepEqual(callFn('ARRAY_REMOVE', [AI, I], [[1, 2, 1], 1]), [2]);
  assert.deepEqual(callFn('ARRAY_REVERSE', [AI], [[1, 2, 3]]), [3, 2, 1]);
  assert.deepEqual(callFn('ARRAY_SLICE', [AI, I, I], [[1, 2, 3, 4, 5], 2, 4]), [2, 3, 4]);
  assert.deepEqual(callFn('ARRAY_SLICE', [AI, I, I], [[1, 2, 3, 4, 5], -3, -2]), [3, 4]);
  assert.deepEqual(callFn('ARRAY_SLICE', [AI, I, I], [[1, 2, 3], 3, 1]), []);
  assert.deepEqual(callFn('ARRAY_SORT', [AI], [[3, null, 1]]), [null, 1, 3]);
  assert.deepEqual(callFn('ARRAY_SORT', [AI, booleanType(false)], [[3, null, 1], false]), [3, 1, null]);
  assert.deepEqual(
    callFn('ARRAY_SORT', [AI, booleanType(false), booleanType(false)], [[3, null, 1], true, false]),
    [1, 3, null],
  );
  assert.deepEqual(
    callFn(
      'ARRAY_UNION',
      [AI, AI],
      [
        [1, 2],
        [2, 3],
      ],
    ),
    [1, 2, 3],
  );
  assert.deepEqual(
    callFn(
      'ARRAY_CONCAT',
      [AI, AI],
      [
        [1, 2],
        [2, 3],
      ],
    ),
    [1, 2, 2, 3],
  );
  assert.deepEqual(callFn('ARRAY_EXCEPT', [AI, AI], [[1, 2, 2, 3], [2]]), [1, 3]);
  assert.deepEqual(
    callFn(
      'ARRAY_INTERSECT',
      [AI, AI],
      [
        [1, 2, 2, 3],
        [2, 3, 4],
      ],
    ),
    [2, 3],
  );
  assert.equal(callFn('ARRAY_MAX', [AI], [[1, null, 5]]), 5);
  assert.equal(callFn('ARRAY_MIN', [AI], [[4, null, 2]]), 2);
  assert.equal(callFn('ARRAY_JOIN', [arrayType(stringType(), false), S], [['a', null, 'b'], ',']), 'a,b');
  assert.equal(
    callFn('ARRAY_JOIN', [arrayType(stringType(), false), S, S], [['a', null, 'b'], ',', 'n']),
    'a,n,b',
  );
  const m = new Map<string, number>([
    ['a', 1],
    ['b', 2],
  ]);
  assert.deepEqual(callFn('MAP_KEYS', [mapType(S, I, false)], [m]), ['a', 'b']);
  assert.deepEqual(callFn('MAP_VALUES', [mapType(S, I, false)], [m]), [1, 2]);
  assert.deepEqual(callFn('MAP_ENTRIES', [mapType(S, I, false)], [m]), [
    ['a', 1],
    ['b', 2],
  ]);
  assert.deepEqual(
    [
      ...(callFn(
        'MAP_FROM_ARRAYS',
        [arrayType(S, false), AI],
        [
          ['a', 'b'],
          [1, 2],
        ],
      ) as Map<string, number>),
    ],
    [
      ['a', 1],
      ['b', 2],
    ],
  );
  // MapUnionFunction: the later map's entries first, then the earlier ones it does not have
  assert.deepEqual(
    [
      ...(callFn('MAP_UNION', [mapType(S, I, false), mapType(S, I, false)], [m, new Map([['b', 9]])]) as Map<
        string,
        number
      >),
    ],
    [
      ['b', 9],
      ['a', 1],
    ],
  );
});

test('value construction and access', () => {
  assert.equal(typeOfFn('ARRAY', [I, doubleType(false)]), 'ARRAY<DOUBLE NOT NULL> NOT NULL');
  assert.deepEqual(callFn('ARRAY', [I, doubleType(false)], [1, 2.5]), [1, 2.5]);
  assert.equal(typeOfFn('MAP', [S, I, S, intType()]), 'MAP<STRING NOT NULL, INT> NOT NULL');
  assert.deepEqual(callFn('ROW', [I, S], [1, 'a']), [1, 'a']);
  const r = rowType([field('a', I), field('b', S)]);
  assert.equal(typeOfFn('FIELD', [r, S], [null, 'b']), 'STRING');
  assert.equal(callFn('FIELD', [r, S], [[1, 'x'], 'b']), 'x');
});

test('JSON functions (Flink documentation examples)', () => {
  assert.equal(callFn('IS JSON', [S], ['1']), true);
  assert.equal(callFn('IS JSON', [S], ['{']), false);
  assert.equal(callFn('IS JSON', [S, S], ['[]', 'OBJECT']), false);
  assert.equal(callFn('IS JSON', [S, S], ['{}', 'OBJECT']), true);
  assert.equal(callFn('IS JSON', [S, S], ['"abc"', 'SCALAR']), true);
  assert.equal(callFn('IS JSON', [stringType()], [null]), false);
  assert.equal(callFn('JSON_EXISTS', [S, S], ['{"a": true}', '$.a']), true);
  assert.equal(callFn('JSON_EXISTS', [S, S], ['{"a": true}', '$.b']), false);
  assert.equal(callFn('JSON_EXISTS', [S, S], ['{"a": [{ "b": 1 }]}', '$.a[0].b']), true);
  assert.equal(callFn('JSON_EXISTS', [S, S, S], ['{"a": true}', 'strict $.b', 'TRUE']), true);
  assert.equal(callFn('JSON_VALUE', [S, S], ['{"a": true}', '$.a']), 'true');
  assert.equal(callFn('JSON_VALUE', [S, S], ['{"a": "x"}', '$.a']), 'x');
  assert.equal(callFn('JSON_VALUE', [S, S], ['{"a.b": [0.998,0.996]}', '$.["a.b"][0]']), '0.998');
  assert.equal(callFn('JSON_VALUE', [S, S], ['{"a": 1.0}', '$.a']), '1.0');
  // documented: DEFAULT FALSE ON EMPTY / ON ERROR gives "false"; RETURNING BOOLEAN gives TRUE
  assert.equal(
    callFn(
      'JSON_VALUE',
      [S, S, S, booleanType(false), S, stringType()],
      ['{"a": true}', 'lax $.b', 'DEFAULT', false, 'NULL', null],
    ),
    'false',
  );
  assert.equal(
    callFn(
      'JSON_VALUE',
      [S, S, S, stringType(), S, booleanType(false)],
      ['{"a": true}', 'strict $.b', 'NULL', null, 'DEFAULT', false],
    ),
    'false',
  );
  assert.equal(
    callFn(
      'JSON_VALUE',
      [S, S, S, stringType(), S, S],
      ['{"contains blank": "right"}', "strict $.['contains blank']", 'NULL', null, 'DEFAULT', 'wrong'],
    ),
    'right',
  );
  assert.equal(callFn('JSON_VALUE', [S, S], ['{"a": {"b": 1}}', '$.a']), null);
  assert.equal(callFn('JSON_VALUE', [S, S, S, S], ['{"a": 1}', 'lax $.b', 'DEFAULT', 'dflt']), 'dflt');
  // an indefinite path reads as a list even when nothing matches: JSON_EXISTS is TRUE (Jayway)
  assert.equal(callFn('JSON_EXISTS', [S, S], ['{"a": 1}', 'lax $.b[*]']), true);
  assert.equal(callFn('JSON_EXISTS', [S, S], ['{"a": 1}', 'lax $.b']), false);
  // a path without a mode is strict: a missing key is an error, not empty (SqlJsonUtils)
  assert.equal(callFn('JSON_VALUE', [S, S, S, S], ['{"a": 1}', '$.b', 'DEFAULT', 'dflt']), null);
  assert.equal(
    callFn('JSON_VALUE', [S, S, S, S, S, S], ['{"a": 1}', '$.b', 'NULL', null, 'DEFAULT', 'e']),
    'e',
  );
  assert.equal(
    callFn('JSON_VALUE', [S, S, S, stringType(), S], ['{}', 'lax $.x', 'NULL', null, 'ERROR']),
    null,
  ); // lax: missing is empty, not an error
  assert.throws(
    () => callFn('JSON_VALUE', [S, S, S, stringType(), S], ['{}', 'strict $.x', 'NULL', null, 'ERROR']),
    /No results for path/,
  );
  assert.equal(callFn('JSON_QUERY', [S, S], ['{ "a": { "b": 1 } }', '$.a']), '{"b":1}');
  assert.equal(callFn('JSON_QUERY', [S, S], ['[1, 2]', '$']), '[1,2]');
  assert.equal(
    callFn('JSON_QUERY', [S, S], ['{"a":[{"c":"c1"},{"c":"c2"}]}', 'lax $.a[*].c']),
    '["c1","c2"]',
  );
  assert.equal(callFn('JSON_QUERY', [S, S, S], ['{"a": 1}', '$.a', 'CONDITIONAL']), '[1]');
  assert.equal(
    callFn('JSON_QUERY', [S, S, S, S, S], ['{}', 'strict $.invalid', 'WITHOUT', 'NULL', 'EMPTY ARRAY']),
    '[]',
  );
  assert.equal(callFn('JSON_QUERY', [S, S, S], ['{}', '$', 'WITH CONDITIONAL ARRAY']), '[{}]');
  assert.equal(callFn('JSON_QUERY', [S, S, S], ['[1, 2]', '$', 'WITH CONDITIONAL ARRAY']), '[1,2]');
  assert.equal(callFn('JSON_QUERY', [S, S, S], ['[1, 2]', '$', 'WITH UNCONDITIONAL ARRAY']), '[[1,2]]');
  assert.equal(callFn('JSON_QUERY', [S, S], ['1', '$']), null);
  assert.equal(
    callFn('JSON_QUERY', [S, S, S, S], ['{}', 'lax $.invalid', 'WITHOUT ARRAY', 'EMPTY OBJECT']),
    '{}',
  );
  assert.equal(callFn('IS JSON', [S], ['abc']), false);
  assert.equal(callFn('JSON_OBJECT', [S], ['NULL']), '{}');
  assert.equal(callFn('JSON_ARRAY', [S, stringType()], ['NULL', null]), '[null]');
  assert.equal(callFn('JSON_ARRAY', [S, stringType()], ['ABSENT', null]), '[]');
  assert.equal(callFn('JSON_OBJECT', [S, S, S], ['NULL ON NULL', 'K1', 'V1']), '{"K1":"V1"}');
  assert.equal(callFn('JSON_OBJECT', [S, S, stringType()], ['NULL ON NULL', 'K1', null]), '{"K1":null}');
  assert.equal(callFn('JSON_OBJECT', [S, S, stringType()], ['ABSENT ON NULL', 'K1', null]), '{}');
  assert.equal(callFn('JSON_ARRAY', [I, S], [1, '2']), '[1,"2"]');
  assert.equal(callFn('JSON_ARRAY', [S, I, intType()], ['NULL ON NULL', 1, null]), '[1,null]');
  assert.equal(callFn('JSON_STRING', [I], [1]), '1');
  assert.equal(callFn('JSON_STRING', [booleanType(false)], [true]), 'true');
  assert.equal(callFn('JSON_STRING', [S], ['Hello, World!']), '"Hello, World!"');
  assert.equal(callFn('JSON_STRING', [AI], [[1, 2]]), '[1,2]');
  assert.equal(callFn('JSON_STRING', [intType()], [null]), null);
  const nested = callFn('JSON', [S], ['{"x": 1}']);
  assert.equal(callFn('JSON_OBJECT', [S, S, S], ['NULL ON NULL', 'K', nested]), '{"K":{"x":1}}');
  assert.equal(callFn('JSON_QUOTE', [S], ['a"b']), '"a\\"b"');
  assert.equal(callFn('JSON_UNQUOTE', [S], ['"a\\"b"']), 'a"b');
});
