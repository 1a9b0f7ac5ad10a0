/**
 * Byte round trips of every API the broker serves, at every advertised version, for requests
 * and responses (STYLE.md #2): random values generated from the message spec are encoded,
 * decoded and compared field by field; re-encoding gives the same bytes. The seed is printed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultOf, type Struct } from '../../kafka/protocol/codec.js';
import { Reader } from '../../kafka/protocol/reader.js';
import {
  inRange,
  type FieldSpec,
  type MessageSpec,
  type PrimitiveType,
} from '../../kafka/protocol/schema.js';
import { Writer } from '../../kafka/protocol/writer.js';
import { APIS, advertisedVersions } from './registry.js';

const seed = Number(process.env.EDDY_TEST_SEED ?? Date.now() % 1_000_000);
console.log(`apis.test seed=${seed}`);
let state = seed >>> 0 || 1;
function rand(n: number): number {
  // xorshift32: deterministic per seed.
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) % n;
}

function primitive(type: PrimitiveType, nullable: boolean): unknown {
  if (nullable && rand(4) === 0 && (type === 'string' || type === 'bytes' || type === 'records')) return null;
  switch (type) {
    case 'int8':
      return rand(256) - 128;
    case 'int16':
      return rand(65536) - 32768;
    case 'uint16':
      return rand(65536);
    case 'int32':
      return rand(2 ** 31) * (rand(2) ? 1 : -1);
    case 'int64':
      return BigInt(rand(2 ** 31)) * BigInt(rand(2 ** 31)) * (rand(2) ? 1n : -1n);
    case 'float64':
      return rand(1_000_000) / 7;
    case 'bool':
      return rand(2) === 1;
    case 'string':
      return ['', 'a', 'topic-1', 'ü→✓', 'x'.repeat(rand(300))][rand(5)];
    case 'bytes':
    case 'records':
      return Buffer.from(Array.from({ length: rand(5000) }, () => rand(256)));
    case 'uuid':
      return Buffer.from(Array.from({ length: 16 }, () => rand(256)));
  }
}

function sample(fields: readonly FieldSpec[], version: number, depth = 0): Struct {
  const out: Struct = {};
  for (const f of fields) {
    if (!inRange(f.versions, version)) {
      out[f.name] = defaultOf(f);
      continue;
    }
    const nullable = inRange(f.nullable, version);
    if (f.type === 'struct') out[f.name] = sample(f.fields ?? [], version, depth + 1);
    else if (f.type === 'array') {
      if (nullable && rand(4) === 0) out[f.name] = null;
      else {
        const n = depth > 2 ? rand(2) : rand(4);
        out[f.name] = Array.from({ length: n }, () =>
          f.element === 'struct' ? sample(f.fields ?? [], version, depth + 1) : primitive(f.element!, false),
        );
      }
    } else out[f.name] = primitive(f.type, nullable);
  }
  return out;
}

function roundTrip(
  spec: MessageSpec,
  version: number,
  encode: (w: Writer, v: number, b: Struct) => void,
  decode: (r: Reader, v: number) => Struct,
): void {
  for (let i = 0; i < 20; i++) {
    const value = sample(spec.fields, version);
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
    [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 32, 33, 37, 42, 44, 47, 60],
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
