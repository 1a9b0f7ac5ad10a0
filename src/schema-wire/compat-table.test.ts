/**
 * Compatibility table: schema pairs from the rules in the Avro specification ("Schema
 * Resolution") and Confluent's docs for Protobuf and JSON Schema, each with the verdict at every
 * level. B = BACKWARD (new reads old), F = FORWARD (old reads new), full = both; NONE is always
 * compatible and the *_TRANSITIVE levels equal the plain ones for a single earlier version.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCompatibility } from './compat.js';
import type { CompatibilityLevel } from './compat-types.js';
import { parseSchema } from './parse.js';
import type { SchemaType } from './types.js';

interface Case {
  name: string;
  old: unknown;
  new: unknown;
  /** [BACKWARD, FORWARD] verdicts; FULL = both. */
  b: boolean;
  f: boolean;
}

const rec = (fields: unknown[], name = 'R') => ({ type: 'record', name, fields });
const field = (name: string, type: unknown, extra: object = {}) => ({ name, type, ...extra });

const AVRO: Case[] = [
  {
    name: 'identical record',
    old: rec([field('a', 'int')]),
    new: rec([field('a', 'int')]),
    b: true,
    f: true,
  },
  {
    name: 'add field with default',
    old: rec([field('a', 'int')]),
    new: rec([field('a', 'int'), field('b', 'string', { default: 'x' })]),
    b: true,
    f: true,
  },
  {
    name: 'add field without default',
    old: rec([field('a', 'int')]),
    new: rec([field('a', 'int'), field('b', 'string')]),
    b: false,
    f: true,
  },
  {
    name: 'remove field with default',
    old: rec([field('a', 'int'), field('b', 'string', { default: 'x' })]),
    new: rec([field('a', 'int')]),
    b: true,
    f: true,
  },
  {
    name: 'remove field without default',
    old: rec([field('a', 'int'), field('b', 'string')]),
    new: rec([field('a', 'int')]),
    b: true,
    f: false,
  },
  {
    name: 'int promoted to long',
    old: rec([field('a', 'int')]),
    new: rec([field('a', 'long')]),
    b: true,
    f: false,
  },
  {
    name: 'int promoted to double',
    old: rec([field('a', 'int')]),
    new: rec([field('a', 'double')]),
    b: true,
    f: false,
  },
  {
    name: 'long promoted to float',
    old: rec([field('a', 'long')]),
    new: rec([field('a', 'float')]),
    b: true,
    f: false,
  },
  {
    name: 'float promoted to double',
    old: rec([field('a', 'float')]),
    new: rec([field('a', 'double')]),
    b: true,
    f: false,
  },
  {
    name: 'string to bytes',
    old: rec([field('a', 'string')]),
    new: rec([field('a', 'bytes')]),
    b: true,
    f: true,
  },
  {
    name: 'string to int',
    old: rec([field('a', 'string')]),
    new: rec([field('a', 'int')]),
    b: false,
    f: false,
  },
  {
    name: 'long narrowed to int',
    old: rec([field('a', 'long')]),
    new: rec([field('a', 'int')]),
    b: false,
    f: true,
  },
  {
    name: 'type to union containing it',
    old: rec([field('a', 'int')]),
    new: rec([field('a', ['null', 'int'], { default: null })]),
    b: true,
    f: false,
  },
  {
    name: 'union to one of its branches',
    old: rec([field('a', ['null', 'string'], { default: null })]),
    new: rec([field('a', 'string')]),
    b: false,
    f: true,
  },
  {
    name: 'union gains a branch',
    old: rec([field('a', ['null', 'int'])]),
    new: rec([field('a', ['null', 'int', 'string'])]),
    b: true,
    f: false,
  },
  {
    name: 'union loses a branch',
    old: rec([field('a', ['null', 'int', 'string'])]),
    new: rec([field('a', ['null', 'int'])]),
    b: false,
    f: true,
  },
  {
    name: 'enum symbol added',
    old: { type: 'enum', name: 'E', symbols: ['A', 'B'] },
    new: { type: 'enum', name: 'E', symbols: ['A', 'B', 'C'] },
    b: true,
    f: false,
  },
  {
    name: 'enum symbol removed',
    old: { type: 'enum', name: 'E', symbols: ['A', 'B', 'C'] },
    new: { type: 'enum', name: 'E', symbols: ['A', 'B'] },
    b: false,
    f: true,
  },
  {
    name: 'enum symbol removed, reader has enum default',
    old: { type: 'enum', name: 'E', symbols: ['A', 'B', 'C'] },
    new: { type: 'enum', name: 'E', symbols: ['A', 'B'], default: 'A' },
    b: true,
    f: true,
  },
  {
    name: 'fixed size changed',
    old: { type: 'fixed', name: 'F', size: 4 },
    new: { type: 'fixed', name: 'F', size: 8 },
    b: false,
    f: false,
  },
  {
    name: 'record renamed',
    old: rec([field('a', 'int')], 'A'),
    new: rec([field('a', 'int')], 'B'),
    b: false,
    f: false,
  },
  {
    name: 'record renamed with alias',
    old: rec([field('a', 'int')], 'A'),
    new: { ...rec([field('a', 'int')], 'B'), aliases: ['A'] },
    b: true,
    f: false,
  },
  {
    name: 'field renamed with alias',
    old: rec([field('a', 'int')]),
    new: rec([field('b', 'int', { aliases: ['a'] })]),
    b: true,
    f: false,
  },
  {
    name: 'array items promoted',
    old: { type: 'array', items: 'int' },
    new: { type: 'array', items: 'long' },
    b: true,
    f: false,
  },
  {
    name: 'map values changed',
    old: { type: 'map', values: 'string' },
    new: { type: 'map', values: 'int' },
    b: false,
    f: false,
  },
  {
    name: 'nested record gains required field',
    old: rec([field('n', rec([field('x', 'int')], 'N'))]),
    new: rec([field('n', rec([field('x', 'int'), field('y', 'int')], 'N'))]),
    b: false,
    f: true,
  },
  { name: 'primitive to record', old: '"string"', new: rec([field('a', 'string')]), b: false, f: false },
];

