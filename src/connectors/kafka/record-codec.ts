/**
 * Turns the key or value bytes of a record into column values and back, for one format:
 * `raw` (one column, the bytes or their UTF-8 text), `avro-registry`, `json-registry` and
 * `proto-registry` (Confluent's framing: magic byte, schema id, payload).
 */
import { ConfigError, ExecutionError } from '../../common/errors.js';
import {
  encodeValue,
  unframe,
  decodeValue,
  JsonNumber,
  stringifyJsonExact,
  type EncodeOptions,
  type ParsedSchema,
} from '../../schema-wire/index.js';
import { needsExactText } from '../../schema-wire/json-exact.js';
import { AvroSchema } from '../../schema-wire/avro.js';
import { ProtobufSchema } from '../../schema-wire/protobuf.js';
import { reshapeProto } from './proto-shape.js';
import { protoMessage as foreignProtoMessage } from './proto-write.js';
import { flinkValueToProto, protoSchemaText } from './proto-schema.js';
import type { RegistryClient } from '../../schema-wire/registry-client/registry-client.js';
import type { LogicalType } from '../logical-type.js';
import {
  formatFloat,
  makeTimestamp,
  MAX_LENGTH,
  parseDate,
  parseDecimal,
  parseTime,
  truncateTimestamp,
  tsMillis,
  ymdToDays,
  type TimestampValue,
} from '../../types/index.js';
import { avroValueToFlink, flinkValueToAvro, recordSchema } from './avro-mapping.js';
import type { KafkaFormat, ValueFormat } from './kafka-options.js';
import { DEBEZIUM_FORMATS, isDebeziumFormat } from './changelog-codec.js';
import { envelopeColumns } from '../formats/debezium.js';
import { intType, rowType } from '../../types/index.js';

/** A column of the key or value: its name inside the record and its type. */
export interface PartColumn {
  readonly name: string;
  readonly type: LogicalType;
}

function isBinary(t: LogicalType): boolean {
  return t.kind === 'BINARY' || t.kind === 'VARBINARY';
}

/** Kafka Connect's logical-type names, which Confluent's JSON Schema converter puts in `title`. */
export const CONNECT_DATE = 'org.apache.kafka.connect.data.Date';
export const CONNECT_TIME = 'org.apache.kafka.connect.data.Time';
export const CONNECT_TIMESTAMP = 'org.apache.kafka.connect.data.Timestamp';
export const CONNECT_DECIMAL = 'org.apache.kafka.connect.data.Decimal';

const MILLIS_PER_DAY = 86_400_000;
const ISO_TS_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * An ISO-8601 timestamp text written by another producer (`2021-09-27T12:34:56.123456Z`, a space
 * instead of `T`, an optional offset). The wall clock for TIMESTAMP, the instant for TIMESTAMP_LTZ;
 * without an offset the text is read as UTC, never in the process's local zone.
 */
function parseIsoTimestamp(text: string, ltz: boolean): TimestampValue | undefined {
  const m = ISO_TS_RE.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) =>
    x === undefined ? undefined : Number(x),
  ) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const frac = (m[7] ?? '').padEnd(9, '0');
  let millis =
    ymdToDays(y!, mo!, d!) * MILLIS_PER_DAY + ((h * 60 + mi) * 60 + s) * 1000 + Number(frac.slice(0, 3));
  const zone = m[8];
  // An offset names the instant of a TIMESTAMP_LTZ; a TIMESTAMP keeps the wall clock as written.
  if (ltz && zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    const offMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
    millis -= (zone[0] === '-' ? -offMin : offMin) * 60_000;
  }
  return makeTimestamp(millis, Number(frac.slice(3)));
}

function bad(v: unknown, t: LogicalType): never {
  throw new ExecutionError(`cannot read the JSON value ${JSON.stringify(v)} as ${t.kind}`);
}

function toNumber(v: unknown, t: LogicalType): number {
  const n =
    typeof v === 'number'
      ? v
      : v instanceof JsonNumber
        ? Number(v.text)
        : typeof v === 'string' && v.trim() !== ''
          ? Number(v)
          : NaN;
  if (Number.isNaN(n) && v !== 'NaN') bad(v, t);
  return n;
}

function timePrecisionOf(t: LogicalType): number {
  return (t as { precision?: number }).precision ?? 3;
}

