/**
 * The proto3 schema Eddy registers for a created `proto-registry` table, and its row values, as
 * Confluent Cloud's Flink writes them (docs: "Data Type Mappings", Flink SQL types to Protobuf
 * types): nullable scalars `optional`; TINYINT / SMALLINT int32 with `connect.type` int8 / int16;
 * CHAR / VARCHAR / BINARY / VARBINARY(n) with `flink.maxLength` (and `flink.minLength`);
 * TIMESTAMP_LTZ(p) a `google.protobuf.Timestamp` with `flink.precision` (TIMESTAMP adds
 * `flink.type = timestamp`); DATE a `google.type.Date`; TIME a `google.type.TimeOfDay`;
 * DECIMAL(p, s) a `confluent.type.Decimal` with `precision` / `scale`; NOT NULL message fields
 * `flink.notNull`; ROW a nested message; ARRAY repeated; MAP a map. The options go in
 * `(confluent.field_meta)` params, always with `flink.version = 1`, as Confluent's examples.
 */
import { ConfigError } from '../../common/errors.js';
import {
  MAX_LENGTH,
  tsMillis,
  tsNanoOfMilli,
  unscaledToBytes,
  type LogicalType,
  type TimestampValue,
} from '../../types/index.js';

/** The package of the Protobuf schemas Eddy generates (Flink's). */
export const EDDY_PROTO_PACKAGE = 'org.apache.flink.proto.generated';

/** A column of a key or value part. */
interface Col {
  readonly name: string;
  readonly type: LogicalType;
}

/** The proto type of a scalar column type (map keys and values too). */
function protoScalar(t: LogicalType): string {
  switch (t.kind) {
    case 'BOOLEAN':
      return 'bool';
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return 'int32';
    case 'BIGINT':
      return 'int64';
    case 'FLOAT':
      return 'float';
    case 'DOUBLE':
      return 'double';
    case 'BINARY':
    case 'VARBINARY':
      return 'bytes';
    case 'CHAR':
    case 'VARCHAR':
      return 'string';
    case 'DATE':
      return '.google.type.Date';
    case 'TIME':
      return '.google.type.TimeOfDay';
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ':
      return '.google.protobuf.Timestamp';
    case 'DECIMAL':
      return '.confluent.type.Decimal';
    default:
      throw new ConfigError(`type ${t.kind} cannot be written with the proto-registry format yet`);
  }
}

function isMessage(t: LogicalType): boolean {
  return ['ROW', 'DATE', 'TIME', 'TIMESTAMP', 'TIMESTAMP_LTZ', 'DECIMAL'].includes(t.kind);
}

/** The `(confluent.field_meta)` params of a field of type `t` (empty: no option). */
function metaParams(t: LogicalType, notNull: boolean): [string, string][] {
  const p: [string, string][] = [];
  switch (t.kind) {
    case 'TINYINT':
      p.push(['connect.type', 'int8']);
      break;
    case 'SMALLINT':
      p.push(['connect.type', 'int16']);
      break;
    case 'CHAR':
    case 'BINARY':
      p.push(['flink.maxLength', String(t.length)], ['flink.minLength', String(t.length)]);
      break;
    case 'VARCHAR':
    case 'VARBINARY':
      if (t.length !== MAX_LENGTH) p.push(['flink.maxLength', String(t.length)]);
      break;
    case 'TIME':
      p.push(['flink.precision', String(Math.min(t.precision, 3))]);
      break;
    case 'TIMESTAMP':
      p.push(['flink.type', 'timestamp'], ['flink.precision', String(t.precision)]);
      break;
    case 'TIMESTAMP_LTZ':
      p.push(['flink.precision', String(t.precision)]);
      break;
    case 'DECIMAL':
      p.push(['precision', String(t.precision)], ['scale', String(t.scale)]);
      break;
  }
  if (notNull && isMessage(t)) p.push(['flink.notNull', 'true']);
  if (p.length > 0) p.push(['flink.version', '1']);
  return p;
}

function metaOption(params: [string, string][]): string {
  if (params.length === 0) return '';
  const list = params
    .map(([k, v]) => `{ key: ${JSON.stringify(k)}, value: ${JSON.stringify(v)} }`)
    .join(', ');
  return ` [(confluent.field_meta) = { params: [${list}] }]`;
}

