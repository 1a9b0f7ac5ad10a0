/**
 * The classic group protocol over the wire, one connection per member: KIP-394 member ids,
 * rebalances when members join, leave or time out, sync waiting for the leader, generation
 * and member checks on heartbeats and commits, KIP-345 static members rejoining without a
 * rebalance, and protocol mismatches.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import { startTestBroker, type TestBroker } from '../test-support/harness.js';
import { RawClient } from '../test-support/raw-client.js';

let tb: TestBroker;
const clients: RawClient[] = [];

before(async () => {
  tb = await startTestBroker({ 'group.min.session.timeout.ms': 100, 'group.initial.rebalance.delay.ms': 0 });
});
after(async () => {
  for (const c of clients) c.close();
  await tb?.stop();
});

async function member(): Promise<RawClient> {
  const c = await RawClient.connect(tb.port);
  clients.push(c);
  return c;
}

interface JoinOpts {
  memberId?: string;
  instance?: string | null;
  session?: number;
  rebalance?: number;
  protocolType?: string;
  meta?: string;
}

const join = (c: RawClient, group: string, o: JoinOpts = {}) =>
  c.request(11, 7, {
    groupId: group,
    sessionTimeoutMs: o.session ?? 10_000,
    rebalanceTimeoutMs: o.rebalance ?? 2_000,
    memberId: o.memberId ?? '',
    groupInstanceId: o.instance ?? null,
    protocolType: o.protocolType ?? 'consumer',
    protocols: [{ name: 'range', metadata: Buffer.from(o.meta ?? 'm') }],
  });

async function joinFully(c: RawClient, group: string, o: JoinOpts = {}): Promise<Struct> {
  const first = await join(c, group, o);
  if (first.errorCode !== ErrorCode.MEMBER_ID_REQUIRED) return first;
  return join(c, group, { ...o, memberId: first.memberId as string });
}

const sync = (
  c: RawClient,
  group: string,
  j: Struct,
  assignments: Struct[] = [],
  instance: string | null = null,
) =>
  c.request(14, 5, {
    groupId: group,
    generationId: j.generationId,
    memberId: j.memberId,
    groupInstanceId: instance,
    protocolType: 'consumer',
    protocolName: 'range',
    assignments,
  });

const heartbeat = (c: RawClient, group: string, j: Struct, instance: string | null = null) =>
  c
    .request(12, 4, {
      groupId: group,
      generationId: j.generationId,
      memberId: j.memberId,
      groupInstanceId: instance,
    })
    .then((r) => r.errorCode as number);

test('KIP-394: a new dynamic member first gets MEMBER_ID_REQUIRED with its id', async () => {
  const a = await member();
  const r = await join(a, 'kip394');
  assert.equal(r.errorCode, ErrorCode.MEMBER_ID_REQUIRED);
  assert.match(r.memberId as string, /^raw-client-/);
  const ok = await join(a, 'kip394', { memberId: r.memberId as string });
  assert.equal(ok.errorCode, 0);
  assert.equal(ok.memberId, r.memberId);
  assert.equal(ok.generationId, 1);
});

test('a second member triggers a rebalance; followers wait in SyncGroup for the leader', async () => {
  const a = await member();
  const b = await member();
  const ja = await joinFully(a, 'two');
  assert.equal(
    (await sync(a, 'two', ja, [{ memberId: ja.memberId, assignment: Buffer.from('all') }])).errorCode,
    0,
  );
  const pendingB = joinFully(b, 'two');
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(await heartbeat(a, 'two', ja), ErrorCode.REBALANCE_IN_PROGRESS);
  const ja2 = await join(a, 'two', { memberId: ja.memberId as string });
  const jb = await pendingB;
  assert.equal(ja2.generationId, 2);
  assert.equal(jb.generationId, 2);
  assert.equal(ja2.leader, ja.memberId);
  assert.equal((ja2.members as Struct[]).length, 2);
  assert.equal((jb.members as Struct[]).length, 0);
  const syncB = sync(b, 'two', jb);
  await new Promise((r) => setTimeout(r, 50));
  const sa = await sync(a, 'two', ja2, [
    { memberId: ja.memberId, assignment: Buffer.from('p0') },
    { memberId: jb.memberId, assignment: Buffer.from('p1') },
  ]);
  assert.equal((sa.assignment as Buffer).toString(), 'p0');
  assert.equal(((await syncB).assignment as Buffer).toString(), 'p1');
  assert.equal(await heartbeat(b, 'two', jb), 0);
  assert.equal(await heartbeat(b, 'two', { ...jb, generationId: 1 }), ErrorCode.ILLEGAL_GENERATION);
  assert.equal(await heartbeat(b, 'two', { ...jb, memberId: 'nobody' }), ErrorCode.UNKNOWN_MEMBER_ID);
  // Commits: wrong generation is rejected, the current one accepted.
  const commit = (gen: number) =>
    b
      .request(8, 8, {
        groupId: 'two',
        generationIdOrMemberEpoch: gen,
        memberId: jb.memberId,
        groupInstanceId: null,
        topics: [],
      })
      .then(() =>
        b.request(8, 8, {
          groupId: 'two',
          generationIdOrMemberEpoch: gen,
          memberId: jb.memberId,
          groupInstanceId: null,
          topics: [
            {
              name: '__consumer_offsets',
              partitions: [
                { partitionIndex: 0, committedOffset: 1n, committedLeaderEpoch: -1, committedMetadata: null },
              ],
            },
          ],
        }),
      );
  const code = (r: Struct) => ((r.topics as Struct[])[0]!.partitions as Struct[])[0]!.errorCode as number;
  assert.equal(code(await commit(1)), ErrorCode.ILLEGAL_GENERATION);
  assert.equal(code(await commit(2)), 0);
  // B leaves: A is asked to rejoin and ends up alone in generation 3.
  const left = await b.request(13, 4, {
    groupId: 'two',
    members: [{ memberId: jb.memberId, groupInstanceId: null }],
  });
  assert.equal(left.errorCode, 0);
  assert.equal(await heartbeat(a, 'two', ja2), ErrorCode.REBALANCE_IN_PROGRESS);
  const ja3 = await join(a, 'two', { memberId: ja.memberId as string });
  assert.equal(ja3.generationId, 3);
  assert.equal((ja3.members as Struct[]).length, 1);
});

test('a member that stops heartbeating is removed after its session timeout', async () => {
  const a = await member();
  const b = await member();
  const ja = await joinFully(a, 'expire', { session: 10_000 });
  await sync(a, 'expire', ja, []);
  const pendingB = joinFully(b, 'expire', { session: 300 });
  await new Promise((r) => setTimeout(r, 50));
  const ja2 = await join(a, 'expire', { memberId: ja.memberId as string, session: 10_000 });
  const jb = await pendingB;
  assert.equal(jb.generationId, ja2.generationId);
  await sync(a, 'expire', ja2, []);
  await sync(b, 'expire', jb, []);
  // B goes silent; A keeps heartbeating until the coordinator rebalances.
  const t0 = Date.now();
  let code = 0;
  while (code === 0 && Date.now() - t0 < 5000) {
    await new Promise((r) => setTimeout(r, 100));
    code = await heartbeat(a, 'expire', ja2);
  }
  assert.equal(code, ErrorCode.REBALANCE_IN_PROGRESS);
  assert.ok(Date.now() - t0 >= 200, 'not before the session timeout');
  const ja3 = await join(a, 'expire', { memberId: ja.memberId as string });
  assert.equal((ja3.members as Struct[]).length, 1);
});

test('a member that does not rejoin within the rebalance timeout is dropped from the generation', async () => {
  const a = await member();
  const b = await member();
  const ja = await joinFully(a, 'rtimeout', { rebalance: 400 });
  await sync(a, 'rtimeout', ja, []);
  const t0 = Date.now();
  // B joins; A never rejoins: after A's rebalance timeout the generation completes with B only.
  const jb = await joinFully(b, 'rtimeout', { rebalance: 400 });
  assert.ok(Date.now() - t0 >= 300, `completed after ${Date.now() - t0} ms`);
  assert.equal(jb.leader, jb.memberId);
  assert.equal((jb.members as Struct[]).length, 1);
  assert.equal(await heartbeat(a, 'rtimeout', ja), ErrorCode.UNKNOWN_MEMBER_ID);
});

test('KIP-345: a static member rejoining with an unknown member id takes its old place without a rebalance', async () => {
  const leader = await member();
  const s1 = await member();
  const jl = await joinFully(leader, 'static');
  await sync(leader, 'static', jl, []);
  const pending = join(s1, 'static', { instance: 'inst-1' });
  await new Promise((r) => setTimeout(r, 50));
  const jl2 = await join(leader, 'static', { memberId: jl.memberId as string });
  const js = await pending;
  assert.equal(js.errorCode, 0, 'static members skip MEMBER_ID_REQUIRED');
  await Promise.all([
    sync(leader, 'static', jl2, [{ memberId: js.memberId, assignment: Buffer.from('s') }]),
    sync(s1, 'static', js, [], 'inst-1'),
  ]);
  // The static member restarts (new connection, no member id).
  const s2 = await member();
  const again = await join(s2, 'static', { instance: 'inst-1' });
  assert.equal(again.errorCode, 0);
  assert.notEqual(again.memberId, js.memberId);
  assert.equal(again.generationId, jl2.generationId, 'no new generation');
  assert.equal(await heartbeat(leader, 'static', jl2), 0, 'the leader sees no rebalance');
  const s = await sync(s2, 'static', again, [], 'inst-1');
  assert.equal((s.assignment as Buffer).toString(), 's', 'keeps its assignment');
  assert.equal(await heartbeat(s1, 'static', js, 'inst-1'), ErrorCode.FENCED_INSTANCE_ID);
  // LeaveGroup by instance id (v3+).
  const left = await s2.request(13, 4, {
    groupId: 'static',
    members: [{ memberId: '', groupInstanceId: 'inst-1' }],
  });
  assert.equal((left.members as Struct[])[0]!.errorCode, 0);
  assert.equal(await heartbeat(leader, 'static', jl2), ErrorCode.REBALANCE_IN_PROGRESS);
});

test('offsets of an empty group expire after offsets.retention.minutes, then the group goes', async () => {
  const a = await member();
  const ja = await joinFully(a, 'expiring');
  await sync(a, 'expiring', ja, []);
  await a.request(8, 8, {
    groupId: 'expiring',
    generationIdOrMemberEpoch: ja.generationId,
    memberId: ja.memberId,
    groupInstanceId: null,
    topics: [
      {
        name: '__consumer_offsets',
        partitions: [
          { partitionIndex: 0, committedOffset: 5n, committedLeaderEpoch: -1, committedMetadata: null },
        ],
      },
    ],
  });
  await a.request(13, 4, {
    groupId: 'expiring',
    members: [{ memberId: ja.memberId, groupInstanceId: null }],
  });
  const groups = tb.broker[
    'groups' as keyof typeof tb.broker
  ] as unknown as import('./group-coordinator.js').GroupCoordinator;
  await groups.expireOffsets(Date.now() + 60_000);
  assert.ok(groups.groups.has('expiring'), 'not yet: retention is 7 days');
  await groups.expireOffsets(Date.now() + 7 * 24 * 3600_000 + 1000);
  assert.ok(!groups.groups.has('expiring'));
  const r = await a.request(9, 5, {
    groupId: 'expiring',
    topics: [{ name: '__consumer_offsets', partitionIndexes: [0] }],
  });
  assert.equal(((r.topics as Struct[])[0]!.partitions as Struct[])[0]!.committedOffset, -1n);
});

test('protocol mismatches and bad input', async () => {
  const a = await member();
  const b = await member();
  const ja = await joinFully(a, 'proto');
  await sync(a, 'proto', ja, []);
  const wrongType = await join(b, 'proto', { protocolType: 'connect' });
  assert.equal(wrongType.errorCode, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  assert.equal((await join(b, '')).errorCode, ErrorCode.INVALID_GROUP_ID);
  assert.equal((await join(b, 'proto', { session: 10 })).errorCode, ErrorCode.INVALID_SESSION_TIMEOUT);
  assert.equal((await join(b, 'proto', { memberId: 'made-up' })).errorCode, ErrorCode.UNKNOWN_MEMBER_ID);
  const d = await a.request(15, 5, {
    groups: ['proto', 'unknown-group'],
    includeAuthorizedOperations: false,
  });
  const [g, u] = d.groups as Struct[];
  assert.equal(g!.groupState, 'Stable');
  assert.equal(g!.protocolData, 'range');
  assert.equal(u!.groupState, 'Dead');
  const del = await a.request(42, 2, { groupsNames: ['proto'] });
  assert.equal((del.results as Struct[])[0]!.errorCode, ErrorCode.NON_EMPTY_GROUP);
});
