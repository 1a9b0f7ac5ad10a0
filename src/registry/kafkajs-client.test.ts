/**
 * A real client: @kafkajs/confluent-schema-registry registers, encodes and decodes Avro, JSON
 * Schema and Protobuf (with references) against our registry; our schema-wire codec decodes
 * what it wrote and the other way round.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import {
  decodeValue,
  encodeValue,
  frame,
  parseSchema,
  unframe,
  type ParsedSchema,
  type SchemaType,
} from '../schema-wire/index.js';
import { http, startTestRegistry, type TestRegistry } from './test/harness.js';

const require = createRequire(import.meta.url);
const { SchemaRegistry, SchemaType: ST } = require('@kafkajs/confluent-schema-registry') as {
  SchemaRegistry: new (o: { host: string }) => {
    register(schema: object, opts?: { subject: string }): Promise<{ id: number }>;
    encode(id: number, payload: unknown): Promise<Buffer>;
    decode(buf: Buffer): Promise<unknown>;
    getLatestSchemaId(subject: string): Promise<number>;
  };
  SchemaType: Record<'AVRO' | 'JSON' | 'PROTOBUF', string>;
};

/** Our own decoder, fetching schemas (and references) from the registry over REST. */
async function ourDecode(url: string, bytes: Buffer): Promise<unknown> {
  const { schemaId } = unframe(bytes);
  const s = (await http(url, 'GET', `/schemas/ids/${schemaId}`)).body as {
    schema: string;
    schemaType?: SchemaType;
    references?: { name: string; subject: string; version: number }[];
  };
  const refs = [];
  for (const r of s.references ?? []) {
    const v = (await http(url, 'GET', `/subjects/${r.subject}/versions/${r.version}`)).body as {
      schema: string;
    };
    refs.push({ name: r.name, schema: v.schema });
  }
  const parsed = parseSchema(s.schemaType ?? 'AVRO', s.schema, refs);
  return decodeValue(bytes, () => parsed).value;
}

