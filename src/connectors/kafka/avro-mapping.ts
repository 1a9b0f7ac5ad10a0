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
  charType,
  dateType,
  decimalType,
  doubleType,
  field,
  floatType,
  intType,
  makeTimestamp,
  MAX_LENGTH,
  mapType,
  multisetType,
  nullType,
  rowType,
  smallintType,
  stringType,
  timeType,
  timestampLtzType,
  timestampType,
  tinyintType,
  tsMillis,
  tsNanoOfMilli,
  unscaledToBytes,
  varbinaryType,
  varcharType,
  withNullable,
  type LogicalType,
} from '../../types/index.js';

type AvroJson = string | AvroJson[] | { [k: string]: unknown };

const GENERATED = 'org.apache.flink.avro.generated.record';

function bare(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** A `flink.*` / `connect.*` property of a schema object as a number (Confluent writes strings too). */
function numProp(o: Record<string, unknown>, key: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Kafka Connect's name for the entries of a map whose keys are not strings (AvroData's). */
const MAP_ENTRY = 'io.confluent.connect.avro.MapEntry';
/** The property that marks an entry record under another name (Kafka Connect's AvroData). */
const CONNECT_INTERNAL_TYPE = 'connect.internal.type';

/**
 * The entry record of a map with non-string keys: a record named `MapEntry` (Kafka Connect's
 * `io.confluent.connect.avro.MapEntry`) with exactly the fields `key` and `value`.
 */
function mapEntryOf(
  items: unknown,
  named: Map<string, unknown>,
): { key: unknown; value: unknown } | undefined {
  let rec = items;
  if (typeof rec === 'string') rec = named.get(rec) ?? [...named].find(([k]) => bare(k) === rec)?.[1];
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return undefined;
  const o = rec as Record<string, unknown>;
  if (o['type'] !== 'record' || typeof o['name'] !== 'string') return undefined;
  // As Confluent's isMapEntry: Connect's full name, or any record marked `connect.internal.type`
  // MapEntry (Connect's named maps, Eddy's second entry record). A `MapEntry` without a namespace
  // is taken as Connect's (its enclosing namespace is not tracked here).
  const ns = typeof o['namespace'] === 'string' && o['namespace'] !== '' ? `${o['namespace']}.` : '';
  const full = o['name'].includes('.') ? o['name'] : ns + o['name'];
  if (full !== MAP_ENTRY && full !== 'MapEntry' && o[CONNECT_INTERNAL_TYPE] !== 'MapEntry') return undefined;
  const fs = o['fields'] as { name: string; type: unknown }[] | undefined;
  if (!Array.isArray(fs) || fs.length !== 2) return undefined;
  const key = fs.find((f) => f.name === 'key');
  const value = fs.find((f) => f.name === 'value');
  return key && value ? { key: key.type, value: value.type } : undefined;
}

/**
 * The Flink type of an Avro schema (JSON form), as Confluent Cloud infers it: besides the
 * logical types, the properties its own writers add are read back (`connect.type` int8 / int16
 * for TINYINT / SMALLINT, `flink.precision` of times and timestamps, `flink.maxLength` /
 * `flink.minLength` of CHAR / VARCHAR / VARBINARY, `flink.type = multiset`, and Kafka
 * Connect's arrays of `MapEntry` records for maps with non-string keys). `named` resolves named
 * type references.
 */
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
  const precision = numProp(o, 'flink.precision');
  if (logical === 'decimal') return decimalType(Number(o['precision']), Number(o['scale'] ?? 0), false);
  if (logical === 'date' && type === 'int') return dateType(false);
  if (logical === 'time-millis' && type === 'int') return timeType(Math.min(precision ?? 3, 3), false);
  // Confluent reads time-micros as BIGINT (Flink keeps TIME at millisecond precision).
  if (logical === 'time-micros' && type === 'long') return bigintType(false);
  if (logical === 'timestamp-millis' && type === 'long')
    return timestampLtzType(Math.min(precision ?? 3, 3), false);
  if (logical === 'timestamp-micros' && type === 'long')
    return timestampLtzType(Math.min(precision ?? 6, 9), false);
  if (logical === 'local-timestamp-millis' && type === 'long')
    return timestampType(Math.min(precision ?? 3, 3), false);
  if (logical === 'local-timestamp-micros' && type === 'long')
    return timestampType(Math.min(precision ?? 6, 9), false);
  const multiset = o['flink.type'] === 'multiset';
  switch (type) {
    case 'int': {
      const connect = o['connect.type'];
      if (connect === 'int8') return tinyintType(false);
      if (connect === 'int16') return smallintType(false);
      return intType(false);
    }
    case 'string': {
      const max = numProp(o, 'flink.maxLength');
      if (max === undefined || max < 1) return stringType(false);
      return numProp(o, 'flink.minLength') === max ? charType(max, false) : varcharType(max, false);
    }
    case 'bytes': {
      const max = numProp(o, 'flink.maxLength');
      return max === undefined || max < 1 ? bytesType(false) : varbinaryType(max, false);
    }
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
    case 'array': {
      const entry = mapEntryOf(o['items'], named);
      if (entry !== undefined) {
        // Register the entry record's name before reading its key and value.
        avroToFlink(o['items'], named);
        const k = avroToFlink(entry.key, named);
        return multiset ? multisetType(k, false) : mapType(k, avroToFlink(entry.value, named), false);
      }
      return arrayType(avroToFlink(o['items'], named), false);
    }
    case 'map':
      return multiset
        ? multisetType(stringType(false), false)
        : mapType(stringType(false), avroToFlink(o['values'], named), false);
    default:
      return avroToFlink(type, named);
  }
}

