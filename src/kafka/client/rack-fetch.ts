/**
 * Fetch with a `rack_id` (KIP-392, Fetch v11+): @platformatic/kafka's Consumer.fetch always
 * sends an empty rack, so a reader with a rack sends the Fetch request itself, on its own
 * connections, at the highest version both sides speak (12..17, as the client would). The
 * broker may answer with a `preferred_read_replica` (a replica in the reader's rack): the reader
 * then fetches from that node until it fails, then from the leader again, as Java consumers do.
 */
import {
  ConnectionPool,
  FetchIsolationLevels,
  apiVersionsV3,
  fetchV12,
  fetchV13,
  fetchV14,
  fetchV15,
  fetchV16,
  fetchV17,
  type Connection,
} from '@platformatic/kafka';

const FETCH_KEY = 1;
const VERSIONS = [fetchV17, fetchV16, fetchV15, fetchV14, fetchV13, fetchV12];

/** One broker's address. */
export interface BrokerAddress {
  readonly host: string;
  readonly port: number;
}

/** What one Fetch of one partition needs. */
export interface RackFetchRequest {
  readonly topicId: string;
  readonly partition: number;
  readonly offset: bigint;
  readonly maxWaitMs: number;
  readonly maxBytes: number;
}

type FetchResponse = Awaited<ReturnType<typeof fetchV17.api.async>>;

/** Fetches for one reader, following the broker's preferred read replica. */
export class RackFetcher {
  private readonly pool: ConnectionPool;
  private readonly versions = new Map<string, (typeof VERSIONS)[number]>();
  /** The node to fetch from instead of the leader (KIP-392), or -1. */
  preferred = -1;

  constructor(
    clientId: string,
    private readonly rack: string,
  ) {
    this.pool = new ConnectionPool(clientId);
  }

  /**
   * One Fetch to the preferred replica (when the broker named one) or the leader. A failure on
   * the preferred replica goes back to the leader for the next fetch, and is rethrown.
   */
  async fetch(
    leader: BrokerAddress,
    brokers: ReadonlyMap<number, BrokerAddress>,
    req: RackFetchRequest,
  ): Promise<FetchResponse> {
    const replica = this.preferred >= 0 ? brokers.get(this.preferred) : undefined;
    const target = replica ?? leader;
    try {
      const connection = await this.pool.get(target);
      const api = await this.fetchApi(target, connection);
      const resp = await api.api.async(
        connection,
        req.maxWaitMs,
        1,
        req.maxBytes,
        FetchIsolationLevels.READ_COMMITTED,
        0,
        0,
        [
          {
            topicId: req.topicId,
            partitions: [
              {
                partition: req.partition,
                currentLeaderEpoch: -1,
                fetchOffset: req.offset,
                lastFetchedEpoch: -1,
                partitionMaxBytes: req.maxBytes,
              },
            ],
          },
        ],
        [],
        this.rack,
      );
      const part = resp.responses[0]?.partitions.find((x) => x.partitionIndex === req.partition);
      this.preferred = part !== undefined && part.preferredReadReplica >= 0 ? part.preferredReadReplica : -1;
      return resp;
    } catch (err) {
      this.preferred = -1;
      throw err;
    }
  }

  /** The highest Fetch version (12..17) the broker speaks, asked once per broker. */
  private async fetchApi(b: BrokerAddress, connection: Connection): Promise<(typeof VERSIONS)[number]> {
    const key = `${b.host}:${b.port}`;
    const known = this.versions.get(key);
    if (known) return known;
    const versions = await apiVersionsV3.api.async(connection, 'eddy', '0');
    const max = versions.apiKeys.find((k) => k.apiKey === FETCH_KEY)?.maxVersion ?? -1;
    const api = VERSIONS.find((v) => v.api.version <= max);
    if (!api) throw new Error(`broker ${key} speaks no Fetch version between 12 and 17 (max ${max})`);
    this.versions.set(key, api);
    return api;
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
