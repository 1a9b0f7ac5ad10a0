import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { discoverClusters } from './kafka-endpoints.js';

test('flags, eddy.yaml, endpoints.json, and the message when none is there', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eddy-kep-'));
  try {
    const a = discoverClusters({ bootstrapServers: 'h:1', registryUrl: 'http://r:2' }, dir);
    assert.deepEqual(a.clusters, [{ id: 'cluster_0', bootstrapServers: 'h:1', registryUrl: 'http://r:2' }]);
    const none = discoverClusters({}, dir);
    assert.equal(none.clusters.length, 0);
    assert.ok('missing' in none && none.missing.includes(`no platform found at ${join(dir, '.eddy')}`));
    assert.ok('missing' in none && none.missing.includes('run `npm start` or pass --config'));
    mkdirSync(join(dir, '.eddy'));
    writeFileSync(
      join(dir, '.eddy', 'endpoints.json'),
      JSON.stringify({
        components: { broker: { url: '127.0.0.1:9' }, registry: { url: 'http://127.0.0.1:8' } },
      }),
    );
    assert.deepEqual(discoverClusters({}, dir).clusters, [
      { id: 'cluster_0', bootstrapServers: '127.0.0.1:9', registryUrl: 'http://127.0.0.1:8' },
    ]);
    writeFileSync(
      join(dir, 'eddy.yaml'),
      'clusters:\n  - id: east\n    bootstrap-servers: e:1\n  - bootstrap-servers: w:1\n',
    );
    assert.deepEqual(discoverClusters({ config: 'eddy.yaml' }, dir).clusters, [
      { id: 'east', bootstrapServers: 'e:1' },
      { id: 'cluster_1', bootstrapServers: 'w:1' },
    ]);
    writeFileSync(join(dir, 'bad.yaml'), 'x: 1\n');
    assert.throws(() => discoverClusters({ config: 'bad.yaml' }, dir), /no 'clusters:' list/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
