import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bigintType, doubleType, intType, stringType, timestampLtzType } from '../../types/index.js';
import { createSink } from '../index.js';

function capture(): { write(t: string): void; text: string } {
  const c = {
    text: '',
    write(t: string) {
      c.text += t;
    },
  };
  return c;
}

test('print writes Flink-style change lines to the context stdout, or stderr', async () => {
  const out = capture();
  const err = capture();
  const columns = [
    { name: 'a', type: intType() },
    { name: 'b', type: stringType() },
    { name: 'c', type: doubleType() },
    { name: 'd', type: bigintType() },
    { name: 'e', type: timestampLtzType(3) },
  ];
  const ctx = { timeZone: 'Europe/Berlin', stdout: out, stderr: err };
  const sink = createSink({ tableName: 'p', columns }, { connector: 'print' }, ctx);
  assert.equal(sink.changelogMode, 'all');
  const w = await sink.open();
  await w.write({
    rows: [
      [1, 'x', 1e7, 5n, 0],
      [2, null, 0.5, null, null],
    ],
    kinds: [0, 3],
  });
  assert.equal(out.text, '+I[1, x, 1.0E7, 5, 1970-01-01 01:00:00.000]\n-D[2, null, 0.5, null, null]\n');
  const s2 = createSink(
    { tableName: 'p', columns },
    { connector: 'print', 'print-identifier': 'out', 'standard-error': 'true' },
    ctx,
  );
  const w2 = await s2.open();
  await w2.write({ rows: [[1, 'x', 1, 1n, 0]], kinds: null });
  assert.equal(err.text, 'out> +I[1, x, 1.0, 1, 1970-01-01 01:00:00.000]\n');
  assert.throws(
    () => createSink({ tableName: 'p', columns }, { connector: 'print', 'print-id': 'x' }, ctx),
    /did you mean 'print-identifier'/,
  );
});

test('blackhole accepts every change kind; as Flink’s BlackHoleSink its mode has no UPDATE_BEFORE', async () => {
  const sink = createSink(
    { tableName: 'b', columns: [{ name: 'a', type: intType() }] },
    { connector: 'blackhole' },
    { timeZone: 'UTC' },
  );
  assert.equal(sink.changelogMode, 'upsert');
  const w = await sink.open();
  await w.write({ rows: [[1], [1], [2]], kinds: [0, 1, 2] });
  await w.close();
  assert.throws(
    () =>
      createSink({ tableName: 'b', columns: [] }, { connector: 'blackhole', x: '1' }, { timeZone: 'UTC' }),
    /Unsupported options found for 'blackhole'/,
  );
});
