/**
 * The classic group coordinator (Kafka's GroupCoordinator for `protocol_type` groups): join /
 * sync with client-side assignors, generations, session and rebalance timeouts,
 * group.initial.rebalance.delay.ms, KIP-394 (member id required), KIP-345 static membership.
 * Group metadata and offsets are stored in `__consumer_offsets` (see `offsets-log.ts`) and
 * restored at start, members included, so a broker restart does not force a rebalance.
 * Offset operations and group listing live in `group-offsets.ts`.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../common/logger.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { LogManager } from '../storage/types.js';
import { Group, type JoinResult, type Member, type SyncResult } from './group.js';
import { OffsetsLog } from './offsets-log.js';
import {
  encodeGroupKey,
  encodeGroupValue,
  encodeOffsetKey,
  type CommittedOffset,
  type StoredGroup,
} from './offsets-records.js';
import { restorePendingTxn } from './txn-offsets.js';

export interface GroupSettings {
  minSessionTimeoutMs: number;
  maxSessionTimeoutMs: number;
  initialRebalanceDelayMs: number;
  offsetsTopicPartitions: number;
  offsetMetadataMaxBytes: number;
  offsetsRetentionMs: number;
  offsetsRetentionCheckIntervalMs: number;
}

export interface JoinRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string;
  protocols: { name: string; metadata: Buffer }[];
  clientId: string;
  clientHost: string;
  /** JoinGroup v4+: a new dynamic member first gets MEMBER_ID_REQUIRED (KIP-394). */
  requireKnownMemberId: boolean;
  /** JoinGroup v9+: the leader may be told to skip assignment (KIP-814). */
  supportsSkipAssignment: boolean;
}

export interface SyncRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string | null;
  protocolName: string | null;
  assignments: { memberId: string; assignment: Buffer }[];
}

const SWEEP_MS = 200;

function joinError(errorCode: number, memberId = ''): JoinResult {
  return {
    errorCode,
    generationId: -1,
    protocolType: null,
    protocolName: null,
    leader: '',
    skipAssignment: false,
    memberId,
    members: [],
  };
}

function syncError(errorCode: number): SyncResult {
  return { errorCode, protocolType: null, protocolName: null, assignment: Buffer.alloc(0) };
}