/** A JSON (or decoded Protobuf) value → the Flink value of a type. */
export function jsonValueToFlink(v: unknown, t: LogicalType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return Math.trunc(toNumber(v, t));
    case 'FLOAT':
      return Math.fround(toNumber(v, t));
    case 'DOUBLE':
      return toNumber(v, t);
    case 'DATE': {
      // Connect Date: days since the epoch; other producers may write `yyyy-mm-dd`.
      if (typeof v === 'string' && !/^-?\d+$/.test(v.trim())) return parseDate(v.trim()) ?? bad(v, t);
      return Math.floor(toNumber(v, t));
    }
    case 'TIME': {
      // Connect Time: milliseconds of the day; other producers may write `hh:mm:ss[.fff]`.
      let ms: number;
      if (typeof v === 'string' && !/^-?\d+$/.test(v.trim())) {
        if (!/^\d{1,2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/.test(v.trim())) bad(v, t);
        ms = parseTime(v.trim()) ?? bad(v, t);
      } else ms = Math.floor(toNumber(v, t));
      const unit = 10 ** (3 - Math.min(3, timePrecisionOf(t)));
      return ms - (((ms % unit) + unit) % unit);
    }
    case 'DECIMAL': {
      // Flink rounds HALF_UP to the scale and reads a value beyond the precision as NULL.
      // A long number's own text (JsonNumber), never a double's nearest digits.
      const text =
        typeof v === 'string' || v instanceof JsonNumber
          ? String(v)
          : typeof v === 'number' || typeof v === 'bigint'
            ? String(v)
            : '';
      const d = parseDecimal(text, t.precision, t.scale);
      return d === undefined ? bad(v, t) : d;
    }
    case 'BIGINT': {
      // Protobuf longs arrive as decimal strings, JSON longs beyond 15 digits as JsonNumber
      // text: both exact. A uint64 / fixed64 above 2^63 - 1 wraps to negative, as Java reads
      // it into a long.
      if (typeof v === 'bigint') return BigInt.asIntN(64, v);
      const text = v instanceof JsonNumber ? v.text : v;
      return typeof text === 'string' && /^-?\d+$/.test(text)
        ? BigInt.asIntN(64, BigInt(text))
        : BigInt(Math.trunc(toNumber(v, t)));
    }
    case 'CHAR':
    case 'VARCHAR':
      return typeof v === 'string' ? v : stringifyJsonExact(v);
    case 'BINARY':
    case 'VARBINARY':
      return typeof v === 'string' ? Buffer.from(v, 'base64') : v;
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      if (typeof v === 'object') {
        // google.protobuf.Timestamp
        const ts = v as { seconds?: string | number; nanos?: number };
        const nanos = ts.nanos ?? 0;
        return makeTimestamp(Number(ts.seconds ?? 0) * 1000 + Math.floor(nanos / 1e6), nanos % 1e6);
      }
      // Connect Timestamp: epoch milliseconds; other producers may write ISO-8601 text.
      if (typeof v === 'string' && !/^-?\d+$/.test(v.trim())) {
        const ts = parseIsoTimestamp(v, t.kind === 'TIMESTAMP_LTZ') ?? bad(v, t);
        return truncateTimestamp(ts, t.precision);
      }
      return truncateTimestamp(Math.floor(toNumber(v, t)), t.precision);
    }
    case 'ARRAY':
      if (!Array.isArray(v)) bad(v, t);
      return v.map((x) => jsonValueToFlink(x, t.element));
    case 'MAP': {
      // Connect maps: an object for string keys, an array of {key, value} objects otherwise.
      if (Array.isArray(v))
        return new Map(
          v.map((e) => {
            const o = (e ?? {}) as Record<string, unknown>;
            return [jsonValueToFlink(o['key'], t.key), jsonValueToFlink(o['value'], t.value)];
          }),
        );
      if (typeof v !== 'object') bad(v, t);
      return new Map(
        Object.entries(v as object).map(([k, x]) => [
          jsonValueToFlink(k, t.key),
          jsonValueToFlink(x, t.value),
        ]),
      );
    }
    case 'MULTISET': {
      // Confluent's MAP<element, INT>: an object of counts, or an array of {key, value}.
      if (Array.isArray(v))
        return new Map(
          v.map((e) => {
            const o = (e ?? {}) as Record<string, unknown>;
            return [jsonValueToFlink(o['key'], t.element), Math.trunc(toNumber(o['value'], t))];
          }),
        );
      if (typeof v !== 'object') bad(v, t);
      return new Map(
        Object.entries(v as object).map(([k, x]) => [
          jsonValueToFlink(k, t.element),
          Math.trunc(toNumber(x, t)),
        ]),
      );
    }
    case 'ROW':
      if (typeof v !== 'object' || Array.isArray(v)) bad(v, t);
      return t.fields.map((f) => jsonValueToFlink((v as Record<string, unknown>)[f.name], f.type));
    default:
      return v;
  }
}

