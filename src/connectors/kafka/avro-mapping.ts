/**
 * Avro ↔ Flink types and values, as Confluent's `avro-registry` format maps them: the columns of
 * an inferred table from a registered schema, the schema Eddy registers for a created table
 * (record `org.apache.flink.avro.generated.record`, nested `record_<field>`, nullable types as
 * `["null", T]` with default null), and the row values each way.
 */
import { ConfigError, ExecutionError } from '../../common/errors.js';
import {
  arrayType,
  bigintType,
  binaryType,
  booleanType,
  bytesType,
  dateType,
  decimalType,
  doubleType,
  field,
  floatType,
  intType,
  makeTimestamp,
  mapType,
  nullType,
  rowType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tsMillis,
  tsNanoOfMilli,
  withNullable,
  type LogicalType,
} from '../../types/index.js';

type AvroJson = string | AvroJson[] | { [k: string]: unknown };

const GENERATED = 'org.apache.flink.avro.generated.record';

function bare(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** The Flink type of an Avro schema (JSON form); `named` resolves named type references. */
export function avroToFlink(schema: unknown, named = new Map<string, unknown>()): LogicalType {
  if (typeof schema === 'string') {
    switch (schema) {
      case 'null':
        return nullType();
      case 'boolean':
        return booleanType(false);
      case 'int':
        return intType(false);
      case 'long':
        return bigintType(false);
      case 'float':
        return floatType(false);
      case 'double':
        return doubleType(false);
      case 'bytes':
        return bytesType(false);
      case 'string':
        return stringType(false);
    }
    const ref = named.get(schema) ?? [...named].find(([k]) => bare(k) === schema)?.[1];
    if (ref === undefined) throw new ConfigError(`Avro schema refers to unknown type '${schema}'`);
    return avroToFlink(ref, named);
  }
  if (Array.isArray(schema)) {
    const members = schema.filter((s) => s !== 'null');
    const hasNull = members.length < schema.length;
    if (members.length === 1) return withNullable(avroToFlink(members[0], named), hasNull || false);
    // Multi-type unions: a ROW with one nullable field per member (Confluent's mapping).
    return rowType(
      members.map((m) => {
        const t = avroToFlink(m, named);
        const n =
          typeof m === 'string'
            ? m
            : ((m as { name?: string; type?: string }).name ?? (m as { type: string }).type);
        return field(bare(String(n)), withNullable(t, true));
      }),
      hasNull,
    );
  }
  const o = schema as Record<string, unknown>;
  const type = o['type'];
  const logical = o['logicalType'];
  if (typeof o['name'] === 'string' && (type === 'record' || type === 'enum' || type === 'fixed')) {
    const ns = typeof o['namespace'] === 'string' ? `${o['namespace']}.` : '';
    named.set(String(o['name']).includes('.') ? String(o['name']) : ns + String(o['name']), o);
  }
  if (logical === 'decimal') return decimalType(Number(o['precision']), Number(o['scale'] ?? 0), false);
  if (logical === 'date' && type === 'int') return dateType(false);
  if (logical === 'time-millis' && type === 'int') return timeType(3, false);
  // Confluent reads time-micros as BIGINT (Flink keeps TIME at millisecond precision).
  if (logical === 'time-micros' && type === 'long') return bigintType(false);
  if (logical === 'timestamp-millis' && type === 'long') return timestampLtzType(3, false);
  if (logical === 'timestamp-micros' && type === 'long') return timestampLtzType(6, false);
  if (logical === 'local-timestamp-millis' && type === 'long') return timestampType(3, false);
  if (logical === 'local-timestamp-micros' && type === 'long') return timestampType(6, false);
  switch (type) {
    case 'record':
      return rowType(
        ((o['fields'] as { name: string; type: unknown; doc?: string }[]) ?? []).map((f) =>
          field(f.name, avroToFlink(f.type, named), f.doc),
        ),
        false,
      );
    case 'enum':
      return stringType(false);
    case 'fixed':
      return binaryType(Number(o['size']), false);
    case 'array':
      return arrayType(avroToFlink(o['items'], named), false);
    case 'map':
      return mapType(stringType(false), avroToFlink(o['values'], named), false);
    default:
      return avroToFlink(type, named);
  }
}

/** The Avro schema Eddy registers for a Flink type (`name` names generated records). */
export function flinkToAvro(t: LogicalType, name = GENERATED): AvroJson {
  const base = ((): AvroJson => {
    switch (t.kind) {
      case 'BOOLEAN':
        return 'boolean';
      case 'TINYINT':
      case 'SMALLINT':
      case 'INT':
        return 'int';
      case 'BIGINT':
        return 'long';
      case 'FLOAT':
        return 'float';
      case 'DOUBLE':
        return 'double';
      case 'CHAR':
      case 'VARCHAR':
        return 'string';
      case 'BINARY':
      case 'VARBINARY':
        return 'bytes';
      case 'DECIMAL':
        return { type: 'bytes', logicalType: 'decimal', precision: t.precision, scale: t.scale };
      case 'DATE':
        return { type: 'int', logicalType: 'date' };
      case 'TIME':
        return { type: 'int', logicalType: 'time-millis' };
      case 'TIMESTAMP':
      case 'TIMESTAMP_LTZ': {
        const ltz = t.kind === 'TIMESTAMP_LTZ';
        const unit = t.precision <= 3 ? 'millis' : 'micros';
        return { type: 'long', logicalType: `${ltz ? '' : 'local-'}timestamp-${unit}` };
      }
      case 'ARRAY':
        return { type: 'array', items: flinkToAvro(t.element, name) };
      case 'MAP':
        return { type: 'map', values: flinkToAvro(t.value, name) };
      case 'ROW':
        return {
          type: 'record',
          name,
          fields: t.fields.map((f) => {
            const ft = flinkToAvro(f.type, `${name}_${f.name}`);
            return f.type.nullable ? { name: f.name, type: ft, default: null } : { name: f.name, type: ft };
          }),
        };
      default:
        throw new ConfigError(`type ${t.kind} cannot be written with the avro-registry format`);
    }
  })();
  return t.nullable ? ['null', base] : base;
}

/** The registered value schema of a table's columns (a record). */
export function recordSchema(columns: readonly { name: string; type: LogicalType }[]): AvroJson {
  return flinkToAvro(
    rowType(
      columns.map((c) => field(c.name, c.type)),
      false,
    ),
  );
}

function decimalFromBytes(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return b[0]! & 0x80 ? v - (1n << BigInt(b.length * 8)) : v;
}

/** 10^precision, the first unscaled value a DECIMAL(precision, s) cannot hold. */
const DECIMAL_BOUNDS: bigint[] = [];
function decimalBound(precision: number): bigint {
  return (DECIMAL_BOUNDS[precision] ??= 10n ** BigInt(precision));
}

function decimalToBytes(v: bigint): Buffer {
  const out: number[] = [];
  let x = v;
  do {
    out.unshift(Number(BigInt.asUintN(8, x)));
    x >>= 8n;
  } while (!((x === 0n && (out[0]! & 0x80) === 0) || (x === -1n && (out[0]! & 0x80) !== 0)));
  return Buffer.from(out);
}

/** An Avro value (as avsc decodes it, unions unwrapped or `{branch: v}`) → the Flink value. */
export function avroValueToFlink(v: unknown, t: LogicalType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'BIGINT':
      return typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
    case 'FLOAT':
      return Math.fround(Number(v));
    case 'DECIMAL': {
      // As Flink's DecimalData.fromUnscaledBytes: a value with more digits than the column's
      // precision is NULL (the record's schema may allow more than the table's type).
      const d = decimalFromBytes(v as Uint8Array);
      const bound = decimalBound(t.precision);
      return d < bound && d > -bound ? d : null;
    }
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const n = Number(v);
      if (t.precision <= 3) return n;
      return makeTimestamp(Math.floor(n / 1000), (((n % 1000) + 1000) % 1000) * 1000);
    }
    case 'TIME':
      return t.precision > 3 ? Math.floor(Number(v) / 1000) : Number(v);
    case 'ARRAY':
      return (v as unknown[]).map((x) => avroValueToFlink(x, t.element));
    case 'MAP':
      return new Map(Object.entries(v as object).map(([k, x]) => [k, avroValueToFlink(x, t.value)]));
    case 'ROW': {
      const o = v as Record<string, unknown>;
      // A record is its fields by name; a multi-type union decodes wrapped, `{branch: value}`,
      // its branch named by the full name for named types (the ROW field has the bare name).
      return t.fields.map((f) => avroValueToFlink(f.name in o ? o[f.name] : byBareName(o, f.name), f.type));
    }
    default:
      return v;
  }
}

