/**
 * The `format` query (ParsedSchema.formattedString). `serialized`: a Protobuf schema served as a base64
 * FileDescriptorProto, on /schemas/ids/{id}, /subjects/{s}/versions/{v} and their /schema
 * texts. Python's protobuf descriptor pool (Debian python3-protobuf) takes the file, with its
 * imports, and builds working message classes: map entries, oneofs, proto3 optional, nested
 * enums, reserved ranges, a service and a type from a referenced schema. `resolved`: an Avro
 * schema with its references' types written out.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parseSchema } from '../schema-wire/index.js';
import { requireTool } from '../testing/tools.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const run = promisify(execFile);

const SCRIPT = String.raw`
import sys, json, base64, urllib.request
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
url = sys.argv[1]
def call(m, p, body=None):
    req = urllib.request.Request(url + p, method=m, data=json.dumps(body).encode() if body else None, headers={'content-type': 'application/json'})
    return json.loads(urllib.request.urlopen(req).read())
dep = 'syntax = "proto3";\npackage shared;\nmessage Money { int64 units = 1; string currency = 2; }\n'
call('POST', '/subjects/money.proto/versions', {'schemaType': 'PROTOBUF', 'schema': dep})
proto = '''syntax = "proto3";
package shop.v1;
import "google/protobuf/timestamp.proto";
import "money.proto";
message Order {
  string id = 1;
  map<string, int64> stock_by_sku = 2;
  oneof payment { string card = 3; string iban = 4; }
  optional string note = 5;
  repeated Line lines = 6;
  google.protobuf.Timestamp at = 7;
  Status status = 8;
  shared.Money total = 9;
  map<string, Line> by_id = 10;
  reserved 20 to 25, 30;
  reserved "old";
  message Line { string sku = 1; Kind kind = 2; enum Kind { UNIT = 0; BOX = 1; } }
}
enum Status { NEW = 0; PAID = 1; }
service Shop { rpc Place (Order) returns (Order); }
'''
r = call('POST', '/subjects/orders/versions', {'schemaType': 'PROTOBUF', 'schema': proto, 'references': [{'name': 'money.proto', 'subject': 'money.proto', 'version': 1}]})
out = {}
for path in ['/schemas/ids/%d?format=serialized' % r['id'], '/subjects/orders/versions/1?format=serialized']:
    b = call('GET', path)
    fdp = descriptor_pb2.FileDescriptorProto.FromString(base64.b64decode(b['schema']))
    out[path.split('?')[0]] = [fdp.name, fdp.package, list(fdp.dependency), fdp.syntax]
pool = descriptor_pool.DescriptorPool()
from google.protobuf import timestamp_pb2
tfd = descriptor_pb2.FileDescriptorProto(); timestamp_pb2.DESCRIPTOR.CopyToProto(tfd); pool.Add(tfd)
m = descriptor_pb2.FileDescriptorProto.FromString(base64.b64decode(call('GET', '/schemas/ids/1?format=serialized')['schema']))
m.name = 'money.proto'; pool.Add(m)
pool.Add(fdp)
Order = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('shop.v1.Order'))
o = Order(id='o1', card='c', note='n', status=1)
o.stock_by_sku['a'] = 3
o.lines.add(sku='s', kind=1)
o.by_id['x'].sku = 'y'
o.total.units = 5
o2 = Order.FromString(o.SerializeToString())
out['roundtrip'] = [o2.id, o2.WhichOneof('payment'), o2.HasField('note'), dict(o2.stock_by_sku), o2.lines[0].kind, o2.by_id['x'].sku, o2.total.units]
out['oneofs'] = [x.name for x in pool.FindMessageTypeByName('shop.v1.Order').oneofs]
out['reserved'] = [[x.start, x.end] for x in fdp.message_type[0].reserved_range] + list(fdp.message_type[0].reserved_name)
out['service'] = [(mm.name, mm.input_type, mm.output_type) for mm in fdp.service[0].method]
print(json.dumps(out))
`;

describe('Protobuf format=serialized', () => {
  let r: TestRegistry;
  let dir: string;
  const python = requireTool('python');
  before(async () => {
    r = await startTestRegistry();
    dir = await mkdtemp(join(tmpdir(), 'eddy-pbser-'));
  });
  after(async () => {
    await r.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a descriptor pool builds the schema from the served descriptor', async () => {
    const script = join(dir, 'serialized.py');
    await writeFile(script, SCRIPT);
    const { stdout } = await run(python, [script, r.url], { timeout: 30_000 });
    const out = JSON.parse(stdout) as Record<string, unknown>;
    const file = ['default', 'shop.v1', ['google/protobuf/timestamp.proto', 'money.proto'], 'proto3'];
    assert.deepEqual(out['/schemas/ids/2'], file);
    assert.deepEqual(out['/subjects/orders/versions/1'], file);
    assert.deepEqual(out.roundtrip, ['o1', 'card', true, { a: 3 }, 1, 'y', 5]);
    assert.deepEqual(out.oneofs, ['payment', '_note']);
    assert.deepEqual(out.reserved, [[20, 26], [30, 31], 'old']);
    assert.deepEqual(out.service, [['Place', '.shop.v1.Order', '.shop.v1.Order']]);
  });

  const schemaOf = async (path: string) =>
    ((await http(r.url, 'GET', path)).body as { schema: string }).schema;

  it('the /schema texts follow format; other formats and schema types keep the stored text', async () => {
    const text = (await http(r.url, 'GET', '/schemas/ids/2/schema')).text;
    assert.match(text, /^syntax = "proto3";/);
    const serialized = (await http(r.url, 'GET', '/schemas/ids/2/schema?format=serialized')).text;
    assert.equal(
      serialized,
      (await http(r.url, 'GET', '/subjects/orders/versions/1/schema?format=serialized')).text,
    );
    assert.match(serialized, /^[A-Za-z0-9+/]+=*$/);
    const body = (await http(r.url, 'GET', '/schemas/ids/2?format=serialized')).body as { schema: string };
    assert.equal(body.schema, serialized);
    assert.equal(await schemaOf('/schemas/ids/2?format=nonsense'), text);
    await http(r.url, 'POST', '/subjects/avro/versions', { schema: '"string"' });
    assert.equal(await schemaOf('/schemas/ids/3?format=serialized'), '"string"');
    // The cached default body is unchanged by a formatted read.
    assert.equal(await schemaOf('/schemas/ids/2'), text);
  });
});

describe('Avro format=resolved', () => {
  let r: TestRegistry;
  before(async () => {
    r = await startTestRegistry();
  });
  after(async () => r.close());

  it("inlines the referenced types at first use, as Avro's Schema.toString() of the parsed schema", async () => {
    const address = {
      type: 'record',
      name: 'Address',
      namespace: 'com.acme',
      fields: [
        { name: 'street', type: 'string' },
        { name: 'kind', type: { type: 'enum', name: 'Kind', symbols: ['HOME', 'WORK'] } },
      ],
    };
    await http(r.url, 'POST', '/subjects/addr/versions', { schema: JSON.stringify(address) });
    const references = [{ name: 'com.acme.Address', subject: 'addr', version: 1 }];
    const person = {
      type: 'record',
      name: 'Person',
      namespace: 'com.acme',
      fields: [
        { name: 'home', type: 'Address' },
        { name: 'work', type: ['null', 'com.acme.Address'] },
        { name: 'k', type: 'com.acme.Kind' },
      ],
    };
    const other = {
      type: 'record',
      name: 'X',
      namespace: 'org.x',
      fields: [{ name: 'a', type: { type: 'array', items: 'com.acme.Address' } }],
    };
    const p = (
      await http(r.url, 'POST', '/subjects/person/versions', { schema: JSON.stringify(person), references })
    ).body as { id: number };
    await http(r.url, 'POST', '/subjects/other/versions', { schema: JSON.stringify(other), references });
    const addressText =
      '"name":"Address","fields":[{"name":"street","type":"string"},' +
      '{"name":"kind","type":{"type":"enum","name":"Kind","symbols":["HOME","WORK"]}}]';
    const resolved = (await http(r.url, 'GET', `/schemas/ids/${p.id}?format=resolved`)).body as {
      schema: string;
      references: unknown[];
    };
    assert.equal(
      resolved.schema,
      '{"type":"record","name":"Person","namespace":"com.acme","fields":[{"name":"home","type":{"type":"record",' +
        addressText +
        '}},{"name":"work","type":["null","Address"]},{"name":"k","type":"Kind"}]}',
    );
    assert.deepEqual(resolved.references, references);
    // Another namespace: the inlined record names its own.
    assert.equal(
      (await http(r.url, 'GET', '/subjects/other/versions/1/schema?format=resolved')).text,
      '{"type":"record","name":"X","namespace":"org.x","fields":[{"name":"a","type":{"type":"array","items":' +
        '{"type":"record",' +
        addressText.replace('"name":"Address",', '"name":"Address","namespace":"com.acme",') +
        '}}}]}',
    );
    // It stands alone: it parses without the references.
    assert.doesNotThrow(() => parseSchema('AVRO', resolved.schema));
    // Without format, the stored text (types by name).
    assert.match((await http(r.url, 'GET', `/schemas/ids/${p.id}/schema`)).text, /"type":"Address"/);
  });
});
