/**
 * Request parsing and response helpers shared by the REST routes.
 */
import type { FastifyReply } from 'fastify';
import { errors } from './errors.js';
import { parseMetadata, parseRuleSet, type RuleSet, type SchemaMetadata } from './data-contracts.js';
import type { SchemaRequest } from './schema-registry.js';

export const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

/** Send a JSON body with Confluent's content type (bodies pre-serialised where cached). */
export function sendJson(reply: FastifyReply, body: unknown, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('content-type', CONTENT_TYPE)
    .send(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Query flags as Confluent reads them (`?deleted=true`). */
export function flag(query: unknown, name: string): boolean {
  const v = (query as Record<string, unknown> | undefined)?.[name];
  return v === 'true' || v === true || v === '';
}

export function queryString(query: unknown, name: string): string | undefined {
  const v = (query as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : undefined;
}

/** Validate a register/lookup body: an object with a string `schema` (422 otherwise). */
export function schemaRequest(body: unknown): SchemaRequest {
  if (body === undefined || body === null) throw errors.badRequest('Request body is required');
  if (typeof body !== 'object' || Array.isArray(body))
    throw errors.unprocessable('Request body must be a JSON object');
  // Other fields are ignored, as RegisterSchemaRequest's ignoreUnknown (newer clients send more).
  const b = body as Record<string, unknown>;
  if (typeof b.schema !== 'string') throw errors.invalidSchema('Empty schema');
  if (b.schemaType !== undefined && b.schemaType !== null && typeof b.schemaType !== 'string')
    throw errors.invalidSchema('schemaType must be a string');
  if (b.id !== undefined && b.id !== null && !Number.isInteger(b.id))
    throw errors.unprocessable('id must be an integer');
  if (b.version !== undefined && b.version !== null && !Number.isInteger(b.version))
    throw errors.unprocessable('version must be an integer');
  return {
    schema: b.schema,
    schemaType: (b.schemaType ?? undefined) as SchemaRequest['schemaType'],
    references: (b.references ?? undefined) as SchemaRequest['references'],
    id: (b.id ?? undefined) as number | undefined,
    version: (b.version ?? undefined) as number | undefined,
    metadata: parseMetadata(b.metadata),
    ruleSet: parseRuleSet(b.ruleSet),
  };
}

/**
 * The JSON shape of a schema (Confluent's field order): schemaType omitted for AVRO, references,
 * metadata and ruleSet only when present.
 */
export function schemaShape(v: {
  schemaType: string;
  schema: string;
  references: unknown[];
  metadata?: SchemaMetadata;
  ruleSet?: RuleSet;
}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (v.schemaType !== 'AVRO') out.schemaType = v.schemaType;
  if (v.references.length > 0) out.references = v.references;
  if (v.metadata !== undefined) out.metadata = v.metadata;
  if (v.ruleSet !== undefined) out.ruleSet = v.ruleSet;
  out.schema = v.schema;
  return out;
}

/** Confluent's `schema.search.default.limit` / `.max.limit`: GET /schemas and referencedby. */
export const SCHEMA_SEARCH_LIMIT = 1000;

function intParam(query: unknown, name: string, fallback: number): number {
  const v = queryString(query, name);
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : fallback;
}

/**
 * Confluent's `offset`/`limit` paging of list answers: skip `offset`, then keep `limit` when it
 * is in (0, max], else the default limit (unlimited unless the resource has one).
 */
export function page<T>(items: T[], query: unknown, defaultLimit = Infinity, maxLimit = Infinity): T[] {
  const offset = Math.max(0, intParam(query, 'offset', 0));
  const asked = intParam(query, 'limit', -1);
  const limit = asked > 0 && asked <= maxLimit ? asked : defaultLimit;
  return items.slice(offset, limit === Infinity ? undefined : offset + limit);
}
