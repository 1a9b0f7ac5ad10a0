import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closest, matchesSpec, OptionReader, parseDuration, validateOptions } from './options.js';

test('option patterns, durations and did-you-mean', () => {
  assert.ok(matchesSpec('fields.price.kind', 'fields.#.kind'));
  assert.ok(matchesSpec('fields.a.b.kind', 'fields.#.kind'));
  assert.ok(!matchesSpec('fields..kind', 'fields.#.kind'));
  assert.ok(!matchesSpec('fields.price.kin', 'fields.#.kind'));
  assert.equal(parseDuration('10 s'), 10_000);
  assert.equal(parseDuration('500ms'), 500);
  assert.equal(parseDuration('2 min'), 120_000);
  assert.equal(parseDuration('7'), 7);
  assert.equal(parseDuration('ten'), undefined);
  assert.equal(closest('formt', ['format', 'path']), 'format');
  assert.equal(closest('zzzzzz', ['format', 'path']), undefined);
});

test('validateOptions and OptionReader messages name the option and the table', () => {
  const specs = [{ key: 'path', required: true }, { key: 'format' }];
  assert.throws(
    () => validateOptions('x', 't', { connector: 'x' }, specs),
    /Missing required options are: path/,
  );
  assert.throws(
    () => validateOptions('x', 't', { connector: 'x', path: 'p', fromat: 'json' }, specs),
    /'fromat' \(did you mean 'format'\?\)/,
  );
  validateOptions('x', 't', { connector: 'x', path: 'p' }, specs);
  const r = new OptionReader('db.t', { n: '12', b: 'TRUE', bad: 'x', e: 'Sql', d: '3 s', c: '\\t' });
  assert.equal(r.integer('n', 0), 12);
  assert.equal(r.boolean('b', false), true);
  assert.equal(r.oneOf('e', ['SQL', 'ISO-8601'] as const, 'SQL'), 'SQL');
  assert.equal(r.duration('d', 0), 3000);
  assert.equal(r.char('c', ','), '\t');
  assert.throws(
    () => r.integer('bad', 0),
    /Invalid value for option 'bad' of table db\.t: 'x' \(expected a whole number\)/,
  );
  assert.throws(() => r.boolean('bad', false), /expected true or false/);
  assert.throws(() => r.integer('n', 0, 0, 10), /from 0 to 10/);
});
