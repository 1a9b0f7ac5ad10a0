/**
 * The value of Flink's VARIANT type (FLIP-521): an immutable tree that keeps the primitive types
 * Flink's BinaryVariant distinguishes (TINYINT / SMALLINT / INT / BIGINT chosen by magnitude,
 * exact DECIMAL with its original scale, DOUBLE, FLOAT, STRING, BOOLEAN, NULL) plus OBJECT and
 * ARRAY. Object fields are kept sorted by key (Java String order = UTF-16 code units), as
 * BinaryVariantInternalBuilder.finishWritingObject sorts them; the JSON text therefore lists keys
 * sorted, whatever order the input had.
 *
 * A variant NULL (JSON `null`) is a value, distinct from SQL NULL (which is `null` in a row).
 */

import { ExecutionError } from '../common/errors.js';
import { formatDouble, formatFloat } from './java-number-format.js';

/** The type tag of one variant node, as Flink's Variant.Type names it. */
export type VariantTypeTag =
  | 'NULL'
  | 'BOOLEAN'
  | 'TINYINT'
  | 'SMALLINT'
  | 'INT'
  | 'BIGINT'
  | 'FLOAT'
  | 'DOUBLE'
  | 'DECIMAL'
  | 'STRING'
  | 'OBJECT'
  | 'ARRAY';

/** An exact decimal: `unscaled × 10^-scale`, scale 0..38 as the variant encoding allows. */
export interface VariantDecimal {
  readonly unscaled: bigint;
  readonly scale: number;
}

/** One node of a variant tree. Build with the static factories; never mutate. */
export class Variant {
  private constructor(
    /** The node's type tag. */
    readonly type: VariantTypeTag,
    /**
     * NULL: null; BOOLEAN: boolean; TINYINT/SMALLINT/INT/FLOAT/DOUBLE: number; BIGINT: bigint;
     * DECIMAL: VariantDecimal; STRING: string; ARRAY: readonly Variant[]; OBJECT: readonly
     * [key, Variant] pairs sorted by key, keys unique.
     */
    readonly value: unknown,
  ) {
    Object.freeze(this);
  }

  static readonly NULL = new Variant('NULL', null);
  static readonly TRUE = new Variant('BOOLEAN', true);
  static readonly FALSE = new Variant('BOOLEAN', false);

  /** An integer stored in the narrowest of TINYINT / SMALLINT / INT / BIGINT, as Flink's appendNumeric. */
  static integer(v: bigint): Variant {
    if (v >= -128n && v <= 127n) return new Variant('TINYINT', Number(v));
    if (v >= -32768n && v <= 32767n) return new Variant('SMALLINT', Number(v));
    if (v >= -2147483648n && v <= 2147483647n) return new Variant('INT', Number(v));
    return new Variant('BIGINT', BigInt.asIntN(64, v));
  }
  static double(v: number): Variant {
    return new Variant('DOUBLE', v);
  }
  static float(v: number): Variant {
    return new Variant('FLOAT', Math.fround(v));
  }
  static decimal(unscaled: bigint, scale: number): Variant {
    return new Variant('DECIMAL', Object.freeze({ unscaled, scale }));
  }
  static string(v: string): Variant {
    return new Variant('STRING', v);
  }
  static boolean(v: boolean): Variant {
    return v ? Variant.TRUE : Variant.FALSE;
  }
  static array(elements: readonly Variant[]): Variant {
    return new Variant('ARRAY', Object.freeze(elements.slice()));
  }
  /** An object from fields with unique keys, in any order (they are sorted here). */
  static object(fields: readonly (readonly [string, Variant])[]): Variant {
    const sorted = fields.slice().sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return new Variant('OBJECT', Object.freeze(sorted.map((f) => Object.freeze([f[0], f[1]] as const))));
  }

  /** Object field by key (binary search over the sorted keys); undefined when absent or not an object. */
  field(key: string): Variant | undefined {
    if (this.type !== 'OBJECT') return undefined;
    const fs = this.value as readonly (readonly [string, Variant])[];
    let lo = 0;
    let hi = fs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = fs[mid]![0];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return fs[mid]![1];
    }
    return undefined;
  }

  /** Array element at a 0-based index; undefined when out of range or not an array. */
  element(index: number): Variant | undefined {
    if (this.type !== 'ARRAY') return undefined;
    const es = this.value as readonly Variant[];
    return index >= 0 && index < es.length ? es[index] : undefined;
  }

  /** Flink's BinaryVariant.toJson / toString: compact JSON, keys sorted, Java number texts. */
  toJson(): string {
    const out: string[] = [];
    writeJson(this, out);
    return out.join('');
  }

  toString(): string {
    return this.toJson();
  }
}

/** Thrown for a value BinaryVariant.toJson refuses (a non-finite DOUBLE / FLOAT), as Flink's VariantTypeException. */
export class VariantTypeError extends ExecutionError {}

