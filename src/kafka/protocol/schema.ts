/**
 * A declarative description of one Kafka message (request, response or header), transcribed
 * from the spec's JSON message definitions (apache/kafka `clients/src/main/resources/common/
 * message`). The generic codec in `codec.ts` reads and writes any version from it, including
 * flexible versions (compact types, tagged fields), so every version is handled by one tested
 * code path.
 *
 * @example
 * const spec = message('ApiVersionsRequest', 18, '0-4', '3+', [
 *   f('clientSoftwareName', 'string', '3+'),
 * ]);
 */

/** Inclusive version range; `max` is 32767 for open ranges such as `3+`. */
export interface VersionRange {
  readonly min: number;
  readonly max: number;
}

export type PrimitiveType =
  | 'int8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'int64'
  | 'float64'
  | 'bool'
  | 'string'
  | 'bytes'
  | 'records'
  | 'uuid';

export interface FieldSpec {
  /** camelCase name of the spec's PascalCase field name. */
  readonly name: string;
  /** Primitive type, `struct` (one nested struct) or `array` (see `element`). */
  readonly type: PrimitiveType | 'struct' | 'array';
  /** Element type of an array: a primitive or `struct`. */
  readonly element?: PrimitiveType | 'struct';
  readonly versions: VersionRange;
  readonly nullable?: VersionRange;
  readonly tag?: number;
  readonly tagged?: VersionRange;
  /** Overrides the message's flexible versions for this field (only ClientId in the header: none). */
  readonly flexible?: VersionRange | null;
  readonly default?: unknown;
  readonly fields?: readonly FieldSpec[];
}

export interface MessageSpec {
  readonly name: string;
  readonly apiKey: number;
  readonly valid: VersionRange;
  readonly flexible: VersionRange | null;
  readonly fields: readonly FieldSpec[];
}

const OPEN = 0x7fff;

/** Parses `3+`, `0-5`, `2` or `none` (null). */
export function range(text: string): VersionRange | null {
  if (text === 'none') return null;
  if (text.endsWith('+')) return { min: Number(text.slice(0, -1)), max: OPEN };
  const [a, b] = text.split('-');
  return { min: Number(a), max: Number(b ?? a) };
}

export function inRange(r: VersionRange | null | undefined, v: number): boolean {
  return r !== null && r !== undefined && v >= r.min && v <= r.max;
}

export interface FieldOptions {
  nullable?: string;
  tag?: number;
  tagged?: string;
  default?: unknown;
  flexible?: string;
}

/**
 * Declares one field. `type` is a primitive, `struct`, `[]` (array of structs) or `[]<primitive>`.
 */
export function f(
  name: string,
  type: string,
  versions: string,
  options: FieldOptions | null = null,
  fields?: FieldSpec[],
): FieldSpec {
  let t: FieldSpec['type'];
  let element: FieldSpec['element'];
  if (type === '[]') {
    t = 'array';
    element = 'struct';
  } else if (type.startsWith('[]')) {
    t = 'array';
    element = type.slice(2) as PrimitiveType;
  } else {
    t = type as FieldSpec['type'];
  }
  const spec: {
    -readonly [K in keyof FieldSpec]: FieldSpec[K];
  } = { name, type: t, versions: range(versions)! };
  if (element) spec.element = element;
  if (fields) spec.fields = fields;
  if (options?.nullable) spec.nullable = range(options.nullable)!;
  if (options?.tag !== undefined) spec.tag = options.tag;
  if (options?.tagged) spec.tagged = range(options.tagged)!;
  if (options?.default !== undefined) spec.default = options.default;
  if (options?.flexible) spec.flexible = range(options.flexible);
  return spec;
}

/** Declares one message. */
export function message(
  name: string,
  apiKey: number,
  valid: string,
  flexible: string,
  fields: FieldSpec[],
): MessageSpec {
  return { name, apiKey, valid: range(valid)!, flexible: range(flexible), fields };
}
