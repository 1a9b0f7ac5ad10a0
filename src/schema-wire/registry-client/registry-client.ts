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
import { registryAuth, stripCredentials, type RegistryAuth } from './registry-auth.js';
import { httpsRequest } from './https-request.js';

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
    code: 'EDDY_EXECUTION' | 'EDDY_UNAUTHORIZED' = 'EDDY_EXECUTION',
  ) {
    super(code, message);
  }
}

export class RegistryClient {
  readonly baseUrl: string;
  private readonly byId = new Map<number, Promise<RegisteredSchema>>();
  private readonly parsedById = new Map<number, Promise<ParsedSchema>>();

  private readonly auth: RegistryAuth | undefined;

  /**
   * `auth` defaults to what was registered for this URL with `registerRegistryAuth` (eddy.yaml's
   * cluster properties), or the URL's own `user:password@`; `null` is no auth, without that lookup.
   */
  constructor(
    baseUrl: string,
    private readonly timeoutMs = 10_000,
    auth?: RegistryAuth | null,
  ) {
    this.auth = auth === undefined ? registryAuth(baseUrl) : (auth ?? undefined);
    this.baseUrl = stripCredentials(baseUrl).replace(/\/+$/, '');
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = `${this.baseUrl}${path}`;
    const basic = this.auth?.basic;
    const headers: Record<string, string> = {
      accept: CONTENT_TYPE,
      ...(body !== undefined ? { 'content-type': CONTENT_TYPE } : {}),
      ...(basic
        ? {
            authorization: `Basic ${Buffer.from(`${basic.username}:${basic.password}`, 'utf8').toString('base64')}`,
          }
        : {}),
    };
    const payload = body !== undefined ? JSON.stringify(body) : undefined;
    let res: { status: number; ok: boolean; text(): Promise<string> };
    try {
      // Global fetch cannot take a CA on Node 20 without undici's Agent: node:https does.
      res =
        this.auth?.ca !== undefined && url.startsWith('https:')
          ? await httpsRequest(url, {
              method,
              headers,
              body: payload,
              timeoutMs: this.timeoutMs,
              ca: this.auth.ca,
            })
          : await fetch(url, {
              method,
              headers,
              ...(payload !== undefined ? { body: payload } : {}),
              signal: AbortSignal.timeout(this.timeoutMs),
            });
    } catch (err) {
      // fetch says only "fetch failed"; the cause says why (refused, certificate, …).
      const cause = (err as { cause?: { message?: string } }).cause?.message;
      throw new RegistryRequestError(
        `Schema Registry at ${this.baseUrl} is not reachable (${method} ${path}): ${(err as Error).message}${cause ? ` (${cause})` : ''}`,
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
      if (res.status === 401 || res.status === 403)
        throw new RegistryRequestError(
          `Schema Registry at ${this.baseUrl} refused ${method} ${path} with HTTP ${res.status} ` +
            `(${e?.message ?? 'Unauthorized'}): ${basic ? `check the credentials of key '${basic.username}'` : 'set basic.auth.user.info in the cluster properties'}`,
          res.status,
          e?.error_code,
          'EDDY_UNAUTHORIZED',
        );
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

  /**
   * The latest version of every subject, from `GET /schemas?latestOnly=true` paged by offset, or
   * undefined when the registry does not serve that listing (404/405: older Confluent releases,
   * some compatible registries; callers then ask subject by subject). One or two requests instead
   * of one per subject: the catalog's reload before each statement waited on hundreds of them.
   * A registry that ignores `latestOnly` lists every version: the highest per subject is kept.
   */
  async latestOfEverySubject(pageSize = 1000): Promise<Map<string, RegisteredSchema> | undefined> {
    const out = new Map<string, RegisteredSchema>();
    for (let offset = 0; ;) {
      let page: (RegisteredSchema & { subject: string; version: number })[];
      try {
        page = await this.request('GET', `/schemas?latestOnly=true&offset=${offset}&limit=${pageSize}`);
      } catch (err) {
        if (err instanceof RegistryRequestError && (err.status === 404 || err.status === 405))
          return undefined;
        throw err;
      }
      if (!Array.isArray(page)) return undefined;
      let fresh = 0;
      for (const r of page) {
        const known = out.get(r.subject);
        if (known !== undefined && (known.version ?? 0) >= r.version) continue;
        fresh++;
        const schema: RegisteredSchema = { ...r, schemaType: r.schemaType ?? 'AVRO' };
        out.set(r.subject, schema);
        this.byId.set(schema.id, Promise.resolve(schema));
      }
      // A server may cap the page below pageSize: only an empty page ends the listing (or one
      // with nothing new: a server that ignores `offset` repeats its first page).
      if (page.length === 0 || fresh === 0) return out;
      offset += page.length;
    }
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
