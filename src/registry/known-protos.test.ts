/**
 * Protobuf imports Confluent's ProtobufSchema resolves without references (KNOWN_DEPENDENCIES:
 * google/type/*, confluent/meta.proto, confluent/type/decimal.proto …): confluent_kafka's
 * SchemaRegistryClient registers, reads back, looks up and checks compatibility of such
 * schemas with no `references`; the schema encodes and decodes a value through our codec; an
 * import nobody knows is still 42201.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeValue, encodeValue } from '../schema-wire/codec.js';
import { parseSchema } from '../schema-wire/parse.js';
import { runPython } from '../testing/tools.js';
import { KNOWN_PROTO_FILES, withKnownProtos } from './known-protos.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const ORDER = [
  'syntax = "proto3";',
  'package shop;',
  'import "google/type/date.proto";',
  'import "google/type/money.proto";',
  'import "confluent/type/decimal.proto";',
  'import "confluent/meta.proto";',
  'import "google/protobuf/timestamp.proto";',
  'message Order {',
  '  string id = 1 [(confluent.field_meta).doc = "order id"];',
  '  google.type.Date day = 2;',
  '  google.type.Money total = 3;',
  '  confluent.type.Decimal amount = 4;',
  '  google.protobuf.Timestamp at = 5;',
  '}',
  '',
].join('\n');

const SCRIPT = (url: string) => String.raw`
import json
from confluent_kafka.schema_registry import SchemaRegistryClient, Schema
from confluent_kafka.schema_registry.error import SchemaRegistryError
c = SchemaRegistryClient({'url': ${JSON.stringify(url)}})
order = ${JSON.stringify(ORDER)}
out = {}
out['id'] = c.register_schema('orders-value', Schema(order, 'PROTOBUF'))
got = c.get_schema(out['id'])
out['text_same'] = got.schema_str == order
out['refs'] = len(got.references)
found = c.lookup_schema('orders-value', Schema(order, 'PROTOBUF'))
out['lookup'] = [found.schema_id, found.version]
more = order.replace('}\n', '  google.type.LatLng where = 6;\n}\n').replace('package shop;', 'package shop;\nimport "google/type/latlng.proto";')
out['compat_added'] = c.test_compatibility('orders-value', Schema(more, 'PROTOBUF'))
try:
    c.register_schema('bad-value', Schema('syntax = "proto3";\nimport "shop/nowhere.proto";\nmessage M { int32 a = 1; }\n', 'PROTOBUF'))
    out['unknown'] = None
except SchemaRegistryError as e:
    out['unknown'] = [e.http_status_code, e.error_code]
print(json.dumps(out))
`;

describe('Protobuf known dependencies (imports without references)', () => {
  let r: TestRegistry;
  before(async () => {
    r = await startTestRegistry();
  });
  after(async () => {
    await r?.close();
  });

  it('every known file parses on its own', () => {
    for (const [name, text] of KNOWN_PROTO_FILES) {
      assert.doesNotThrow(() => parseSchema('PROTOBUF', text, withKnownProtos([])), name);
    }
  });

  it('confluent_kafka registers, reads, looks up and checks such a schema', async () => {
    const out = JSON.parse((await runPython(SCRIPT(r.url))).trim()) as Record<string, unknown>;
    assert.equal(typeof out.id, 'number');
    assert.equal(out.text_same, true);
    assert.equal(out.refs, 0);
    assert.deepEqual(out.lookup, [out.id, 1]);
    assert.equal(out.compat_added, true);
    assert.deepEqual(out.unknown, [422, 42201]);
  });

  it('every google/type and confluent import registers without references', async () => {
    let n = 0;
    for (const name of KNOWN_PROTO_FILES.keys()) {
      const schema = `syntax = "proto3";\npackage k${n};\nimport "${name}";\nmessage M${n++} { int32 a = 1; }\n`;
      const res = await http(r.url, 'POST', `/subjects/known-${n}/versions`, {
        schemaType: 'PROTOBUF',
        schema,
      });
      assert.equal(res.status, 200, `${name}: ${res.text}`);
    }
  });

  it('a value with the imported message types encodes and decodes', async () => {
    const res = await http(r.url, 'POST', '/subjects/codec-value/versions', {
      schemaType: 'PROTOBUF',
      schema: ORDER,
    });
    assert.equal(res.status, 200, res.text);
    const id = (res.body as { id: number }).id;
    const fetched = await http(r.url, 'GET', `/schemas/ids/${id}`);
    const parsed = parseSchema('PROTOBUF', (fetched.body as { schema: string }).schema, withKnownProtos([]));
    const value = {
      id: 'o-1',
      day: { year: 2026, month: 11, day: 27 },
      total: { currency_code: 'EUR', units: '12', nanos: 500_000_000 },
      amount: { value: Buffer.from([0x04, 0xd2]), precision: 6, scale: 2 },
    };
    const back = decodeValue(encodeValue(id, parsed, value), () => parsed);
    assert.equal(back.messageType, 'shop.Order');
    const v = back.value as Record<string, Record<string, unknown>>;
    assert.deepEqual(v.day, { year: 2026, month: 11, day: 27 });
    assert.equal(v.total!.currency_code, 'EUR');
    assert.equal(String(v.total!.units), '12');
    assert.equal(v.amount!.precision, 6);
    assert.equal(v.amount!.scale, 2);
  });
});
