/**
 * Producing a golden case's input rows (Flink `json` format lines) to its topic the way a user's
 * producer would: each row converted to the Avro schema Eddy registered under `<topic>-value`,
 * serialized by @kafkajs/confluent-schema-registry (Confluent wire format), sent with the
 * row's event time as the record timestamp. JSON Schema rows are validated and framed by
 * schema-wire's encoder instead, so long numbers keep their digits (as Jackson or Python's json
 * writes them; the registry client's JSON.stringify would round them to doubles).
 */
import { readFileSync } from 'node:fs';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import avsc from 'avsc';
import type { KafkaClient } from '../../kafka/client/index.js';
import { encodeValue, JsonNumber, parseJsonSchema, type JsonSchema } from '../../schema-wire/index.js';
import { needsExactText } from '../../schema-wire/json-exact.js';
import type { EventTimeRule, KafkaInput } from './kafka-rewrite.js';

type Avro = string | { type: Avro; logicalType?: string; scale?: number; [k: string]: unknown } | Avro[];

/** Parses `YYYY-MM-DD[ T]hh:mm[:ss[.fff…]]` as a wall clock; returns epoch micros as if UTC. */
function wallClockMicros(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const frac = ((m[7] ?? '') + '000000').slice(0, 6);
  return ms * 1000 + Number(frac);
}