describe('@kafkajs/confluent-schema-registry against the registry', () => {
  let r: TestRegistry;
  let client: InstanceType<typeof SchemaRegistry>;
  before(async () => {
    r = await startTestRegistry();
    client = new SchemaRegistry({ host: r.url });
  });
  after(async () => r.close());

  it('Avro: register, encode, decode; same schema → same id; our codec agrees', async () => {
    const schema = JSON.stringify({
      type: 'record',
      name: 'Order',
      namespace: 'shop',
      fields: [
        { name: 'id', type: 'long' },
        { name: 'item', type: 'string' },
        { name: 'qty', type: ['null', 'int'], default: null },
      ],
    });
    const { id } = await client.register({ type: ST.AVRO, schema }, { subject: 'orders-value' });
    const again = await client.register({ type: ST.AVRO, schema }, { subject: 'orders-value' });
    assert.equal(again.id, id);
    assert.equal(await client.getLatestSchemaId('orders-value'), id);
    const value = { id: 7, item: 'pen', qty: 3 };
    const bytes = await client.encode(id, value);
    assert.deepEqual({ ...((await client.decode(bytes)) as object) }, value);
    assert.deepEqual({ ...((await ourDecode(r.url, bytes)) as object) }, value);
    // And the client reads what our encoder writes.
    const ours = encodeValue(id, parseSchema('AVRO', schema), { id: 8, item: 'ink', qty: null });
    assert.deepEqual({ ...((await client.decode(ours)) as object) }, { id: 8, item: 'ink', qty: null });
  });

  it('Avro with a reference to a named type in another subject', async () => {
    const address = JSON.stringify({
      type: 'record',
      name: 'Address',
      namespace: 'shop',
      fields: [{ name: 'city', type: 'string' }],
    });
    await client.register({ type: ST.AVRO, schema: address }, { subject: 'address' });
    const customer = JSON.stringify({
      type: 'record',
      name: 'Customer',
      namespace: 'shop',
      fields: [
        { name: 'name', type: 'string' },
        { name: 'home', type: 'shop.Address' },
      ],
    });
    const { id } = await client.register(
      {
        type: ST.AVRO,
        schema: customer,
        references: [{ name: 'shop.Address', subject: 'address', version: 1 }],
      },
      { subject: 'customers-value' },
    );
    const value = { name: 'Ada', home: { city: 'London' } };
    const bytes = await client.encode(id, value);
    assert.deepEqual(JSON.parse(JSON.stringify(await client.decode(bytes))), value);
    assert.deepEqual(JSON.parse(JSON.stringify(await ourDecode(r.url, bytes))), value);
  });

  it('JSON Schema with a reference', async () => {
    const money = JSON.stringify({
      $id: 'money.json',
      type: 'object',
      properties: { amount: { type: 'number' }, currency: { type: 'string' } },
      required: ['amount'],
    });
    await client.register({ type: ST.JSON, schema: money }, { subject: 'money' });
    const payment = JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { id: { type: 'string' }, total: { $ref: 'money.json' } },
      required: ['id', 'total'],
    });
    const { id } = await client.register(
      { type: ST.JSON, schema: payment, references: [{ name: 'money.json', subject: 'money', version: 1 }] },
      { subject: 'payments-value' },
    );
    const value = { id: 'p1', total: { amount: 9.5, currency: 'EUR' } };
    const bytes = await client.encode(id, value);
    assert.deepEqual(await client.decode(bytes), value);
    assert.deepEqual(await ourDecode(r.url, bytes), value);
    await assert.rejects(client.encode(id, { id: 'p2', total: { currency: 'EUR' } }));
  });

  it('Protobuf with an import reference (first message type)', async () => {
    const common =
      'syntax = "proto3";\npackage shop.common;\nmessage Money {\n  int64 units = 1;\n  string currency = 2;\n}\n';
    await client.register({ type: ST.PROTOBUF, schema: common }, { subject: 'shop/common.proto' });
    const order = [
      'syntax = "proto3";',
      'package shop;',
      'import "shop/common.proto";',
      'message Order {',
      '  string id = 1;',
      '  shop.common.Money total = 2;',
      '  repeated string tags = 3;',
      '}',
      'message Other { int32 x = 1; }',
    ].join('\n');
    const { id } = await client.register(
      {
        type: ST.PROTOBUF,
        schema: order,
        references: [{ name: 'shop/common.proto', subject: 'shop/common.proto', version: 1 }],
      },
      { subject: 'proto-orders-value' },
    );
    const value = { id: 'o-1', total: { units: 12, currency: 'USD' }, tags: ['a', 'b'] };
    const bytes = await client.encode(id, value);
    const decoded = JSON.parse(JSON.stringify(await client.decode(bytes))) as Record<string, unknown>;
    assert.deepEqual(decoded, { id: 'o-1', total: { units: '12', currency: 'USD' }, tags: ['a', 'b'] });
    // This client (3.x) writes the message bytes without message indexes; a standard frame has
    // the [0] shortcut byte first. Our encoder writes that frame, and the client reads it.
    const schemaText = ((await http(r.url, 'GET', `/schemas/ids/${id}`)).body as { schema: string }).schema;
    const parsed: ParsedSchema = parseSchema('PROTOBUF', schemaText, [
      { name: 'shop/common.proto', schema: common },
    ]);
    const ours = encodeValue(id, parsed, value);
    assert.equal(ours[5], 0, 'the [0] shortcut for the first message');
    assert.deepEqual(ours.subarray(6), unframe(bytes).payload);
    assert.deepEqual(JSON.parse(JSON.stringify(await client.decode(ours))), decoded);
    const back = decodeValue(
      frame(id, Buffer.concat([Buffer.from([0]), unframe(bytes).payload])),
      () => parsed,
    );
    assert.equal(back.messageType, 'shop.Order');
    assert.deepEqual(back.value, { id: 'o-1', total: { units: '12', currency: 'USD' }, tags: ['a', 'b'] });
  });
});
