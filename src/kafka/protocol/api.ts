/**
 * One Kafka API as the broker serves it: its message specs and the version range we
 * advertise. Each `apis/<name>.ts` builds one with {@link defineApi}; `registry.ts` lists them,
 * and ApiVersions is built from that list, so what we advertise cannot drift from what we handle.
 */
import { decodeMessage, encodeMessage, type Struct } from './codec.js';
import { Reader } from './reader.js';
import { inRange, type MessageSpec } from './schema.js';
import { Writer } from './writer.js';

export interface ApiDefinition {
  readonly name: string;
  readonly apiKey: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly request: MessageSpec;
  readonly response: MessageSpec;
  /** True when `version` uses flexible encoding (header v2 / v1, compact types, tagged fields). */
  isFlexible(version: number): boolean;
  decodeRequest(reader: Reader, version: number): Struct;
  encodeResponse(writer: Writer, version: number, body: Struct): void;
  /** The client side, for tests and tools. */
  encodeRequest(writer: Writer, version: number, body: Struct): void;
  decodeResponse(reader: Reader, version: number): Struct;
}

export function defineApi(
  request: MessageSpec,
  response: MessageSpec,
  minVersion: number,
  maxVersion: number,
): ApiDefinition {
  if (minVersion < request.valid.min || maxVersion > request.valid.max) {
    throw new Error(
      `${request.name}: advertised ${minVersion}-${maxVersion} outside the spec's valid versions`,
    );
  }
  return {
    name: request.name.replace(/Request$/, ''),
    apiKey: request.apiKey,
    minVersion,
    maxVersion,
    request,
    response,
    isFlexible: (v) => inRange(request.flexible, v),
    decodeRequest: (reader, version) => decodeMessage(request, reader, version),
    encodeResponse: (writer, version, body) => encodeMessage(response, writer, version, body),
    encodeRequest: (writer, version, body) => encodeMessage(request, writer, version, body),
    decodeResponse: (reader, version) => decodeMessage(response, reader, version),
  };
}

export { Reader, Writer };