/** An unscaled DECIMAL as its decimal text (`-12.34`), so the JSON number is the nearest double. */
function decimalText(unscaled: bigint, scale: number): string {
  if (scale === 0) return unscaled.toString();
  const neg = unscaled < 0n;
  const digits = (neg ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

function isStringKeyed(t: LogicalType & { kind: 'MAP' }): boolean {
  return t.key.kind === 'CHAR' || t.key.kind === 'VARCHAR';
}

function isCharacter(t: LogicalType): boolean {
  return t.kind === 'CHAR' || t.kind === 'VARCHAR';
}

/** A Flink value → its JSON value under the schema of {@link jsonTypeOf}. */
export function flinkValueToJson(v: unknown, t: LogicalType): unknown {
  if (v === null || v === undefined) return null;
  switch (t.kind) {
    case 'DECIMAL': {
      // Jackson writes a BigDecimal's digits: beyond a double's 15, the text itself.
      const text = decimalText(v as bigint, t.scale);
      return needsExactText(text) ? new JsonNumber(text) : Number(text);
    }
    case 'FLOAT':
      // Float.toString's shortest digits: `1.1`, not the double 1.100000023841858.
      return Number.isFinite(v) ? Number(formatFloat(v as number)) : v;
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return tsMillis(v as TimestampValue);
    case 'BIGINT': {
      // A long beyond 2^53 as its digits (JsonNumber), as Jackson writes a long.
      const n = Number(v as bigint);
      return Number.isSafeInteger(n) ? n : new JsonNumber((v as bigint).toString());
    }
    case 'BINARY':
    case 'VARBINARY':
      return Buffer.from(v as Uint8Array).toString('base64');
    case 'ARRAY':
      return (v as unknown[]).map((x) => flinkValueToJson(x, t.element));
    case 'MAP': {
      const m = v as Map<unknown, unknown>;
      if (!isStringKeyed(t))
        return [...m].map(([k, x]) => ({
          key: flinkValueToJson(k, t.key),
          value: flinkValueToJson(x, t.value),
        }));
      const o: Record<string, unknown> = {};
      for (const [k, x] of m) o[String(k)] = flinkValueToJson(x, t.value);
      return o;
    }
    case 'MULTISET': {
      const m = v as Map<unknown, number>;
      if (!isCharacter(t.element))
        return [...m].map(([k, n]) => ({ key: flinkValueToJson(k, t.element), value: n }));
      const o: Record<string, unknown> = {};
      for (const [k, n] of m) o[String(k)] = n;
      return o;
    }
    case 'ROW': {
      const o: Record<string, unknown> = {};
      t.fields.forEach((f, i) => (o[f.name] = flinkValueToJson((v as unknown[])[i], f.type)));
      return o;
    }
    default:
      return v;
  }
}

const CONNECT_INT: Partial<Record<LogicalType['kind'], string>> = {
  TINYINT: 'int8',
  SMALLINT: 'int16',
  INT: 'int32',
  BIGINT: 'int64',
  FLOAT: 'float32',
  DOUBLE: 'float64',
};

/**
 * The JSON Schema of a Flink type as Confluent Cloud for Apache Flink writes it: numbers carry
 * Connect's `connect.type`, DATE/TIME/TIMESTAMP Connect's logical `title` (integers: days, ms of
 * day, epoch ms), MAP `connect.type: map` (an object for string keys, else {key, value} items).
 */
export function jsonTypeOf(t: LogicalType): Record<string, unknown> {
  const base = ((): Record<string, unknown> => {
    switch (t.kind) {
      case 'BOOLEAN':
        return { type: 'boolean' };
      case 'TINYINT':
      case 'SMALLINT':
      case 'INT':
      case 'BIGINT':
      case 'FLOAT':
      case 'DOUBLE':
        return { type: 'number', 'connect.type': CONNECT_INT[t.kind] };
      case 'DECIMAL':
        return {
          type: 'number',
          title: CONNECT_DECIMAL,
          'connect.type': 'bytes',
          'connect.parameters': { scale: String(t.scale), 'connect.decimal.precision': String(t.precision) },
        };
      case 'DATE':
        return { type: 'number', title: CONNECT_DATE, 'connect.type': 'int32' };
      case 'TIME':
        return {
          type: 'number',
          title: CONNECT_TIME,
          'connect.type': 'int32',
          'flink.precision': t.precision,
          'flink.version': '1',
        };
      case 'TIMESTAMP':
      case 'TIMESTAMP_LTZ':
        return {
          type: 'number',
          title: CONNECT_TIMESTAMP,
          'connect.type': 'int64',
          'flink.precision': t.precision,
          ...(t.kind === 'TIMESTAMP' ? { 'flink.type': 'timestamp' } : {}),
          'flink.version': '1',
        };
      // Lengths as Confluent writes them: JSON's own for characters, flink.* for bytes (a
      // byte length is not JSON's string length).
      case 'CHAR':
        return { type: 'string', minLength: t.length, maxLength: t.length };
      case 'VARCHAR':
        return t.length === MAX_LENGTH ? { type: 'string' } : { type: 'string', maxLength: t.length };
      case 'BINARY':
        return {
          type: 'string',
          'flink.maxLength': t.length,
          'flink.minLength': t.length,
          'flink.version': '1',
          'connect.type': 'bytes',
        };
      case 'VARBINARY':
        return t.length === MAX_LENGTH
          ? { type: 'string', 'connect.type': 'bytes' }
          : { type: 'string', 'flink.maxLength': t.length, 'flink.version': '1', 'connect.type': 'bytes' };
      case 'ARRAY':
        return { type: 'array', items: jsonTypeOf(t.element) };
      case 'MAP':
        if (isStringKeyed(t))
          return { type: 'object', 'connect.type': 'map', additionalProperties: jsonTypeOf(t.value) };
        return {
          type: 'array',
          'connect.type': 'map',
          items: jsonObject([
            { name: 'key', type: t.key },
            { name: 'value', type: t.value },
          ]),
        };
      case 'MULTISET':
        // Confluent's MAP<element, INT> marked `flink.type: multiset`.
        if (isCharacter(t.element))
          return {
            type: 'object',
            'connect.type': 'map',
            'flink.type': 'multiset',
            additionalProperties: { type: 'number', 'connect.type': 'int32' },
          };
        return {
          type: 'array',
          'connect.type': 'map',
          'flink.type': 'multiset',
          items: jsonObject([
            { name: 'key', type: t.element },
            { name: 'value', type: intType(false) },
          ]),
        };
      case 'ROW':
        return jsonObject(t.fields.map((f) => ({ name: f.name, type: f.type })));
      default:
        return { type: 'string' };
    }
  })();
  return t.nullable ? { oneOf: [{ type: 'null' }, base] } : base;
}

function jsonObject(cols: readonly PartColumn[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(cols.map((c) => [c.name, jsonTypeOf(c.type)])),
    required: cols.filter((c) => !c.type.nullable).map((c) => c.name),
  };
}

export { EDDY_PROTO_PACKAGE } from './proto-schema.js';

/** The schema Eddy registers for a key or value part, or undefined for raw. */
export function partSchema(
  format: ValueFormat,
  cols: readonly PartColumn[],
): { schema: string; schemaType: 'AVRO' | 'JSON' | 'PROTOBUF' } | undefined {
  // A Debezium value: the envelope (before, after, op) in the underlying format.
  if (isDebeziumFormat(format))
    return partSchema(
      DEBEZIUM_FORMATS[format],
      envelopeColumns(rowType(cols.map((c) => ({ name: c.name, type: c.type })))),
    );
  if (format === 'raw') return undefined;
  if (format === 'avro-registry') return { schema: JSON.stringify(recordSchema(cols)), schemaType: 'AVRO' };
  if (format === 'json-registry')
    return {
      schema: JSON.stringify({
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'record',
        ...jsonObject(cols),
      }),
      schemaType: 'JSON',
    };
  return { schema: protoSchemaText(cols), schemaType: 'PROTOBUF' };
}

/** Decodes one part; `schemas` is the registry (ids cached). */
export class PartDecoder {
  private readonly cache = new Map<number, ParsedSchema>();
  constructor(
    private readonly format: KafkaFormat,
    private readonly cols: readonly PartColumn[],
    private readonly registry: RegistryClient | undefined,
  ) {
    if (format === 'raw' && cols.length > 1)
      throw new ConfigError(`the 'raw' format holds exactly one column, got ${cols.length}`);
    if (format !== 'raw' && registry === undefined)
      throw new ConfigError(`the '${format}' format needs a Schema Registry ('registry.url')`);
  }

  /** True when {@link prepare} must fetch a schema before `bytes` can be decoded (no await otherwise). */
  needsPrepare(bytes: Uint8Array | null): boolean {
    if (this.format === 'raw' || bytes === null || bytes.length < 5) return false;
    // Confluent framing: magic byte 0, then the schema id (big-endian int32).
    const id = ((bytes[1]! << 24) | (bytes[2]! << 16) | (bytes[3]! << 8) | bytes[4]!) >>> 0;
    return !this.cache.has(id);
  }

  /** Fetches the schema of a record's id when it is not cached yet (call before {@link decode}). */
  async prepare(bytes: Uint8Array | null): Promise<void> {
    if (this.format === 'raw' || bytes === null || bytes.length < 5) return;
    const { schemaId } = unframe(bytes);
    if (!this.cache.has(schemaId)) this.cache.set(schemaId, await this.registry!.parsed(schemaId));
  }

  /** Writes the part's column values into `out` at `at[i]`. */
  decode(bytes: Uint8Array | null, out: unknown[], at: readonly number[]): void {
    if (this.cols.length === 0) return;
    if (bytes === null) {
      for (const i of at) out[i] = null;
      return;
    }
    if (this.format === 'raw') {
      const c = this.cols[0]!;
      out[at[0]!] = isBinary(c.type) ? new Uint8Array(bytes) : Buffer.from(bytes).toString('utf8');
      return;
    }
    const decoded = decodeValue(bytes, this.lookup);
    const schema = this.cache.get(decoded.schemaId)!;
    const conv = schema instanceof AvroSchema ? avroValueToFlink : jsonValueToFlink;
    let v = decoded.value;
    if (schema instanceof ProtobufSchema && decoded.messageType !== undefined)
      v = reshapeProto(v as Record<string, unknown>, this.protoType(schema, decoded.messageType));
    const isObject = v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
    if (!isObject || (this.cols.length === 1 && !(this.cols[0]!.name in (v as object)))) {
      out[at[0]!] = conv(v, this.cols[0]!.type);
      return;
    }
    const cols = this.cols;
    const o = v as Record<string, unknown>;
    for (let j = 0; j < cols.length; j++) out[at[j]!] = conv(o[cols[j]!.name], cols[j]!.type);
  }

  private readonly protoTypes = new Map<ProtobufSchema, Map<string, import('protobufjs').Type>>();

  /** The message type a record names (looked up once per schema and name). */
  private protoType(schema: ProtobufSchema, name: string): import('protobufjs').Type {
    let byName = this.protoTypes.get(schema);
    if (byName === undefined) this.protoTypes.set(schema, (byName = new Map()));
    let t = byName.get(name);
    if (t === undefined) byName.set(name, (t = schema.root.lookupType(name)));
    return t;
  }

  /** The cached schema of an id (bound once: no closure per record). */
  private readonly lookup = (id: number): ParsedSchema => {
    const s = this.cache.get(id);
    if (s === undefined) throw new ExecutionError(`schema id ${id} was not fetched`);
    return s;
  };
}

const EXACT: EncodeOptions = { exactNumbers: true };

/** Encodes one part under a registered schema id. */
export class PartEncoder {
  constructor(
    private readonly format: KafkaFormat,
    private readonly cols: readonly PartColumn[],
    private readonly schemaId: number,
    private readonly schema: ParsedSchema | undefined,
    /** Another producer's message type to write (proto-write.ts); Eddy's own schema otherwise. */
    private readonly foreignProto?: import('protobufjs').Type,
  ) {}

  private readonly scratch: Record<string, unknown> = {};

  encode(row: readonly unknown[], at: readonly number[]): Buffer | null {
    if (this.format === 'raw') {
      const v = row[at[0]!];
      if (v === null || v === undefined) return null;
      return typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v as Uint8Array);
    }
    if (this.format === 'proto-registry' && this.foreignProto) {
      const values = at.map((i) => row[i]);
      return encodeValue(
        this.schemaId,
        this.schema!,
        foreignProtoMessage(values, this.cols, this.foreignProto),
      );
    }
    if (this.format === 'proto-registry') {
      const o: Record<string, unknown> = {};
      this.cols.forEach((c, j) => {
        const x = flinkValueToProto(row[at[j]!], c.type);
        if (x !== undefined) o[c.name] = x;
      });
      return encodeValue(this.schemaId, this.schema!, o);
    }
    // One scratch object for every record: encoding is synchronous and sets every field.
    const scratch = this.scratch;
    const conv = this.format === 'avro-registry' ? flinkValueToAvro : flinkValueToJson;
    const cols = this.cols;
    const made = JsonNumber.made;
    for (let j = 0; j < cols.length; j++) scratch[cols[j]!.name] = conv(row[at[j]!], cols[j]!.type);
    // Only a record that got a long number pays for the exact (non-native) JSON writer.
    return encodeValue(this.schemaId, this.schema!, scratch, JsonNumber.made === made ? undefined : EXACT);
  }
}
