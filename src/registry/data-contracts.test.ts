/**
 * Data contracts (Confluent 7.4+): a schema's `metadata` and `ruleSet` are stored, served by
 * every read, part of the schema's identity, inherited from the previous version, merged with
 * the config's default/override metadata and rules, validated (42210) and kept in `_schemas`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeRecord, encodeKey, encodeValue } from './records.js';
import { MemoryLog, MemoryStore } from './store.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const body = (b: unknown) => b as Record<string, unknown>;
const rule = { name: 'checkSsn', kind: 'CONDITION', mode: 'WRITE', type: 'CEL', expr: 'message.ssn != ""' };
const storedRule = { ...rule, disabled: false };

describe('registry data contracts (metadata and ruleSet)', () => {
  const log = new MemoryLog();
  let r: TestRegistry;
  before(async () => {
    r = await startTestRegistry(new MemoryStore(log));
  });
  after(async () => r.close());

  it('stores metadata and rules in canonical form and serves them from every read', async () => {
    const reg = await http(r.url, 'POST', '/subjects/dc/versions', {
      schema: '"long"',
      metadata: { properties: { owner: 'x', a: 'b' }, sensitive: ['z', 'a', 'z'], tags: { f: ['PII'] } },
      ruleSet: { domainRules: [rule] },
    });
    assert.equal(reg.status, 200, reg.text);
    const id = body(reg.body).id as number;
    const metadata = { tags: { f: ['PII'] }, properties: { a: 'b', owner: 'x' }, sensitive: ['a', 'z'] };
    const ruleSet = { domainRules: [storedRule] };
    const latest = await http(r.url, 'GET', '/subjects/dc/versions/latest');
    assert.equal(
      latest.text,
      JSON.stringify({ subject: 'dc', version: 1, id, metadata, ruleSet, schema: '"long"' }),
    );
    assert.deepEqual(body((await http(r.url, 'GET', `/schemas/ids/${id}`)).body), {
      metadata,
      ruleSet,
      schema: '"long"',
    });
    const listed = (await http(r.url, 'GET', '/schemas?subjectPrefix=dc')).body as Record<string, unknown>[];
    assert.deepEqual(listed[0]!.metadata, metadata);
    // The record in the log carries them as Confluent's SchemaValue does.
    const rec = log.records.find((x) => x.key.keytype === 'SCHEMA' && x.key.subject === 'dc')!;
    const decoded = decodeRecord(encodeKey(rec.key), encodeValue(rec));
    assert.deepEqual((decoded?.value as { metadata?: unknown }).metadata, metadata);
  });

  it('same text with other metadata is a new version with a new id; without any, the previous one is kept', async () => {
    const first = body(
      (
        await http(r.url, 'POST', '/subjects/dc2/versions', {
          schema: '"int"',
          metadata: { properties: { owner: 'a' } },
        })
      ).body,
    ).id;
    // No metadata in the request: the latest version's is inherited, so this is that version.
    const again = await http(r.url, 'POST', '/subjects/dc2/versions', { schema: '"int"' });
    assert.equal(body(again.body).id, first);
    const other = await http(r.url, 'POST', '/subjects/dc2/versions', {
      schema: '"int"',
      metadata: { properties: { owner: 'b' } },
    });
    assert.notEqual(body(other.body).id, first);
    assert.deepEqual((await http(r.url, 'GET', '/subjects/dc2/versions')).body, [1, 2]);
    // Rules only: the metadata of version 2 is inherited, the rules are new.
    await http(r.url, 'POST', '/subjects/dc2/versions', {
      schema: '"int"',
      ruleSet: { domainRules: [rule] },
    });
    const v3 = body((await http(r.url, 'GET', '/subjects/dc2/versions/3')).body);
    assert.deepEqual(v3.metadata, { properties: { owner: 'b' } });
    assert.deepEqual(v3.ruleSet, { domainRules: [storedRule] });
    // Lookup: exact metadata finds its version; none finds the latest's (populated as register does).
    const exact = await http(r.url, 'POST', '/subjects/dc2', {
      schema: '"int"',
      metadata: { properties: { owner: 'a' } },
    });
    assert.equal(body(exact.body).version, 1, exact.text);
    const populated = await http(r.url, 'POST', '/subjects/dc2', { schema: '"int"' });
    assert.equal(body(populated.body).version, 3, populated.text);
    const missing = await http(r.url, 'POST', '/subjects/dc2', {
      schema: '"int"',
      metadata: { properties: { owner: 'c' } },
    });
    assert.equal(body(missing.body).error_code, 40403);
  });

  it('config defaultMetadata and overrideRuleSet are stored, served and merged into new versions', async () => {
    const put = await http(r.url, 'PUT', '/config/dc3', {
      defaultMetadata: { properties: { team: 't', owner: 'default' } },
      overrideRuleSet: { domainRules: [{ name: 'o', type: 'CEL', mode: 'WRITE' }] },
    });
    assert.equal(put.status, 200, put.text);
    const overrideRuleSet = {
      domainRules: [{ name: 'o', kind: 'TRANSFORM', mode: 'WRITE', type: 'CEL', disabled: false }],
    };
    assert.deepEqual(body((await http(r.url, 'GET', '/config/dc3')).body), {
      defaultMetadata: { properties: { owner: 'default', team: 't' } },
      overrideRuleSet,
    });
    await http(r.url, 'POST', '/subjects/dc3/versions', {
      schema: '"string"',
      metadata: { properties: { owner: 'me' } },
    });
    const v1 = body((await http(r.url, 'GET', '/subjects/dc3/versions/1')).body);
    assert.deepEqual(v1.metadata, { properties: { owner: 'me', team: 't' } });
    assert.deepEqual(v1.ruleSet, overrideRuleSet);
    // A version given in the request is recorded as confluent:version; another number is refused.
    const wrong = await http(r.url, 'POST', '/subjects/dc3/versions', { schema: '"bytes"', version: 7 });
    assert.equal(body(wrong.body).error_code, 42201);
    await http(r.url, 'POST', '/subjects/dc3/versions', {
      schema: '"string"',
      metadata: { properties: { x: '1' } },
      version: 2,
    });
    const v2 = body((await http(r.url, 'GET', '/subjects/dc3/versions/2')).body);
    assert.deepEqual(v2.metadata, {
      properties: { 'confluent:version': '2', owner: 'default', team: 't', x: '1' },
    });
  });

  it('GET /subjects/{s}/metadata: the latest version whose properties include every key=value', async () => {
    const get = async (q: string) => http(r.url, 'GET', `/subjects/dc2/metadata${q}`);
    // dc2: v1 owner=a, v2 owner=b, v3 owner=b (+ rules).
    assert.equal(body((await get('?key=owner&value=a')).body).version, 1);
    assert.equal(body((await get('?key=owner&value=b')).body).version, 3);
    assert.equal(body((await get('')).body).version, 3);
    const v1 = await get('?key=owner&value=a');
    assert.deepEqual(body(v1.body).metadata, { properties: { owner: 'a' } });
    assert.equal(body((await get('?key=owner&value=z')).body).error_code, 40403);
    assert.equal(body((await get('?key=owner&value=a&key=team&value=x')).body).error_code, 40403);
    const none = await http(r.url, 'GET', '/subjects/nope/metadata?key=owner&value=a');
    assert.equal(body(none.body).error_code, 40401);
  });

  it('invalid rule sets are 42210 with Confluent messages', async () => {
    const cases: [unknown, string][] = [
      [{ domainRules: [{ ...rule }, { ...rule }] }, "Found rule with duplicate name 'checkSsn'"],
      [
        { migrationRules: [{ name: 'm', type: 'JSONATA' }] },
        'Migration rules can only be UPGRADE, DOWNGRADE, UPDOWN',
      ],
      [
        { domainRules: [{ name: 'r', type: 'CEL', mode: 'UPGRADE' }] },
        'Domain rules can only be WRITE, READ, WRITEREAD',
      ],
      [{ domainRules: [{ name: '9r', type: 'CEL' }] }, 'Illegal initial character in rule name: 9r'],
      [{ domainRules: [{ name: 'r!', type: 'CEL' }] }, 'Illegal character in rule name: r!'],
      [{ domainRules: [{ name: 'r' }] }, 'Missing rule type'],
      [
        { domainRules: [{ name: 'r', type: 'CEL', mode: 'WRITE', onFailure: 'ERROR,NONE' }] },
        'Multiple actions only valid with WRITEREAD and UPDOWN',
      ],
    ];
    for (const [ruleSet, message] of cases) {
      const res = await http(r.url, 'POST', '/subjects/bad-rules/versions', { schema: '"int"', ruleSet });
      assert.equal(res.status, 422);
      assert.deepEqual(res.body, { error_code: 42210, message });
    }
    assert.equal((await http(r.url, 'GET', '/subjects/bad-rules/versions')).status, 404);
  });

  it('a registry reading the log again serves the same contracts', async () => {
    const again = await startTestRegistry(new MemoryStore(log));
    try {
      for (const path of ['/subjects/dc/versions/1', '/subjects/dc2/versions/3', '/config/dc3']) {
        assert.equal((await http(again.url, 'GET', path)).text, (await http(r.url, 'GET', path)).text, path);
      }
      const reg = await http(again.url, 'POST', '/subjects/dc2/versions', { schema: '"int"' });
      assert.deepEqual((await http(again.url, 'GET', '/subjects/dc2/versions')).body, [1, 2, 3], reg.text);
    } finally {
      await again.close();
    }
  });
});
