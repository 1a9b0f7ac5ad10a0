/**
 * Leader election through a Kafka consumer group, as Confluent's registry does it: every
 * instance joins the group `schema.registry.group.id` with its URL in the member metadata; the
 * group's assignor gives partition 0 of `_schemas` to exactly one eligible member, which is the
 * leader and the only writer. Followers find the leader's URL by describing the group, and
 * forward writes to it.
 */
import type { Consumer, GroupPartitionsAssignments } from '@platformatic/kafka';
import type { Logger } from '../common/logger.js';
import { KafkaClient, closeQuietly } from '../kafka/client/index.js';
import type { LeaderInfo } from './server.js';

const PROTOCOL = 'eddy-schema-registry';

export interface KafkaLeaderOptions {
  client: KafkaClient;
  groupId: string;
  topic: string;
  /** This instance's URL, as other instances reach it. */
  url: string;
  /** `leader.eligibility`: whether this instance may become the leader (default true). */
  eligible?: boolean;
  logger?: Logger;
}

interface MemberInfo {
  url: string;
  eligible: boolean;
}

function parseMember(meta: unknown): MemberInfo | undefined {
  try {
    const text = Buffer.isBuffer(meta) ? meta.toString('utf8') : typeof meta === 'string' ? meta : undefined;
    if (!text) return undefined;
    const m = JSON.parse(text) as Partial<MemberInfo>;
    return typeof m.url === 'string' ? { url: m.url, eligible: m.eligible !== false } : undefined;
  } catch {
    return undefined;
  }
}

export class KafkaLeaderElector implements LeaderInfo {
  private consumer: Consumer<Buffer, Buffer, Buffer, Buffer> | undefined;
  private stream: { close(): Promise<void> } | undefined;
  private leader = false;
  private knownLeaderUrl: string | undefined;
  private refreshing: Promise<void> | undefined;
  private lastRefresh = 0;

  constructor(private readonly opts: KafkaLeaderOptions) {}

  isLeader(): boolean {
    return this.leader;
  }

  leaderUrl(): string | undefined {
    if (this.leader) return this.opts.url;
    if (Date.now() - this.lastRefresh > 1000) void this.refresh();
    return this.knownLeaderUrl;
  }

  private joined: Promise<void> | undefined;

  /** Resolves once the group has been joined at least once (the leader is known). */
  whenKnown(timeoutMs = 30_000): Promise<void> {
    if (!this.joined) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    return Promise.race([this.joined, timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * Join the group. Resolves once the join has started; `whenKnown()` resolves after the first
   * assignment. (After an unclean stop the coordinator keeps the dead member until its session
   * times out, so the first join can take that long: reads are served meanwhile.)
   */
  async start(): Promise<void> {
    const { client, groupId, topic, url } = this.opts;
    const metadata = JSON.stringify({ url, eligible: this.opts.eligible !== false });
    this.consumer = await client.consumer({
      groupId,
      sessionTimeout: 10_000,
      heartbeatInterval: 1000,
      rebalanceTimeout: 10_000,
    });
    const joined = new Promise<void>((resolve) => {
      this.consumer!.on('consumer:group:join', (payload) => {
        this.leader = (payload.assignments ?? []).some((a) => a.topic === topic && a.partitions.includes(0));
        this.opts.logger?.info({ leader: this.leader, memberId: payload.memberId }, 'registry group joined');
        if (this.leader) this.knownLeaderUrl = url;
        else void this.refresh();
        resolve();
      });
    });
    // The assignor runs on the group leader member: partition 0 goes to the first eligible
    // member in member-id order, so the choice is the same whichever member computes it.
    const assigner = (
      _current: string,
      members: Map<string, { metadata?: unknown }>,
    ): GroupPartitionsAssignments[] => {
      const ids = [...members.keys()].sort();
      const chosen = ids.find((id) => parseMember(members.get(id)?.metadata)?.eligible) ?? undefined;
      return ids.map((memberId) => ({
        memberId,
        assignments: new Map(memberId === chosen ? [[topic, { topic, partitions: [0] }]] : []),
      }));
    };
    this.joined = joined;
    void this.consumeInBackground(topic, metadata, assigner);
  }

  private async consumeInBackground(topic: string, metadata: string, assigner: unknown): Promise<void> {
    if (!this.consumer) return;
    try {
      this.stream = await this.consumer.consume({
        topics: [topic],
        mode: 'latest',
        autocommit: false,
        maxWaitTime: 500,
        protocols: [{ name: PROTOCOL, version: 1, metadata }],
        partitionAssigner: assigner as never,
      });
    } catch (err) {
      this.opts.logger?.error({ err }, 'cannot join the registry group: this instance cannot take writes');
      return;
    }
    const stream = this.stream as unknown as NodeJS.EventEmitter;
    stream.on('data', () => undefined); // records are read by the store
    stream.on('error', (err: Error) => this.opts.logger?.warn({ err }, 'registry group consumer error'));
  }

  /** Find the leader's URL from the group's description (who holds partition 0). */
  refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      const admin = await this.opts.client.admin().catch((err: unknown) => {
        this.opts.logger?.warn({ err }, 'cannot load the Kafka admin client');
        return undefined;
      });
      try {
        if (!admin) return;
        const groups = await admin.describeGroups({ groups: [this.opts.groupId] });
        for (const member of groups.get(this.opts.groupId)?.members.values() ?? []) {
          const holds = [...(member.assignments?.values() ?? [])].some(
            (a) => a.topic === this.opts.topic && a.partitions.includes(0),
          );
          if (holds) {
            this.knownLeaderUrl = parseMember(member.metadata?.metadata)?.url;
            break;
          }
        }
      } catch (err) {
        this.opts.logger?.warn({ err }, 'cannot describe the registry group');
      } finally {
        this.lastRefresh = Date.now();
        this.refreshing = undefined;
        if (admin) await closeQuietly(admin);
      }
    })();
    return this.refreshing;
  }

  async stop(): Promise<void> {
    await this.stream?.close().catch(() => undefined);
    if (this.consumer) await closeQuietly(this.consumer);
    this.leader = false;
  }
}
