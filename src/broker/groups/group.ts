/**
 * One classic consumer group's in-memory state (Kafka's GroupMetadata): members, generation,
 * chosen protocol, and the callbacks of JoinGroup / SyncGroup requests waiting for the
 * rebalance to finish.
 */
import type { CommittedOffset } from './offsets-records.js';

export type GroupState = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable' | 'Dead';

export interface JoinResult {
  errorCode: number;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  skipAssignment: boolean;
  memberId: string;
  members: { memberId: string; groupInstanceId: string | null; metadata: Buffer }[];
}

export interface SyncResult {
  errorCode: number;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

export interface Member {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  rebalanceTimeoutMs: number;
  sessionTimeoutMs: number;
  protocolType: string;
  protocols: { name: string; metadata: Buffer }[];
  assignment: Buffer;
  /** Set while its JoinGroup waits for the rebalance to complete. */
  joinWaiter: ((r: JoinResult) => void) | null;
  /** Set while its SyncGroup waits for the leader's assignment. */
  syncWaiter: ((r: SyncResult) => void) | null;
  /** Session deadline (ms since epoch), pushed forward by every heartbeat, join and sync. */
  deadline: number;
  /** True for a member that joined during the current rebalance (KIP-394 bookkeeping). */
  isNew: boolean;
}

export class Group {
  state: GroupState = 'Empty';
  protocolType: string | null = null;
  protocolName: string | null = null;
  generationId = 0;
  leaderId: string | null = null;
  readonly members = new Map<string, Member>();
  /** group.instance.id → member id (static membership, KIP-345). */
  readonly staticMembers = new Map<string, string>();
  /** Member ids handed out with MEMBER_ID_REQUIRED and not joined yet (KIP-394), with deadlines. */
  readonly pendingMembers = new Map<string, number>();
  readonly offsets = new Map<string, CommittedOffset>();
  /** While set, the join phase waits (group.initial.rebalance.delay.ms, or the rebalance timeout). */
  joinTimer: NodeJS.Timeout | null = null;
  initialDelayActive = false;
  rebalanceDeadline = 0;
  currentStateTimestamp = Date.now();

  constructor(readonly groupId: string) {}

  transition(state: GroupState): void {
    this.state = state;
    this.currentStateTimestamp = Date.now();
  }

  get allMembersJoined(): boolean {
    if (this.pendingMembers.size > 0) return false;
    for (const m of this.members.values()) if (!m.joinWaiter) return false;
    return true;
  }

  /** Largest rebalance timeout of the members: how long a rebalance may wait. */
  get rebalanceTimeoutMs(): number {
    let max = 0;
    for (const m of this.members.values()) max = Math.max(max, m.rebalanceTimeoutMs);
    return max;
  }

  /** The protocol every member supports that most members list first (Kafka's vote). */
  selectProtocol(): string | null {
    const members = [...this.members.values()];
    if (members.length === 0) return null;
    const common = members[0]!.protocols
      .map((p) => p.name)
      .filter((name) => members.every((m) => m.protocols.some((p) => p.name === name)));
    if (common.length === 0) return null;
    const votes = new Map<string, number>();
    for (const m of members) {
      const choice = m.protocols.find((p) => common.includes(p.name))!.name;
      votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    let best = common[0]!;
    for (const name of common) if ((votes.get(name) ?? 0) > (votes.get(best) ?? 0)) best = name;
    return best;
  }

  /** True when `protocols` shares at least one name with every current member (and the type matches). */
  supports(protocolType: string, protocols: { name: string }[]): boolean {
    if (this.members.size === 0) return protocols.length > 0;
    if (this.protocolType !== null && this.protocolType !== protocolType) return false;
    for (const m of this.members.values()) {
      if (!protocols.some((p) => m.protocols.some((q) => q.name === p.name))) return false;
    }
    return true;
  }

  /** Topics the group's consumers subscribe to, when the protocol type is `consumer` (OffsetDelete). */
  metadataOf(member: Member): Buffer {
    return member.protocols.find((p) => p.name === this.protocolName)?.metadata ?? Buffer.alloc(0);
  }
}
