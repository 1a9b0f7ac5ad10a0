/**
 * Request and response headers (RequestHeader.json v0-2, ResponseHeader.json v0-1).
 * Request header v2 / response header v1 are used exactly when the API version is flexible,
 * except ApiVersions, whose response header is always v0 so that any client can parse it.
 */
import type { Reader } from './reader.js';
import type { Writer } from './writer.js';

export interface RequestHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  clientId: string | null;
}

/** Reads the fixed first part (key, version, correlation id): the same in every header version. */
export function readRequestHeaderStart(r: Reader): Omit<RequestHeader, 'clientId'> {
  return { apiKey: r.int16(), apiVersion: r.int16(), correlationId: r.int32() };
}

/** Reads the rest of a request header of `headerVersion` (1 or 2): client id, then tagged fields (v2). */
export function readRequestHeaderRest(r: Reader, headerVersion: number): string | null {
  if (headerVersion < 1) return null;
  // ClientId is always a classic (non-compact) nullable string, even in header v2.
  const clientId = r.nullableString(false);
  if (headerVersion >= 2) r.taggedFields();
  return clientId;
}

/** Writes a request header (used by tests and Eddy's own tools). */
export function writeRequestHeader(w: Writer, h: RequestHeader, headerVersion: number): void {
  w.int16(h.apiKey).int16(h.apiVersion).int32(h.correlationId);
  if (headerVersion >= 1) w.nullableString(h.clientId, false);
  if (headerVersion >= 2) w.uvarint(0);
}

/** Writes a response header of `headerVersion` (0 or 1). */
export function writeResponseHeader(w: Writer, correlationId: number, headerVersion: number): void {
  w.int32(correlationId);
  if (headerVersion >= 1) w.uvarint(0);
}

/** Reads a response header of `headerVersion`, returning the correlation id. */
export function readResponseHeader(r: Reader, headerVersion: number): number {
  const id = r.int32();
  if (headerVersion >= 1) r.taggedFields();
  return id;
}