const proto = (body: string, pkg = 'p') => `syntax = "proto3";\npackage ${pkg};\n${body}\n`;
const PROTOBUF: Case[] = [
  {
    name: 'identical',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M {\n  int32 a = 1;\n}'),
    b: true,
    f: true,
  },
  {
    name: 'field added',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { int32 a = 1; string b = 2; }'),
    b: true,
    f: true,
  },
  {
    name: 'field removed',
    old: proto('message M { int32 a = 1; string b = 2; }'),
    new: proto('message M { int32 a = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'field renamed (same number)',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { int32 renamed = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'int32 to int64 (same wire kind)',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { int64 a = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'int32 to bool (same wire kind)',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { bool a = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'string to bytes',
    old: proto('message M { string a = 1; }'),
    new: proto('message M { bytes a = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'int32 to sint32',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { sint32 a = 1; }'),
    b: false,
    f: false,
  },
  {
    name: 'int32 to string',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { string a = 1; }'),
    b: false,
    f: false,
  },
  {
    name: 'fixed32 to sfixed32',
    old: proto('message M { fixed32 a = 1; }'),
    new: proto('message M { sfixed32 a = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'float to double',
    old: proto('message M { float a = 1; }'),
    new: proto('message M { double a = 1; }'),
    b: false,
    f: false,
  },
  {
    name: 'scalar to message',
    old: proto('message M { int32 a = 1; }\nmessage N { int32 x = 1; }'),
    new: proto('message M { N a = 1; }\nmessage N { int32 x = 1; }'),
    b: false,
    f: false,
  },
  {
    name: 'enum to int32 (both varint)',
    old: proto('message M { E a = 1; }\nenum E { Z = 0; }'),
    new: proto('message M { int32 a = 1; }\nenum E { Z = 0; }'),
    b: true,
    f: true,
  },
  {
    name: 'message removed',
    old: proto('message M { int32 a = 1; }\nmessage N { int32 x = 1; }'),
    new: proto('message M { int32 a = 1; }'),
    b: false,
    f: true,
  },
  {
    name: 'message added',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { int32 a = 1; }\nmessage N { int32 x = 1; }'),
    b: true,
    f: false,
  },
  {
    name: 'package changed',
    old: proto('message M { int32 a = 1; }', 'a'),
    new: proto('message M { int32 a = 1; }', 'b'),
    b: false,
    f: false,
  },
  {
    name: 'repeated int32 to singular',
    old: proto('message M { repeated int32 a = 1; }'),
    new: proto('message M { int32 a = 1; }'),
    b: false,
    f: false,
  },
  {
    name: 'repeated string to singular',
    old: proto('message M { repeated string a = 1; }'),
    new: proto('message M { string a = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'new field in a new oneof',
    old: proto('message M { int32 a = 1; }'),
    new: proto('message M { int32 a = 1; oneof o { string b = 2; } }'),
    b: true,
    f: true,
  },
  {
    name: 'two existing fields moved into a oneof',
    old: proto('message M { int32 a = 1; int32 b = 2; }'),
    new: proto('message M { oneof o { int32 a = 1; int32 b = 2; } }'),
    b: false,
    f: true,
  },
  {
    name: 'field removed from a oneof',
    old: proto('message M { oneof o { int32 a = 1; int32 b = 2; } }'),
    new: proto('message M { oneof o { int32 a = 1; } }'),
    b: false,
    f: true,
  },
  {
    name: 'nested message field type changed',
    old: proto('message M { N n = 1; message N { int32 x = 1; } }'),
    new: proto('message M { N n = 1; message N { string x = 1; } }'),
    b: false,
    f: false,
  },
  {
    name: 'enum value added',
    old: proto('message M { E e = 1; }\nenum E { A = 0; }'),
    new: proto('message M { E e = 1; }\nenum E { A = 0; B = 1; }'),
    b: true,
    f: true,
  },
  {
    name: 'proto2 required field added',
    old: 'syntax = "proto2";\nmessage M { optional int32 a = 1; }',
    new: 'syntax = "proto2";\nmessage M { optional int32 a = 1; required int32 b = 2; }',
    b: false,
    f: false,
  },
];

const obj = (props: Record<string, unknown>, extra: object = {}) => ({
  type: 'object',
  properties: props,
  ...extra,
});
const D2020 = 'https://json-schema.org/draft/2020-12/schema';

const JSONS: Case[] = [
  {
    name: 'identical',
    old: obj({ a: { type: 'string' } }),
    new: obj({ a: { type: 'string' } }),
    b: true,
    f: true,
  },
  {
    name: 'open model: property added',
    old: obj({ a: { type: 'string' } }),
    new: obj({ a: { type: 'string' }, b: { type: 'number' } }),
    b: false,
    f: true,
  },
  {
    name: 'open model: property removed',
    old: obj({ a: { type: 'string' }, b: { type: 'number' } }),
    new: obj({ a: { type: 'string' } }),
    b: true,
    f: false,
  },
  {
    name: 'closed model: property added',
    old: obj({ a: { type: 'string' } }, { additionalProperties: false }),
    new: obj({ a: { type: 'string' }, b: { type: 'number' } }, { additionalProperties: false }),
    b: true,
    f: false,
  },
  {
    name: 'closed model: property removed',
    old: obj({ a: { type: 'string' }, b: { type: 'number' } }, { additionalProperties: false }),
    new: obj({ a: { type: 'string' } }, { additionalProperties: false }),
    b: false,
    f: true,
  },
  {
    name: 'required property added',
    old: obj({ a: { type: 'string' } }),
    new: obj({ a: { type: 'string' } }, { required: ['a'] }),
    b: false,
    f: true,
  },
  {
    name: 'integer widened to number',
    old: obj({ a: { type: 'integer' } }),
    new: obj({ a: { type: 'number' } }),
    b: true,
    f: false,
  },
  {
    name: 'string to number',
    old: obj({ a: { type: 'string' } }),
    new: obj({ a: { type: 'number' } }),
    b: false,
    f: false,
  },
  {
    name: 'type extended to a union',
    old: { type: 'string' },
    new: { type: ['string', 'null'] },
    b: true,
    f: false,
  },
  {
    name: 'maxLength decreased',
    old: { type: 'string', maxLength: 10 },
    new: { type: 'string', maxLength: 5 },
    b: false,
    f: true,
  },
  {
    name: 'minLength added',
    old: { type: 'string' },
    new: { type: 'string', minLength: 2 },
    b: false,
    f: true,
  },
  {
    name: 'maximum increased',
    old: { type: 'number', maximum: 10 },
    new: { type: 'number', maximum: 20 },
    b: true,
    f: false,
  },
  {
    name: 'minimum increased',
    old: { type: 'number', minimum: 0 },
    new: { type: 'number', minimum: 1 },
    b: false,
    f: true,
  },
  { name: 'enum extended', old: { enum: ['a', 'b'] }, new: { enum: ['a', 'b', 'c'] }, b: true, f: false },
  { name: 'enum narrowed', old: { enum: ['a', 'b', 'c'] }, new: { enum: ['a', 'b'] }, b: false, f: true },
  {
    name: 'array items changed',
    old: { type: 'array', items: { type: 'string' } },
    new: { type: 'array', items: { type: 'integer' } },
    b: false,
    f: false,
  },
  {
    name: 'oneOf gains a branch',
    old: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    new: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'boolean' }] },
    b: true,
    f: false,
  },
  {
    name: 'additionalProperties closed',
    old: obj({ a: { type: 'string' } }),
    new: obj({ a: { type: 'string' } }, { additionalProperties: false }),
    b: false,
    f: true,
  },
  {
    name: 'pattern added',
    old: { type: 'string' },
    new: { type: 'string', pattern: '^a' },
    b: false,
    f: true,
  },
  {
    name: 'nested object property type changed',
    old: obj({ n: obj({ x: { type: 'string' } }) }),
    new: obj({ n: obj({ x: { type: 'boolean' } }) }),
    b: false,
    f: false,
  },
  {
    name: 'draft 2020-12 identical with $schema',
    old: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' },
    new: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string' },
    b: true,
    f: true,
  },
  // Draft 2020-12 keywords, after Confluent's JSON Schema diff rules (json-schema-provider SchemaDiff).
  {
    name: '2020-12 prefixItems: a tuple item changes type',
    old: { $schema: D2020, type: 'array', prefixItems: [{ type: 'string' }] },
    new: { $schema: D2020, type: 'array', prefixItems: [{ type: 'boolean' }] },
    b: false,
    f: false,
  },
  {
    name: '2020-12 prefixItems: item added that the old items schema does not cover',
    old: { $schema: D2020, type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'string' } },
    new: {
      $schema: D2020,
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'integer' }],
      items: { type: 'string' },
    },
    b: false,
    f: false,
  },
  {
    name: '2020-12 prefixItems: item added that the items schema covers',
    old: { $schema: D2020, type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'string' } },
    new: {
      $schema: D2020,
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'string', maxLength: 9 }],
      items: { type: 'string' },
    },
    b: false,
    f: true,
  },
  {
    name: '2020-12 unevaluatedProperties false: optional property added (closed model)',
    old: { $schema: D2020, properties: { a: { type: 'string' } }, unevaluatedProperties: false },
    new: {
      $schema: D2020,
      properties: { a: { type: 'string' }, b: { type: 'integer' } },
      unevaluatedProperties: false,
    },
    b: true,
    f: false,
  },
  {
    name: '2020-12 dependentRequired added',
    old: { $schema: D2020, properties: { a: { type: 'string' }, b: { type: 'string' } } },
    new: {
      $schema: D2020,
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      dependentRequired: { a: ['b'] },
    },
    b: false,
    f: true,
  },
  {
    name: '2020-12 dependentSchemas: a dependency changes type',
    old: { $schema: D2020, dependentSchemas: { a: { type: 'object' } } },
    new: { $schema: D2020, dependentSchemas: { a: { type: 'array' } } },
    b: false,
    f: false,
  },
  {
    name: '2020-12 minContains increased',
    old: { $schema: D2020, type: 'array', contains: { type: 'integer' }, minContains: 1 },
    new: { $schema: D2020, type: 'array', contains: { type: 'integer' }, minContains: 3 },
    b: false,
    f: true,
  },
  {
    name: 'allOf with a repeated subschema is the same product type',
    old: { type: 'object', properties: { p: { allOf: [{ type: 'integer' }] } } },
    new: { type: 'object', properties: { p: { allOf: [{ type: 'integer' }, { type: 'integer' }] } } },
    b: true,
    f: true,
  },
];

