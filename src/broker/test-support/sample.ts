/**
 * Test support: deterministic random values for any message spec (round-trip and fuzz tests).
 */
import { defaultOf, type Struct } from '../../kafka/protocol/codec.js';
import { inRange, type FieldSpec, type PrimitiveType } from '../../kafka/protocol/schema.js';

/** A seeded xorshift32 generator: `rand(n)` is in [0, n). */
export function makeRandom(seed: number): (n: number) => number {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

function primitive(rand: (n: number) => number, type: PrimitiveType, nullable: boolean): unknown {
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

/** A random value of `fields` at `version`; fields absent from the version get their defaults. */
export function sample(
  rand: (n: number) => number,
  fields: readonly FieldSpec[],
  version: number,
  depth = 0,
): Struct {
  const out: Struct = {};
  for (const f of fields) {
    if (!inRange(f.versions, version)) {
      out[f.name] = defaultOf(f);
      continue;
    }
    const nullable = inRange(f.nullable, version);
    if (f.type === 'struct') out[f.name] = sample(rand, f.fields ?? [], version, depth + 1);
    else if (f.type === 'array') {
      if (nullable && rand(4) === 0) out[f.name] = null;
      else {
        const n = depth > 2 ? rand(2) : rand(4);
        out[f.name] = Array.from({ length: n }, () =>
          f.element === 'struct'
            ? sample(rand, f.fields ?? [], version, depth + 1)
            : primitive(rand, f.element!, false),
        );
      }
    } else out[f.name] = primitive(rand, f.type, nullable);
  }
  return out;
}
