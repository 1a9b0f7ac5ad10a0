/**
 * The light read path (wire-connection.ts, light-client.ts, fetch-records.ts): against the
 * embedded broker, topics written by kcat with every codec (gzip, snappy, lz4, zstd) read back
 * exactly; Metadata never creates a topic; ListOffsets earliest / latest / by timestamp;
 * pipelined requests; clear, retriable errors for a broker that is absent or silent; aborted
 * transactions and control batches skipped under read_committed (batches built here).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createBrokerComponent } from '../../broker/index.js';
import type { Component, ComponentEndpoint } from '../../common/component.js';
import { EddyError } from '../../common/errors.js';
import { createRootLogger } from '../../common/logger.js';
import { requireTool } from '../../testing/tools.js';
import { buildControlBatch, buildRecordBatch } from '../record-batch/builder.js';
import { CompressionType } from '../record-batch/compression.js';
import { decodeFetchedRecords } from './fetch-records.js';
import { EARLIEST, KafkaClient, LATEST, LightClient, WireConnection, type PartitionRecord } from './index.js';
import type { FetchPartitionRequest } from './light-client.js';

describe('light Kafka read client', { timeout: 60_000 }, () => {
  let dir: string;
  let broker: Component;
  let ep: ComponentEndpoint;
  let host: string;
  let port: number;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eddy-light-client-'));
    broker = createBrokerComponent({ host: '127.0.0.1', port: 0 });
    ep = (await broker.start({
      logger: createRootLogger({ level: 'silent' }),
      dataDir: dir,
      endpoints: {},
      signal: new AbortController().signal,
    })) as ComponentEndpoint;
    [host, port] = [ep.url.split(':')[0]!, Number(ep.url.split(':')[1])];
  });
  after(async () => {
    await broker?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads what kcat wrote with each codec, from an offset, headers included', async () => {
    const kcat = requireTool('kcat');
    const client = new KafkaClient({ bootstrapServers: ep.url, clientId: 'light-test' });
    try {
      for (const codec of ['gzip', 'snappy', 'lz4', 'zstd']) {
        const topic = `kcat-${codec}`;
        await client.ensureTopic(topic, { partitions: 1 });
        const input = Array.from({ length: 50 }, (_, i) => `k${i}:${codec}-${i}`).join('\n') + '\n';
        const child = execFile(kcat, [
          '-b',
          ep.url,
          '-P',
          '-t',
          topic,
          '-p',
          '0',
          '-K',
          ':',
          '-z',
          codec,
          '-H',
          'h=1',
        ]);
        const done = new Promise<void>((resolve, reject) =>
          child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`kcat exited ${code}`)))),
        );
        child.stdin!.end(input);
        await done;
        assert.deepEqual(await client.endOffsets(topic, [0]), [50n]);
        const seen: PartitionRecord[] = [];
        const reader = await client.readPartition(topic, 0, 10n, (rs) => seen.push(...rs), { maxWaitMs: 50 });
        for (let i = 0; i < 200 && seen.length < 40; i++) await new Promise((r) => setTimeout(r, 25));
        await reader.close();
        assert.deepEqual(
          seen.map((r) => [r.offset, r.key?.toString(), r.value?.toString()]),
          Array.from({ length: 40 }, (_, i) => [BigInt(i + 10), `k${i + 10}`, `${codec}-${i + 10}`]),
          codec,
        );
        assert.deepEqual(
          seen[0]!.headers.map(([k, v]) => [k?.toString(), v?.toString()]),
          [['h', '1']],
        );
        assert.equal(reader.position, 50n);
      }
    } finally {
      await client.close();
    }
  });

  it('Metadata lists topics with partitions and never creates an unknown one', async () => {
    const client = new KafkaClient({ bootstrapServers: ep.url, clientId: 'light-test' });
    try {
      await client.ensureTopic('md-three', { partitions: 3 });
      const md = await client.metadata(['md-three', 'md-absent']);
      assert.equal(md.topics.get('md-three')?.errorCode, 0);
      assert.deepEqual(
        md.topics.get('md-three')!.partitions.map((p) => p.partition),
        [0, 1, 2],
      );
      assert.ok(md.brokers.size >= 1);
      assert.equal(md.topics.get('md-absent')?.errorCode, 3);
      const all = await client.metadata();
      assert.ok(all.topics.has('md-three'));
      assert.ok(!all.topics.has('md-absent'), 'a lookup must not create the topic');
      await assert.rejects(client.listOffsets('md-absent', [0], LATEST), (e: unknown) => {
        assert.ok(e instanceof EddyError);
        assert.match(e.message, /md-absent.*UNKNOWN_TOPIC_OR_PARTITION/);
        return true;
      });
    } finally {
      await client.close();
    }
  });

  it('ListOffsets: earliest, latest and the first offset at or after a timestamp', async () => {
    const client = new KafkaClient({ bootstrapServers: ep.url, clientId: 'light-test' });
    try {
      await client.ensureTopic('lo', { partitions: 2 });
      const producer = await client.producer();
      await producer.send({
        messages: [1000, 2000, 3000].map((ts, i) => ({
          topic: 'lo',
          partition: 0,
          value: Buffer.from(`v${i}`),
          timestamp: BigInt(ts),
        })),
      });
      assert.deepEqual(await client.listOffsets('lo', [0, 1], EARLIEST), [0n, 0n]);
      assert.deepEqual(await client.listOffsets('lo', [0, 1], LATEST), [3n, 0n]);
      assert.deepEqual(await client.listOffsets('lo', [0], 1500n), [1n]);
      assert.deepEqual(await client.listOffsets('lo', [0], 3000n), [2n]);
      assert.deepEqual(await client.listOffsets('lo', [0], 9000n), [-1n]);
    } finally {
      await client.close();
    }
  });

  it('pipelines requests on one connection and answers each by correlation id', async () => {
    const c = await WireConnection.connect(host, port, { clientId: 'pipe' });
    try {
      const v = c.pick(3, 1);
      const names = Array.from({ length: 20 }, (_, i) => `pipe-${i}`);
      const answers = await Promise.all(
        names.map((n) => c.request(3, v, { topics: [{ name: n }], allowAutoTopicCreation: false })),
      );
      assert.deepEqual(
        answers.map((a) => (a.topics as { name: string }[])[0]!.name),
        names,
      );
      assert.throws(() => c.pick(3, 13, 20), /Metadata versions/);
    } finally {
      c.close();
    }
  });

  it('an absent broker is a retriable EddyError naming it; a silent one times out', async () => {
    const absent = new LightClient(['127.0.0.1:1'], { retries: 0, timeoutMs: 500 });
    await assert.rejects(absent.metadata(), (e: unknown) => {
      assert.ok(e instanceof EddyError);
      assert.equal(e.retriable, true);
      assert.match(e.message, /127\.0\.0\.1:1/);
      return true;
    });
    absent.close();
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const addr = silent.address() as AddressInfo;
      const t0 = Date.now();
      await assert.rejects(
        WireConnection.connect('127.0.0.1', addr.port, { timeoutMs: 300 }),
        (e: unknown) => {
          assert.ok(e instanceof EddyError);
          assert.equal(e.code, 'EDDY_TIMEOUT');
          assert.match(e.message, /ApiVersions v3 .* timed out after 300 ms/);
          return true;
        },
      );
      assert.ok(Date.now() - t0 < 2000);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  it('with a rack, follows a preferred read replica in the metadata, and leaves it when it fails', async () => {
    const client = new KafkaClient({ bootstrapServers: ep.url, clientId: 'light-test' });
    const fetchOriginal = LightClient.prototype.fetch;
    const metadataOriginal = LightClient.prototype.metadata;
    const nodes: number[] = [];
    let leader = -1;
    // Node 7 is a second name for the one broker (a "replica in the reader's rack"); the broker
    // is made to name it as the preferred read replica, and its third fetch fails.
    LightClient.prototype.metadata = async function (this: LightClient, topics?: readonly string[]) {
      const md = await metadataOriginal.call(this, topics);
      const b = [...md.brokers.values()][0]!;
      md.brokers.set(7, { ...b, nodeId: 7, rack: 'zone-a' });
      return md;
    };
    LightClient.prototype.fetch = async function (
      this: LightClient,
      node: number,
      req: FetchPartitionRequest,
    ) {
      nodes.push(node);
      if (node === 7 && nodes.filter((n) => n === 7).length === 2) throw new Error('replica 7 went away');
      const resp = await fetchOriginal.call(this, node, req);
      if (node !== 7) leader = node;
      resp.preferredReadReplica = req.rackId === 'zone-a' ? 7 : -1;
      return resp;
    };
    try {
      await client.ensureTopic('t-follow', { partitions: 1 });
      const producer = await client.producer();
      await producer.send({ messages: [{ topic: 't-follow', partition: 0, value: Buffer.from('x') }] });
      const seen: PartitionRecord[] = [];
      const reader = await client.readPartition('t-follow', 0, 0n, (rs) => seen.push(...rs), {
        rack: 'zone-a',
        maxWaitMs: 20,
      });
      for (let i = 0; i < 200 && nodes.length < 6; i++) await new Promise((r) => setTimeout(r, 20));
      await reader.close();
      assert.deepEqual(
        seen.map((r) => r.value?.toString()),
        ['x'],
      );
      // leader, then the replica; its failure sends the next fetch to the leader, then back to 7.
      assert.deepEqual(nodes.slice(0, 5), [leader, 7, 7, leader, 7]);
    } finally {
      LightClient.prototype.fetch = fetchOriginal;
      LightClient.prototype.metadata = metadataOriginal;
      await client.close();
    }
  });

  it('a batch failing its CRC stops the reader with an error given to onError (never wrong rows)', async () => {
    const client = new KafkaClient({ bootstrapServers: ep.url, clientId: 'light-test' });
    const fetchOriginal = LightClient.prototype.fetch;
    LightClient.prototype.fetch = async function (
      this: LightClient,
      node: number,
      req: FetchPartitionRequest,
    ) {
      const resp = await fetchOriginal.call(this, node, req);
      if (resp.records && resp.records.length > 0) {
        const bad = Buffer.from(resp.records);
        bad[bad.length - 1]! ^= 1;
        resp.records = bad;
      }
      return resp;
    };
    try {
      await client.ensureTopic('t-corrupt', { partitions: 1 });
      const producer = await client.producer();
      await producer.send({ messages: [{ topic: 't-corrupt', partition: 0, value: Buffer.from('x') }] });
      const seen: PartitionRecord[] = [];
      const failed = new Promise<EddyError>((resolve) => {
        void client.readPartition('t-corrupt', 0, 0n, (rs) => seen.push(...rs), {
          maxWaitMs: 20,
          onError: resolve,
        });
      });
      const err = await failed;
      assert.match(err.message, /CRC/);
      assert.equal(err.retriable, false);
      assert.deepEqual(seen, []);
    } finally {
      LightClient.prototype.fetch = fetchOriginal;
      await client.close();
    }
  });

  it('read_committed: aborted transactions and control markers are skipped, committed kept', async () => {
    const plain = await buildRecordBatch({
      baseOffset: 0,
      records: [{ value: Buffer.from('a') }, { value: Buffer.from('b') }],
      compression: CompressionType.Lz4,
    });
    const abortedTxn = await buildRecordBatch({
      baseOffset: 2,
      isTransactional: true,
      producerId: 7,
      records: [{ value: Buffer.from('x') }],
    });
    const committedTxn = await buildRecordBatch({
      baseOffset: 3,
      isTransactional: true,
      producerId: 8,
      records: [{ value: Buffer.from('c') }],
    });
    const abortMarker = await buildControlBatch({
      baseOffset: 4,
      producerId: 7,
      producerEpoch: 0,
      commit: false,
      coordinatorEpoch: 0,
      timestamp: 0,
    });
    const commitMarker = await buildControlBatch({
      baseOffset: 5,
      producerId: 8,
      producerEpoch: 0,
      commit: true,
      coordinatorEpoch: 0,
      timestamp: 0,
    });
    const after = await buildRecordBatch({
      baseOffset: 6,
      isTransactional: true,
      producerId: 7,
      records: [{ value: Buffer.from('d') }],
      timestampType: 1,
      baseTimestamp: 5,
      maxTimestamp: 99,
    });
    const data = Buffer.concat([plain, abortedTxn, committedTxn, abortMarker, commitMarker, after]);
    // A partial batch at the end (answers are cut at max_bytes) is left for the next fetch.
    const cut = Buffer.concat([data, after.subarray(0, 30)]);
    const got = await decodeFetchedRecords(cut, 1n, [{ producerId: 7n, firstOffset: 2n }]);
    assert.deepEqual(
      got.records.map((r) => [r.offset, r.value?.toString()]),
      [
        [1n, 'b'],
        [3n, 'c'],
        [6n, 'd'],
      ],
    );
    assert.equal(got.next, 7n);
    const last = got.records.at(-1)!;
    assert.equal(last.timestampType, 'LogAppendTime');
    assert.equal(last.timestamp, 99n);
    // A flipped byte fails the batch's CRC: an error, never wrong rows.
    const corrupt = Buffer.from(plain);
    corrupt[corrupt.length - 1]! ^= 1;
    await assert.rejects(decodeFetchedRecords(corrupt, 0n, null), /offset 0 fails its CRC check/);
    // read_uncommitted (no aborted list): the aborted record is delivered too.
    const all = await decodeFetchedRecords(data, 0n, null);
    assert.deepEqual(
      all.records.map((r) => r.value?.toString()),
      ['a', 'b', 'x', 'c', 'd'],
    );
  });
});
