/**
 * The broker's client quotas (KIP-546), kept durably in `client-quotas.json` in the data dir
 * (rewritten atomically on each change) as Kafka keeps them in its metadata log, so they survive
 * a restart. One store per broker context, loaded on first use. Quotas are stored and described,
 * not enforced: a one-node Eddy broker never throttles.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrokerContext } from '../context.js';
import { atomicWrite } from '../storage/files.js';

export const QUOTA_ENTITY_TYPES = ['user', 'client-id', 'ip'] as const;
export type QuotaEntityType = (typeof QUOTA_ENTITY_TYPES)[number];

/** Entity type → name (null: the default entity of that type). */
export type QuotaEntity = ReadonlyMap<QuotaEntityType, string | null>;

export interface QuotaEntry {
  entity: QuotaEntity;
  values: Map<string, number>;
}

const FILE = 'client-quotas.json';

/** A stable key for an entity (types in a fixed order; null kept apart from any name). */
export function entityKey(entity: QuotaEntity): string {
  return JSON.stringify(QUOTA_ENTITY_TYPES.filter((t) => entity.has(t)).map((t) => [t, entity.get(t)]));
}

export class ClientQuotaStore {
  private readonly entries = new Map<string, QuotaEntry>();
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async load(dataDir: string): Promise<ClientQuotaStore> {
    const store = new ClientQuotaStore(path.join(dataDir, FILE));
    let text: string | null = null;
    try {
      text = await readFile(store.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (text !== null) {
      const saved = JSON.parse(text) as {
        entity: [QuotaEntityType, string | null][];
        values: Record<string, number>;
      }[];
      for (const e of saved) {
        const entity: QuotaEntity = new Map(e.entity);
        store.entries.set(entityKey(entity), { entity, values: new Map(Object.entries(e.values)) });
      }
    }
    return store;
  }

  /** Every entity with at least one quota. */
  list(): readonly QuotaEntry[] {
    return [...this.entries.values()];
  }

  get(entity: QuotaEntity): ReadonlyMap<string, number> {
    return this.entries.get(entityKey(entity))?.values ?? new Map();
  }

  /**
   * Applies changes (value null: remove the key) to several entities at once and writes the
   * file before resolving; changes run one after another.
   */
  apply(changes: { entity: QuotaEntity; ops: Map<string, number | null> }[]): Promise<void> {
    const run = async (): Promise<void> => {
      if (changes.length === 0) return;
      for (const { entity, ops } of changes) {
        const key = entityKey(entity);
        const entry = this.entries.get(key) ?? { entity, values: new Map<string, number>() };
        for (const [k, v] of ops) {
          if (v === null) entry.values.delete(k);
          else entry.values.set(k, v);
        }
        if (entry.values.size === 0) this.entries.delete(key);
        else this.entries.set(key, entry);
      }
      await atomicWrite(this.file, this.serialize());
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private serialize(): string {
    return JSON.stringify(
      this.list().map((e) => ({
        entity: QUOTA_ENTITY_TYPES.filter((t) => e.entity.has(t)).map((t) => [t, e.entity.get(t)]),
        values: Object.fromEntries(e.values),
      })),
    );
  }
}

const stores = new WeakMap<BrokerContext, Promise<ClientQuotaStore>>();

/** The broker's quota store, loaded from its data dir on first use. */
export function quotaStoreOf(broker: BrokerContext): Promise<ClientQuotaStore> {
  let s = stores.get(broker);
  if (!s) {
    s = ClientQuotaStore.load(broker.logDir);
    stores.set(broker, s);
    s.catch(() => stores.delete(broker));
  }
  return s;
}
