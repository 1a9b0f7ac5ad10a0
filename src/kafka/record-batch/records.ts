/**
 * Records inside a v2 batch:
 *
 *   length: varint
 *   attributes: int8 (unused, 0)
 *   timestampDelta: varlong
 *   offsetDelta: varint
 *   keyLength: varint (-1 = null), key
 *   valueLength: varint (-1 = null), value
 *   headers count: varint, then [keyLength varint, key (UTF-8), valueLength varint (-1 = null), value]
 */
import { RecordFormatError } from './errors.js';
import {
  readVarint,
  readVarlong,
  varintSize,
  varlongSize,
  writeVarint,
  writeVarlong,
  type Cursor,
} from './varint.js';

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/** A record as producers give it; `timestamp` defaults to the batch's base timestamp. */
export interface RecordInput {
  key?: Buffer | null;
  value?: Buffer | null;
  headers?: RecordHeader[];
  timestamp?: number;
  /** Only for rewritten batches (compaction keeps original offsets); default: the record's index. */
  offsetDelta?: number;
}

/** A decoded record with its absolute offset and timestamp. */
export interface DecodedRecord {
  offset: number;
  offsetDelta: number;
  timestamp: number;
  timestampDelta: number;
  attributes: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

function readBytes(c: Cursor, what: string): Buffer | null {
  const len = readVarint(c);
  if (len < 0) {
    if (len !== -1) throw new RecordFormatError(`invalid ${what} length ${len}`, 'INVALID_RECORD');
    return null;
  }
  if (c.pos + len > c.end)
    throw new RecordFormatError(`${what} of ${len} bytes runs past the end of the record`);
  const out = c.buf.subarray(c.pos, c.pos + len);
  c.pos += len;
  return out;
}

/**
 * Decodes `count` records from `buf` (the uncompressed records section). Throws when the count
 * does not match the bytes, a record's declared length differs from its contents, or a field
 * runs past its record.
 */
export function decodeRecords(
  buf: Buffer,
  count: number,
  baseOffset: number,
  baseTimestamp: number,
): DecodedRecord[] {
  const out: DecodedRecord[] = [];
  const c: Cursor = { buf, pos: 0, end: buf.length };
  for (let i = 0; i < count; i++) {
    if (c.pos >= buf.length) throw new RecordFormatError(`batch declares ${count} records but holds ${i}`);
    const length = readVarint(c);
    if (length < 0 || c.pos + length > buf.length)
      throw new RecordFormatError(`record ${i} declares ${length} bytes, ${buf.length - c.pos} remain`);
    const end = c.pos + length;
    const rc: Cursor = { buf, pos: c.pos, end };
    if (rc.pos >= end) throw new RecordFormatError(`record ${i} is empty`);
    const attributes = buf[rc.pos++]!;
    const timestampDelta = readVarlong(rc);
    const offsetDelta = readVarint(rc);
    const key = readBytes(rc, 'key');
    const value = readBytes(rc, 'value');
    const headerCount = readVarint(rc);
    if (headerCount < 0)
      throw new RecordFormatError(`record ${i} has a negative header count ${headerCount}`, 'INVALID_RECORD');
    const headers: RecordHeader[] = [];
    for (let h = 0; h < headerCount; h++) {
      const hk = readBytes(rc, 'header key');
      if (hk === null) throw new RecordFormatError(`record ${i} has a null header key`, 'INVALID_RECORD');
      headers.push({ key: hk.toString('utf8'), value: readBytes(rc, 'header value') });
    }
    if (rc.pos !== end)
      throw new RecordFormatError(
        `record ${i} declares ${length} bytes but its fields take ${rc.pos - c.pos}`,
      );
    c.pos = end;
    out.push({
      offset: baseOffset + offsetDelta,
      offsetDelta,
      timestamp: baseTimestamp + timestampDelta,
      timestampDelta,
      attributes,
      key,
      value,
      headers,
    });
  }
  if (c.pos !== buf.length)
    throw new RecordFormatError(
      `batch declares ${count} records but has ${buf.length - c.pos} bytes after them`,
    );
  return out;
}

function bytesSize(b: Buffer | null | undefined): number {
  return b == null ? 1 : varintSize(b.length) + b.length;
}

function writeBytes(buf: Buffer, pos: number, b: Buffer | null | undefined): number {
  if (b == null) return writeVarint(buf, pos, -1);
  pos = writeVarint(buf, pos, b.length);
  b.copy(buf, pos);
  return pos + b.length;
}

/** Encodes records (uncompressed records section) relative to `baseTimestamp`. */
export function encodeRecords(records: readonly RecordInput[], baseTimestamp: number): Buffer {
  const sizes: number[] = [];
  const headerKeys: Buffer[][] = [];
  let total = 0;
  records.forEach((r, i) => {
    const tsDelta = (r.timestamp ?? baseTimestamp) - baseTimestamp;
    const keys = (r.headers ?? []).map((h) => Buffer.from(h.key, 'utf8'));
    headerKeys.push(keys);
    let body =
      1 +
      varlongSize(tsDelta) +
      varintSize(r.offsetDelta ?? i) +
      bytesSize(r.key) +
      bytesSize(r.value) +
      varintSize(keys.length);
    (r.headers ?? []).forEach((h, j) => (body += bytesSize(keys[j]) + bytesSize(h.value)));
    sizes.push(body);
    total += varintSize(body) + body;
  });
  const buf = Buffer.allocUnsafe(total);
  let pos = 0;
  records.forEach((r, i) => {
    pos = writeVarint(buf, pos, sizes[i]!);
    buf[pos++] = 0;
    pos = writeVarlong(buf, pos, (r.timestamp ?? baseTimestamp) - baseTimestamp);
    pos = writeVarint(buf, pos, r.offsetDelta ?? i);
    pos = writeBytes(buf, pos, r.key);
    pos = writeBytes(buf, pos, r.value);
    const headers = r.headers ?? [];
    pos = writeVarint(buf, pos, headers.length);
    headers.forEach((h, j) => {
      pos = writeBytes(buf, pos, headerKeys[i]![j]);
      pos = writeBytes(buf, pos, h.value);
    });
  });
  return buf;
}

/** What `scanRecords` learns about a batch's records without allocating them. */
export interface RecordsSummary {
  minTimestamp: number;
  maxTimestamp: number;
  /** Some record has a null key. */
  nullKey: boolean;
  /** Index of the first record whose offset delta is not its index, or -1. */
  badOffsetDelta: number;
}

function skipBytes(c: Cursor, what: string): number {
  const len = readVarint(c);
  if (len < 0) {
    if (len !== -1) throw new RecordFormatError(`invalid ${what} length ${len}`, 'INVALID_RECORD');
    return -1;
  }
  if (c.pos + len > c.end)
    throw new RecordFormatError(`${what} of ${len} bytes runs past the end of the record`);
  c.pos += len;
  return len;
}

/**
 * Checks the structure of `count` records exactly as `decodeRecords` does, but without
 * allocating: the broker's produce path validates every record of every batch.
 */
export function scanRecords(buf: Buffer, count: number, baseTimestamp: number): RecordsSummary {
  const s: RecordsSummary = {
    minTimestamp: Infinity,
    maxTimestamp: -Infinity,
    nullKey: false,
    badOffsetDelta: -1,
  };
  const c: Cursor = { buf, pos: 0, end: buf.length };
  const rc: Cursor = { buf, pos: 0, end: 0 };
  for (let i = 0; i < count; i++) {
    if (c.pos >= buf.length) throw new RecordFormatError(`batch declares ${count} records but holds ${i}`);
    const length = readVarint(c);
    if (length < 0 || c.pos + length > buf.length)
      throw new RecordFormatError(`record ${i} declares ${length} bytes, ${buf.length - c.pos} remain`);
    const end = c.pos + length;
    rc.pos = c.pos;
    rc.end = end;
    if (rc.pos >= end) throw new RecordFormatError(`record ${i} is empty`);
    rc.pos++; // attributes
    const ts = baseTimestamp + readVarlong(rc);
    if (ts < s.minTimestamp) s.minTimestamp = ts;
    if (ts > s.maxTimestamp) s.maxTimestamp = ts;
    if (readVarint(rc) !== i && s.badOffsetDelta < 0) s.badOffsetDelta = i;
    if (skipBytes(rc, 'key') < 0) s.nullKey = true;
    skipBytes(rc, 'value');
    const headerCount = readVarint(rc);
    if (headerCount < 0)
      throw new RecordFormatError(`record ${i} has a negative header count ${headerCount}`, 'INVALID_RECORD');
    for (let h = 0; h < headerCount; h++) {
      if (skipBytes(rc, 'header key') < 0)
        throw new RecordFormatError(`record ${i} has a null header key`, 'INVALID_RECORD');
      skipBytes(rc, 'header value');
    }
    if (rc.pos !== end)
      throw new RecordFormatError(
        `record ${i} declares ${length} bytes but its fields take ${rc.pos - c.pos}`,
      );
    c.pos = end;
  }
  if (c.pos !== buf.length)
    throw new RecordFormatError(
      `batch declares ${count} records but has ${buf.length - c.pos} bytes after them`,
    );
  return s;
}
