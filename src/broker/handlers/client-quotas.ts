/**
 * DescribeClientQuotas / AlterClientQuotas as a KRaft Kafka 3.9 answers them: validation and
 * messages from the controller's ClientQuotaControlManager (entity types user / client-id / ip,
 * null name = the default entity, keys per entity kind with their ConfigDef types), filtering
 * from ClientQuotasImage.describe (match types exact / default / specified, strict). Quotas are
 * stored durably (client-quota-store.ts) and described; Eddy's one-node broker does not throttle.
 * There is no authorizer, so no CLUSTER_AUTHORIZATION_FAILED.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import {
  QUOTA_ENTITY_TYPES,
  quotaStoreOf,
  type QuotaEntity,
  type QuotaEntityType,
} from './client-quota-store.js';

type KeyType = 'LONG' | 'DOUBLE' | 'INT';

/** QuotaConfig.userAndClientQuotaConfigs(). */
const USER_CLIENT_KEYS: ReadonlyMap<string, KeyType> = new Map<string, KeyType>([
  ['producer_byte_rate', 'LONG'],
  ['consumer_byte_rate', 'LONG'],
  ['request_percentage', 'DOUBLE'],
  ['controller_mutation_rate', 'DOUBLE'],
]);
/** QuotaConfig.ipConfigs(). */
const IP_KEYS: ReadonlyMap<string, KeyType> = new Map<string, KeyType>([['connection_creation_rate', 'INT']]);

const MATCH_EXACT = 0;
const MATCH_DEFAULT = 1;
const MATCH_SPECIFIED = 2;

class QuotaRequestError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const invalid = (message: string): QuotaRequestError =>
  new QuotaRequestError(ErrorCode.INVALID_REQUEST, message);

/** Java's ClientQuotaEntity.toString, for the messages that name an entity. */
function entityText(entity: ReadonlyMap<string, string | null>): string {
  return `ClientQuotaEntity(entries={${[...entity].map(([t, n]) => `${t}=${n}`).join(', ')}})`;
}

function entityStructs(entity: ReadonlyMap<string, string | null>): Struct[] {
  return [...entity].map(([entityType, entityName]) => ({ entityType, entityName }));
}

/** InetAddress.getByName: an address literal, or a name that resolves. */
async function validIp(ip: string | null): Promise<boolean> {
  if (ip === null || isIP(ip) !== 0) return true;
  try {
    await lookup(ip);
    return true;
  } catch {
    return false;
  }
}

/** validateEntity + configKeysForEntityType: the keys the entity may carry, or an error. */
async function keysFor(entity: ReadonlyMap<string, string | null>): Promise<ReadonlyMap<string, KeyType>> {
  if (entity.size === 0) throw invalid('Invalid empty client quota entity');
  for (const [type, name] of entity) {
    if (!(QUOTA_ENTITY_TYPES as readonly string[]).includes(type))
      throw invalid(`Unhandled client quota entity type: ${type}`);
    if (name !== null && name.length === 0) throw invalid(`Empty ${type} not supported`);
  }
  if (entity.has('ip')) {
    if (entity.has('user') || entity.has('client-id'))
      // Kafka's message lacks the space between "should" and "not".
      throw invalid(
        'Invalid quota entity combination, IP entity shouldnot be combined with User or ClientId',
      );
    const ip = entity.get('ip') ?? null;
    if (!(await validIp(ip))) throw invalid(`${ip} is not a valid IP or resolvable host.`);
    return IP_KEYS;
  }
  return USER_CLIENT_KEYS;
}

/** validateQuotaKeyValue. */
function checkValue(keys: ReadonlyMap<string, KeyType>, key: string, value: number): void {
  const type = keys.get(key);
  if (type === undefined) throw invalid(`Invalid configuration key ${key}`);
  if (value <= 0) throw invalid(`Quota ${key} must be greater than 0`);
  if (type === 'DOUBLE') return;
  if (type === 'INT' && value > 2147483647)
    throw invalid(`Proposed value for ${key} is too large for an INT.`);
  if (type === 'LONG' && value > 2 ** 63) throw invalid(`Proposed value for ${key} is too large for a LONG.`);
  if (Math.abs(value % 1) > 1e-6) throw invalid(`${key} cannot be a fractional value.`);
}

interface Alteration {
  entity: Map<string, string | null>;
  ops: { key: string; value: number; remove: boolean }[];
}

