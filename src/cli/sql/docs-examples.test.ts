/**
 * Every example of the user documentation runs: the ```sql blocks of docs/*.md and README.md
 * marked `<!-- runnable -->` go through `runSqlScript` (the in-process path the golden runner
 * and `eddy sql` use) with `--output jsonl` and must exit 0; a following ```jsonl block marked
 * `<!-- output -->` must equal what the script printed. Blocks marked `<!-- file: name -->` are
 * written into the scripts' directory first (input files the examples read). Every ```sql block
 * is marked, either runnable or `<!-- not run: reason -->`, so none is forgotten. Blocks marked
 * `<!-- runnable: kafka -->` run against an embedded broker and registry started in this process
 * (as against `eddy up` or `--bootstrap-servers`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { useKafkaPlatform } from '../../testing/kafka-platform.js';
import { runSqlScript } from '../commands/sql.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Block {
  doc: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  marker: string | undefined;
  body: string;
}

/** The fenced code blocks of a markdown text, each with the `<!-- … -->` line just before it. */
function blocks(doc: string, text: string): Block[] {
  const lines = text.split('\n');
  const out: Block[] = [];
  let marker: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const m = /^<!--\s*(.*?)\s*-->\s*$/.exec(l);
    if (m) {
      marker = m[1];
      continue;
    }
    const fence = /^```(\S*)\s*$/.exec(l);
    if (fence) {
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      out.push({ doc, line: start + 1, lang: fence[1]!, marker, body: body.join('\n') });
    }
    if (l.trim() !== '') marker = undefined;
  }
  return out;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

const docs = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const all = docs.flatMap((d) => blocks(d, readFileSync(join(ROOT, d), 'utf8')));
const RUNNABLE = ['runnable', 'runnable: kafka'];
const kafkaBlocks = all.filter((b) => b.lang === 'sql' && b.marker === 'runnable: kafka');
const k = useKafkaPlatform('docs-examples.test', 60_000);
const dir = mkdtempSync(join(tmpdir(), 'eddy-docs-examples-'));
after(() => rmSync(dir, { recursive: true, force: true }));

for (const b of all) {
  const file = b.marker?.startsWith('file:') ? b.marker.slice('file:'.length).trim() : undefined;
  if (file !== undefined) writeFileSync(join(dir, file), b.body + '\n');
}

test('docs have runnable SQL examples, and every sql block is marked', () => {
  const sql = all.filter((b) => b.lang === 'sql');
  assert.ok(
    sql.some((b) => b.marker === 'runnable'),
    'no runnable example found',
  );
  assert.ok(kafkaBlocks.length > 0, 'no runnable Kafka example found');
  const unmarked = sql
    .filter((b) => !RUNNABLE.includes(b.marker ?? '') && !b.marker?.startsWith('not run:'))
    .map((b) => `${b.doc}:${b.line}`);
  assert.deepEqual(unmarked, [], 'mark each ```sql block <!-- runnable --> or <!-- not run: why -->');
});

for (const [i, b] of all.entries()) {
  if (b.lang !== 'sql' || b.marker !== 'runnable') continue;
  const next = all[i + 1];
  const expected = next?.marker === 'output' ? next.body + '\n' : undefined;
  test(`${b.doc}:${b.line} runs${expected !== undefined ? ' and prints the documented output' : ''}`, async () => {
    const script = join(dir, `example-${i}.sql`);
    writeFileSync(script, b.body + '\n');
    const out = collector();
    const err = collector();
    const code = await runSqlScript({
      file: script,
      output: 'jsonl',
      stdout: out.stream,
      stderr: err.stream,
    });
    assert.equal(code, 0, `${b.doc}:${b.line} failed:\n${err.text()}`);
    if (expected !== undefined) assert.equal(out.text(), expected);
  });
}

/** What each Kafka example printed, by its line. */
const kafkaOut = new Map<number, string>();

for (const b of kafkaBlocks) {
  test(`${b.doc}:${b.line} runs against Kafka`, async () => {
    const r = await k.sql(b.body + '\n');
    assert.equal(r.code, 0, `${b.doc}:${b.line} failed:\n${r.err}`);
    assert.match(r.out, /\{"columns":/, 'the example printed no result');
    kafkaOut.set(b.line, r.out);
  });
}

test('the Kafka example of docs/sql.md does what the text after it says', async () => {
  const out = [...kafkaOut.values()].join('');
  // DESCRIBE EXTENDED shows the hidden $rowtime with its metadata key and watermark.
  assert.ok(
    out.includes(
      '["$rowtime","TIMESTAMP_LTZ(3) *ROWTIME*","FALSE",null,"METADATA FROM \'timestamp\' VIRTUAL","SOURCE_WATERMARK()"]',
    ),
    out,
  );
  // DROP TABLE deleted the topic (all topics listed: naming one could auto-create it) and
  // its subjects, permanently.
  const md = await k.kafka.metadata();
  assert.ok(!md.topics.has('orders'), 'DROP TABLE left topic orders');
  const res = await fetch(`${k.registryUrl}/subjects?deleted=true`);
  const subjects = (await res.json()) as string[];
  assert.ok(!subjects.includes('orders-key') && !subjects.includes('orders-value'), subjects.join(', '));
});