/** `flink.*` properties as Confluent's writers add them (with `flink.version`). */
function flinkProps(props: Record<string, number | string>): Record<string, number | string> {
  return { ...props, 'flink.version': '1' };
}

/** Names already defined in the schema being built: full name → its JSON (to refer back to). */
type Defined = Map<string, string>;

/**
 * A named type's schema (`name` a full name), or a reference to it by name when an identical
 * one was defined before (Avro refuses a name defined twice); a different type under a taken
 * name is named `<fallback>.<bare name>` instead.
 */
function namedOnce(
  defined: Defined,
  schema: { name: string } & Record<string, unknown>,
  fallback: string,
): AvroJson {
  const text = JSON.stringify(schema);
  const seen = defined.get(schema.name);
  if (seen === text) return schema.name;
  const out = seen === undefined ? schema : { ...schema, name: `${fallback}.${bare(schema.name)}` };
  defined.set(out.name, text);
  return out;
}

/**
 * The Avro schema Eddy registers for a Flink type (`name` names generated records), as
 * Confluent Cloud's CREATE TABLE writes it: TINYINT / SMALLINT as `int` with `connect.type`
 * int8 / int16, BINARY(n) as `fixed` of n bytes, CHAR(n) / VARCHAR(n) / VARBINARY(n) with
 * `flink.maxLength` (and `flink.minLength` for CHAR), times and timestamps with
 * `flink.precision` when it is not the logical type's own, a MAP with non-string keys as an
 * array of Kafka Connect's `MapEntry` records, MULTISET with `flink.type = multiset`, field
 * comments as `doc`.
 */
export function flinkToAvro(t: LogicalType, name = GENERATED, defined: Defined = new Map()): AvroJson {
  const base = ((): AvroJson => {
    switch (t.kind) {
      case 'BOOLEAN':
        return 'boolean';
      case 'TINYINT':
        return { type: 'int', 'connect.type': 'int8' };
      case 'SMALLINT':
        return { type: 'int', 'connect.type': 'int16' };
      case 'INT':
        return 'int';
      case 'BIGINT':
        return 'long';
      case 'FLOAT':
        return 'float';
      case 'DOUBLE':
        return 'double';
      case 'CHAR':
        return {
          type: 'string',
          ...flinkProps({ 'flink.maxLength': t.length, 'flink.minLength': t.length }),
        };
      case 'VARCHAR':
        return t.length === MAX_LENGTH
          ? 'string'
          : { type: 'string', ...flinkProps({ 'flink.maxLength': t.length }) };
      case 'BINARY':
        return namedOnce(defined, { type: 'fixed', name, size: t.length }, name);
      case 'VARBINARY':
        return t.length === MAX_LENGTH
          ? 'bytes'
          : { type: 'bytes', ...flinkProps({ 'flink.maxLength': t.length }) };
      case 'DECIMAL':
        return { type: 'bytes', logicalType: 'decimal', precision: t.precision, scale: t.scale };
      case 'DATE':
        return { type: 'int', logicalType: 'date' };
      case 'TIME':
        return t.precision === 3
          ? { type: 'int', logicalType: 'time-millis' }
          : {
              type: 'int',
              ...flinkProps({ 'flink.precision': Math.min(t.precision, 3) }),
              logicalType: 'time-millis',
            };
      case 'TIMESTAMP':
      case 'TIMESTAMP_LTZ': {
        const ltz = t.kind === 'TIMESTAMP_LTZ';
        const millis = t.precision <= 3;
        const logicalType = `${ltz ? '' : 'local-'}timestamp-${millis ? 'millis' : 'micros'}`;
        return t.precision === (millis ? 3 : 6)
          ? { type: 'long', logicalType }
          : { type: 'long', ...flinkProps({ 'flink.precision': t.precision }), logicalType };
      }
      case 'ARRAY':
        return { type: 'array', items: flinkToAvro(t.element, name, defined) };
      case 'MAP':
        return isCharacter(t.key)
          ? { type: 'map', values: flinkToAvro(t.value, name, defined) }
          : { type: 'array', items: mapEntry(t.key, t.value, name, defined) };
      case 'MULTISET': {
        const props = flinkProps({ 'flink.type': 'multiset' });
        return isCharacter(t.element)
          ? { type: 'map', values: 'int', ...props }
          : { type: 'array', items: mapEntry(t.element, intType(false), name, defined), ...props };
      }
      case 'ROW':
        return namedOnce(
          defined,
          {
            type: 'record',
            name,
            fields: t.fields.map((f) => {
              const ft = flinkToAvro(f.type, `${name}_${f.name}`, defined);
              const doc = f.description === undefined ? {} : { doc: f.description };
              return f.type.nullable
                ? { name: f.name, type: ft, default: null, ...doc }
                : { name: f.name, type: ft, ...doc };
            }),
          },
          name,
        );
      default:
        throw new ConfigError(`type ${t.kind} cannot be written with the avro-registry format`);
    }
  })();
  return t.nullable ? ['null', base] : base;
}

