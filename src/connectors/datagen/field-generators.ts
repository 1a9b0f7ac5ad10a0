/**
 * Per-field value generators of the `datagen` connector, as Flink's RandomGeneratorVisitor and
 * SequenceGeneratorVisitor build them from `fields.<name>.*` options: `random` (uniform in
 * [min, max], strings of `length` random hex characters, timestamps up to `max-past` before
 * now, collections of `length` elements, nested ROW fields configured as
 * `fields.<row>.<field>.*`) and `sequence` (start..end inclusive, in order), with `null-rate`.
 */
import { ConfigError } from '../../common/errors.js';
import { MILLIS_PER_DAY } from '../../types/date-time.js';
import { MAX_LENGTH, type LogicalType } from '../../types/index.js';
import { pow10 } from '../../types/decimal.js';
import type { SqlValue } from '../../types/values.js';
import type { ConnectorOptions } from '../api.js';
import { Random } from '../nexmark/random.js';
import { OptionReader } from '../options.js';

/** Makes the next value of one field. */
export interface FieldGenerator {
  next(): SqlValue;
  /** For sequences: how many values remain including the next (undefined = endless). */
  readonly count?: bigint;
}

const INT_RANGE: Record<string, [number, number]> = {
  TINYINT: [-128, 127],
  SMALLINT: [-32768, 32767],
  INT: [-2147483648, 2147483647],
};
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const FLOAT_MAX = 3.4028234663852886e38;
const FLOAT_MIN = 1.401298464324817e-45;
const HEX = '0123456789abcdef';

interface Ctx {
  table: string;
  options: ConnectorOptions;
  reader: OptionReader;
  rnd: Random;
  now: () => number;
  /**
   * The `fields.*` keys the generators read: any other one is unsupported for its field's kind
   * and type (Flink's "Unsupported options": `start` on a random field, `length` on a BIGINT).
   */
  used: Set<string>;
}

function opt(c: Ctx, path: string, key: string): string | undefined {
  const k = `fields.${path}.${key}`;
  c.used.add(k);
  return c.options[k];
}

function bad(c: Ctx, path: string, key: string, expected: string): never {
  throw new ConfigError(
    `Could not parse value '${opt(c, path, key)}' for key 'fields.${path}.${key}' (table ${c.table}: expected ${expected})`,
    { table: c.table },
  );
}

function refuse(c: Ctx, message: string): never {
  throw new ConfigError(`${message} (table ${c.table})`, { table: c.table });
}

function num(c: Ctx, path: string, key: string): number | undefined {
  const v = opt(c, path, key);
  if (v === undefined) return undefined;
  const n = Number(v.trim());
  if (v.trim() === '' || Number.isNaN(n)) return bad(c, path, key, 'a number');
  return n;
}

function big(c: Ctx, path: string, key: string): bigint | undefined {
  const v = opt(c, path, key);
  if (v === undefined) return undefined;
  if (!/^\s*[+-]?\d+\s*$/.test(v)) return bad(c, path, key, 'a whole number');
  return BigInt(v.trim());
}

/** Uniform bigint in [lo, hi]. */
function randomBig(r: Random, lo: bigint, hi: bigint): bigint {
  const span = hi - lo + 1n;
  if (span <= 0n) return lo;
  if (span <= 9007199254740992n) return lo + BigInt(r.nextLong(Number(span)));
  let x = 0n;
  for (let i = 0; i < 3; i++) x = (x << 32n) | BigInt(r.next32());
  return lo + (x % span);
}

function withNulls(g: FieldGenerator, rate: number, r: Random): FieldGenerator {
  if (rate <= 0) return g;
  return { next: () => (r.nextDouble() < rate ? (g.next(), null) : g.next()), count: g.count };
}