/** The offset (ms) of `zone` at the UTC instant `utcMs`. */
function zoneOffsetMs(zone: string, utcMs: number): number {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(fmt.formatToParts(new Date(utcMs)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * A timestamp text as epoch micros: with `Z` or an offset it is an instant; without, a wall
 * clock in `zone` (TIMESTAMP_LTZ) or in UTC (TIMESTAMP, whose epoch value Flink takes as UTC).
 */
export function timestampMicros(text: string, ltz: boolean, zone: string): number {
  const z = /^(.*?)(Z|[+-]\d{2}:?\d{2})$/.exec(text.trim());
  const wall = wallClockMicros((z ? z[1]! : text).trim());
  if (wall === undefined) throw new Error(`not a timestamp: '${text}'`);
  if (z) {
    if (z[2] === 'Z') return wall;
    const sign = z[2]!.startsWith('-') ? -1 : 1;
    const [hh, mm] = [z[2]!.slice(1, 3), z[2]!.slice(-2)];
    return wall - sign * (Number(hh) * 3600 + Number(mm) * 60) * 1e6;
  }
  if (!ltz || zone === 'UTC') return wall;
  const guess = wall / 1000;
  const off = zoneOffsetMs(zone, guess - zoneOffsetMs(zone, guess));
  return wall - off * 1000;
}

function nonNull(branches: Avro[]): Avro {
  return branches.find((b) => b !== 'null') ?? 'null';
}

/** Unscaled decimal as big-endian two's complement bytes (Avro `decimal`). */
function decimalBytes(v: unknown, scale: number): Buffer {
  // JSON numbers may come in exponent form (5e37, 1e-15): shift the digits exactly, as a
  // BigDecimal would, then cut to the scale (the digits beyond it are dropped, as before).
  const text = String(v);
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text);
  if (!m) throw new Error(`not a decimal number: ${text}`);
  const digits = `${m[2] ?? ''}${m[3] ?? ''}` || '0';
  const shift = Number(m[4] ?? 0) - (m[3] ?? '').length + scale;
  let n =
    shift >= 0
      ? BigInt(digits) * 10n ** BigInt(shift)
      : BigInt(digits.slice(0, digits.length + shift) || '0');
  if (m[1] === '-') n = -n;
  let hex = (n < 0n ? (1n << 256n) + n : n).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let buf = Buffer.from(hex, 'hex');
  if (n < 0n) {
    // Trim the 256-bit sign extension to the shortest form.
    let i = 0;
    while (i < buf.length - 1 && buf[i] === 0xff && (buf[i + 1]! & 0x80) !== 0) i++;
    buf = buf.subarray(i);
  } else if ((buf[0]! & 0x80) !== 0) buf = Buffer.concat([Buffer.from([0]), buf]);
  return buf;
}

/** A Flink-json input value → the Avro value of `schema` (avsc without logical types). */
export function toAvro(
  v: unknown,
  schema: Avro,
  zone: string,
  ltz = false,
  named: Map<string, Avro> = new Map(),
): unknown {
  if (Array.isArray(schema)) {
    if (v === null || v === undefined) return null;
    return toAvro(v, nonNull(schema), zone, ltz, named);
  }
  if (v === null || v === undefined) return null;
  if (typeof schema === 'string') {
    // A reference to a named type seen earlier in the schema (a second MAP<INT, …> refers back
    // to io.confluent.connect.avro.MapEntry by name).
    const ref = named.get(schema) ?? [...named].find(([full]) => full.endsWith(`.${schema}`))?.[1];
    if (ref !== undefined) return toAvro(v, ref, zone, ltz, named);
    switch (schema) {
      case 'string':
        return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
      case 'long':
        // Kept exact: big literals arrive as text (parseRow), written as BigInt (bigLong).
        return typeof v === 'string' && /^-?\d+$/.test(v) ? BigInt(v) : Number(v);
      case 'int':
      case 'float':
      case 'double':
        return Number(v);
      case 'boolean':
        return typeof v === 'boolean' ? v : String(v).toLowerCase() === 'true';
      case 'bytes':
        return Buffer.from(String(v), 'base64');
      default:
        throw new Error(`unsupported Avro type ${schema}`);
    }
  }
  switch (schema.logicalType) {
    case 'timestamp-millis':
    case 'local-timestamp-millis':
      return Math.floor(timestampMicros(String(v), schema.logicalType === 'timestamp-millis', zone) / 1000);
    case 'timestamp-micros':
    case 'local-timestamp-micros':
      return timestampMicros(String(v), schema.logicalType === 'timestamp-micros', zone);
    case 'date':
      return Math.round(wallClockMicros(String(v))! / 86_400_000_000);
    case 'time-millis':
      return Math.floor(wallClockMicros(`1970-01-01 ${String(v)}`)! / 1000);
    case 'decimal':
      return decimalBytes(v, schema.scale ?? 0);
  }
  const t = schema.type;
  if (typeof schema.name === 'string' && (t === 'record' || t === 'fixed' || t === 'enum')) {
    const ns =
      typeof schema.namespace === 'string' && !schema.name.includes('.') ? `${schema.namespace}.` : '';
    named.set(ns + schema.name, schema);
  }
  if (t === 'record') {
    const fields = schema.fields as { name: string; type: Avro }[];
    const o: Record<string, unknown> = {};
    for (const f of fields)
      o[f.name] = toAvro((v as Record<string, unknown>)[f.name], f.type, zone, false, named);
    return o;
  }
  if (t === 'fixed') {
    // BINARY(n): base64 text, padded with zero bytes to the fixed size (as Flink pads BINARY(n)).
    const out = Buffer.alloc(Number(schema.size));
    Buffer.from(String(v), 'base64').copy(out);
    return out;
  }
  if (t === 'array') {
    const items = schema.items as Avro;
    // A MAP with non-string keys is an array of key/value records.
    if (!Array.isArray(v) && typeof v === 'object')
      return Object.entries(v as object).map(([key, value]) =>
        toAvro({ key, value }, items, zone, false, named),
      );
    return (v as unknown[]).map((x) => toAvro(x, items, zone, false, named));
  }
  if (t === 'map') {
    const values = schema.values as Avro;
    return Object.fromEntries(
      Object.entries(v as object).map(([k, x]) => [k, toAvro(x, values, zone, false, named)]),
    );
  }
  return toAvro(v, t, zone, ltz, named);
}

/**
 * Parses one JSON line keeping number literals a double cannot hold exactly (more than 15
 * significant digits) as their text, so BIGINT and DECIMAL(38) inputs stay exact.
 */
export function parseRow(line: string): Record<string, unknown> {
  const safe = line.replace(/"(?:[^"\\]|\\.)*"|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/g, (m, num?: string) =>
    num !== undefined && num.replace(/[eE].*$/, '').replace(/\D|^[-0.]+/g, '').length > 15 ? `"${num}"` : m,
  );
  return JSON.parse(safe) as Record<string, unknown>;
}

