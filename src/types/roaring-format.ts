/**
 * RoaringBitmap's portable serialization (github.com/RoaringBitmap/RoaringFormatSpec), written and
 * read by hand. Writing follows Java RoaringBitmap's `runOptimize()` + `serialize()` as Flink's
 * Bitmap.toBytes does: a container of ≤ 4096 values is an array container, a larger one a bitmap
 * container, and either becomes a run container when that serializes smaller (array: 2·card >
 * 2 + 4·runs; bitmap: 8192 > 2 + 4·runs). Reading accepts array, bitmap and run containers.
 */

const SERIAL_COOKIE_NO_RUNCONTAINER = 12346;
const SERIAL_COOKIE = 12347;
const NO_OFFSET_THRESHOLD = 4;
const ARRAY_MAX = 4096;
const BITMAP_BYTES = 8192;

/** Malformed serialized bitmap bytes. */
export class RoaringFormatError extends Error {}

interface Container {
  key: number;
  lows: number[];
  kind: 'array' | 'bitmap' | 'run';
  runs: number;
}

function countRuns(lows: number[]): number {
  let r = 0;
  for (let i = 0; i < lows.length; i++) if (i === 0 || lows[i] !== lows[i - 1]! + 1) r++;
  return r;
}

function containers(values: Uint32Array): Container[] {
  const out: Container[] = [];
  let i = 0;
  while (i < values.length) {
    const key = values[i]! >>> 16;
    const lows: number[] = [];
    while (i < values.length && values[i]! >>> 16 === key) lows.push(values[i++]! & 0xffff);
    const runs = countRuns(lows);
    const runSize = 2 + 4 * runs;
    const base = lows.length <= ARRAY_MAX ? 'array' : 'bitmap';
    const baseSize = base === 'array' ? 2 * lows.length : BITMAP_BYTES;
    out.push({ key, lows, runs, kind: baseSize > runSize ? 'run' : base });
  }
  return out;
}

const bodySize = (c: Container): number =>
  c.kind === 'run' ? 2 + 4 * c.runs : c.kind === 'array' ? 2 * c.lows.length : BITMAP_BYTES;

/** Serializes sorted distinct unsigned 32-bit values. */
export function serializeRoaring(values: Uint32Array): Uint8Array {
  const cs = containers(values);
  const size = cs.length;
  const hasRun = cs.some((c) => c.kind === 'run');
  const withOffsets = !hasRun || size >= NO_OFFSET_THRESHOLD;
  const header = hasRun ? 4 + Math.ceil(size / 8) + 4 * size : 8 + 4 * size;
  let total = header + (withOffsets ? 4 * size : 0);
  for (const c of cs) total += bodySize(c);
  const buf = new Uint8Array(total);
  const dv = new DataView(buf.buffer);
  let p = 0;
  if (hasRun) {
    dv.setUint32(p, (SERIAL_COOKIE | ((size - 1) << 16)) >>> 0, true);
    p += 4;
    cs.forEach((c, k) => {
      if (c.kind === 'run') buf[p + (k >> 3)]! |= 1 << (k & 7);
    });
    p += Math.ceil(size / 8);
  } else {
    dv.setUint32(p, SERIAL_COOKIE_NO_RUNCONTAINER, true);
    dv.setUint32(p + 4, size, true);
    p += 8;
  }
  for (const c of cs) {
    dv.setUint16(p, c.key, true);
    dv.setUint16(p + 2, c.lows.length - 1, true);
    p += 4;
  }
  if (withOffsets) {
    let off = header + 4 * size;
    for (const c of cs) {
      dv.setUint32(p, off, true);
      p += 4;
      off += bodySize(c);
    }
  }
  for (const c of cs) {
    if (c.kind === 'array') {
      for (const x of c.lows) {
        dv.setUint16(p, x, true);
        p += 2;
      }
    } else if (c.kind === 'bitmap') {
      // 1024 little-endian 64-bit words: value v is bit (v % 64) of word v / 64, so byte v >> 3, bit v & 7
      for (const x of c.lows) buf[p + (x >> 3)]! |= 1 << (x & 7);
      p += BITMAP_BYTES;
    } else {
      dv.setUint16(p, c.runs, true);
      p += 2;
      let start = 0;
      for (let i = 0; i < c.lows.length; i++) {
        const x = c.lows[i]!;
        if (i === 0 || x !== c.lows[i - 1]! + 1) start = x;
        if (i === c.lows.length - 1 || c.lows[i + 1] !== x + 1) {
          dv.setUint16(p, start, true);
          dv.setUint16(p + 2, x - start, true);
          p += 4;
        }
      }
    }
  }
  return buf;
}

