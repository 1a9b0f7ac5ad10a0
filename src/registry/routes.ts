/**
 * Confluent's Schema Registry REST API (paths, JSON shapes, status and error codes).
 * Reads are served from local state; writes may be forwarded to the leader (server.ts).
 */
import type { FastifyInstance } from 'fastify';
import { RegistryError, errors } from './errors.js';
import {
  CONTENT_TYPE,
  SCHEMA_SEARCH_LIMIT,
  flag,
  page,
  queryString,
  schemaRequest,
  schemaShape,
  sendJson,
} from './http-util.js';
import {
  DEFAULT_CONTEXT,
  contextOf,
  normalizeSubject,
  parseQualified,
  qualify,
  qualifyReference,
} from './contexts.js';
import { parseMetadata, parseRuleSet, validateRuleSet } from './data-contracts.js';
import { CONTRACT_CONFIG_FIELDS, SETTING_FIELDS, type ConfigValue } from './records.js';
import { parseCompatibility, parseMode, parseVersion, type SchemaRegistry } from './schema-registry.js';
import { SCHEMA_TYPES } from '../schema-wire/types.js';
import { ProtobufSchema } from '../schema-wire/protobuf.js';
import { serializedProtobuf } from './protobuf-serialized.js';
import { resolvedAvro } from './avro-resolved.js';
import type { SchemaReference } from '../schema-wire/types.js';

type P = { s: string; v: string; id: string };

function idParam(raw: string): number {
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 2 ** 31 - 1) throw errors.schemaNotFound();
  return Number(raw);
}