/** avsc's long as a BigInt (its default refuses values beyond 2^53). */
const bigLong = avsc.types.LongType.__with({
  fromBuffer: (b: Buffer) => b.readBigInt64LE(),
  toBuffer: (n: bigint | number) => {
    const b = Buffer.alloc(8);
    b.writeBigInt64LE(BigInt(n));
    return b;
  },
  fromJSON: (n: unknown) => BigInt(n as number),
  toJSON: (n: bigint) => Number(n),
  isValid: (n: unknown) => typeof n === 'bigint' || Number.isInteger(n),
  compare: (a: bigint, b: bigint) => (a === b ? 0 : a < b ? -1 : 1),
});

/** Plain `long`s (not timestamps) as {@link bigLong}; a hook, so named types are not shared. */
function bigLongHook(schema: unknown): unknown {
  const plain =
    schema === 'long' ||
    (typeof schema === 'object' &&
      schema !== null &&
      (schema as { type?: unknown }).type === 'long' &&
      (schema as { logicalType?: unknown }).logicalType === undefined);
  return plain ? bigLong : undefined;
}

/** A Flink-json input value → the JSON value a JSON Schema (as Eddy registers it) describes. */
export function toJsonSchemaValue(v: unknown, schema: Record<string, unknown>, zone = 'UTC'): unknown {
  if (v === null || v === undefined) return null;
  const branches = schema.oneOf as Record<string, unknown>[] | undefined;
  if (branches) return toJsonSchemaValue(v, branches.find((b) => b.type !== 'null') ?? {}, zone);
  // Confluent's JSON Schema conventions (Kafka Connect logical types, as Eddy registers them).
  switch (schema.title) {
    case 'org.apache.kafka.connect.data.Timestamp':
      return Math.floor(timestampMicros(String(v), schema['flink.type'] !== 'timestamp', zone) / 1000);
    case 'org.apache.kafka.connect.data.Date':
      return Math.round(wallClockMicros(String(v))! / 86_400_000_000);
    case 'org.apache.kafka.connect.data.Time':
      return Math.floor(wallClockMicros(`1970-01-01 ${String(v)}`)! / 1000);
  }
  if (schema['connect.type'] === 'map') {
    const entries = Object.entries(v as Record<string, unknown>);
    if (schema.type === 'array') {
      const item = (schema.items ?? {}) as { properties?: Record<string, Record<string, unknown>> };
      const ks = item.properties?.['key'] ?? {};
      const vs = item.properties?.['value'] ?? {};
      return entries.map(([k, x]) => ({
        key: toJsonSchemaValue(k, ks, zone),
        value: toJsonSchemaValue(x, vs, zone),
      }));
    }
    const vs = (schema.additionalProperties ?? {}) as Record<string, unknown>;
    return Object.fromEntries(entries.map(([k, x]) => [k, toJsonSchemaValue(x, vs, zone)]));
  }
  switch (schema.type) {
    case 'string':
      return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
    case 'integer':
    case 'number':
      // A long number (kept as text by parseRow) written with its digits, as Jackson writes a
      // long or a BigDecimal and Python's json a big int.
      return typeof v === 'string' && needsExactText(v) ? new JsonNumber(v) : Number(v);
    case 'boolean':
      return typeof v === 'boolean' ? v : String(v).toLowerCase() === 'true';
    case 'array':
      return (v as unknown[]).map((x) =>
        toJsonSchemaValue(x, (schema.items ?? {}) as Record<string, unknown>, zone),
      );
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      if (Object.keys(props).length === 0) return v;
      return Object.fromEntries(
        Object.entries(props).map(([k, s]) => [
          k,
          toJsonSchemaValue((v as Record<string, unknown>)[k], s, zone),
        ]),
      );
    }
    default:
      return v;
  }
}

async function latestSchema(
  registryUrl: string,
  subject: string,
): Promise<{ id: number; avro: Avro; json: boolean; parsed?: JsonSchema } | undefined> {
  const res = await fetch(`${registryUrl}/subjects/${subject}/versions/latest`);
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`GET ${subject}: HTTP ${res.status}`);
  const { id, schema, schemaType } = (await res.json()) as {
    id: number;
    schema: string;
    schemaType?: string;
  };
  const json = schemaType === 'JSON';
  return { id, avro: JSON.parse(schema) as Avro, json, ...(json ? { parsed: parseJsonSchema(schema) } : {}) };
}

