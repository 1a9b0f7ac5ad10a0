/**
 * Flink's BITMAP value (FLIP-556, Flink 2.3): a set of 32-bit integers read as UNSIGNED
 * (Java's -1 is 4294967295 and sorts last), as RoaringBitmap holds them. Immutable: every
 * operation returns a new Bitmap. Stored as a sorted Uint32Array; the byte form is RoaringBitmap's
 * portable serialization (roaring-format.ts), the text form is RoaringBitmap.toString.
 */
import { deserializeRoaring, serializeRoaring } from './roaring-format.js';

/** RoaringBitmap.toString stops appending values once its text is longer than this. */
const TO_STRING_LIMIT = 0x80000;

export class Bitmap {
  /** Sorted, distinct, unsigned values; never mutated after construction. */
  readonly values: Uint32Array;

  private constructor(values: Uint32Array) {
    this.values = values;
  }

  /** The empty bitmap. */
  static empty(): Bitmap {
    return EMPTY;
  }

  /** From already sorted distinct unsigned values (not checked; used by the decoders). */
  static fromSortedUnsigned(values: Uint32Array): Bitmap {
    return values.length === 0 ? EMPTY : new Bitmap(values);
  }

  /** From any 32-bit integers (signed -1 and unsigned 4294967295 are the same element). */
  static of(ints: Iterable<number>): Bitmap {
    const a = Uint32Array.from(ints, (x) => x >>> 0).sort();
    let n = 0;
    for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[n - 1]) a[n++] = a[i]!;
    return Bitmap.fromSortedUnsigned(a.slice(0, n));
  }

  /** Reads RoaringBitmap's portable format; throws an Error on malformed bytes. */
  static fromBytes(bytes: Uint8Array): Bitmap {
    return Bitmap.fromSortedUnsigned(deserializeRoaring(bytes));
  }

  get cardinality(): number {
    return this.values.length;
  }

  has(x: number): boolean {
    const v = x >>> 0;
    let lo = 0;
    let hi = this.values.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.values[mid]!;
      if (m === v) return true;
      if (m < v) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Values as Java ints (signed), in the bitmap's unsigned order: BITMAP_TO_ARRAY. */
  toSignedArray(): number[] {
    return Array.from(this.values, (v) => v | 0);
  }

  and(o: Bitmap): Bitmap {
    return this.merge(o, false, true, false);
  }
  or(o: Bitmap): Bitmap {
    return this.merge(o, true, true, true);
  }
  xor(o: Bitmap): Bitmap {
    return this.merge(o, true, false, true);
  }
  andNot(o: Bitmap): Bitmap {
    return this.merge(o, true, false, false);
  }

  /** One sorted merge; keeps elements only in this / in both / only in o as asked. */
  private merge(o: Bitmap, onlyA: boolean, both: boolean, onlyB: boolean): Bitmap {
    const a = this.values;
    const b = o.values;
    const out = new Uint32Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let n = 0;
    while (i < a.length && j < b.length) {
      const x = a[i]!;
      const y = b[j]!;
      if (x === y) {
        if (both) out[n++] = x;
        i++;
        j++;
      } else if (x < y) {
        if (onlyA) out[n++] = x;
        i++;
      } else {
        if (onlyB) out[n++] = y;
        j++;
      }
    }
    if (onlyA) while (i < a.length) out[n++] = a[i++]!;
    if (onlyB) while (j < b.length) out[n++] = b[j++]!;
    return Bitmap.fromSortedUnsigned(out.slice(0, n));
  }

  equals(o: Bitmap): boolean {
    if (o.values.length !== this.values.length) return false;
    for (let i = 0; i < this.values.length; i++) if (o.values[i] !== this.values[i]) return false;
    return true;
  }

  /** Compact string identity for hashing / grouping (not a SQL order). */
  key(): string {
    return Buffer.from(this.values.buffer, this.values.byteOffset, this.values.byteLength).toString('base64');
  }

  /** BITMAP_TO_BYTES: RoaringBitmap's portable format after runOptimize (as Flink's toBytes). */
  toBytes(): Uint8Array {
    return serializeRoaring(this.values);
  }

  /** RoaringBitmap.toString: `{1,2,4294967295}`, cut with `,...}` past 0x80000 characters. */
  toString(): string {
    const v = this.values;
    let s = '{';
    if (v.length > 0) s += String(v[0]);
    for (let i = 1; i < v.length; i++) {
      s += ',';
      if (s.length > TO_STRING_LIMIT) {
        s += '...';
        break;
      }
      s += String(v[i]);
    }
    return s + '}';
  }
}

const EMPTY = new (Bitmap as unknown as new (v: Uint32Array) => Bitmap)(new Uint32Array(0));