export function registerRoutes(app: FastifyInstance, registry: SchemaRegistry): void {
  const state = registry.state;
  /** Pre-serialised GET /schemas/ids/{id} bodies (key `context id`): the consumers' hot path. */
  const idBodies = new Map<string, Buffer>();
  let idBodiesAt = -1;
  /** The context a `?subject=` query names (ids are per context); the default one without it. */
  const queryContext = (query: unknown) => {
    const s = queryString(query, 'subject');
    return s === undefined ? DEFAULT_CONTEXT : contextOf(s);
  };

  /**
   * The context whose id GET /schemas/ids/{id}?subject= reads, as getSchemaKeyUsingContexts: no
   * subject or a context alone → that context; a qualified subject → its context if it holds the
   * id (else none); a plain subject → the default context if it holds the id, else the first
   * context where that name holds it, else the default context.
   */
  const idContext = (id: number, query: unknown): string | undefined => {
    const subject = queryString(query, 'subject');
    if (subject === undefined) return DEFAULT_CONTEXT;
    const q = parseQualified(subject);
    if (q.name === '') return q.context;
    const holds = (s: string) => state.versions(s, true).some((v) => v.id === id);
    if (q.context !== DEFAULT_CONTEXT) return holds(qualify(q.context, q.name)) ? q.context : undefined;
    if (holds(q.name)) return DEFAULT_CONTEXT;
    return state.contexts().find((c) => holds(qualify(c, q.name))) ?? DEFAULT_CONTEXT;
  };

  /**
   * Confluent's AliasFilter: a subject whose own config has an `alias` stands for that subject
   * (an unqualified alias in the subject's context) after `/subjects/` and in the `subject`
   * query of `/schemas/ids/…`. One step: an alias is not followed further.
   */
  const unalias = (subject: string): string => {
    const alias = state.subjectSettings.get(normalizeSubject(subject))?.alias;
    if (alias === undefined || alias === '') return subject;
    return qualifyReference(normalizeSubject(subject), alias);
  };

  /**
   * The schema text for a `format` query (ParsedSchema.formattedString): `serialized` gives a
   * Protobuf schema as a base64 FileDescriptorProto, `resolved` an Avro schema with the types of
   * its references inlined; any other value (Confluent warns and goes on, for forward
   * compatibility) the stored text.
   */
  const formatted = <
    T extends { schemaType: string; schema: string; id: number; references: SchemaReference[] },
  >(
    s: T,
    context: string,
    query: unknown,
  ): T => {
    const format = queryString(query, 'format');
    if (format === 'serialized' && s.schemaType === 'PROTOBUF') {
      const parsed = registry.cache.byId(s.id, context);
      return parsed instanceof ProtobufSchema ? { ...s, schema: serializedProtobuf(parsed) } : s;
    }
    if (format === 'resolved' && s.schemaType === 'AVRO' && s.references.length > 0) {
      const refs = registry.cache.resolveReferences(
        s.references,
        context === DEFAULT_CONTEXT ? '' : `:${context}:`,
      );
      return {
        ...s,
        schema: resolvedAvro(
          JSON.parse(s.schema),
          refs.map((r) => JSON.parse(r.schema) as unknown),
        ),
      };
    }
    return s;
  };

  // QualifiedSubject.normalize: `:.:name` is the default context's `name`; then aliases.
  app.addHook('preValidation', async (req) => {
    const params = req.params as { s?: string } | undefined;
    if (params && typeof params.s === 'string') {
      if (params.s.startsWith(':.:')) params.s = normalizeSubject(params.s);
      if (/^\/(compatibility\/)?subjects\//.test(req.url)) params.s = unalias(params.s);
    }
    const query = req.query as Record<string, unknown> | undefined;
    if (
      req.url.startsWith('/schemas/ids') &&
      query &&
      typeof query.subject === 'string' &&
      query.subject !== ''
    )
      query.subject = unalias(query.subject);
  });

  // Confluent's RootResource answers GET and POST / with {}.
  app.get('/', async (_req, reply) => sendJson(reply, '{}'));
  app.post('/', async (_req, reply) => sendJson(reply, '{}'));
  // The default context, then every context a schema was registered in (sorted); contextPrefix
  // and paging as ContextsResource.
  app.get('/contexts', async (req, reply) => {
    const prefix = queryString(req.query, 'contextPrefix') ?? '';
    return sendJson(
      reply,
      page(
        [DEFAULT_CONTEXT, ...state.contexts()].filter((c) => c.startsWith(prefix)),
        req.query,
      ),
    );
  });
  app.delete<{ Params: { ctx: string } }>('/contexts/:ctx', async (req, reply) => {
    await registry.deleteContext(req.params.ctx);
    return reply.code(204).send();
  });
  app.get('/schemas/types', async (_req, reply) => sendJson(reply, [...SCHEMA_TYPES].reverse()));

  app.get<{ Params: P }>('/schemas/ids/:id', async (req, reply) => {
    if (idBodiesAt !== state.applied) {
      idBodies.clear();
      idBodiesAt = state.applied;
    }
    const id = Number(req.params.id);
    const context = idContext(id, req.query) ?? '';
    // fetchMaxId=true adds the highest id in use (SchemasResource), read by serializers that
    // cache ids; answered uncached since maxId moves with every new schema.
    const withMaxId = queryString(req.query, 'fetchMaxId') === 'true';
    const format = queryString(req.query, 'format');
    const uncached = withMaxId || (format !== undefined && format !== '');
    let body = uncached ? undefined : idBodies.get(`${context} ${id}`);
    if (body !== undefined) return reply.header('content-type', CONTENT_TYPE).send(body);
    idParam(req.params.id);
    // An id this instance has not read yet may have just been written through another
    // instance (a consumer saw it in a message): catch up once before saying 40403.
    if (!state.ids(context).byId.has(id)) await registry.sync();
    const stored = state.ids(context).byId.get(id);
    if (!stored) throw errors.schemaNotFound(id);
    const s = formatted(stored, context, req.query);
    if (withMaxId) return sendJson(reply, { ...schemaShape(s), maxId: state.ids(context).maxId });
    if (uncached) return sendJson(reply, schemaShape(s));
    body = Buffer.from(JSON.stringify(schemaShape(s)));
    idBodies.set(`${context} ${id}`, body);
    return reply.header('content-type', CONTENT_TYPE).send(body);
  });

  app.get<{ Params: P }>('/schemas/ids/:id/schema', async (req, reply) => {
    const id = idParam(req.params.id);
    const context = idContext(id, req.query) ?? '';
    const s = state.ids(context).byId.get(id);
    if (!s) throw errors.schemaNotFound(Number(req.params.id));
    return reply
      .header('content-type', 'application/vnd.schemaregistry.v1+json')
      .send(formatted(s, context, req.query).schema);
  });

  app.get<{ Params: P }>('/schemas/ids/:id/subjects', async (req, reply) => {
    const id = idParam(req.params.id);
    const context = queryContext(req.query);
    // Confluent answers an unknown id here with the id-less "Schema not found".
    if (!state.ids(context).byId.has(id)) throw errors.schemaNotFound();
    const subjects = [
      ...new Set(state.usesOf(id, flag(req.query, 'deleted'), context).map((v) => v.subject)),
    ].sort();
    return sendJson(reply, page(subjects, req.query));
  });

  app.get<{ Params: P }>('/schemas/ids/:id/versions', async (req, reply) => {
    const id = idParam(req.params.id);
    const context = queryContext(req.query);
    if (!state.ids(context).byId.has(id)) throw errors.schemaNotFound();
    const uses = state
      .usesOf(id, flag(req.query, 'deleted'), context)
      .map((v) => ({ subject: v.subject, version: v.version }));
    return sendJson(reply, page(uses, req.query));
  });

  app.get('/schemas', async (req, reply) => {
    // SchemasResource's subjectPrefix defaults to "": the default context's subjects.
    const prefix = queryString(req.query, 'subjectPrefix') ?? '';
    const deleted = flag(req.query, 'deleted');
    const latestOnly = flag(req.query, 'latestOnly');
    const out: unknown[] = [];
    for (const subject of registry.listSubjects({ deleted, prefix })) {
      const versions = state.versions(subject, deleted);
      for (const v of latestOnly ? versions.slice(-1) : versions) {
        out.push({ subject, version: v.version, id: v.id, ...schemaShape(v) });
      }
    }
    return sendJson(reply, page(out, req.query, SCHEMA_SEARCH_LIMIT, SCHEMA_SEARCH_LIMIT));
  });

  app.get('/subjects', async (req, reply) => {
    const subjects = registry.listSubjects({
      deleted: flag(req.query, 'deleted'),
      deletedOnly: flag(req.query, 'deletedOnly'),
      prefix: queryString(req.query, 'subjectPrefix'),
    });
    return sendJson(reply, page(subjects, req.query));
  });

  app.get<{ Params: P }>('/subjects/:s/versions', async (req, reply) => {
    const versions = registry.listVersions(req.params.s, {
      deleted: flag(req.query, 'deleted'),
      deletedOnly: flag(req.query, 'deletedOnly'),
      deletedAsNegative: flag(req.query, 'deletedAsNegative'),
    });
    return sendJson(reply, page(versions, req.query));
  });

  app.get<{ Params: P }>('/subjects/:s/versions/:v', async (req, reply) => {
    const found = registry.getVersion(req.params.s, parseVersion(req.params.v), flag(req.query, 'deleted'));
    const v = formatted(found, contextOf(found.subject), req.query);
    return sendJson(reply, { subject: v.subject, version: v.version, id: v.id, ...schemaShape(v) });
  });

  app.get<{ Params: P }>('/subjects/:s/versions/:v/schema', async (req, reply) => {
    const v = registry.getVersion(req.params.s, parseVersion(req.params.v), flag(req.query, 'deleted'));
    return reply
      .header('content-type', 'application/vnd.schemaregistry.v1+json')
      .send(formatted(v, contextOf(v.subject), req.query).schema);
  });

  app.get<{ Params: P }>('/subjects/:s/metadata', async (req, reply) => {
    // Repeated `key` and `value` parameters, paired in order (the shorter list decides).
    const list = (name: string): string[] => {
      const v = (req.query as Record<string, unknown> | undefined)?.[name];
      return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
    };
    const keys = list('key');
    const values = list('value');
    const wanted: Record<string, string> = {};
    for (let i = 0; i < Math.min(keys.length, values.length); i++) wanted[keys[i]!] = values[i]!;
    const v = registry.latestWithMetadata(req.params.s, wanted, flag(req.query, 'deleted'));
    return sendJson(reply, { subject: v.subject, version: v.version, id: v.id, ...schemaShape(v) });
  });

  app.get<{ Params: P }>('/subjects/:s/versions/:v/referencedby', async (req, reply) => {
    const v = registry.getVersion(req.params.s, parseVersion(req.params.v), true);
    const ids = state.referencedBy(v.subject, v.version, flag(req.query, 'deleted'));
    return sendJson(reply, page(ids, req.query, SCHEMA_SEARCH_LIMIT, SCHEMA_SEARCH_LIMIT));
  });

  app.post<{ Params: P }>('/subjects/:s/versions', async (req, reply) => {
    const result = await registry.register(req.params.s, schemaRequest(req.body), {
      normalize: flag(req.query, 'normalize'),
    });
    return sendJson(reply, { id: result.id });
  });

  app.post<{ Params: P }>('/subjects/:s', async (req, reply) => {
    const body = schemaRequest(req.body);
    const opts = { normalize: flag(req.query, 'normalize'), deleted: flag(req.query, 'deleted') };
    let found;
    try {
      found = registry.lookup(req.params.s, body, opts);
    } catch (err) {
      // Not found here may mean not read yet (written through another instance): catch up once.
      if (!(err instanceof RegistryError) || (err.errorCode !== 40401 && err.errorCode !== 40403)) throw err;
      await registry.sync();
      found = registry.lookup(req.params.s, body, opts);
    }
    return sendJson(reply, {
      subject: found.subject,
      version: found.version,
      id: found.id,
      ...schemaShape(found),
    });
  });

  app.delete<{ Params: P }>('/subjects/:s', async (req, reply) => {
    return sendJson(reply, await registry.deleteSubject(req.params.s, flag(req.query, 'permanent')));
  });

  app.delete<{ Params: P }>('/subjects/:s/versions/:v', async (req, reply) => {
    return sendJson(
      reply,
      await registry.deleteVersion(req.params.s, parseVersion(req.params.v), flag(req.query, 'permanent')),
    );
  });

  const compat = async (
    subject: string,
    version: number | 'latest' | 'all',
    body: unknown,
    query: unknown,
  ) => {
    const verbose = flag(query, 'verbose');
    let r: { compatible: boolean; messages: string[] };
    try {
      r = registry.testCompatibility(subject, version, schemaRequest(body), {
        normalize: flag(query, 'normalize'),
      });
    } catch (err) {
      // Confluent's CompatibilityResource: with verbose, an invalid schema is an incompatible
      // answer carrying the parser's message, not a 42201.
      if (!verbose || !(err instanceof RegistryError) || err.errorCode !== 42201) throw err;
      r = { compatible: false, messages: [err.message] };
    }
    return verbose ? { is_compatible: r.compatible, messages: r.messages } : { is_compatible: r.compatible };
  };
  app.post<{ Params: P }>('/compatibility/subjects/:s/versions/:v', async (req, reply) =>
    sendJson(reply, await compat(req.params.s, parseVersion(req.params.v), req.body, req.query)),
  );
  app.post<{ Params: P }>('/compatibility/subjects/:s/versions', async (req, reply) =>
    sendJson(reply, await compat(req.params.s, 'all', req.body, req.query)),
  );

  // ---- config ----
  // Confluent's Config / ConfigUpdateRequest JSON in their field order, unset fields omitted.
  const configJson = (c: ConfigValue, levelKey: 'compatibilityLevel' | 'compatibility') => {
    const pick = (keys: readonly (keyof ConfigValue)[]) =>
      Object.fromEntries(keys.filter((k) => c[k] !== undefined).map((k) => [k, c[k]]));
    return {
      ...pick([
        'alias',
        'aliasForDeks',
        'normalize',
        'validateFields',
        'validateNewSchemas',
        'validateRules',
      ]),
      ...(c.compatibilityLevel !== undefined ? { [levelKey]: c.compatibilityLevel } : {}),
      ...pick(['compatibilityPolicy', 'compatibilityGroup']),
      ...pick(CONTRACT_CONFIG_FIELDS),
    };
  };
  app.get('/config', async (req, reply) =>
    sendJson(
      reply,
      configJson(registry.configOf(undefined, flag(req.query, 'defaultToGlobal'))!, 'compatibilityLevel'),
    ),
  );
  app.put('/config', async (req, reply) => {
    const stored = await registry.setConfig(undefined, configBody(req.body));
    return sendJson(reply, configJson(stored, 'compatibility'));
  });
  app.delete('/config', async (_req, reply) =>
    sendJson(reply, configJson(await registry.deleteConfig(undefined), 'compatibilityLevel')),
  );
  app.get<{ Params: P }>('/config/:s', async (req, reply) => {
    const s = req.params.s;
    const config = registry.configOf(s, flag(req.query, 'defaultToGlobal'));
    if (config === undefined) throw errors.subjectCompatibilityNotConfigured(s);
    return sendJson(reply, configJson(config, 'compatibilityLevel'));
  });
  app.put<{ Params: P }>('/config/:s', async (req, reply) => {
    const stored = await registry.setConfig(req.params.s, configBody(req.body));
    return sendJson(reply, configJson(stored, 'compatibility'));
  });
  app.delete<{ Params: P }>('/config/:s', async (req, reply) =>
    sendJson(reply, configJson(await registry.deleteConfig(req.params.s), 'compatibilityLevel')),
  );

  // ---- mode ----
  app.get('/mode', async (_req, reply) => sendJson(reply, { mode: registry.modeOf(undefined) }));
  app.put('/mode', async (req, reply) => {
    const asked = modeBody(req.body);
    await registry.setMode(undefined, parseMode(asked), flag(req.query, 'force'));
    // Confluent's ModeResource echoes the request as sent (`readonly` stays lower case).
    return sendJson(reply, { mode: asked });
  });
  app.delete('/mode', async (_req, reply) => sendJson(reply, { mode: await registry.deleteMode(undefined) }));
  app.get<{ Params: P }>('/mode/:s', async (req, reply) => {
    const mode = state.subjectMode.get(req.params.s);
    if (mode !== undefined) return sendJson(reply, { mode });
    // defaultToGlobal: the nearest of the subject's context and the global mode.
    if (flag(req.query, 'defaultToGlobal')) return sendJson(reply, { mode: registry.modeOf(req.params.s) });
    throw errors.subjectModeNotConfigured(req.params.s);
  });
  app.put<{ Params: P }>('/mode/:s', async (req, reply) => {
    const asked = modeBody(req.body);
    const mode = parseMode(asked);
    if (asked === 'FORWARD') throw errors.invalidMode('Forward mode only supported on global level');
    await registry.setMode(req.params.s, mode, flag(req.query, 'force'));
    return sendJson(reply, { mode: asked });
  });
  app.delete<{ Params: P }>('/mode/:s', async (req, reply) =>
    sendJson(reply, { mode: await registry.deleteMode(req.params.s) }),
  );
}

function objectBody(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) throw errors.badRequest('Request body is required');
  if (typeof body !== 'object' || Array.isArray(body))
    throw errors.unprocessable('Request body must be a JSON object');
  return body as Record<string, unknown>;
}

