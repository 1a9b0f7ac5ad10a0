/**
 * A small Confluent Schema Registry REST client (works against Eddy's registry, Confluent's and
 * Karapace): schemas by id (cached: ids are immutable), latest version of a subject, subjects,
 * register, compatibility check, delete. Used by the Kafka connector and the Kafka catalog.
 *
 * @example
 * const sr = new RegistryClient('http://127.0.0.1:8081');
 * const { id } = await sr.register('orders-value', { schema: avroText, schemaType: 'AVRO' });
 * const parsed = await sr.parsedById(id);
 */
import { EddyError } from '../../common/errors.js';
import { parseSchema } from '../parse.js';
import type { ParsedSchema, ResolvedReference, SchemaReference, SchemaType } from '../types.js';

const CONTENT_TYPE = 'application/vnd.schemaregistry.v1+json';

/** A schema as the REST API returns it. */
export interface RegisteredSchema {
  readonly id: number;
  readonly subject?: string;
  readonly version?: number;
  readonly schema: string;
  readonly schemaType: SchemaType;
  readonly references?: readonly SchemaReference[];
}

/** The body of a registration. */
export interface SchemaInput {
  readonly schema: string;
  readonly schemaType?: SchemaType;
  readonly references?: readonly SchemaReference[];
}

/** An error answer of the registry: HTTP status and Confluent's `error_code`. */
export class RegistryRequestError extends EddyError {
  constructor(
    message: string,
    readonly status: number,
    readonly errorCode: number | undefined,
  ) {
    super('EDDY_EXECUTION', message);
  }
}

export class RegistryClient {
  readonly baseUrl: string;
  private readonly byId = new Map<number, Promise<RegisteredSchema>>();
  private readonly parsedById = new Map<number, Promise<ParsedSchema>>();

  constructor(
    baseUrl: string,
    private readonly timeoutMs = 10_000,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = `${this.baseUrl}${path}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: { accept: CONTENT_TYPE, ...(body !== undefined ? { 'content-type': CONTENT_TYPE } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new RegistryRequestError(
        `Schema Registry at ${this.baseUrl} is not reachable (${method} ${path}): ${(err as Error).message}`,
        0,
        undefined,
      );
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const e = json as { error_code?: number; message?: string } | undefined;
      throw new RegistryRequestError(
        `Schema Registry ${method} ${path} failed with HTTP ${res.status}: ${e?.message ?? text}`,
        res.status,
        e?.error_code,
      );
    }
    return json as T;
  }

  /** Every subject. */
  subjects(): Promise<string[]> {
    return this.request<string[]>('GET', '/subjects');
  }

  /** The latest version of a subject, or undefined when the subject does not exist. */
  async latest(subject: string): Promise<RegisteredSchema | undefined> {
    try {
      const r = await this.request<{
        id: number;
        subject: string;
        version: number;
        schema: string;
        schemaType?: SchemaType;
        references?: SchemaReference[];
      }>('GET', `/subjects/${encodeURIComponent(subject)}/versions/latest`);
      const out: RegisteredSchema = { ...r, schemaType: r.schemaType ?? 'AVRO' };
      this.byId.set(out.id, Promise.resolve(out));
      return out;
    } catch (err) {
      if (err instanceof RegistryRequestError && err.status === 404) return undefined;
      throw err;
    }
  }

  /** The schema registered under an id (cached). */
  schemaById(id: number): Promise<RegisteredSchema> {
    let p = this.byId.get(id);
    if (p === undefined) {
      p = this.request<{ schema: string; schemaType?: SchemaType; references?: SchemaReference[] }>(
        'GET',
        `/schemas/ids/${id}`,
      ).then((r) => ({ id, schema: r.schema, schemaType: r.schemaType ?? 'AVRO', references: r.references }));
      p.catch(() => this.byId.delete(id));
      this.byId.set(id, p);
    }
    return p;
  }

  /** The parsed schema of an id, references resolved (cached). */
  parsed(id: number): Promise<ParsedSchema> {
    let p = this.parsedById.get(id);
    if (p === undefined) {
      p = this.schemaById(id).then((s) => this.parse(s));
      p.catch(() => this.parsedById.delete(id));
      this.parsedById.set(id, p);
    }
    return p;
  }

  /** Parses a registered schema, fetching its references (dependencies first). */
  async parse(s: {
    schema: string;
    schemaType: SchemaType;
    references?: readonly SchemaReference[];
  }): Promise<ParsedSchema> {
    const resolved: ResolvedReference[] = [];
    for (const ref of s.references ?? []) {
      const r = await this.request<{ schema: string }>(
        'GET',
        `/subjects/${encodeURIComponent(ref.subject)}/versions/${ref.version}`,
      );
      resolved.push({ name: ref.name, schema: r.schema });
    }
    return parseSchema(s.schemaType, s.schema, resolved);
  }

  /** Registers a schema under a subject (idempotent: the same schema returns the same id). */
  async register(subject: string, input: SchemaInput): Promise<number> {
    const body = {
      schema: input.schema,
      ...(input.schemaType && input.schemaType !== 'AVRO' ? { schemaType: input.schemaType } : {}),
      ...(input.references?.length ? { references: input.references } : {}),
    };
    const r = await this.request<{ id: number }>(
      'POST',
      `/subjects/${encodeURIComponent(subject)}/versions`,
      body,
    );
    return r.id;
  }

  /** Whether a schema is compatible with the subject's latest version (true when the subject is new). */
  async isCompatible(subject: string, input: SchemaInput): Promise<boolean> {
    try {
      const r = await this.request<{ is_compatible: boolean }>(
        'POST',
        `/compatibility/subjects/${encodeURIComponent(subject)}/versions/latest`,
        { schema: input.schema, ...(input.schemaType ? { schemaType: input.schemaType } : {}) },
      );
      return r.is_compatible;
    } catch (err) {
      if (err instanceof RegistryRequestError && err.status === 404) return true;
      throw err;
    }
  }

  /** Deletes a subject (soft, then hard); missing subjects are fine. */
  async deleteSubject(subject: string): Promise<void> {
    for (const q of ['', '?permanent=true']) {
      try {
        await this.request('DELETE', `/subjects/${encodeURIComponent(subject)}${q}`);
      } catch (err) {
        if (err instanceof RegistryRequestError && err.status === 404) return;
        throw err;
      }
    }
  }
}
