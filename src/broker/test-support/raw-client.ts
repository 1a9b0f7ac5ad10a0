/**
 * Test support: a minimal Kafka protocol client built on the broker's own codecs, to send any
 * API at any version and see exactly what the broker answers (pipelined, in order).
 */
import { connect, type Socket } from 'node:net';
import type { Struct } from '../../kafka/protocol/codec.js';
import { readResponseHeader, writeRequestHeader } from '../../kafka/protocol/headers.js';
import { Reader } from '../../kafka/protocol/reader.js';
import { Writer } from '../../kafka/protocol/writer.js';
import { apiByKey } from '../protocol/registry.js';
import { FrameReader } from '../server/frame-reader.js';

interface Pending {
  correlationId: number;
  apiKey: number;
  version: number;
  resolve: (r: Struct) => void;
  reject: (e: Error) => void;
}

export class RawClient {
  private nextId = 1;
  private pending: Pending[] = [];
  private frames = new FrameReader(1 << 30, 4);
  private closedError: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const f of this.frames.push(chunk)) this.onFrame(f);
    });
    socket.on('close', () => this.fail(new Error('connection closed by broker')));
    socket.on('error', (err) => this.fail(err));
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = connect(port, host, () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  /** True once the broker closed the connection. */
  get closed(): boolean {
    return this.closedError !== null;
  }

  private fail(err: Error): void {
    this.closedError ??= err;
    for (const p of this.pending.splice(0)) p.reject(err);
  }

  private onFrame(frame: Buffer): void {
    const p = this.pending.shift();
    if (!p) throw new Error('response without request');
    const api = apiByKey(p.apiKey)!;
    const r = new Reader(frame);
    const headerVersion = api.isFlexible(p.version) && p.apiKey !== 18 ? 1 : 0;
    const id = readResponseHeader(r, headerVersion);
    if (id !== p.correlationId) {
      p.reject(new Error(`correlation id ${id}, expected ${p.correlationId}`));
      return;
    }
    try {
      p.resolve(api.decodeResponse(r, p.version));
    } catch (err) {
      p.reject(err as Error);
    }
  }

  /** Encodes a request frame (exported for tests that send raw bytes). */
  static encode(
    apiKey: number,
    version: number,
    body: Struct,
    correlationId = 1,
    clientId: string | null = 'raw-client',
  ): Buffer {
    const api = apiByKey(apiKey);
    if (!api) throw new Error(`unknown api ${apiKey}`);
    const w = new Writer();
    w.int32(0);
    writeRequestHeader(
      w,
      { apiKey, apiVersion: version, correlationId, clientId },
      api.isFlexible(version) ? 2 : 1,
    );
    api.encodeRequest(w, version, body);
    const buf = w.toBuffer();
    buf.writeInt32BE(buf.length - 4, 0);
    return buf;
  }

  /** Sends one request and resolves with the decoded response. */
  request(apiKey: number, version: number, body: Struct): Promise<Struct> {
    if (this.closedError) return Promise.reject(this.closedError);
    const correlationId = this.nextId++;
    const frame = RawClient.encode(apiKey, version, body, correlationId);
    return new Promise((resolve, reject) => {
      this.pending.push({ correlationId, apiKey, version, resolve, reject });
      this.socket.write(frame);
    });
  }

  /** Sends a request that gets no response (Produce acks=0). */
  send(apiKey: number, version: number, body: Struct): void {
    this.socket.write(RawClient.encode(apiKey, version, body, this.nextId++));
  }

  /** Writes raw bytes. */
  writeRaw(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  close(): void {
    this.socket.destroy();
  }
}
