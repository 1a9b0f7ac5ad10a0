/**
 * The golden corpus over Kafka topics with JSON Schema keys and values (`--format
 * json-registry`): the folders that exercise the codec's exactness and type mapping (types,
 * casts, functions, aggregates; ~350 cases, ~20 s alone) rather than the whole corpus, which
 * golden-kafka.test.ts runs over Avro; the full json-registry run is `node
 * dist/testing/golden/kafka-run-corpus.js --format json-registry` (~55 s alone on a quiet
 * machine). Budget 150 s; prints the runner's report and duration.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { dataDirBase } from './kafka-lanes.js';

const RUNNER = fileURLToPath(new URL('./kafka-run-corpus.js', import.meta.url));
const PREFIXES = [
  'types',
  'casts',
  'functions',
  'select',
  'conformance/functions9',
  'conformance/aggregates2',
];
const dataDir = mkdtempSync(join(dataDirBase(), 'eddy-golden-kafka-json-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test(
  'golden cases over Kafka topics with JSON Schema values give Flink’s results',
  { timeout: 170_000 },
  async () => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [RUNNER, '--format', 'json-registry', '--data-dir', dataDir, ...PREFIXES],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 160_000);
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    clearTimeout(timer);
    console.log(out);
    console.log(`golden-kafka-json: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(
      code,
      0,
      `json-registry runner failed:\n${out
        .split('\n')
        .filter((l) => l.startsWith('FAIL') || l.startsWith('golden'))
        .slice(0, 40)
        .join('\n')}`,
    );
    assert.match(out, /golden-kafka: \d+ selected, [1-9]\d* passed/);
  },
);