const text = (s: unknown) => (typeof s === 'string' ? s : JSON.stringify(s));

function verdicts(type: SchemaType, c: Case, levels: CompatibilityLevel[]): Record<string, boolean> {
  const oldS = parseSchema(type, text(c.old));
  const newS = parseSchema(type, text(c.new));
  return Object.fromEntries(levels.map((l) => [l, checkCompatibility(newS, [oldS], l).compatible]));
}

const TABLES: [SchemaType, Case[]][] = [
  ['AVRO', AVRO],
  ['PROTOBUF', PROTOBUF],
  ['JSON', JSONS],
];

describe('compatibility table', () => {
  it('has at least 60 schema pairs', () => {
    assert.ok(AVRO.length + PROTOBUF.length + JSONS.length >= 60);
  });
  for (const [type, cases] of TABLES) {
    for (const c of cases) {
      it(`${type}: ${c.name}`, () => {
        const expected: Record<CompatibilityLevel, boolean> = {
          NONE: true,
          BACKWARD: c.b,
          BACKWARD_TRANSITIVE: c.b,
          FORWARD: c.f,
          FORWARD_TRANSITIVE: c.f,
          FULL: c.b && c.f,
          FULL_TRANSITIVE: c.b && c.f,
        };
        const actual = verdicts(type, c, Object.keys(expected) as CompatibilityLevel[]);
        assert.deepEqual(actual, expected);
      });
    }
  }

  it('transitive levels check every earlier version, plain ones only the latest', () => {
    // v1 → v2 adds b with a default; v3 drops the default: v3 reads v2 (b present) but not v1.
    const v1 = parseSchema('AVRO', JSON.stringify(rec([field('a', 'int')])));
    const v2 = parseSchema(
      'AVRO',
      JSON.stringify(rec([field('a', 'int'), field('b', 'int', { default: 0 })])),
    );
    const v3 = parseSchema('AVRO', JSON.stringify(rec([field('a', 'int'), field('b', 'int')])));
    assert.equal(checkCompatibility(v3, [v1, v2], 'BACKWARD').compatible, true);
    assert.equal(checkCompatibility(v3, [v1, v2], 'BACKWARD_TRANSITIVE').compatible, false);
    assert.equal(checkCompatibility(v3, [v1, v2], 'FULL').compatible, true);
    assert.equal(checkCompatibility(v3, [v1, v2], 'FULL_TRANSITIVE').compatible, false);
    // FORWARD_TRANSITIVE: v1 (c without default) must read w3's data too, which lacks c.
    const f1 = parseSchema('AVRO', JSON.stringify(rec([field('a', 'int'), field('c', 'string')])));
    const f2 = parseSchema(
      'AVRO',
      JSON.stringify(rec([field('a', 'int'), field('c', 'string', { default: 'x' })])),
    );
    const w3 = parseSchema('AVRO', JSON.stringify(rec([field('a', 'int')])));
    assert.equal(checkCompatibility(w3, [f1, f2], 'FORWARD').compatible, true);
    assert.equal(checkCompatibility(w3, [f1, f2], 'FORWARD_TRANSITIVE').compatible, false);
  });
});
