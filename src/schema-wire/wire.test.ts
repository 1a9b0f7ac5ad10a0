/**
 * Confluent framing, Protobuf message indexes (current zig-zag format, [0] shortcut), parsing
 * per format and draft, canonical forms, and codec round trips.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeValue, encodeValue } from './codec.js';
import { decodeMessageIndexes, encodeMessageIndexes, frame, unframe } from './framing.js';
import { draftOf, parseJsonSchema } from './json-schema.js';
import { parseSchema } from './parse.js';
import { parseProtobuf } from './protobuf.js';
import { InvalidSchemaError } from './types.js';

describe('framing', () => {
  it('writes magic 0 and the big-endian id', () => {
    const f = frame(0x01020304, Buffer.from([9, 8]));
    assert.deepEqual([...f], [0, 1, 2, 3, 4, 9, 8]);
    const { schemaId, payload } = unframe(f);
    assert.equal(schemaId, 0x01020304);
    assert.deepEqual([...payload], [9, 8]);
  });
  it('rejects short frames, other magic bytes and bad ids', () => {
    assert.throws(() => unframe(Buffer.from([0, 1])), /too short/);
    assert.throws(() => unframe(Buffer.from([1, 0, 0, 0, 1])), /magic byte 1/);
    assert.throws(() => frame(-1, Buffer.alloc(0)), /schema id/);
  });
});

describe('Protobuf message indexes', () => {
  it('encodes [0] as the single byte 0 and others as zig-zag varints', () => {
    assert.deepEqual([...encodeMessageIndexes([0])], [0]);
    assert.deepEqual([...encodeMessageIndexes([1])], [2, 2]);
    assert.deepEqual([...encodeMessageIndexes([0, 1])], [4, 0, 2]);
    assert.deepEqual([...encodeMessageIndexes([2, 0, 1])], [6, 4, 0, 2]);
    assert.deepEqual([...encodeMessageIndexes([64])], [2, 0x80, 0x01]);
    assert.deepEqual(decodeMessageIndexes(Buffer.from([0, 0x99])), { indexes: [0], bytesRead: 1 });
    assert.deepEqual(decodeMessageIndexes(Buffer.from([4, 0, 2, 0x99])), { indexes: [0, 1], bytesRead: 3 });
  });
  it('round-trips any index path (property)', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 100000);
    console.log(`message-index property seed ${seed}`);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }),
        (path) => {
          const enc = encodeMessageIndexes(path);
          const dec = decodeMessageIndexes(Buffer.concat([enc, Buffer.from([0xff])]));
          assert.deepEqual(dec.indexes, path.length === 1 && path[0] === 0 ? [0] : path);
          assert.equal(dec.bytesRead, enc.length);
        },
      ),
      { seed, numRuns: 500 },
    );
  });
  it('rejects truncated or absurd indexes', () => {
    assert.throws(() => decodeMessageIndexes(Buffer.from([4, 0])), /truncated/);
    assert.throws(() => decodeMessageIndexes(Buffer.from([0xfe, 0x03])), /count/);
  });
});

describe('parsing and canonical forms', () => {
  it('Avro: whitespace does not change the canonical form; invalid schemas say why', () => {
    const a = parseSchema('AVRO', '{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}');
    const b = parseSchema(
      'AVRO',
      '{ "type" : "record", "name":"R",\n "fields":[ {"name":"a","type":"int"} ] }',
    );
    assert.equal(a.canonical, b.canonical);
    assert.throws(
      () => parseSchema('AVRO', '{"type":"record","name":"R","fields":[{"name":"a","type":"unknown.T"}]}'),
      (e: unknown) => e instanceof InvalidSchemaError && /unknown\.T/.test((e as Error).message),
    );
  });

  it('JSON Schema: the draft follows $schema, each draft validates its own keywords', () => {
    assert.equal(draftOf({}), 'draft-07');
    assert.equal(draftOf({ $schema: 'http://json-schema.org/draft-04/schema#' }), 'draft-04');
    assert.equal(draftOf({ $schema: 'http://json-schema.org/draft-06/schema#' }), 'draft-06');
    assert.equal(draftOf({ $schema: 'https://json-schema.org/draft/2019-09/schema' }), '2019-09');
    assert.equal(draftOf({ $schema: 'https://json-schema.org/draft/2020-12/schema' }), '2020-12');
    // draft-04: exclusiveMaximum is a boolean; in draft-06+ it is a number.
    const d4 = parseJsonSchema(
      JSON.stringify({
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'number',
        maximum: 5,
        exclusiveMaximum: true,
      }),
    );
    assert.throws(() => d4.check(5));
    d4.check(4);
    assert.throws(
      () =>
        parseJsonSchema(
          JSON.stringify({
            $schema: 'http://json-schema.org/draft-07/schema#',
            type: 'number',
            exclusiveMaximum: true,
          }),
        ),
      InvalidSchemaError,
    );
    // 2020-12: prefixItems exists; 2019-09: unevaluatedProperties.
    const d2020 = parseJsonSchema(
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'array',
        prefixItems: [{ type: 'string' }],
        items: false,
      }),
    );
    d2020.check(['a']);
    assert.throws(() => d2020.check(['a', 1]));
    const d2019 = parseJsonSchema(
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2019-09/schema',
        type: 'object',
        properties: { a: {} },
        unevaluatedProperties: false,
      }),
    );
    d2019.check({ a: 1 });
    assert.throws(() => d2019.check({ b: 1 }));
    const d6 = parseJsonSchema(
      JSON.stringify({ $schema: 'http://json-schema.org/draft-06/schema#', const: 3 }),
    );
    assert.throws(() => d6.check(4));
    // Formats are checked (ajv-formats).
    const f = parseJsonSchema('{"type":"string","format":"email"}');
    assert.throws(() => f.check('not-an-email'));
  });

  it('Protobuf: text and the same file as a base64 descriptor have one canonical form', async () => {
    const text =
      'syntax = "proto3";\npackage a.b;\nimport "google/protobuf/timestamp.proto";\nmessage M {\n  int32 x = 1;\n  google.protobuf.Timestamp t = 2;\n  N n = 3;\n  message N { string s = 1; }\n  oneof o { string p = 4; int32 q = 5; }\n  map<string, int64> m = 6;\n  reserved 10, 12 to 14;\n}\nenum E { A = 0; B = 1; }\n';
    const parsed = parseProtobuf(text);
    const descriptorModule = (await import('protobufjs/ext/descriptor/index.js')) as unknown as {
      default: {
        FileDescriptorProto: { encode(m: unknown): { finish(): Uint8Array }; fromObject(o: object): unknown };
      };
    };
    const FDP = descriptorModule.default.FileDescriptorProto;
    const T = { INT32: 5, STRING: 9, MESSAGE: 11, ENUM: 14, INT64: 3 };
    const fdp = FDP.fromObject({
      name: 'm.proto',
      package: 'a.b',
      syntax: 'proto3',
      dependency: ['google/protobuf/timestamp.proto'],
      messageType: [
        {
          name: 'M',
          field: [
            { name: 'x', number: 1, label: 1, type: T.INT32 },
            { name: 't', number: 2, label: 1, type: T.MESSAGE, typeName: '.google.protobuf.Timestamp' },
            { name: 'n', number: 3, label: 1, type: T.MESSAGE, typeName: '.a.b.M.N' },
            { name: 'p', number: 4, label: 1, type: T.STRING, oneofIndex: 0 },
            { name: 'q', number: 5, label: 1, type: T.INT32, oneofIndex: 0 },
            { name: 'm', number: 6, label: 3, type: T.MESSAGE, typeName: '.a.b.M.MEntry' },
          ],
          nestedType: [
            { name: 'N', field: [{ name: 's', number: 1, label: 1, type: T.STRING }] },
            {
              name: 'MEntry',
              options: { mapEntry: true },
              field: [
                { name: 'key', number: 1, label: 1, type: T.STRING },
                { name: 'value', number: 2, label: 1, type: T.INT64 },
              ],
            },
          ],
          oneofDecl: [{ name: 'o' }],
          reservedRange: [
            { start: 10, end: 11 },
            { start: 12, end: 15 },
          ],
        },
      ],
      enumType: [
        {
          name: 'E',
          value: [
            { name: 'A', number: 0 },
            { name: 'B', number: 1 },
          ],
        },
      ],
    });
    const b64 = Buffer.from(FDP.encode(fdp).finish()).toString('base64');
    const fromDescriptor = parseProtobuf(b64);
    assert.equal(fromDescriptor.canonical, parsed.canonical);
    assert.equal(fromDescriptor.normalized(), parsed.normalized());
  });

  it('Protobuf: message indexes address nested and later messages', () => {
    const p = parseProtobuf(
      'syntax = "proto3";\npackage z;\nmessage A { int32 a = 1; message B { string b = 1; message C { bool c = 1; } } }\nmessage D { int64 d = 1; }\n',
    );
    assert.deepEqual(p.indexesOf('z.A'), [0]);
    assert.deepEqual(p.indexesOf('z.A.B'), [0, 0]);
    assert.deepEqual(p.indexesOf('.z.A.B.C'), [0, 0, 0]);
    assert.deepEqual(p.indexesOf('z.D'), [1]);
    for (const [name, value] of [
      ['z.A', { a: 5 }],
      ['z.A.B', { b: 'x' }],
      ['z.A.B.C', { c: true }],
      ['z.D', { d: '9' }],
    ] as const) {
      const bytes = encodeValue(3, p, value, { messageType: name });
      const back = decodeValue(bytes, () => p);
      assert.equal(back.messageType, name);
      assert.deepEqual(back.value, value);
    }
    // [1] → bytes 02 02 after the 5-byte header.
    assert.deepEqual([...encodeValue(3, p, { d: 1 }, { messageType: 'z.D' }).subarray(5, 7)], [2, 2]);
    assert.throws(
      () => decodeValue(Buffer.from([0, 0, 0, 0, 3, 2, 14]), () => p),
      /no message at index path \[7\]/,
    );
  });

  it('codec round trips for Avro and JSON, with validation', () => {
    const avro = parseSchema(
      'AVRO',
      '{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"s","type":["null","string"],"default":null}]}',
    );
    const bytes = encodeValue(12, avro, { a: 1, s: 'x' });
    assert.deepEqual({ ...(decodeValue(bytes, () => avro).value as object) }, { a: 1, s: 'x' });
    assert.throws(() => encodeValue(12, avro, { a: 'no' }), /does not match/);
    const json = parseSchema(
      'JSON',
      '{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}',
    );
    assert.deepEqual(decodeValue(encodeValue(13, json, { a: 2 }), () => json).value, { a: 2 });
    assert.throws(() => encodeValue(13, json, { b: 2 }), /does not match/);
  });
});
