/**
 * The consume benchmark's baseline: a minimal Kafka server that answers Fetch from responses
 * built in memory beforehand (the same record bytes the broker stores), and relays every other
 * request (ApiVersions, Metadata, ListOffsets …) to the real broker. It does no storage work,
 * no long polls and no per-request encoding of records: what kcat gets from it is the ceiling
 * for this machine.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { Struct } from '../../kafka/protocol/codec.js';
import {
  readRequestHeaderRest,
  readRequestHeaderStart,
  writeResponseHeader,
} from '../../kafka/protocol/headers.js';
import { Reader } from '../../kafka/protocol/reader.js';
import { Writer } from '../../kafka/protocol/writer.js';
import { apiByKey } from '../protocol/registry.js';
import { FrameReader } from '../server/frame-reader.js';

/** One pre-read chunk of the partition: the stored batches from `offset`, as Fetch returned them. */
export interface Chunk {
  offset: number;
  records: Buffer;
}

export class ReplayServer {
  private server: Server | null = null;
  private readonly byOffset = new Map<number, Chunk>();
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly upstreamPort: number,
    private readonly topic: string,
    chunks: Chunk[],
    private readonly highWatermark: number,
  ) {
    for (const c of chunks) this.byOffset.set(c.offset, c);
  }

  listen(): Promise<number> {
    return new Promise((resolve) => {
      this.server = createServer((s) => this.serve(s));
      this.server.listen(0, '127.0.0.1', () => resolve((this.server!.address() as { port: number }).port));
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private serve(client: Socket): void {
    this.sockets.add(client);
    const upstream = connect(this.upstreamPort, '127.0.0.1');
    this.sockets.add(upstream);
    const frames = new FrameReader(1 << 30);
    const upFrames = new FrameReader(1 << 30, 4);
    // Requests are answered strictly in order: relayed ones wait for the upstream answer.
    const queue: { ready: Buffer[] | null }[] = [];
    const flush = () => {
      while (queue.length > 0 && queue[0]!.ready) for (const b of queue.shift()!.ready!) client.write(b);
    };
    const relayed: { ready: Buffer[] | null }[] = [];
    upstream.on('data', (d: Buffer) => {
      for (const f of upFrames.push(d)) {
        const head = Buffer.allocUnsafe(4);
        head.writeInt32BE(f.length);
        relayed.shift()!.ready = [head, f];
      }
      flush();
    });
    client.on('data', (d: Buffer) => {
      for (const f of frames.push(d)) {
        const slot: { ready: Buffer[] | null } = { ready: null };
        queue.push(slot);
        const r = new Reader(f);
        const h = readRequestHeaderStart(r);
        if (h.apiKey !== 1) {
          relayed.push(slot);
          const head = Buffer.allocUnsafe(4);
          head.writeInt32BE(f.length);
          upstream.write(Buffer.concat([head, f]));
          continue;
        }
        const api = apiByKey(1)!;
        readRequestHeaderRest(r, api.isFlexible(h.apiVersion) ? 2 : 1);
        const req = api.decodeRequest(r, h.apiVersion);
        const offset = Number(
          ((req.topics as Struct[])[0]!.partitions as Struct[])[0]!.fetchOffset as bigint,
        );
        slot.ready = this.fetchResponse(h.apiVersion, h.correlationId, offset);
      }
      flush();
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  }

  private readonly built = new Map<string, Buffer[]>();

  /** The pre-built body for (version, offset), with a fresh header for the correlation id. */
  private fetchResponse(version: number, correlationId: number, offset: number): Buffer[] {
    const key = `${version}:${offset}`;
    let body = this.built.get(key);
    if (!body) {
      const chunk = this.byOffset.get(offset);
      const w = new Writer();
      apiByKey(1)!.encodeResponse(w, version, {
        throttleTimeMs: 0,
        errorCode: 0,
        sessionId: 0,
        responses: [
          {
            topic: this.topic,
            partitions: [
              {
                partitionIndex: 0,
                errorCode: 0,
                highWatermark: BigInt(this.highWatermark),
                lastStableOffset: BigInt(this.highWatermark),
                logStartOffset: 0n,
                abortedTransactions: null,
                preferredReadReplica: -1,
                records: chunk?.records ?? null,
              },
            ],
          },
        ],
      });
      body = w.toChunks();
      this.built.set(key, body);
    }
    const head = new Writer(16);
    const flexible = apiByKey(1)!.isFlexible(version);
    let length = 4 + (flexible ? 1 : 0);
    for (const b of body) length += b.length;
    head.int32(length);
    writeResponseHeader(head, correlationId, flexible ? 1 : 0);
    return [head.toBuffer(), ...body];
  }
}