/**
 * Reads the portable format (as RoaringArray.deserialize: the offset header is skipped, bytes after
 * the last container are ignored) into sorted distinct unsigned values.
 */
export function deserializeRoaring(bytes: Uint8Array): Uint32Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = 0;
  const need = (n: number): void => {
    if (p + n > bytes.length) throw new RoaringFormatError('unexpected end of the serialized bitmap');
  };
  need(4);
  const cookie = dv.getUint32(0, true);
  p = 4;
  const hasRun = (cookie & 0xffff) === SERIAL_COOKIE;
  if (!hasRun && cookie !== SERIAL_COOKIE_NO_RUNCONTAINER)
    throw new RoaringFormatError('I failed to find one of the right cookies.');
  let size: number;
  if (hasRun) size = (cookie >>> 16) + 1;
  else {
    need(4);
    size = dv.getUint32(p, true);
    p += 4;
    if (size > 1 << 16) throw new RoaringFormatError('Size too large');
  }
  let runFlags: Uint8Array | null = null;
  if (hasRun) {
    const n = Math.ceil(size / 8);
    need(n);
    runFlags = bytes.subarray(p, p + n);
    p += n;
  }
  need(4 * size);
  const keys: number[] = [];
  const cards: number[] = [];
  for (let k = 0; k < size; k++) {
    keys.push(dv.getUint16(p, true));
    cards.push(dv.getUint16(p + 2, true) + 1);
    p += 4;
  }
  if (!hasRun || size >= NO_OFFSET_THRESHOLD) {
    need(4 * size);
    p += 4 * size;
  }
  const out: number[] = [];
  let lastKey = -1;
  for (let k = 0; k < size; k++) {
    const key = keys[k]!;
    // Java accepts unsorted keys and yields a broken bitmap; a clear error is kinder
    if (key <= lastKey) throw new RoaringFormatError('container keys are not increasing');
    lastKey = key;
    const high = key * 0x10000;
    const isRun = runFlags !== null && (runFlags[k >> 3]! & (1 << (k & 7))) !== 0;
    if (isRun) {
      need(2);
      const n = dv.getUint16(p, true);
      p += 2;
      need(4 * n);
      let last = -1;
      for (let r = 0; r < n; r++) {
        const start = dv.getUint16(p, true);
        const len = dv.getUint16(p + 2, true);
        p += 4;
        if (start <= last || start + len > 0xffff) throw new RoaringFormatError('invalid run container');
        for (let x = start; x <= start + len; x++) out.push(high + x);
        last = start + len;
      }
    } else if (cards[k]! > ARRAY_MAX) {
      need(BITMAP_BYTES);
      for (let b = 0; b < BITMAP_BYTES; b++) {
        const byte = bytes[p + b]!;
        if (byte !== 0) for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) out.push(high + b * 8 + bit);
      }
      p += BITMAP_BYTES;
    } else {
      need(2 * cards[k]!);
      let last = -1;
      for (let i = 0; i < cards[k]!; i++) {
        const x = dv.getUint16(p, true);
        p += 2;
        if (x <= last) throw new RoaringFormatError('array container values are not increasing');
        last = x;
        out.push(high + x);
      }
    }
  }
  return Uint32Array.from(out);
}
