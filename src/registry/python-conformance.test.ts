/**
 * Confluent's own Python SchemaRegistryClient (Debian's confluent_kafka 1.7 via /usr/bin/python3)
 * through a schema's life: register (python's json.dumps spacing comes back as Avro's canonical
 * string, as Confluent stores it), get_version, get_latest_version, lookup_schema,
 * test_compatibility, set_compatibility, an incompatible register (409), delete_subject
 * permanent, get_subjects, and the errors the client raises afterwards.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { requireTool } from '../testing/tools.js';
import { startTestRegistry, type TestRegistry } from './test/harness.js';

const run = promisify(execFile);

const SCRIPT = String.raw`
import sys, json
from confluent_kafka.schema_registry import SchemaRegistryClient, Schema
from confluent_kafka.schema_registry.error import SchemaRegistryError

client = SchemaRegistryClient({'url': sys.argv[1]})
out = {}
subj = 'py-life-value'
v1 = {"type": "record", "name": "Reading", "namespace": "py", "fields": [
    {"name": "sensor", "type": "string"}]}
v2 = {"type": "record", "name": "Reading", "namespace": "py", "fields": [
    {"name": "sensor", "type": "string"}, {"name": "temp", "type": "double", "default": 0.5}]}
bad = {"type": "record", "name": "Reading", "namespace": "py", "fields": [
    {"name": "sensor", "type": "int"}]}

def err(fn):
    try:
        fn()
        return None
    except SchemaRegistryError as e:
        return [e.http_status_code, e.error_code, e.error_message]

out['id1'] = client.register_schema(subj, Schema(json.dumps(v1), 'AVRO'))
out['compat_v2'] = client.test_compatibility(subj, Schema(json.dumps(v2), 'AVRO'))
out['compat_bad'] = client.test_compatibility(subj, Schema(json.dumps(bad), 'AVRO'))
out['id2'] = client.register_schema(subj, Schema(json.dumps(v2), 'AVRO'))
got = client.get_version(subj, 1)
out['v1'] = [got.schema_id, got.subject, got.version, got.schema.schema_str, got.schema.schema_type]
latest = client.get_latest_version(subj)
out['latest'] = [latest.schema_id, latest.version, latest.schema.schema_str]
found = client.lookup_schema(subj, Schema(json.dumps(v1, indent=2), 'AVRO'))
out['lookup'] = [found.schema_id, found.version]
client.set_compatibility(subj, 'FORWARD_TRANSITIVE')
out['level'] = client.get_compatibility(subj)
out['register_bad'] = err(lambda: client.register_schema(subj, Schema(json.dumps(bad), 'AVRO')))
out['missing_version'] = err(lambda: client.get_version(subj, 9))
out['subjects'] = client.get_subjects()
out['deleted'] = client.delete_subject(subj, permanent=True)
out['subjects_after'] = client.get_subjects()
out['after_delete'] = err(lambda: client.get_latest_version(subj))
out['level_after'] = err(lambda: client.get_compatibility(subj))
print(json.dumps(out))
`;

describe("confluent_kafka's SchemaRegistryClient through a schema's life", () => {
  let r: TestRegistry;
  let dir: string;
  let script: string;
  const python = requireTool('python');

  before(async () => {
    r = await startTestRegistry();
    dir = await mkdtemp(join(tmpdir(), 'eddy-pyconf-'));
    script = join(dir, 'life.py');
    await writeFile(script, SCRIPT);
  });
  after(async () => {
    await r.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('register, get, lookup, test_compatibility, 409, permanent delete', async () => {
    const { stdout } = await run(python, [script, r.url], { timeout: 30_000 });
    const out = JSON.parse(stdout) as Record<string, unknown>;
    const v1 =
      '{"type":"record","name":"Reading","namespace":"py","fields":[{"name":"sensor","type":"string"}]}';
    assert.equal(out.compat_v2, true);
    assert.equal(out.compat_bad, false);
    assert.notEqual(out.id1, out.id2);
    assert.deepEqual(out.v1, [out.id1, 'py-life-value', 1, v1, 'AVRO']);
    assert.deepEqual(out.latest, [
      out.id2,
      2,
      '{"type":"record","name":"Reading","namespace":"py","fields":[{"name":"sensor","type":"string"},' +
        '{"name":"temp","type":"double","default":0.5}]}',
    ]);
    assert.deepEqual(out.lookup, [out.id1, 1]);
    assert.equal(out.level, 'FORWARD_TRANSITIVE');
    const bad = out.register_bad as [number, number, string];
    assert.deepEqual(bad.slice(0, 2), [409, 40901]);
    assert.match(
      bad[2],
      /^Schema being registered is incompatible with an earlier schema for subject "py-life-value"/,
    );
    assert.match(bad[2], /\{validateFields: 'false', compatibility: 'FORWARD_TRANSITIVE'\}\]$/);
    assert.deepEqual(out.missing_version, [404, 40402, 'Version 9 not found.']);
    assert.deepEqual(out.subjects, ['py-life-value']);
    assert.deepEqual(out.deleted, [1, 2]);
    assert.deepEqual(out.subjects_after, []);
    assert.deepEqual(out.after_delete, [404, 40401, "Subject 'py-life-value' not found."]);
    // A permanent delete also drops the subject's compatibility level.
    assert.deepEqual((out.level_after as unknown[]).slice(0, 2), [404, 40408]);
  });
});
