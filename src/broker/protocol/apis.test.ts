/**
 * Byte round trips of every API the broker serves, at every advertised version, for requests
 * and responses (STYLE.md #2): random values generated from the message spec are encoded,
 * decoded and compared field by field; re-encoding gives the same bytes. The seed is printed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Struct } from '../../kafka/protocol/codec.js';
import { Reader } from '../../kafka/protocol/reader.js';
import type { MessageSpec } from '../../kafka/protocol/schema.js';
import { Writer } from '../../kafka/protocol/writer.js';
import { makeRandom, sample } from '../test-support/sample.js';
import { APIS, advertisedVersions } from './registry.js';

const seed = Number(process.env.EDDY_TEST_SEED ?? Date.now() % 1_000_000);
console.log(`apis.test seed=${seed}`);
const rand = makeRandom(seed);

function roundTrip(
  spec: MessageSpec,
  version: number,
  encode: (w: Writer, v: number, b: Struct) => void,
  decode: (r: Reader, v: number) => Struct,
): void {
  for (let i = 0; i < 20; i++) {
    const value = sample(rand, spec.fields, version);
    const w = new Writer();
    encode(w, version, value);
    const bytes = w.toBuffer();
    const r = new Reader(bytes);
    const decoded = decode(r, version);
    assert.equal(r.remaining, 0, `${spec.name} v${version}: ${r.remaining} bytes left after decoding`);
    assert.deepStrictEqual(decoded, value, `${spec.name} v${version} (seed ${seed})`);
    const w2 = new Writer();
    encode(w2, version, decoded);
    assert.ok(w2.toBuffer().equals(bytes), `${spec.name} v${version}: re-encoding differs`);
  }
}

for (const api of APIS) {
  test(`${api.name} (key ${api.apiKey}) round-trips versions ${api.minVersion}-${api.maxVersion}`, () => {
    for (let v = api.minVersion; v <= api.maxVersion; v++) {
      roundTrip(api.request, v, api.encodeRequest, api.decodeRequest);
      roundTrip(api.response, v, api.encodeResponse, api.decodeResponse);
    }
  });
}

test('ApiVersions advertises exactly the registry, sorted by key, no duplicates', () => {
  const list = advertisedVersions();
  assert.equal(new Set(list.map((a) => a.apiKey)).size, list.length);
  assert.deepStrictEqual(
    list.map((a) => a.apiKey),
    [
      0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31,
      32, 33, 35, 36, 37, 42, 43, 44, 45, 46, 47, 48, 49, 50, 60, 61, 65, 66,
    ],
  );
  for (const a of list) assert.ok(a.minVersion <= a.maxVersion);
});

test('known bytes: ApiVersions v3 request and v0 response', () => {
  const api = APIS.find((a) => a.apiKey === 18)!;
  const w = new Writer();
  api.encodeRequest(w, 3, { clientSoftwareName: 'eddy', clientSoftwareVersion: '1.0' });
  // compact strings: length+1 varint, then bytes; empty tagged-field section.
  assert.deepStrictEqual([...w.toBuffer()], [5, 101, 100, 100, 121, 4, 49, 46, 48, 0]);
  const w0 = new Writer();
  api.encodeResponse(w0, 0, { errorCode: 35, apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 4 }] });
  assert.deepStrictEqual([...w0.toBuffer()], [0, 35, 0, 0, 0, 1, 0, 18, 0, 0, 0, 4]);
});