/** Builds the generator of one field (or nested field `path`). */
export function fieldGenerator(c: Ctx, path: string, type: LogicalType): FieldGenerator {
  const kind = (opt(c, path, 'kind') ?? 'random').toLowerCase();
  const nullRate = num(c, path, 'null-rate') ?? 0;
  if (nullRate < 0 || nullRate > 1) bad(c, path, 'null-rate', 'a number from 0 to 1');
  let g: FieldGenerator;
  if (kind === 'sequence') g = sequence(c, path, type);
  else if (kind === 'random') g = random(c, path, type);
  else return bad(c, path, 'kind', "'random' or 'sequence'");
  return withNulls(g, nullRate, c.rnd);
}

function sequence(c: Ctx, path: string, type: LogicalType): FieldGenerator {
  const start = big(c, path, 'start');
  const end = big(c, path, 'end');
  for (const [k, v] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (v === undefined) {
      refuse(c, `Could not find required property 'fields.${path}.${k}' for sequence generator.`);
    }
  }
  if (end! < start!) bad(c, path, 'end', `a value not smaller than start ${start}`);
  let cur = start!;
  let conv: (v: bigint) => SqlValue;
  switch (type.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT': {
      const [lo, hi] = INT_RANGE[type.kind]!;
      if (start! < BigInt(lo) || end! > BigInt(hi))
        bad(c, path, 'end', `values within the range of ${type.kind}`);
      conv = (v) => Number(v);
      break;
    }
    case 'BIGINT':
      conv = (v) => v;
      break;
    case 'FLOAT':
    case 'DOUBLE':
      conv = (v) => Number(v);
      break;
    case 'DECIMAL': {
      const f = pow10(type.scale);
      conv = (v) => v * f;
      break;
    }
    case 'CHAR':
    case 'VARCHAR':
      conv = (v) => String(v);
      break;
    case 'BINARY':
    case 'VARBINARY':
      // Flink's getSequenceBytesGenerator: the long as 8 big-endian bytes (Longs.toByteArray).
      conv = (v) => {
        const b = new Uint8Array(8);
        new DataView(b.buffer).setBigInt64(0, v);
        return b;
      };
      break;
    case 'BOOLEAN':
    case 'DATE':
    case 'TIME': {
      // SequenceGeneratorVisitor has no sequence for these: BOOLEAN is random, DATE / TIME are
      // the current date / time of day (DataGenVisitorBase); start and end still bound the count.
      const r = random(c, path, type);
      conv = () => r.next();
      break;
    }
    default:
      refuse(c, `Unsupported type: ${type.kind} (field '${path}', sequence generator)`);
  }
  const gen = {
    get count(): bigint {
      return end! - cur + 1n;
    },
    next(): SqlValue {
      const v = cur;
      cur++;
      return conv(v);
    },
  };
  return gen;
}