function isCharacter(t: LogicalType): boolean {
  return t.kind === 'CHAR' || t.kind === 'VARCHAR';
}

/** Kafka Connect's entry record of a map with non-string keys. */
function mapEntry(key: LogicalType, value: LogicalType, name: string, defined: Defined): AvroJson {
  const entry = namedOnce(
    defined,
    {
      type: 'record',
      name: MAP_ENTRY,
      fields: [
        { name: 'key', type: flinkToAvro(key, `${name}_key`, defined) },
        { name: 'value', type: flinkToAvro(value, `${name}_value`, defined) },
      ],
    },
    name,
  );
  // Under another name (Connect's is taken by a different entry type) the record is marked, as
  // AvroData marks named map entries, so Confluent's readers still see a MAP.
  return typeof entry === 'object' && !Array.isArray(entry) && entry['name'] !== MAP_ENTRY
    ? { ...entry, [CONNECT_INTERNAL_TYPE]: 'MapEntry' }
    : entry;
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
      // An array of MapEntry records (non-string keys) or an Avro map (an object).
      return Array.isArray(v)
        ? new Map(
            (v as { key: unknown; value: unknown }[]).map((e) => [
              avroValueToFlink(e.key, t.key),
              avroValueToFlink(e.value, t.value),
            ]),
          )
        : new Map(Object.entries(v as object).map(([k, x]) => [k, avroValueToFlink(x, t.value)]));
    case 'MULTISET':
      return Array.isArray(v)
        ? new Map(
            (v as { key: unknown; value: unknown }[]).map((e) => [
              avroValueToFlink(e.key, t.element),
              e.value,
            ]),
          )
        : new Map(Object.entries(v as object));
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
    case 'BINARY': {
      // A `fixed` of exactly `length` bytes: shorter values are padded as Flink pads BINARY(n).
      const b = v as Uint8Array;
      if (b.length > t.length)
        throw new ExecutionError(`a value of ${b.length} bytes for a BINARY(${t.length}) column`);
      const out = Buffer.alloc(t.length);
      out.set(b);
      return out;
    }
    case 'VARBINARY':
      return Buffer.from(v as Uint8Array);
    case 'DECIMAL':
      return Buffer.from(unscaledToBytes(v as bigint));
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const ts = v as Parameters<typeof tsMillis>[0];
      return t.precision <= 3 ? tsMillis(ts) : tsMillis(ts) * 1000 + Math.floor(tsNanoOfMilli(ts) / 1000);
    }
    case 'ARRAY':
      return (v as unknown[]).map((x) => flinkValueToAvro(x, t.element));
    case 'MAP': {
      if (!isCharacter(t.key)) {
        const entries: { key: unknown; value: unknown }[] = [];
        for (const [k, x] of v as Map<unknown, unknown>)
          entries.push({ key: flinkValueToAvro(k, t.key), value: flinkValueToAvro(x, t.value) });
        return entries;
      }
      const o: Record<string, unknown> = {};
      for (const [k, x] of v as Map<unknown, unknown>) {
        // An Avro map has no null key: Kafka Connect refuses it too.
        if (k === null) throw new ExecutionError('a NULL key in a MAP written as an Avro map');
        o[String(k)] = flinkValueToAvro(x, t.value);
      }
      return o;
    }
    case 'MULTISET': {
      if (!isCharacter(t.element)) {
        const entries: { key: unknown; value: unknown }[] = [];
        for (const [k, n] of v as Map<unknown, number>)
          entries.push({ key: flinkValueToAvro(k, t.element), value: n });
        return entries;
      }
      const o: Record<string, unknown> = {};
      for (const [k, n] of v as Map<unknown, number>) {
        if (k === null) throw new ExecutionError('a NULL element in a MULTISET written as an Avro map');
        o[String(k)] = n;
      }
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