/** proto3 message text for columns (nested messages for ROWs, named `<field>_record`). */
function protoMessage(name: string, cols: readonly Col[], indent: string): string {
  const nested: string[] = [];
  const fields = cols.map((c, i) => {
    let t = c.type;
    let label = t.nullable ? 'optional ' : '';
    let params: [string, string][];
    if (t.kind === 'ARRAY') {
      label = 'repeated ';
      t = t.element;
      params = metaParams(t, false);
    } else params = metaParams(t, !t.nullable);
    let type: string;
    if (t.kind === 'ROW') {
      type = `${c.name}_record`;
      nested.push(
        protoMessage(
          type,
          t.fields.map((f) => ({ name: f.name, type: f.type })),
          indent + '  ',
        ),
      );
    } else if (t.kind === 'MAP') {
      type = `map<${protoScalar(t.key)}, ${protoScalar(t.value)}>`;
      label = '';
      params = [];
    } else type = protoScalar(t);
    // A nested ROW message carries presence itself (Confluent's `meta_Row meta = 1;`); other
    // nullable messages are written `optional`, as Confluent's examples.
    if (label === 'optional ' && t.kind === 'ROW') label = '';
    return `${indent}  ${label}${type} ${c.name} = ${i + 1}${metaOption(params)};`;
  });
  return [`${indent}message ${name} {`, ...nested, ...fields, `${indent}}`].join('\n');
}

/** The imports a message's field types need. */
function importsOf(cols: readonly Col[], out: Set<string>): Set<string> {
  const visit = (t: LogicalType): void => {
    if (metaParams(t, !t.nullable).length > 0) out.add('confluent/meta.proto');
    switch (t.kind) {
      case 'DATE':
        out.add('google/type/date.proto');
        break;
      case 'TIME':
        out.add('google/type/timeofday.proto');
        break;
      case 'TIMESTAMP':
      case 'TIMESTAMP_LTZ':
        out.add('google/protobuf/timestamp.proto');
        break;
      case 'DECIMAL':
        out.add('confluent/type/decimal.proto');
        break;
      case 'ARRAY':
        visit(t.element);
        break;
      case 'MAP':
        visit(t.key);
        visit(t.value);
        break;
      case 'ROW':
        t.fields.forEach((f) => visit(f.type));
        break;
    }
  };
  cols.forEach((c) => visit(c.type));
  return out;
}

/** The whole schema text of a part's columns (message `record`). */
export function protoSchemaText(cols: readonly Col[]): string {
  const imports = [...importsOf(cols, new Set())].sort().map((i) => `import "${i}";\n`);
  return `syntax = "proto3";\npackage ${EDDY_PROTO_PACKAGE};\n${imports.length ? '\n' + imports.join('') : ''}\n${protoMessage('record', cols, '')}\n`;
}

/** A row value → the object protobufjs encodes under {@link protoSchemaText}'s message. */
export function flinkValueToProto(v: unknown, t: LogicalType): unknown {
  if (v === null || v === undefined) return undefined;
  switch (t.kind) {
    case 'BIGINT':
      return String(v as bigint);
    case 'TIMESTAMP':
    case 'TIMESTAMP_LTZ': {
      const ms = tsMillis(v as TimestampValue);
      const secs = Math.floor(ms / 1000);
      return {
        seconds: String(secs),
        nanos: (ms - secs * 1000) * 1_000_000 + tsNanoOfMilli(v as TimestampValue),
      };
    }
    case 'DATE': {
      const d = new Date((v as number) * 86_400_000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
    case 'TIME': {
      const ms = v as number;
      return {
        hours: Math.floor(ms / 3_600_000),
        minutes: Math.floor(ms / 60_000) % 60,
        seconds: Math.floor(ms / 1000) % 60,
        nanos: (ms % 1000) * 1_000_000,
      };
    }
    case 'DECIMAL':
      return { value: Buffer.from(unscaledToBytes(v as bigint)), precision: t.precision, scale: t.scale };
    case 'BINARY':
    case 'VARBINARY':
      return Buffer.from(v as Uint8Array);
    case 'ARRAY':
      return (v as unknown[]).map((x) => flinkValueToProto(x, t.element));
    case 'MAP': {
      const o: Record<string, unknown> = {};
      for (const [k, x] of v as Map<unknown, unknown>) o[String(k)] = flinkValueToProto(x, t.value);
      return o;
    }
    case 'ROW': {
      const o: Record<string, unknown> = {};
      t.fields.forEach((f, i) => {
        const x = flinkValueToProto((v as unknown[])[i], f.type);
        if (x !== undefined) o[f.name] = x;
      });
      return o;
    }
    default:
      return v;
  }
}
