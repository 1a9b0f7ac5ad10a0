/**
 * RowKeyedMap against a plain Map keyed by an encoding of the key columns: any sequence of
 * add / get / delete over keys that share prefixes (so trie levels are made and dropped) must
 * agree, including NULL, NaN, -0 / 0, BIGINTs beyond 2^53 and object values.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeKeyPart } from '../values.js';
import { RowKeyedMap, keyPart } from './row-keyed-table.js';

const part = fc.oneof(
  fc.constantFrom<unknown>(null, 0, -0, NaN, 1, 'a', 'b', '', true, 5n, 2n ** 60n, 2n ** 60n + 1n),
  // The integer index's edges: a number and a bigint of one value are one key, words at the
  // int64 limits, beyond them (the Map), unsafe numbers apart from bigints of their value.
  fc.constantFrom<unknown>(5, -1, -1n, 0n, 2 ** 32, 2n ** 32n, -(2 ** 32) - 1, 2 ** 53 - 1, 2 ** 53),
  fc.constantFrom<unknown>(2n ** 53n, 2n ** 63n - 1n, -(2n ** 63n), 2n ** 63n, -(2n ** 63n) - 1n, 1.5, -1.5),
  fc.constantFrom<unknown>(new Uint8Array([1, 2]), [1, 'x']),
);

/** The reference key: SameValueZero per column, as the table compares. */
function refKey(row: unknown[], cols: number[]): string {
  return cols
    .map((c) => {
      const k = keyPart(row[c]);
      return typeof k === 'number' ? `n${Object.is(k, -0) ? 0 : k}` : encodeKeyPart(k);
    })
    .join('|');
}

test('RowKeyedMap agrees with a Map over encoded keys (property)', () => {
  const seed = Date.now() % 100000;
  console.log(`row-keyed-table property seed ${seed}`);
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 3 }),
      fc.array(
        fc.tuple(fc.constantFrom('add', 'delete', 'get'), fc.array(part, { minLength: 4, maxLength: 4 })),
        {
          maxLength: 60,
        },
      ),
      (nk, ops) => {
        const cols = [3, 0, 2].slice(0, nk);
        const table = new RowKeyedMap<unknown[]>(cols, (v, j) => v[cols[j]!]);
        const ref = new Map<string, unknown[]>();
        for (const [op, row] of ops) {
          const k = refKey(row, cols);
          if (op === 'add') {
            if (table.get(row) === undefined) table.add(row, row);
            if (!ref.has(k)) ref.set(k, row);
          } else if (op === 'delete') {
            table.delete(row);
            ref.delete(k);
          }
          assert.equal(table.get(row), ref.get(k));
          assert.equal(table.size, ref.size);
        }
        assert.deepEqual(new Set(table.values()), new Set(ref.values()));
        for (const v of [...ref.values()]) {
          table.deleteKey(cols.map((c) => v[c]));
          assert.equal(table.get(v), undefined);
        }
        assert.equal(table.size, 0);
      },
    ),
    { seed, numRuns: 400 },
  );
});

test('keys sharing a first column get a level only when needed, and lose it when emptied', () => {
  const t = new RowKeyedMap<unknown[]>([0, 1], (v, j) => v[j]);
  t.add([1n, 'x'], [1n, 'x']);
  t.add([1n, 'y'], [1n, 'y']);
  t.add([2n, 'x'], [2n, 'x']);
  assert.deepEqual(t.get([1n, 'y']), [1n, 'y']);
  assert.equal(t.get([1n, 'z']), undefined);
  t.delete([1n, 'x']);
  t.delete([1n, 'y']);
  assert.equal(t.size, 1);
  assert.deepEqual([...t.values()], [[2n, 'x']]);
});