/** The value under the key whose last dotted part is `name` (a wrapped union's named branch). */
function byBareName(o: Record<string, unknown>, name: string): unknown {
  for (const k in o) if (k.endsWith(`.${name}`)) return o[k];
  return undefined;
}

/** A Flink value → the Avro value avsc encodes under {@link flinkToAvro}'s schema. */
export function flinkValueToAvro(v: unknown, t: LogicalType): unknown {
  if (v === null || v === undefined) {
    if (!t.nullable) throw new ExecutionError(`NULL for a NOT NULL ${t.kind} column`);
    return null;
  }
  switch (t.kind) {
    case 'BIGINT':
      // Exact over the whole 64-bit range (schema-wire's Avro long takes bigints).
      return v as bigint;
    case 'BINARY':
    case 'VARBINARY':
      return Buffer.from(v as Uint8Array);
    case 'DECIMAL':
      return decimalToBytes(v as bigint);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const ts = v as Parameters<typeof tsMillis>[0];
      return t.precision <= 3 ? tsMillis(ts) : tsMillis(ts) * 1000 + Math.floor(tsNanoOfMilli(ts) / 1000);
    }
    case 'ARRAY':
      return (v as unknown[]).map((x) => flinkValueToAvro(x, t.element));
    case 'MAP': {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v as Map<unknown, unknown>) o[String(k)] = flinkValueToAvro(x, t.value);
      return o;
    }
    case 'ROW': {
      const o: Record<string, unknown> = {};
      t.fields.forEach((f, i) => (o[f.name] = flinkValueToAvro((v as unknown[])[i], f.type)));
      return o;
    }
    default:
      return v;
  }
}