function writeJson(v: Variant, out: string[]): void {
  switch (v.type) {
    case 'NULL':
      out.push('null');
      return;
    case 'BOOLEAN':
      out.push(v.value ? 'true' : 'false');
      return;
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
    case 'BIGINT':
      out.push(String(v.value));
      return;
    case 'DOUBLE':
    case 'FLOAT': {
      const d = v.value as number;
      if (!Number.isFinite(d))
        throw new VariantTypeError(`Non-finite value ${formatDouble(d)} cannot be serialized to JSON.`);
      out.push(v.type === 'DOUBLE' ? formatDouble(d) : formatFloat(d));
      return;
    }
    case 'DECIMAL':
      out.push(decimalPlainStripped(v.value as VariantDecimal));
      return;
    case 'STRING':
      out.push(quoteJsonJackson(v.value as string));
      return;
    case 'ARRAY': {
      out.push('[');
      const es = v.value as readonly Variant[];
      for (let i = 0; i < es.length; i++) {
        if (i > 0) out.push(',');
        writeJson(es[i]!, out);
      }
      out.push(']');
      return;
    }
    case 'OBJECT': {
      out.push('{');
      const fs = v.value as readonly (readonly [string, Variant])[];
      for (let i = 0; i < fs.length; i++) {
        if (i > 0) out.push(',');
        out.push(quoteJsonJackson(fs[i]![0]), ':');
        writeJson(fs[i]![1], out);
      }
      out.push('}');
      return;
    }
  }
}

/**
 * BigDecimal.stripTrailingZeros().toPlainString(): Flink's getDecimal strips, toJson prints plain;
 * stripping only ever shortens the fraction in plain notation (100 stays "100").
 */
export function decimalPlainStripped(d: VariantDecimal): string {
  const neg = d.unscaled < 0n;
  let digits = (neg ? -d.unscaled : d.unscaled).toString();
  let scale = d.scale;
  while (scale > 0 && digits.length > 1 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (digits === '0') return '0';
  let text: string;
  if (scale <= 0) text = digits;
  else if (digits.length > scale)
    text = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  else text = `0.${'0'.repeat(scale - digits.length)}${digits}`;
  return neg ? '-' + text : text;
}

const HEX = '0123456789ABCDEF';
const SHORT_ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r' };

/**
 * Jackson's JsonGenerator.writeString: `"` and `\` escaped, control characters below U+0020 as
 * \b \t \n \f \r or \u00XX (upper-case hex); everything else, `/` and non-ASCII included, as is.
 */
export function quoteJsonJackson(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(start, i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else out += SHORT_ESCAPES[c] ?? `\\u00${HEX[c >> 4]}${HEX[c & 15]}`;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/**
 * A canonical text equal exactly for equal variants, type tags included (Flink's BinaryVariant
 * equality compares the encoded bytes, so INT 1 and DECIMAL 1.0 differ): for GROUP BY / DISTINCT
 * keys and `=` on VARIANT.
 */
export function variantKey(v: Variant): string {
  switch (v.type) {
    case 'ARRAY':
      return '[' + (v.value as readonly Variant[]).map(variantKey).join(',') + ']';
    case 'OBJECT':
      return (
        '{' +
        (v.value as readonly (readonly [string, Variant])[])
          .map(([k, x]) => JSON.stringify(k) + ':' + variantKey(x))
          .join(',') +
        '}'
      );
    case 'STRING':
      return JSON.stringify(v.value);
    case 'DECIMAL': {
      const d = v.value as VariantDecimal;
      return `D${d.unscaled}e${d.scale}`;
    }
    case 'DOUBLE':
    case 'FLOAT':
      return `${v.type[0]}${Object.is(v.value, -0) ? '-0' : String(v.value)}`;
    default:
      return `${v.type}:${String(v.value)}`;
  }
}

/**
 * A lossless JSON-safe form of a variant (for the compiled plan, where constant folding leaves
 * PARSE_JSON literals): keeps every type tag and a DECIMAL's original scale, which the JSON text
 * does not.
 */
export function encodeVariant(v: Variant): unknown {
  switch (v.type) {
    case 'ARRAY':
      return ['ARRAY', (v.value as readonly Variant[]).map(encodeVariant)];
    case 'OBJECT':
      return [
        'OBJECT',
        (v.value as readonly (readonly [string, Variant])[]).map(([k, x]) => [k, encodeVariant(x)]),
      ];
    case 'DECIMAL': {
      const d = v.value as VariantDecimal;
      return ['DECIMAL', d.unscaled.toString(), d.scale];
    }
    case 'DOUBLE':
    case 'FLOAT':
    case 'BIGINT':
      return [v.type, Object.is(v.value, -0) ? '-0' : String(v.value)];
    default:
      return [v.type, v.value];
  }
}

/** The inverse of {@link encodeVariant}. */
export function decodeVariant(x: unknown): Variant {
  const [tag, a, b] = x as [VariantTypeTag, unknown, unknown];
  switch (tag) {
    case 'NULL':
      return Variant.NULL;
    case 'BOOLEAN':
      return Variant.boolean(a as boolean);
    case 'TINYINT':
    case 'SMALLINT':
    case 'INT':
      return Variant.integer(BigInt(a as number));
    case 'BIGINT':
      return Variant.integer(BigInt(a as string));
    case 'DOUBLE':
      return Variant.double(Number(a));
    case 'FLOAT':
      return Variant.float(Number(a));
    case 'DECIMAL':
      return Variant.decimal(BigInt(a as string), b as number);
    case 'STRING':
      return Variant.string(a as string);
    case 'ARRAY':
      return Variant.array((a as unknown[]).map(decodeVariant));
    case 'OBJECT':
      return Variant.object((a as [string, unknown][]).map(([k, y]) => [k, decodeVariant(y)] as const));
  }
}