function random(c: Ctx, path: string, type: LogicalType): FieldGenerator {
  const r = c.rnd;
  switch (type.kind) {
    case 'BOOLEAN':
      return { next: () => r.next32() >= 2147483648 };
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT': {
      const [lo, hi] = INT_RANGE[type.kind]!;
      const min = num(c, path, 'min') ?? lo;
      const max = num(c, path, 'max') ?? hi;
      if (min > max) bad(c, path, 'max', `a value not smaller than min ${min}`);
      return { next: () => r.between(Math.ceil(min), Math.floor(max)) };
    }
    case 'BIGINT': {
      const min = big(c, path, 'min') ?? LONG_MIN;
      const max = big(c, path, 'max') ?? LONG_MAX;
      if (min > max) bad(c, path, 'max', `a value not smaller than min ${min}`);
      return { next: () => randomBig(r, min, max) };
    }
    case 'FLOAT':
    case 'DOUBLE': {
      const isF = type.kind === 'FLOAT';
      const min = num(c, path, 'min') ?? (isF ? FLOAT_MIN : Number.MIN_VALUE);
      const max = num(c, path, 'max') ?? (isF ? FLOAT_MAX : Number.MAX_VALUE);
      return {
        next: () =>
          isF ? Math.fround(min + r.nextDouble() * (max - min)) : min + r.nextDouble() * (max - min),
      };
    }
    case 'DECIMAL': {
      const limit = Number(`${'9'.repeat(Math.max(1, type.precision - type.scale))}`);
      const min = Math.max(num(c, path, 'min') ?? -limit, -limit);
      const max = Math.min(num(c, path, 'max') ?? limit, limit);
      const f = 10 ** type.scale;
      return {
        next: () => {
          const v = Math.round((min + r.nextDouble() * (max - min)) * f);
          return BigInt(Math.trunc(v));
        },
      };
    }
    case 'CHAR':
    case 'VARCHAR':
    case 'BINARY':
    case 'VARBINARY': {
      const declared = type.length;
      const fixed = type.kind === 'CHAR' || type.kind === 'BINARY';
      const dflt = declared === MAX_LENGTH ? 100 : declared;
      const custom = num(c, path, 'length');
      if (custom !== undefined && fixed) {
        refuse(c, `Custom length for fixed-length type (CHAR/BINARY) field '${path}' is not supported.`);
      }
      const len = custom ?? dflt;
      if (!Number.isInteger(len) || len < 0) bad(c, path, 'length', 'a whole number');
      if (len > declared) {
        refuse(
          c,
          `Custom length '${len}' for variable-length type (VARCHAR/STRING/VARBINARY/BYTES) field '${path}' should be shorter than '${declared}' defined in the schema.`,
        );
      }
      const varLen =
        opt(c, path, 'var-len') !== undefined && c.reader.boolean(`fields.${path}.var-len`, false);
      if (opt(c, path, 'var-len') !== undefined && fixed) {
        refuse(
          c,
          `Only supports specifying 'fields.#.var-len' option for variable-length types (VARCHAR/STRING/VARBINARY/BYTES). The type of field '${path}' is not within this range.`,
        );
      }
      const pickLen = (): number => (varLen ? 1 + r.nextInt(Math.max(1, len)) : len);
      if (type.kind === 'CHAR' || type.kind === 'VARCHAR') {
        return {
          next: () => {
            const n = pickLen();
            let s = '';
            for (let i = 0; i < n; i++) s += HEX[r.next32() & 15];
            return s;
          },
        };
      }
      return {
        next: () => {
          const b = new Uint8Array(pickLen());
          for (let i = 0; i < b.length; i++) b[i] = r.next32() & 255;
          return b;
        },
      };
    }
    case 'DATE':
    case 'TIME':
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const maxPast = num(c, path, 'max-past') ?? 0;
      return {
        next: () => {
          const t = c.now() - (maxPast > 0 ? r.nextLong(maxPast + 1) : 0);
          if (type.kind === 'DATE') return Math.floor(t / MILLIS_PER_DAY);
          if (type.kind === 'TIME') {
            const ms = ((t % MILLIS_PER_DAY) + MILLIS_PER_DAY) % MILLIS_PER_DAY;
            return type.precision === 0 ? ms - (ms % 1000) : ms;
          }
          return t;
        },
      };
    }
    case 'ARRAY':
    case 'MULTISET':
    case 'MAP': {
      const n = num(c, path, 'length') ?? 3;
      if (type.kind === 'ARRAY') {
        const el = fieldGenerator(c, `${path}.element`, type.element);
        return { next: () => Array.from({ length: n }, () => el.next()) };
      }
      const kg = fieldGenerator(c, `${path}.key`, type.kind === 'MAP' ? type.key : type.element);
      const vg = type.kind === 'MAP' ? fieldGenerator(c, `${path}.value`, type.value) : undefined;
      return {
        next: () => {
          const m = new Map<SqlValue, SqlValue>();
          for (let i = 0; i < n; i++) {
            const k = kg.next();
            m.set(k, vg ? vg.next() : ((m.get(k) as number | undefined) ?? 0) + 1);
          }
          return m;
        },
      };
    }
    case 'ROW': {
      const gens = type.fields.map((f) => fieldGenerator(c, `${path}.${f.name}`, f.type));
      return { next: () => gens.map((g) => g.next()) };
    }
    default:
      throw new ConfigError(
        `Unsupported type for the datagen random generator of field '${path}' in table ${c.table}: ${type.kind}`,
        { table: c.table },
      );
  }
}

export type { Ctx as GeneratorContext };