/**
 * PUT /config body, Confluent's ConfigUpdateRequest: `compatibility` (or `compatibilityLevel`),
 * `normalize`, the data-contract fields and the settings (alias, validate*, compatibilityPolicy,
 * compatibilityGroup); other fields are ignored (ignoreUnknown).
 */
function configBody(body: unknown): ConfigValue {
  const b = objectBody(body);
  const settings: Record<string, unknown> = {};
  for (const [k, type] of Object.entries(SETTING_FIELDS)) {
    const v = b[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== type) throw errors.unprocessable(`${k} must be a ${type}`);
    settings[k] = v;
  }
  // CompatibilityPolicy.forName: upper-cased; a name it does not know is no policy.
  if (typeof settings.compatibilityPolicy === 'string') {
    const policy = settings.compatibilityPolicy.toUpperCase();
    if (['LOGICAL', 'STRICT', 'LENIENT'].includes(policy)) settings.compatibilityPolicy = policy;
    else delete settings.compatibilityPolicy;
  }
  const level = b.compatibility ?? b.compatibilityLevel;
  const normalize = b.normalize ?? undefined;
  if (normalize !== undefined && typeof normalize !== 'boolean')
    throw errors.unprocessable('normalize must be true or false');
  const contracts: ConfigValue = {};
  for (const k of CONTRACT_CONFIG_FIELDS) {
    if (k.endsWith('Metadata')) {
      const m = parseMetadata(b[k]);
      if (m !== undefined) contracts[k as 'defaultMetadata'] = m;
    } else {
      const rs = parseRuleSet(b[k]);
      // ConfigResource validates the config's rule sets as a schema's (42210).
      if (rs !== undefined) validateRuleSet((contracts[k as 'defaultRuleSet'] = rs));
    }
  }
  // A body that sets nothing (`{}`, unknown fields only) is an update that changes nothing:
  // Confluent answers the config as it is (setConfig writes no record for it).
  return {
    ...(level !== undefined && level !== null ? { compatibilityLevel: parseCompatibility(level) } : {}),
    ...(normalize !== undefined ? { normalize } : {}),
    ...contracts,
    ...(settings as ConfigValue),
  };
}

function modeBody(body: unknown): unknown {
  // ModeUpdateRequest ignores unknown fields.
  return objectBody(body).mode;
}
