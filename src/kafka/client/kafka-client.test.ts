/**
 * The Kafka client wrapper against the embedded broker: topic creation, produce and a
 * group-less partition read (also with a rack: `rack_id` sent, the preferred read replica
 * followed and left when it fails), zstd on Node 20 (filled in through fzstd / zstd-codec), and
 * errors mapped to EddyError.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { compressionsAlgorithms } from '@platformatic/kafka';
import { createBrokerComponent } from '../../broker/index.js';
import type { Component, ComponentEndpoint } from '../../common/component.js';
import { ConfigError, EddyError } from '../../common/errors.js';
import { createRootLogger } from '../../common/logger.js';
import { KafkaClient, installZstd, kafkaError, parseBootstrap, type PartitionRecord } from './index.js';
import { LightClient, type FetchPartitionRequest } from './light-client.js';

describe('kafka client wrapper', { timeout: 60_000 }, () => {
  let dir: string;
  let broker: Component;
  let ep: ComponentEndpoint;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eddy-kafka-client-'));
    broker = createBrokerComponent({ host: '127.0.0.1', port: 0 });
    ep = (await broker.start({
      logger: createRootLogger({ level: 'silent' }),
      dataDir: dir,
      endpoints: {},
      signal: new AbortController().signal,
    })) as ComponentEndpoint;
  });
  after(async () => {
    await broker?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('parses bootstrap lists and rejects bad ones with a clear error', () => {
    assert.deepEqual(parseBootstrap('a:1, b:2'), ['a:1', 'b:2']);
    assert.deepEqual(parseBootstrap(['PLAINTEXT://h:9092']), ['h:9092']);
    assert.throws(() => parseBootstrap(''), ConfigError);
    assert.throws(() => parseBootstrap('nohost'), /'nohost' is not host:port/);
    assert.throws(() => parseBootstrap('h:99999'), /not host:port/);
  });

  it('fills in zstd on Node 20 and round-trips it', async () => {
    await installZstd();
    const zstd = compressionsAlgorithms.zstd;
    assert.equal(zstd.available, true);
    const data = Buffer.from('eddy '.repeat(1000));
    const packed = zstd.compressSync(data);
    assert.ok(packed.length < data.length / 10);
    assert.deepEqual(zstd.decompressSync(packed), data);
    if (!(zlib as unknown as { zstdCompressSync?: unknown }).zstdCompressSync)
      assert.equal(packed.readUInt32LE(0), 0xfd2fb528); // zstd frame magic
  });

  for (const compression of ['none', 'gzip', 'zstd'] as const) {
    it(`produces (${compression}) and reads a partition from an offset without a group`, async () => {
      const client = new KafkaClient({ bootstrapServers: ep.url, clientId: 'test' });
      try {
        const topic = `t-${compression}`;
        await client.ensureTopic(topic, { partitions: 1 });
        await client.ensureTopic(topic, { partitions: 1 }); // idempotent
        const producer = await client.producer({ compression });
        const messages = Array.from({ length: 20 }, (_, i) => ({
          topic,
          partition: 0,
          key: Buffer.from(`k${i}`),
          value: Buffer.from(`v${i}`),
        }));
        await producer.send({ messages });
        assert.deepEqual(await client.endOffsets(topic, [0]), [20n]);
        const seen: PartitionRecord[] = [];
        const reader = await client.readPartition(topic, 0, 5n, (rs) => seen.push(...rs));
        for (let i = 0; i < 100 && seen.length < 15; i++) await new Promise((r) => setTimeout(r, 50));
        await reader.close();
        assert.deepEqual(
          seen.map((r) => [Number(r.offset), r.key?.toString(), r.value?.toString()]),
          Array.from({ length: 15 }, (_, i) => [i + 5, `k${i + 5}`, `v${i + 5}`]),
        );
      } finally {
        await client.close();
      }
    });
  }

  it('reads with a rack: rack_id on every Fetch; a preferred read replica not in the metadata leaves reads on the leader', async () => {
    const client = new KafkaClient({ bootstrapServers: ep.url, clientId: 'test' });
    const original = LightClient.prototype.fetch;
    const racks: unknown[] = [];
    const nodes: number[] = [];
    let calls = 0;
    // Spy on the light client's Fetch: record rack_id and the node; the first answer names
    // node 7 as the preferred read replica, which is not in the cluster: reads stay on the leader.
    LightClient.prototype.fetch = async function (
      this: LightClient,
      node: number,
      req: FetchPartitionRequest,
    ) {
      racks.push(req.rackId);
      nodes.push(node);
      const resp = await original.call(this, node, req);
      if (calls++ === 0) resp.preferredReadReplica = 7;
      return resp;
    };
    try {
      const topic = 't-rack';
      await client.ensureTopic(topic, { partitions: 1 });
      const producer = await client.producer();
      await producer.send({
        messages: Array.from({ length: 5 }, (_, i) => ({ topic, partition: 0, value: Buffer.from(`v${i}`) })),
      });
      const seen: PartitionRecord[] = [];
      const reader = await client.readPartition(topic, 0, 0n, (rs) => seen.push(...rs), {
        rack: 'zone-a',
        maxWaitMs: 50,
      });
      for (let i = 0; i < 100 && (seen.length < 5 || calls < 3); i++)
        await new Promise((r) => setTimeout(r, 50));
      await reader.close();
      assert.deepEqual(
        seen.map((r) => r.value?.toString()),
        ['v0', 'v1', 'v2', 'v3', 'v4'],
      );
      assert.ok(racks.length >= 2, `fetches: ${racks.length}`);
      assert.ok(racks.every((r) => r === 'zone-a'));
      assert.ok(!nodes.includes(7), `fetched from ${nodes.join(',')}`);
    } finally {
      LightClient.prototype.fetch = original;
      await client.close();
    }
  });

  it('maps client errors to EddyError with retriable flags', async () => {
    const timeout = kafkaError(
      'fetching',
      Object.assign(new Error('Request timed out'), { code: 'PLT_KFK_TIMEOUT' }),
    );
    assert.ok(timeout instanceof EddyError);
    assert.equal(timeout.code, 'EDDY_TIMEOUT');
    assert.equal(timeout.retriable, true);
    assert.match(timeout.message, /^fetching: Request timed out/);
    const network = kafkaError(
      'connecting',
      Object.assign(new Error('ECONNREFUSED'), { code: 'PLT_KFK_NETWORK' }),
    );
    assert.equal(network.retriable, true);
    // A cluster that is not there: a clear EddyError naming the operation, not a crash.
    const client = new KafkaClient({ bootstrapServers: '127.0.0.1:1', timeoutMs: 500, retries: 0 });
    await assert.rejects(
      client.ensureTopic('x'),
      (e: unknown) => e instanceof EddyError && /cannot create topic x/.test((e as Error).message),
    );
    await client.close();
  });
});
