/**
 * Real Python clients (Debian's /usr/bin/python3): confluent_kafka 1.7's SchemaRegistryClient,
 * its JSON Schema and Protobuf serializers (Protobuf: first-message types only, since 1.7 writes
 * other message indexes in the old unsigned format), and python3-avro with the 5-byte framing.
 * Bytes cross between Python and our schema-wire codec in both directions.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { decodeValue, encodeValue, parseSchema, unframe, type SchemaType } from '../schema-wire/index.js';
import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { requireTool } from '../testing/tools.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const run = promisify(execFile);

const SCRIPT = String.raw`
import sys, json, io, struct
from confluent_kafka.schema_registry import SchemaRegistryClient, Schema
from confluent_kafka.schema_registry.json_schema import JSONSerializer, JSONDeserializer
from confluent_kafka.schema_registry.protobuf import ProtobufSerializer, ProtobufDeserializer
from confluent_kafka.serialization import SerializationContext, MessageField
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, timestamp_pb2
import avro.schema, avro.io

url, step = sys.argv[1], sys.argv[2]
client = SchemaRegistryClient({'url': url})
out = {}

if step == 'client':
    s = Schema(json.dumps({"type": "object", "properties": {"a": {"type": "string"}}}), 'JSON')
    sid = client.register_schema('py-client', s)
    out['id'] = sid
    out['again'] = client.register_schema('py-client', s)
    got = client.get_schema(sid)
    out['schema_type'] = got.schema_type
    out['schema'] = json.loads(got.schema_str)
    reg = client.lookup_schema('py-client', s)
    out['lookup'] = [reg.schema_id, reg.subject, reg.version]
    latest = client.get_latest_version('py-client')
    out['latest'] = [latest.schema_id, latest.version]
    out['versions'] = client.get_versions('py-client')
    out['subjects'] = client.get_subjects()
    client.set_compatibility('py-client', 'FULL')
    out['compat'] = client.get_compatibility('py-client')
    try:
        client.get_version('py-client', 42)
    except Exception as e:
        out['missing'] = [e.http_status_code, e.error_code]
    out['deleted'] = client.delete_version('py-client', 1)
    out['subjects_after'] = client.get_subjects()

elif step == 'json':
    schema = json.dumps({"$schema": "http://json-schema.org/draft-07/schema#", "title": "Click", "type": "object",
                         "properties": {"user": {"type": "string"}, "n": {"type": "integer"}}, "required": ["user"]})
    ser = JSONSerializer(schema, client, lambda obj, ctx: obj)
    ctx = SerializationContext('py-clicks', MessageField.VALUE)
    data = ser({"user": "ada", "n": 3}, ctx)
    out['hex'] = data.hex()
    de = JSONDeserializer(schema, lambda obj, ctx: obj)
    out['back'] = de(data, ctx)
    out['ours'] = de(bytes.fromhex(sys.argv[3]), ctx) if len(sys.argv) > 3 else None

elif step == 'protobuf':
    ftype = descriptor_pb2.FieldDescriptorProto
    fdp = descriptor_pb2.FileDescriptorProto(name='pyshop/order.proto', package='pyshop', syntax='proto3',
                                             dependency=['google/protobuf/timestamp.proto'])
    m = fdp.message_type.add(name='Order')
    m.field.add(name='id', number=1, type=ftype.TYPE_STRING, label=ftype.LABEL_OPTIONAL)
    m.field.add(name='amount', number=2, type=ftype.TYPE_INT64, label=ftype.LABEL_OPTIONAL)
    m.field.add(name='at', number=3, type=ftype.TYPE_MESSAGE, type_name='.google.protobuf.Timestamp', label=ftype.LABEL_OPTIONAL)
    m.field.add(name='tags', number=4, type=ftype.TYPE_STRING, label=ftype.LABEL_REPEATED)
    line = m.nested_type.add(name='Line')
    line.field.add(name='sku', number=1, type=ftype.TYPE_STRING, label=ftype.LABEL_OPTIONAL)
    m.field.add(name='lines', number=5, type=ftype.TYPE_MESSAGE, type_name='.pyshop.Order.Line', label=ftype.LABEL_REPEATED)
    fdp.message_type.add(name='Second').field.add(name='x', number=1, type=ftype.TYPE_INT32, label=ftype.LABEL_OPTIONAL)
    pool = descriptor_pool.Default()
    pool.Add(fdp)
    Order = message_factory.MessageFactory(pool).GetPrototype(pool.FindMessageTypeByName('pyshop.Order'))
    ser = ProtobufSerializer(Order, client, {'auto.register.schemas': True})
    ctx = SerializationContext('py-orders', MessageField.VALUE)
    msg = Order(id='o-9', amount=1234567890123, tags=['x', 'y'])
    msg.at.seconds = 1700000000
    msg.lines.add(sku='s1')
    data = ser(msg, ctx)
    out['hex'] = data.hex()
    de = ProtobufDeserializer(Order)
    back = de(data, ctx)
    out['back'] = [back.id, back.amount, back.at.seconds, list(back.tags), [l.sku for l in back.lines]]
    if len(sys.argv) > 3:
        o = de(bytes.fromhex(sys.argv[3]), ctx)
        out['ours'] = [o.id, o.amount, o.at.seconds, list(o.tags), [l.sku for l in o.lines]]

elif step == 'avro':
    schema_str = json.dumps({"type": "record", "name": "Reading", "namespace": "py",
                             "fields": [{"name": "sensor", "type": "string"}, {"name": "value", "type": "double"},
                                        {"name": "note", "type": ["null", "string"], "default": None}]})
    sid = client.register_schema('py-readings-value', Schema(schema_str, 'AVRO'))
    parsed = avro.schema.parse(schema_str)
    buf = io.BytesIO()
    buf.write(struct.pack('>bI', 0, sid))
    avro.io.DatumWriter(parsed).write({"sensor": "t1", "value": 21.5, "note": None}, avro.io.BinaryEncoder(buf))
    out['id'] = sid
    out['hex'] = buf.getvalue().hex()
    if len(sys.argv) > 3:
        raw = bytes.fromhex(sys.argv[3])
        magic, rid = struct.unpack('>bI', raw[:5])
        out['ours'] = [magic, rid, avro.io.DatumReader(parsed).read(avro.io.BinaryDecoder(io.BytesIO(raw[5:])))]

print(json.dumps(out))
`;

describe('Python clients against the registry', () => {
  let r: TestRegistry;
  let dir: string;
  let script: string;
  const python = requireTool('python');
  const py = async (step: string, ...args: string[]) => {
    const { stdout } = await run(python, [script, r.url, step, ...args], { timeout: 30_000 });
    return JSON.parse(stdout) as Record<string, unknown>;
  };
  const ourDecode = async (hex: string) => {
    const bytes = Buffer.from(hex, 'hex');
    const { schemaId } = unframe(bytes);
    const s = (await http(r.url, 'GET', `/schemas/ids/${schemaId}`)).body as {
      schema: string;
      schemaType?: SchemaType;
      references?: { name: string; subject: string; version: number }[];
    };
    const refs = [];
    for (const ref of s.references ?? [])
      refs.push({
        name: ref.name,
        schema: (
          (await http(r.url, 'GET', `/subjects/${encodeURIComponent(ref.subject)}/versions/${ref.version}`))
            .body as { schema: string }
        ).schema,
      });
    const parsed = parseSchema(s.schemaType ?? 'AVRO', s.schema, refs);
    return { schemaId, parsed, decoded: decodeValue(bytes, () => parsed) };
  };

  before(async () => {
    r = await startTestRegistry();
    dir = await mkdtemp(join(tmpdir(), 'eddy-py-'));
    script = join(dir, 'client.py');
    await writeFile(script, SCRIPT);
  });
  after(async () => {
    await r.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('SchemaRegistryClient: register, get, lookup, versions, config, errors, delete', async () => {
    const out = await py('client');
    assert.equal(out.id, out.again);
    assert.equal(out.schema_type, 'JSON');
    assert.deepEqual(out.schema, { type: 'object', properties: { a: { type: 'string' } } });
    assert.deepEqual(out.lookup, [out.id, 'py-client', 1]);
    assert.deepEqual(out.latest, [out.id, 1]);
    assert.deepEqual(out.versions, [1]);
    assert.deepEqual(out.subjects, ['py-client']);
    assert.equal(out.compat, 'FULL');
    assert.deepEqual(out.missing, [404, 40402]);
    assert.equal(out.deleted, 1);
    assert.deepEqual(out.subjects_after, []);
  });

  it('JSON Schema serializer: Python writes, we read; we write, Python reads', async () => {
    const first = await py('json');
    assert.deepEqual(first.back, { user: 'ada', n: 3 });
    const { schemaId, parsed, decoded } = await ourDecode(first.hex as string);
    assert.deepEqual(decoded.value, { user: 'ada', n: 3 });
    const ours = encodeValue(schemaId, parsed, { user: 'bob', n: 4 }).toString('hex');
    assert.deepEqual((await py('json', ours)).ours, { user: 'bob', n: 4 });
  });

  it('Protobuf serializer (first message, with the google/protobuf/timestamp.proto reference)', async () => {
    const first = await py('protobuf');
    assert.deepEqual(first.back, ['o-9', 1234567890123, 1700000000, ['x', 'y'], ['s1']]);
    // It registered the import as its own subject (a base64 descriptor) and referenced it.
    assert.deepEqual(
      ((await http(r.url, 'GET', '/subjects')).body as string[]).filter((s) => s.includes('proto')).sort(),
      ['google/protobuf/timestamp.proto'],
    );
    const { schemaId, parsed, decoded } = await ourDecode(first.hex as string);
    // Stored as .proto text, as Confluent turns a descriptor into text: a JavaScript consumer
    // (@kafkajs/confluent-schema-registry parses text only) decodes what Python wrote.
    const stored = (await http(r.url, 'GET', `/schemas/ids/${schemaId}`)).body as { schema: string };
    assert.match(
      stored.schema,
      /^syntax = "proto3";\npackage pyshop;\nimport "google\/protobuf\/timestamp\.proto";\n/,
    );
    const ts = (await http(r.url, 'GET', '/subjects/google%2Fprotobuf%2Ftimestamp.proto/versions/1'))
      .body as {
      schema: string;
    };
    assert.match(ts.schema, /^syntax = "proto3";\npackage google\.protobuf;\n/);
    const js = new SchemaRegistry({ host: r.url });
    assert.deepEqual(JSON.parse(JSON.stringify(await js.decode(Buffer.from(first.hex as string, 'hex')))), {
      id: 'o-9',
      amount: '1234567890123',
      at: { seconds: '1700000000' },
      tags: ['x', 'y'],
      lines: [{ sku: 's1' }],
    });
    assert.equal(decoded.messageType, 'pyshop.Order');
    assert.deepEqual(decoded.value, {
      id: 'o-9',
      amount: '1234567890123',
      at: { seconds: '1700000000', nanos: 0 },
      tags: ['x', 'y'],
      lines: [{ sku: 's1' }],
    });
    const ours = encodeValue(schemaId, parsed, {
      id: 'o-10',
      amount: 5,
      at: { seconds: 1700000001 },
      tags: ['z'],
      lines: [{ sku: 's2' }],
    });
    assert.deepEqual((await py('protobuf', ours.toString('hex'))).ours, [
      'o-10',
      5,
      1700000001,
      ['z'],
      ['s2'],
    ]);
  });

  it('python3-avro with the 5-byte framing', async () => {
    const first = await py('avro');
    const { schemaId, parsed, decoded } = await ourDecode(first.hex as string);
    assert.equal(schemaId, first.id);
    assert.deepEqual({ ...(decoded.value as object) }, { sensor: 't1', value: 21.5, note: null });
    const ours = encodeValue(schemaId, parsed, { sensor: 't2', value: -1.25, note: 'ok' });
    assert.deepEqual((await py('avro', ours.toString('hex'))).ours, [
      0,
      schemaId,
      { sensor: 't2', value: -1.25, note: 'ok' },
    ]);
  });
});