/** The record timestamp (epoch ms) of a row, from its event-time column. */
export function eventTimeMs(
  row: Record<string, unknown>,
  rule: EventTimeRule,
  zone: string,
): bigint | undefined {
  const v = row[rule.column];
  if (v === null || v === undefined) return undefined;
  if (rule.kind === 'epoch') {
    const n = Number(v);
    return BigInt(Math.floor(rule.precision === 0 ? n * 1000 : n));
  }
  return BigInt(Math.floor(timestampMicros(String(v), rule.ltz, zone) / 1000));
}

/** A Confluent-format client with Eddy's registrations (BigInt longs; Connect's JSON keywords). */
function schemaRegistry(registryUrl: string): SchemaRegistry {
  return new SchemaRegistry({ host: registryUrl }, {
    [SchemaType.AVRO]: { typeHook: bigLongHook },
    // Confluent's JSON Schemas carry `connect.type` & co.; a strict Ajv refuses unknown keywords.
    [SchemaType.JSON]: { strict: false },
  } as never);
}

type Producer = Awaited<ReturnType<KafkaClient['producer']>>;

/**
 * A registry client and a producer kept across many {@link produceInput} calls on one cluster
 * (a producer per input would open a connection and fetch metadata each time).
 */
export class ProduceContext {
  readonly sr: SchemaRegistry;
  private producer: Promise<Producer> | undefined;

  constructor(
    private readonly kafka: KafkaClient,
    readonly registryUrl: string,
  ) {
    this.sr = schemaRegistry(registryUrl);
  }

  /** The shared producer, made on first use. */
  send(messages: Parameters<Producer['send']>[0]['messages']): Promise<unknown> {
    this.producer ??= this.kafka.producer();
    return this.producer.then((p) => p.send({ messages }));
  }

  async close(): Promise<void> {
    if (this.producer) await (await this.producer).close();
    this.producer = undefined;
  }
}

/**
 * Produces every row of `input.file` to partition 0 of its topic, in file order (with `shared`,
 * through its registry client and producer; without, through ones made for this call).
 */
export async function produceInput(
  kafka: KafkaClient,
  registryUrl: string,
  input: KafkaInput,
  zone: string,
  shared?: ProduceContext,
): Promise<number> {
  const rows = readFileSync(input.file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(parseRow);
  // A table with a primary key has key columns: they travel in the key (value.fields-include
  // is except-key), serialized with the `-key` schema.
  const [value, key] = await Promise.all([
    latestSchema(registryUrl, `${input.topic}-value`),
    latestSchema(registryUrl, `${input.topic}-key`),
  ]);
  if (!value) throw new Error(`no schema under ${input.topic}-value`);
  if (rows.length === 0) return 0;
  const sr = shared?.sr ?? schemaRegistry(registryUrl);
  const convert = (row: Record<string, unknown>, s: { avro: Avro; json: boolean }): unknown =>
    s.json ? toJsonSchemaValue(row, s.avro as Record<string, unknown>, zone) : toAvro(row, s.avro, zone);
  // JSON: validated and framed as Confluent's serializer does, but with long numbers' digits
  // (the registry client's JSON.stringify would round them to doubles).
  const encode = (
    s: { id: number; avro: Avro; json: boolean; parsed?: JsonSchema },
    row: Record<string, unknown>,
  ): Promise<Buffer> | Buffer =>
    s.parsed
      ? encodeValue(s.id, s.parsed, convert(row, s), { exactNumbers: true })
      : sr.encode(s.id, convert(row, s));
  const messages = [];
  for (const row of rows) {
    const ts = input.eventTime ? eventTimeMs(row, input.eventTime, zone) : undefined;
    messages.push({
      topic: input.topic,
      partition: 0,
      value: await encode(value, row),
      ...(key ? { key: await encode(key, row) } : {}),
      ...(ts !== undefined ? { timestamp: ts } : {}),
    });
  }
  if (shared) {
    await shared.send(messages);
    return rows.length;
  }
  const producer = await kafka.producer();
  try {
    await producer.send({ messages });
  } finally {
    await producer.close();
  }
  return rows.length;
}