export class GroupCoordinator {
  readonly groups = new Map<string, Group>();
  readonly store: OffsetsLog;
  /**
   * TxnOffsetCommit offsets waiting for their transaction's marker: producer id → group →
   * "topic\0partition" → offset (Kafka's pendingTransactionalOffsetCommits).
   */
  readonly pendingTxnOffsets = new Map<number, Map<string, Map<string, CommittedOffset>>>();
  private loading: Promise<void> | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private expirer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    readonly logs: LogManager,
    readonly settings: GroupSettings,
    readonly logger: Logger,
  ) {
    this.store = new OffsetsLog(logs, settings.offsetsTopicPartitions, logger);
  }

  /** Loads stored groups when `__consumer_offsets` exists; called at broker start. */
  async start(): Promise<void> {
    if (this.store.exists) await this.ready();
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
    this.sweeper.unref();
    this.expirer = setInterval(
      () => void this.expireOffsets(),
      this.settings.offsetsRetentionCheckIntervalMs,
    );
    this.expirer.unref();
  }

  /** Creates (first use) and loads `__consumer_offsets`; every group operation awaits it. */
  ready(): Promise<void> {
    this.loading ??= (async () => {
      await this.store.ensureTopic();
      const state = await this.store.load();
      const now = Date.now();
      for (const [id, stored] of state.groups) this.restore(id, stored, now);
      for (const [pid, records] of state.pendingTxn) restorePendingTxn(this, pid, records);
      for (const [id, offsets] of state.offsets) {
        const g = this.getOrCreate(id);
        for (const [k, v] of offsets) g.offsets.set(k, v);
      }
      this.logger.info({ groups: this.groups.size }, 'group coordinator loaded');
    })().catch((err: unknown) => {
      this.loading = null;
      throw err;
    });
    return this.loading;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.sweeper) clearInterval(this.sweeper);
    if (this.expirer) clearInterval(this.expirer);
    for (const g of this.groups.values()) {
      if (g.joinTimer) clearTimeout(g.joinTimer);
      for (const m of g.members.values()) {
        m.joinWaiter?.(joinError(ErrorCode.COORDINATOR_NOT_AVAILABLE, m.memberId));
        m.syncWaiter?.(syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE));
        m.joinWaiter = m.syncWaiter = null;
      }
    }
  }

  private restore(id: string, stored: StoredGroup, now: number): void {
    const g = this.getOrCreate(id);
    g.protocolType = stored.protocolType || null;
    g.generationId = stored.generationId;
    g.protocolName = stored.protocolName;
    g.leaderId = stored.leaderId;
    for (const sm of stored.members) {
      const m: Member = {
        memberId: sm.memberId,
        groupInstanceId: sm.groupInstanceId,
        clientId: sm.clientId,
        clientHost: sm.clientHost,
        rebalanceTimeoutMs: sm.rebalanceTimeoutMs,
        sessionTimeoutMs: sm.sessionTimeoutMs,
        protocolType: stored.protocolType,
        protocols: [{ name: stored.protocolName ?? '', metadata: sm.subscription }],
        assignment: sm.assignment,
        joinWaiter: null,
        syncWaiter: null,
        deadline: now + sm.sessionTimeoutMs,
        isNew: false,
      };
      g.members.set(m.memberId, m);
      if (m.groupInstanceId) g.staticMembers.set(m.groupInstanceId, m.memberId);
    }
    g.transition(g.members.size > 0 ? 'Stable' : 'Empty');
  }

  getOrCreate(id: string): Group {
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, (g = new Group(id)));
    return g;
  }

  /** Writes the group's metadata record (members and assignments) durably. */
  async persist(g: Group): Promise<void> {
    const value = encodeGroupValue({
      protocolType: g.protocolType ?? '',
      generationId: g.generationId,
      protocolName: g.protocolName,
      leaderId: g.leaderId,
      currentStateTimestamp: g.currentStateTimestamp,
      members: [...g.members.values()].map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.groupInstanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        rebalanceTimeoutMs: m.rebalanceTimeoutMs,
        sessionTimeoutMs: m.sessionTimeoutMs,
        subscription: g.metadataOf(m),
        assignment: m.assignment,
      })),
    });
    await this.store.write(g.groupId, [{ key: encodeGroupKey(g.groupId), value }]);
  }

  private persistInBackground(g: Group): void {
    this.persist(g).catch((err: unknown) =>
      this.logger.error({ err, group: g.groupId }, 'cannot store group metadata'),
    );
  }

  // ---- JoinGroup ----------------------------------------------------------------------

  async join(req: JoinRequest): Promise<JoinResult> {
    await this.ready();
    if (req.groupId === '') return joinError(ErrorCode.INVALID_GROUP_ID, req.memberId);
    if (
      req.sessionTimeoutMs < this.settings.minSessionTimeoutMs ||
      req.sessionTimeoutMs > this.settings.maxSessionTimeoutMs
    ) {
      return joinError(ErrorCode.INVALID_SESSION_TIMEOUT, req.memberId);
    }
    let g = this.groups.get(req.groupId);
    if (!g) {
      if (req.memberId !== '') return joinError(ErrorCode.UNKNOWN_MEMBER_ID, req.memberId);
      g = this.getOrCreate(req.groupId);
    }
    if (g.state === 'Dead') return joinError(ErrorCode.COORDINATOR_NOT_AVAILABLE, req.memberId);
    if (
      req.protocols.length === 0 ||
      req.protocolType === '' ||
      !g.supports(req.protocolType, req.protocols)
    ) {
      return joinError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL, req.memberId);
    }
    return req.memberId === '' ? this.joinNew(g, req) : this.joinKnown(g, req);
  }

  private newMember(id: string, req: JoinRequest): Member {
    return {
      memberId: id,
      groupInstanceId: req.groupInstanceId,
      clientId: req.clientId,
      clientHost: req.clientHost,
      rebalanceTimeoutMs: req.rebalanceTimeoutMs,
      sessionTimeoutMs: req.sessionTimeoutMs,
      protocolType: req.protocolType,
      protocols: req.protocols,
      assignment: Buffer.alloc(0),
      joinWaiter: null,
      syncWaiter: null,
      deadline: Date.now() + req.sessionTimeoutMs,
      isNew: true,
    };
  }

  private joinNew(g: Group, req: JoinRequest): Promise<JoinResult> {
    const id = `${req.groupInstanceId ?? req.clientId}-${randomUUID()}`;
    if (req.groupInstanceId !== null) {
      const oldId = g.staticMembers.get(req.groupInstanceId);
      if (oldId !== undefined && g.members.has(oldId)) return this.replaceStatic(g, oldId, id, req);
      return this.addAndRebalance(g, this.newMember(id, req));
    }
    if (req.requireKnownMemberId) {
      g.pendingMembers.set(id, Date.now() + req.sessionTimeoutMs);
      return Promise.resolve(joinError(ErrorCode.MEMBER_ID_REQUIRED, id));
    }
    return this.addAndRebalance(g, this.newMember(id, req));
  }

  /** A static member rejoining with an unknown member id takes over its old identity (KIP-345). */
  private replaceStatic(g: Group, oldId: string, newId: string, req: JoinRequest): Promise<JoinResult> {
    const old = g.members.get(oldId)!;
    old.joinWaiter?.(joinError(ErrorCode.FENCED_INSTANCE_ID, oldId));
    old.syncWaiter?.(syncError(ErrorCode.FENCED_INSTANCE_ID));
    g.members.delete(oldId);
    const m: Member = { ...this.newMember(newId, req), assignment: old.assignment, isNew: false };
    g.members.set(newId, m);
    g.staticMembers.set(req.groupInstanceId!, newId);
    const wasLeader = g.leaderId === oldId;
    if (wasLeader) g.leaderId = newId;
    // As Kafka's updateStaticMemberAndRebalance: a Stable group keeps its generation unless the
    // protocol it would select changes. The member's metadata may differ (cooperative-sticky's
    // user data carries the owned partitions, empty after a restart); it is stored, and the
    // leader sees it at the next rebalance.
    if (g.state === 'Stable' && g.protocolName !== null && g.selectProtocol() === g.protocolName) {
      this.persistInBackground(g);
      if (wasLeader && !req.supportsSkipAssignment) {
        // Before JoinGroup v9 (no SkipAssignment) Kafka names the old leader id, so the
        // rejoined leader acts as a follower and does not run a trivial assignment that a
        // Stable group would never hand out.
        return Promise.resolve({ ...this.currentJoinResult(g, m), leader: oldId, members: [] });
      }
      return Promise.resolve(this.currentJoinResult(g, m, wasLeader));
    }
    return this.waitForJoin(g, m, true);
  }

  /** Kafka's MemberMetadata.matches: the same protocols, names and metadata, in order. */
  private sameProtocols(m: Member, req: JoinRequest): boolean {
    return (
      m.protocols.length === req.protocols.length &&
      m.protocols.every(
        (p, i) => p.name === req.protocols[i]!.name && p.metadata.equals(req.protocols[i]!.metadata),
      )
    );
  }

  private currentJoinResult(g: Group, m: Member, skipAssignment = false): JoinResult {
    const isLeader = g.leaderId === m.memberId;
    return {
      errorCode: 0,
      generationId: g.generationId,
      protocolType: g.protocolType,
      protocolName: g.protocolName,
      leader: g.leaderId ?? '',
      skipAssignment: isLeader && skipAssignment,
      memberId: m.memberId,
      members: isLeader ? this.memberList(g) : [],
    };
  }

  private memberList(g: Group): JoinResult['members'] {
    return [...g.members.values()].map((x) => ({
      memberId: x.memberId,
      groupInstanceId: x.groupInstanceId,
      metadata: g.metadataOf(x),
    }));
  }

  private addAndRebalance(g: Group, m: Member): Promise<JoinResult> {
    g.members.set(m.memberId, m);
    if (m.groupInstanceId) g.staticMembers.set(m.groupInstanceId, m.memberId);
    if (g.leaderId === null || !g.members.has(g.leaderId)) g.leaderId = m.memberId;
    return this.waitForJoin(g, m, true);
  }

  private waitForJoin(g: Group, m: Member, rebalance: boolean): Promise<JoinResult> {
    return new Promise((resolve) => {
      m.joinWaiter?.(joinError(ErrorCode.REBALANCE_IN_PROGRESS, m.memberId));
      m.joinWaiter = resolve;
      if (rebalance && g.state !== 'PreparingRebalance') this.prepareRebalance(g);
      else this.tryCompleteJoin(g);
    });
  }

  private joinKnown(g: Group, req: JoinRequest): Promise<JoinResult> {
    if (g.pendingMembers.has(req.memberId)) {
      g.pendingMembers.delete(req.memberId);
      return this.addAndRebalance(g, this.newMember(req.memberId, req));
    }
    if (this.fenced(g, req.groupInstanceId, req.memberId)) {
      return Promise.resolve(joinError(ErrorCode.FENCED_INSTANCE_ID, req.memberId));
    }
    const m = g.members.get(req.memberId);
    if (!m) return Promise.resolve(joinError(ErrorCode.UNKNOWN_MEMBER_ID, req.memberId));
    m.deadline = Date.now() + req.sessionTimeoutMs;
    const same = this.sameProtocols(m, req);
    const update = () => {
      m.protocols = req.protocols;
      m.sessionTimeoutMs = req.sessionTimeoutMs;
      m.rebalanceTimeoutMs = req.rebalanceTimeoutMs;
      m.clientId = req.clientId;
      m.clientHost = req.clientHost;
    };
    switch (g.state) {
      case 'PreparingRebalance':
        update();
        return this.waitForJoin(g, m, false);
      case 'CompletingRebalance':
        if (same) return Promise.resolve(this.currentJoinResult(g, m));
        update();
        return this.waitForJoin(g, m, true);
      case 'Stable':
        if (same && g.leaderId !== m.memberId) return Promise.resolve(this.currentJoinResult(g, m));
        update();
        return this.waitForJoin(g, m, true);
      default:
        return Promise.resolve(joinError(ErrorCode.UNKNOWN_MEMBER_ID, req.memberId));
    }
  }

  /** Starts a rebalance: every member must rejoin within the rebalance timeout. */
  prepareRebalance(g: Group): void {
    if (g.state === 'CompletingRebalance') {
      for (const m of g.members.values()) {
        m.assignment = Buffer.alloc(0);
        m.syncWaiter?.(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
        m.syncWaiter = null;
      }
    }
    const wasEmpty = g.state === 'Empty';
    g.transition('PreparingRebalance');
    if (g.joinTimer) clearTimeout(g.joinTimer);
    const timeout = Math.max(g.rebalanceTimeoutMs, 1);
    g.rebalanceDeadline = Date.now() + timeout;
    const delay = this.settings.initialRebalanceDelayMs;
    if (wasEmpty && delay > 0) {
      g.initialDelayActive = true;
      let joinedAtStart = g.members.size;
      const onDelay = () => {
        const left = g.rebalanceDeadline - Date.now();
        // Kafka's InitialDelayedJoin: wait another delay while members keep arriving.
        if (g.members.size > joinedAtStart && left > delay) {
          joinedAtStart = g.members.size;
          g.joinTimer = setTimeout(onDelay, delay);
          return;
        }
        g.initialDelayActive = false;
        g.joinTimer = setTimeout(() => this.onRebalanceTimeout(g), Math.max(left, 0));
        this.tryCompleteJoin(g);
      };
      g.joinTimer = setTimeout(onDelay, Math.min(delay, timeout));
      return;
    }
    g.initialDelayActive = false;
    g.joinTimer = setTimeout(() => this.onRebalanceTimeout(g), timeout);
    this.tryCompleteJoin(g);
  }

  private onRebalanceTimeout(g: Group): void {
    g.joinTimer = null;
    if (g.state !== 'PreparingRebalance') return;
    this.completeJoin(g);
  }

  tryCompleteJoin(g: Group): void {
    if (g.state === 'PreparingRebalance' && !g.initialDelayActive && g.allMembersJoined) this.completeJoin(g);
  }

  private completeJoin(g: Group): void {
    if (g.joinTimer) clearTimeout(g.joinTimer);
    g.joinTimer = null;
    g.initialDelayActive = false;
    for (const m of [...g.members.values()]) if (!m.joinWaiter) this.removeMember(g, m);
    g.pendingMembers.clear();
    g.generationId++;
    if (g.members.size === 0) {
      g.protocolName = null;
      g.leaderId = null;
      g.transition('Empty');
      this.persistInBackground(g);
      return;
    }
    const first = g.members.values().next().value!;
    g.protocolType = first.protocolType;
    g.protocolName = g.selectProtocol();
    if (g.leaderId === null || !g.members.has(g.leaderId)) g.leaderId = first.memberId;
    g.transition('CompletingRebalance');
    const now = Date.now();
    for (const m of g.members.values()) {
      m.deadline = now + m.sessionTimeoutMs;
      m.isNew = false;
      const waiter = m.joinWaiter!;
      m.joinWaiter = null;
      waiter(this.currentJoinResult(g, m));
    }
  }

  private removeMember(g: Group, m: Member): void {
    g.members.delete(m.memberId);
    if (m.groupInstanceId && g.staticMembers.get(m.groupInstanceId) === m.memberId)
      g.staticMembers.delete(m.groupInstanceId);
    if (g.leaderId === m.memberId) g.leaderId = g.members.keys().next().value ?? null;
  }

  /** After a member left or expired: rebalance the rest (or finish the current rebalance). */
  private onMemberGone(g: Group): void {
    if (g.state === 'Stable' || g.state === 'CompletingRebalance') this.prepareRebalance(g);
    else if (g.state === 'PreparingRebalance') this.tryCompleteJoin(g);
  }

  /**
   * Kafka's offset expiration (KIP-211): offsets of a group that has been Empty for
   * offsets.retention.minutes expire (for a group without members ever, counted from each
   * commit); a group left with no offsets and no members is deleted.
   */
  async expireOffsets(now = Date.now()): Promise<void> {
    if (this.closed || !this.loading) return;
    const retention = this.settings.offsetsRetentionMs;
    for (const g of [...this.groups.values()]) {
      if (g.state !== 'Empty') continue;
      const records: { key: Buffer; value: Buffer | null }[] = [];
      const expired: string[] = [];
      for (const [k, v] of g.offsets) {
        const since =
          g.protocolType === null ? v.commitTimestamp : Math.max(g.currentStateTimestamp, v.commitTimestamp);
        if (now - since < retention) continue;
        const [topic, p] = k.split('\0');
        records.push({ key: encodeOffsetKey(g.groupId, topic!, Number(p)), value: null });
        expired.push(k);
      }
      const deleteGroup = g.offsets.size === expired.length && g.members.size === 0;
      if (records.length === 0 && !deleteGroup) continue;
      if (deleteGroup) records.push({ key: encodeGroupKey(g.groupId), value: null });
      try {
        await this.store.write(g.groupId, records);
      } catch (err) {
        this.logger.warn({ err, group: g.groupId }, 'cannot expire offsets');
        continue;
      }
      for (const k of expired) g.offsets.delete(k);
      if (deleteGroup && g.state === 'Empty' && g.members.size === 0) {
        g.transition('Dead');
        this.groups.delete(g.groupId);
      }
      this.logger.info(
        { group: g.groupId, expired: expired.length, deleted: deleteGroup },
        'expired committed offsets',
      );
    }
  }

  private sweep(): void {
    if (this.closed) return;
    const now = Date.now();
    for (const g of this.groups.values()) {
      for (const [id, deadline] of g.pendingMembers) {
        if (deadline < now) {
          g.pendingMembers.delete(id);
          this.tryCompleteJoin(g);
        }
      }
      let gone = false;
      for (const m of [...g.members.values()]) {
        if (!m.joinWaiter && m.deadline < now) {
          this.logger.info({ group: g.groupId, member: m.memberId }, 'member session expired');
          m.syncWaiter?.(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
          this.removeMember(g, m);
          gone = true;
        }
      }
      if (gone) this.onMemberGone(g);
    }
  }

  // ---- SyncGroup / Heartbeat / LeaveGroup ---------------------------------------------

  /** Kafka's isStaticMemberFenced: the instance id is known and mapped to another member id. */
  fenced(g: Group, groupInstanceId: string | null, memberId: string): boolean {
    if (groupInstanceId === null) return false;
    const current = g.staticMembers.get(groupInstanceId);
    return current !== undefined && current !== memberId;
  }

  async sync(req: SyncRequest): Promise<SyncResult> {
    await this.ready();
    const g = this.groups.get(req.groupId);
    if (g && this.fenced(g, req.groupInstanceId, req.memberId))
      return syncError(ErrorCode.FENCED_INSTANCE_ID);
    const m = g?.members.get(req.memberId);
    if (!g || !m) return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    if (req.generationId !== g.generationId) return syncError(ErrorCode.ILLEGAL_GENERATION);
    if (
      (req.protocolType !== null && req.protocolType !== g.protocolType) ||
      (req.protocolName !== null && req.protocolName !== g.protocolName)
    ) {
      return syncError(ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
    }
    m.deadline = Date.now() + m.sessionTimeoutMs;
    const ok = (assignment: Buffer): SyncResult => ({
      errorCode: 0,
      protocolType: g.protocolType,
      protocolName: g.protocolName,
      assignment,
    });
    switch (g.state) {
      case 'PreparingRebalance':
        return syncError(ErrorCode.REBALANCE_IN_PROGRESS);
      case 'Stable':
        return ok(m.assignment);
      case 'CompletingRebalance':
        break;
      default:
        return syncError(ErrorCode.UNKNOWN_MEMBER_ID);
    }
    const result = new Promise<SyncResult>((resolve) => {
      m.syncWaiter?.(syncError(ErrorCode.REBALANCE_IN_PROGRESS));
      m.syncWaiter = resolve;
    });
    if (g.leaderId === m.memberId) {
      const byMember = new Map(req.assignments.map((a) => [a.memberId, a.assignment]));
      for (const x of g.members.values()) x.assignment = byMember.get(x.memberId) ?? Buffer.alloc(0);
      const generation = g.generationId;
      this.persist(g).then(
        () => {
          if (g.state !== 'CompletingRebalance' || g.generationId !== generation) return;
          g.transition('Stable');
          for (const x of g.members.values()) {
            const w = x.syncWaiter;
            x.syncWaiter = null;
            w?.(ok(x.assignment));
          }
        },
        (err: unknown) => {
          this.logger.error({ err, group: g.groupId }, 'cannot store group assignment');
          if (g.state !== 'CompletingRebalance' || g.generationId !== generation) return;
          for (const x of g.members.values()) {
            const w = x.syncWaiter;
            x.syncWaiter = null;
            w?.(syncError(ErrorCode.COORDINATOR_NOT_AVAILABLE));
          }
          this.prepareRebalance(g);
        },
      );
    }
    return result;
  }

  async heartbeat(
    groupId: string,
    generationId: number,
    memberId: string,
    groupInstanceId: string | null,
  ): Promise<number> {
    await this.ready();
    const g = this.groups.get(groupId);
    if (g && this.fenced(g, groupInstanceId, memberId)) return ErrorCode.FENCED_INSTANCE_ID;
    const m = g?.members.get(memberId);
    if (!g || !m) return ErrorCode.UNKNOWN_MEMBER_ID;
    if (g.state === 'Empty' || g.state === 'Dead') return ErrorCode.UNKNOWN_MEMBER_ID;
    if (generationId !== g.generationId) return ErrorCode.ILLEGAL_GENERATION;
    m.deadline = Date.now() + m.sessionTimeoutMs;
    return g.state === 'PreparingRebalance' ? ErrorCode.REBALANCE_IN_PROGRESS : 0;
  }

  /** LeaveGroup; one error code per member (v3+ batches members; v0-2 send one). */
  async leave(
    groupId: string,
    members: { memberId: string; groupInstanceId: string | null }[],
  ): Promise<number[]> {
    await this.ready();
    const g = this.groups.get(groupId);
    if (!g) return members.map(() => ErrorCode.UNKNOWN_MEMBER_ID);
    let changed = false;
    const codes = members.map((x) => {
      let id = x.memberId;
      if (x.groupInstanceId !== null) {
        const known = g.staticMembers.get(x.groupInstanceId);
        if (known === undefined) return ErrorCode.UNKNOWN_MEMBER_ID;
        if (id !== '' && id !== known) return ErrorCode.FENCED_INSTANCE_ID;
        id = known;
      }
      if (g.pendingMembers.delete(id)) {
        changed = true;
        return 0;
      }
      const m = g.members.get(id);
      if (!m) return ErrorCode.UNKNOWN_MEMBER_ID;
      m.joinWaiter?.(joinError(ErrorCode.UNKNOWN_MEMBER_ID, id));
      m.syncWaiter?.(syncError(ErrorCode.UNKNOWN_MEMBER_ID));
      this.removeMember(g, m);
      changed = true;
      return 0;
    });
    if (changed) this.onMemberGone(g);
    return codes;
  }
}
