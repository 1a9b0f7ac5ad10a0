/** Unit tests of the golden runner's own logic on small fake outputs (no engine needed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCaseHeader } from './case-header.js';
import { compareChangelogs, materialize, parseChangelog } from './changelog.js';
import { listCaseIds, loadCase, substitute, type GoldenCase } from './corpus.js';
import { judge, mentionsPosition } from './outcome.js';
import { parsePending, stalePending, verdict } from './pending.js';

const cols = '{"columns":[{"name":"k","type":"STRING"},{"name":"n","type":"BIGINT NOT NULL"}]}';
const ch = (op: string, k: string, n: string): string => JSON.stringify({ op, row: [k, n] });

test('header: defaults, pk implies per-key, fail with position', () => {
  assert.deepEqual(parseCaseHeader('SELECT 1'), {
    pk: [],
    order: 'strict',
    match: 'exact',
    fail: undefined,
    parallelism: [],
    source: undefined,
  });
  const h = parseCaseHeader(
    '-- a plain comment\n-- pk: a, b\n\n-- parallelism: 1,4,2\nSELECT 1;\n-- order: any',
  );
  assert.deepEqual(h.pk, ['a', 'b']);
  assert.equal(h.order, 'per-key');
  assert.deepEqual(h.parallelism, [1, 4, 2]);
  const f = parseCaseHeader("-- fail: 3:15 Column 'prcie' not found\nSELECT prcie FROM t");
  assert.deepEqual(f.fail, { line: 3, column: 15, substring: "Column 'prcie' not found" });
  assert.deepEqual(parseCaseHeader('-- fail: overflow\nSELECT 1').fail, { substring: 'overflow' });
});

test('header: malformed values are authoring errors with the line', () => {
  assert.throws(() => parseCaseHeader('-- order: sorted\nSELECT 1', 'x.sql'), /x\.sql:1: bad header 'order'/);
  assert.throws(() => parseCaseHeader('-- parallelism: 0\nSELECT 1'), /positive integers/);
  assert.throws(() => parseCaseHeader('-- order: per-key\nSELECT 1'), /needs a 'pk'/);
});

test('changelog: blocks, ignored status lines, malformed lines', () => {
  const blocks = parseChangelog(
    [cols, ch('+I', 'a', '1'), '{"status":"OK"}', cols, ch('-D', 'a', '1')].join('\n'),
  );
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0]!.changes.length, 1);
  assert.equal(blocks[1]!.changes[0]!.op, '-D');
  assert.throws(() => parseChangelog('not json'), /output:1: not JSON/);
  assert.throws(() => parseChangelog(ch('+I', 'a', '1')), /before any columns/);
  assert.throws(() => parseChangelog(`${cols}\n{"op":"+X","row":[]}`), /unknown op/);
});

test('compare strict: order matters, first difference is named', () => {
  const h = parseCaseHeader('SELECT 1');
  const e = parseChangelog([cols, ch('+I', 'a', '1'), ch('+I', 'b', '1')].join('\n'));
  const swapped = parseChangelog([cols, ch('+I', 'b', '1'), ch('+I', 'a', '1')].join('\n'));
  assert.equal(compareChangelogs(e, e, h), undefined);
  assert.match(compareChangelogs(e, swapped, h)!, /change 1: expected \+I \["a","1"\], got \+I \["b","1"\]/);
  const short = parseChangelog([cols, ch('+I', 'a', '1')].join('\n'));
  assert.match(compareChangelogs(e, short, h)!, /missing 1 change/);
  assert.match(compareChangelogs(short, e, h)!, /1 extra change/);
  const otherType = parseChangelog('{"columns":[{"name":"k","type":"STRING"},{"name":"n","type":"BIGINT"}]}');
  assert.match(compareChangelogs(short, otherType, h)!, /columns: expected/);
  assert.match(compareChangelogs(short, [], h)!, /expected 1 result/);
});

test('compare per-key: keys interleave freely, each key keeps its -U/+U order', () => {
  const h = parseCaseHeader('-- pk: k\nSELECT 1');
  const e = parseChangelog(
    [
      cols,
      ch('+I', 'a', '1'),
      ch('+I', 'b', '1'),
      ch('-U', 'a', '1'),
      ch('+U', 'a', '2'),
      ch('-D', 'b', '1'),
    ].join('\n'),
  );
  const interleaved = parseChangelog(
    [
      cols,
      ch('+I', 'b', '1'),
      ch('+I', 'a', '1'),
      ch('-D', 'b', '1'),
      ch('-U', 'a', '1'),
      ch('+U', 'a', '2'),
    ].join('\n'),
  );
  assert.equal(compareChangelogs(e, interleaved, h), undefined);
  const reordered = parseChangelog(
    [
      cols,
      ch('+I', 'a', '1'),
      ch('+U', 'a', '2'),
      ch('-U', 'a', '1'),
      ch('+I', 'b', '1'),
      ch('-D', 'b', '1'),
    ].join('\n'),
  );
  assert.match(compareChangelogs(e, reordered, h)!, /key \["a"\]: change 2/);
  const extraKey = parseChangelog(
    [...e[0]!.changes.map((c) => JSON.stringify(c)), ch('+I', 'c', '9')].join('\n').replace(/^/, `${cols}\n`),
  );
  assert.match(compareChangelogs(e, extraKey, h)!, /unexpected key \["c"\]/);
});

test('compare any: a multiset; contains matching for EXPLAIN-like text', () => {
  const h = parseCaseHeader('-- order: any\nSELECT 1');
  const e = parseChangelog([cols, ch('+I', 'a', '1'), ch('+I', 'a', '1'), ch('+I', 'b', '2')].join('\n'));
  const a = parseChangelog([cols, ch('+I', 'b', '2'), ch('+I', 'a', '1'), ch('+I', 'a', '1')].join('\n'));
  assert.equal(compareChangelogs(e, a, h), undefined);
  const b = parseChangelog([cols, ch('+I', 'b', '2'), ch('+I', 'a', '1'), ch('+I', 'c', '1')].join('\n'));
  assert.match(compareChangelogs(e, b, h)!, /1 missing .*1 extra/);
  const hc = parseCaseHeader('-- match: contains\nEXPLAIN SELECT 1');
  const ex = parseChangelog(
    '{"columns":[{"name":"result","type":"STRING"}]}\n{"op":"+I","row":["changelogMode=[I]"]}',
  );
  const ax = parseChangelog(
    '{"columns":[{"name":"result","type":"STRING"}]}\n{"op":"+I","row":["Calc(select=[a]) changelogMode=[I]"]}',
  );
  assert.equal(compareChangelogs(ex, ax, hc), undefined);
  assert.notEqual(compareChangelogs(ex, ax, parseCaseHeader('SELECT 1')), undefined);
});

test('judge: failure cases need exit != 0, the substring and the position', () => {
  const c = {
    id: 'errors/x',
    header: parseCaseHeader("-- fail: 2:8 Column 'prcie' not found\nSELECT prcie FROM t"),
    expected: [],
    hasExpected: false,
  } as unknown as GoldenCase;
  const stderr = "Error: x.sql:2:8: Column 'prcie' not found in table 't'; did you mean 'price'?";
  assert.equal(judge(c, { exitCode: 1, stdout: '', stderr }), undefined);
  assert.match(judge(c, { exitCode: 0, stdout: '', stderr: '' })!, /but exit 0/);
  assert.match(judge(c, { exitCode: 1, stdout: '', stderr: 'boom' })!, /stderr lacks 'Column/);
  assert.equal(
    judge(c, { exitCode: 1, stdout: `${cols}\n`, stderr: stderr.toLowerCase() }),
    undefined,
    'case-insensitive; stdout not compared',
  );
  const withOutput = { ...c, hasExpected: true, expected: parseChangelog(cols) } as GoldenCase;
  assert.match(judge(withOutput, { exitCode: 1, stdout: '', stderr })!, /expected 1 result/);
  assert.match(
    judge(c, { exitCode: 1, stdout: '', stderr: stderr.replace('2:8', '2:9') })!,
    /lacks position 2:8/,
  );
  assert.ok(mentionsPosition('at line 12, column 3', 12, 3));
  assert.ok(!mentionsPosition('at 12:34', 2, 3));
  assert.ok(!mentionsPosition('at 12:34', 12, 3));
  const ok = {
    id: 'x',
    header: parseCaseHeader('SELECT 1'),
    expected: parseChangelog(cols),
  } as unknown as GoldenCase;
  assert.match(judge(ok, { exitCode: 1, stdout: '', stderr: '\nboom\n' })!, /exit 1: boom/);
  assert.equal(judge(ok, { exitCode: 0, stdout: `${cols}\n`, stderr: 'warning' }), undefined);
});

test('pending: parse, verdicts, stale entries', () => {
  const p = parsePending('# comment\n\nselect/a  DECIMAL not done\nwindows/b\n');
  assert.deepEqual(
    [...p],
    [
      ['select/a', 'DECIMAL not done'],
      ['windows/b', ''],
    ],
  );
  assert.throws(() => parsePending('a x\na y'), /listed twice/);
  assert.equal(verdict(true, false), 'passed');
  assert.equal(verdict(false, false), 'failed');
  assert.equal(verdict(false, true), 'pending');
  assert.equal(verdict(true, true), 'unexpected-pass');
  assert.deepEqual(stalePending(p, ['select/a']), ['windows/b']);
});

test('corpus: listing, loading and ${input} substitution', () => {
  const root = mkdtempSync(join(tmpdir(), 'golden-logic-'));
  try {
    mkdirSync(join(root, 'sel'));
    writeFileSync(
      join(root, 'sel', 'a.sql'),
      "CREATE TABLE t (x INT) WITH ('path' = '${input}');\nCREATE TABLE u (y INT) WITH ('path' = '${input:u}', 'p' = '${tmpdir}');",
    );
    writeFileSync(join(root, 'sel', 'a.input.jsonl'), '{"x":1}\n');
    writeFileSync(join(root, 'sel', 'a.u.input.csv'), '1\n');
    writeFileSync(join(root, 'sel', 'a.expected-changelog.jsonl'), `${cols}\n`);
    writeFileSync(join(root, 'b.sql'), '-- fail: 1:1 boom\nx');
    writeFileSync(join(root, 'c.sql'), 'SELECT 1');
    assert.deepEqual(listCaseIds(root), ['b', 'c', 'sel/a']);
    const a = loadCase('sel/a', root);
    const text = substitute(a, '/tmp/run1');
    assert.ok(text.includes(`'${join(root, 'sel', 'a.input.jsonl')}'`));
    assert.ok(text.includes(`'${join(root, 'sel', 'a.u.input.csv')}'`));
    assert.ok(text.includes("'/tmp/run1'"));
    assert.equal(loadCase('b', root).expected.length, 0);
    assert.throws(() => loadCase('c', root), /no c\.expected-changelog\.jsonl/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('compare final: the materialised table, by key or by row; bad retractions are reported', () => {
  const h = parseCaseHeader('-- pk: k\n-- order: final\nSELECT 1');
  const e = parseChangelog([cols, ch('+I', 'a', '2'), ch('+I', 'b', '1')].join('\n'));
  const a = parseChangelog(
    [cols, ch('+I', 'a', '1'), ch('+I', 'b', '1'), ch('-U', 'a', '1'), ch('+U', 'a', '2')].join('\n'),
  );
  assert.equal(compareChangelogs(e, a, h), undefined);
  const wrong = parseChangelog([cols, ch('+I', 'a', '1'), ch('+I', 'b', '1')].join('\n'));
  assert.match(compareChangelogs(e, wrong, h)!, /final table: 1 missing .*1 extra/);
  assert.deepEqual(materialize(a[0]!.changes), ['["a","2"]', '["b","1"]']);
  assert.deepEqual(
    materialize(parseChangelog([cols, ch('+I', 'a', '1'), ch('-D', 'a', '1')].join('\n'))[0]!.changes),
    [],
  );
  assert.throws(
    () => materialize(parseChangelog([cols, ch('-D', 'z', '1')].join('\n'))[0]!.changes),
    /retracts a row that is not there/,
  );
  const noKey = parseCaseHeader('-- order: final\nSELECT 1');
  const bad = parseChangelog([cols, ch('-U', 'a', '9')].join('\n'));
  assert.match(compareChangelogs(e, bad, noKey)!, /retracts a row that is not there/);
});