export const handleAlterClientQuotas: Handler = async (broker, req) => {
  const store = await quotaStoreOf(broker);
  const alterations = (req.entries as { entity: Struct[]; ops: Alteration['ops'] }[]).map((e) => ({
    // As AlterClientQuotasRequest.entries(): a type given twice keeps its last name.
    entity: new Map(e.entity.map((d) => [d.entityType as string, d.entityName as string | null])),
    ops: e.ops,
  }));
  // Results by entity, as the controller's map: a repeated entity has one answer.
  const results = new Map<
    string,
    { entity: Map<string, string | null>; code: number; message: string | null }
  >();
  const changes: { entity: QuotaEntity; ops: Map<string, number | null> }[] = [];
  for (const a of alterations) {
    const key = JSON.stringify([...a.entity].sort());
    const fail = (err: QuotaRequestError): void => {
      results.set(key, { entity: a.entity, code: err.code, message: err.message });
    };
    const ops = new Map<string, number | null>();
    for (const op of a.ops) {
      if (ops.has(op.key))
        fail(
          invalid(`Duplicate quota key ${op.key} not updating quota for this entity ${entityText(a.entity)}`),
        );
      else ops.set(op.key, op.remove ? null : op.value);
    }
    if (results.has(key)) {
      fail(invalid(`Ignoring duplicate entity ${entityText(a.entity)}`));
      continue;
    }
    try {
      const keys = await keysFor(a.entity);
      const current = store.get(a.entity as QuotaEntity);
      const changed = new Map<string, number | null>();
      for (const [k, v] of ops) {
        if (v === null) {
          if (current.has(k)) changed.set(k, null);
        } else {
          checkValue(keys, k, v);
          if (current.get(k) !== v) changed.set(k, v);
        }
      }
      if (changed.size > 0) changes.push({ entity: a.entity as QuotaEntity, ops: changed });
      results.set(key, { entity: a.entity, code: 0, message: null });
    } catch (err) {
      if (!(err instanceof QuotaRequestError)) throw err;
      fail(err);
    }
  }
  if (!(req.validateOnly as boolean)) await store.apply(changes);
  return {
    throttleTimeMs: 0,
    entries: [...results.values()].map((r) => ({
      errorCode: r.code,
      errorMessage: r.message,
      entity: entityStructs(r.entity),
    })),
  };
};

interface Component {
  entityType: string;
  matchType: number;
  match: string | null;
}

/** ClientQuotasImage.describe's filter checks: exact names (null = default) and types that must be present. */
function parseFilter(components: Component[]): { exact: Map<string, string | null>; typed: Set<string> } {
  const exact = new Map<string, string | null>();
  const typed = new Set<string>();
  for (const c of components) {
    if (c.entityType.length === 0) throw invalid('Invalid empty entity type.');
    if (exact.has(c.entityType) || typed.has(c.entityType))
      throw invalid(`Entity type ${c.entityType} cannot appear more than once in the filter.`);
    if (!(QUOTA_ENTITY_TYPES as readonly string[]).includes(c.entityType))
      throw new QuotaRequestError(ErrorCode.UNSUPPORTED_VERSION, `Unsupported entity type ${c.entityType}`);
    if (c.matchType === MATCH_EXACT) {
      if (c.match === null)
        throw invalid('Request specified MATCH_TYPE_EXACT, but set match string to null.');
      exact.set(c.entityType, c.match);
    } else if (c.matchType === MATCH_DEFAULT) {
      if (c.match !== null)
        throw invalid('Request specified MATCH_TYPE_DEFAULT, but also specified a match string.');
      exact.set(c.entityType, null);
    } else if (c.matchType === MATCH_SPECIFIED) {
      if (c.match !== null)
        throw invalid('Request specified MATCH_TYPE_SPECIFIED, but also specified a match string.');
      typed.add(c.entityType);
    } else throw invalid(`Unknown match type ${c.matchType}`);
  }
  const uses = (t: string): boolean => exact.has(t) || typed.has(t);
  if (uses('ip') && (uses('user') || uses('client-id')))
    throw invalid(
      'Invalid entity filter component combination. IP filter component should not be used with user or clientId filter component.',
    );
  return { exact, typed };
}

export const handleDescribeClientQuotas: Handler = async (broker, req) => {
  let filter: ReturnType<typeof parseFilter>;
  try {
    filter = parseFilter(req.components as Component[]);
  } catch (err) {
    if (!(err instanceof QuotaRequestError)) throw err;
    return { throttleTimeMs: 0, errorCode: err.code, errorMessage: err.message, entries: null };
  }
  const { exact, typed } = filter;
  const strict = req.strict as boolean;
  const store = await quotaStoreOf(broker);
  const entries = store
    .list()
    .filter(({ entity }) => {
      if (strict && entity.size !== exact.size + typed.size) return false;
      for (const [t, name] of exact) {
        if (!entity.has(t as QuotaEntityType) || entity.get(t as QuotaEntityType) !== name) return false;
      }
      for (const t of typed) if (!entity.has(t as QuotaEntityType)) return false;
      return true;
    })
    .map(({ entity, values }) => ({
      entity: entityStructs(entity),
      values: [...values].map(([key, value]) => ({ key, value })),
    }));
  return { throttleTimeMs: 0, errorCode: 0, errorMessage: null, entries };
};
