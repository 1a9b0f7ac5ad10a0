/**
 * One client connection: frames in, responses out in request order (Kafka clients match
 * responses by order and correlation id), while requests are processed concurrently so a
 * long-poll Fetch does not hold back a Heartbeat's processing. Limits: frames over
 * socket.request.max.bytes close the connection; in-flight request bytes are capped per
 * connection and in total (reading pauses, TCP pushes back); idle connections are closed. On a
 * SASL listener, frames go to the {@link SaslAuthenticator} until authentication completes.
 */
import type { Socket } from 'node:net';
import type { Logger } from '../../common/logger.js';
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import {
  readRequestHeaderRest,
  readRequestHeaderStart,
  writeResponseHeader,
} from '../../kafka/protocol/headers.js';
import { Reader } from '../../kafka/protocol/reader.js';
import { Writer } from '../../kafka/protocol/writer.js';
import type { ConnectionInfo, Handler, RequestContext } from '../context.js';
import type { BrokerContext } from '../context.js';
import { apiByKey, advertisedVersions } from '../protocol/registry.js';
import { txnPhaseTimings } from '../txn/phase-timings.js';
import { POOLED_FRAME_MIN_BYTES, produceFramePool } from './frame-pool.js';
import { FrameReader } from './frame-reader.js';
import type { AuthStep, SaslAuthenticator } from './sasl-authenticator.js';

const API_VERSIONS_KEY = 18;
const PRODUCE_KEY = 0;
/** Kafka's default sasl.server.max.receive.size: the largest frame before authentication. */
const SASL_MAX_RECEIVE_BYTES = 524288;

/** Shared across connections: total bytes of requests received but not yet answered. */
export class InflightBudget {
  used = 0;
  private waiters = new Set<() => void>();
  constructor(readonly max: number) {}
  get exhausted(): boolean {
    return this.used >= this.max;
  }
  add(n: number): void {
    this.used += n;
  }
  release(n: number): void {
    this.used -= n;
    if (!this.exhausted && this.waiters.size > 0) {
      const ws = [...this.waiters];
      this.waiters.clear();
      for (const w of ws) w();
    }
  }
  onAvailable(fn: () => void): void {
    this.waiters.add(fn);
  }
  forget(fn: () => void): void {
    this.waiters.delete(fn);
  }
}

export interface ConnectionOptions {
  maxFrameBytes: number;
  maxInflightBytesPerConnection: number;
  idleTimeoutMs: number;
}

interface Slot {
  done: boolean;
  chunks: Buffer[] | null;
  size: number;
  /** For a large Produce: when its frame was complete (performance.now()), for 'rtt.*.broker'. */
  readAt?: number;
  /** 'rtt.txn' or 'rtt.plain' (non-transactional: idempotent or not, answered after the fsync). */
  rttPhase?: string;
}

export class Connection {
  readonly info: ConnectionInfo;
  private readonly frames: FrameReader;
  private readonly queue: Slot[] = [];
  private inflightBytes = 0;
  /** When the last large Produce's response was written (see timeLargeProduce). */
  private lastLargeAnswerAt = 0;
  private paused = false;
  private closeWhenFlushed = false;
  /** Set when the connection will close once flushed: later frames are ignored. */
  private refusing = false;
  private closedController = new AbortController();
  private readonly resumeFn = () => this.maybeResume();

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly broker: BrokerContext,
    private readonly handlers: ReadonlyMap<number, Handler>,
    private readonly budget: InflightBudget,
    private readonly options: ConnectionOptions,
    private readonly logger: Logger,
    /** Non-null on SASL listeners until authentication completes. */
    private authenticator: SaslAuthenticator | null = null,
  ) {
    // Unauthenticated SASL frames are never pooled (the pool is set once authentication completes).
    this.frames = new FrameReader(options.maxFrameBytes, 8, authenticator ? null : produceFramePool);
    // Raw SASL tokens (SaslHandshake v0 flow) can be shorter than any request header.
    if (authenticator) {
      this.frames.minFrameBytes = 0;
      // Kafka caps what an unauthenticated client may send (sasl.server.max.receive.size).
      this.frames.maxFrameBytes = Math.min(options.maxFrameBytes, SASL_MAX_RECEIVE_BYTES);
    }
    this.info = {
      id,
      remoteAddress: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`,
      clientId: null,
      closed: this.closedController.signal,
      closeAfterPending: () => {
        this.closeWhenFlushed = true;
      },
    };
    socket.setNoDelay(true);
    socket.setTimeout(options.idleTimeoutMs);
    socket.on('timeout', () => {
      // A paused connection has unread requests waiting: not idle.
      if (this.queue.length === 0 && !this.paused) {
        this.logger.debug({ conn: this.info.remoteAddress }, 'closing idle connection');
        socket.destroy();
      }
    });
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('drain', this.resumeFn);
    socket.on('error', (err) =>
      this.logger.debug({ err: err.message, conn: this.info.remoteAddress }, 'socket error'),
    );
    socket.on('close', () => this.onClose());
  }

  /** Closes the connection at once (broker shutdown). */
  destroy(): void {
    this.socket.destroy();
  }

  private onClose(): void {
    this.closedController.abort();
    // A frame cut off by the close never reaches a handler: its pooled buffer goes back now.
    const partial = this.frames.discard();
    if (partial) produceFramePool.releaseAfter(partial, undefined);
    this.budget.forget(this.resumeFn);
    this.budget.release(this.inflightBytes);
    this.inflightBytes = 0;
  }

  private onData(chunk: Buffer): void {
    let frames: Buffer[];
    try {
      frames = this.frames.push(chunk);
    } catch (err) {
      this.fail(`bad frame: ${(err as Error).message}`);
      return;
    }
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]!;
      let handled: Promise<unknown> | undefined;
      if (!this.socket.destroyed && !this.refusing) {
        if (this.authenticator) this.onAuthFrame(frame);
        else handled = this.onFrame(frame, this.frames.startedAt[i]!);
      }
      // A pooled Produce frame goes back once its request is answered and storage is done with it.
      produceFramePool.releaseAfter(frame, handled);
    }
    if (this.socket.destroyed || this.refusing) return;
    this.maybePause();
  }

  private fail(reason: string): void {
    this.logger.warn(
      { conn: this.info.remoteAddress, clientId: this.info.clientId },
      `closing connection: ${reason}`,
    );
    this.socket.destroy();
  }

  private maybePause(): void {
    const over =
      this.inflightBytes + this.frames.pendingBytes >= this.options.maxInflightBytesPerConnection ||
      this.budget.exhausted ||
      this.socket.writableLength > 16 * 1024 * 1024;
    if (over && !this.paused) {
      this.paused = true;
      this.socket.pause();
      if (this.budget.exhausted) this.budget.onAvailable(this.resumeFn);
    }
  }

  private maybeResume(): void {
    if (!this.paused || this.socket.destroyed) return;
    if (
      this.inflightBytes < this.options.maxInflightBytesPerConnection &&
      !this.budget.exhausted &&
      this.socket.writableLength <= 16 * 1024 * 1024
    ) {
      this.paused = false;
      this.socket.resume();
    } else if (this.budget.exhausted) {
      this.budget.onAvailable(this.resumeFn);
    }
  }

  private onAuthFrame(frame: Buffer): void {
    const auth = this.authenticator!;
    const step: AuthStep = auth.onFrame(frame);
    if (auth.complete) {
      this.authenticator = null;
      this.frames.minFrameBytes = 8;
      this.frames.maxFrameBytes = this.options.maxFrameBytes;
      this.frames.pool = produceFramePool;
      this.logger.debug(
        { conn: this.info.remoteAddress, principal: auth.principal, mechanism: auth.mechanism },
        'SASL authentication succeeded',
      );
    }
    switch (step.action) {
      case 'dispatch':
        // Frames read before authentication completed are never pooled: nothing to release.
        void this.onFrame(frame, performance.now());
        return;
      case 'close':
        // Kafka logs failed authentications at INFO: the reason, never the credentials.
        this.logger.info({ conn: this.info.remoteAddress }, `failed authentication: ${step.reason}`);
        this.socket.destroy();
        return;
      case 'raw': {
        const slot = this.enqueue(frame.length);
        const len = Buffer.alloc(4);
        len.writeInt32BE(step.token.length);
        slot.chunks = [len, step.token];
        this.complete(slot, 0, 0, null, frame.length);
        return;
      }
      case 'reply': {
        if (step.failure) {
          this.logger.info({ conn: this.info.remoteAddress }, `failed authentication: ${step.failure}`);
        }
        const slot = this.enqueue(frame.length);
        const w = new Writer();
        step.api.encodeResponse(w, step.version, step.body);
        if (step.thenClose) {
          this.refusing = true;
          this.closeWhenFlushed = true;
        }
        const headerVersion = step.api.isFlexible(step.version) ? 1 : 0;
        this.complete(slot, step.correlationId, headerVersion, w, frame.length);
        return;
      }
    }
  }

  /**
   * Decodes and dispatches one request; returns its handling (settled once answered), if it
   * was dispatched. `startedAt`: when the frame's first byte arrived (performance.now()).
   */
  private onFrame(frame: Buffer, startedAt: number): Promise<unknown> | undefined {
    const reader = new Reader(frame);
    let apiKey: number;
    let apiVersion: number;
    let correlationId: number;
    try {
      ({ apiKey, apiVersion, correlationId } = readRequestHeaderStart(reader));
    } catch {
      this.fail('truncated request header');
      return;
    }
    const api = apiByKey(apiKey);
    const handler = this.handlers.get(apiKey);
    if (!api || !handler) {
      this.fail(`unknown API key ${apiKey}`);
      return;
    }
    if (apiVersion < api.minVersion || apiVersion > api.maxVersion) {
      if (apiKey === API_VERSIONS_KEY) {
        // KIP-511: reply in the v0 format with UNSUPPORTED_VERSION and the full list, so the
        // client can retry with a version we support (librdkafka falls back this way).
        const slot = this.enqueue(frame.length);
        const w = new Writer();
        api.encodeResponse(w, 0, { errorCode: ErrorCode.UNSUPPORTED_VERSION, apiKeys: advertisedVersions() });
        this.complete(slot, correlationId, 0, w, frame.length);
        return;
      }
      this.fail(
        `unsupported version ${apiVersion} of ${api.name} (we support ${api.minVersion}-${api.maxVersion})`,
      );
      return;
    }
    const flexible = api.isFlexible(apiVersion);
    let body: Struct;
    let clientId: string | null;
    try {
      clientId = readRequestHeaderRest(reader, flexible ? 2 : 1);
      body = api.decodeRequest(reader, apiVersion);
    } catch (err) {
      this.fail(`malformed ${api.name} v${apiVersion} request: ${(err as Error).message}`);
      return;
    }
    this.info.clientId = clientId;
    const responseHeaderVersion = flexible && apiKey !== API_VERSIONS_KEY ? 1 : 0;
    const ctx: RequestContext = {
      header: { apiKey, apiVersion, correlationId, clientId },
      connection: this.info,
    };
    const slot = this.enqueue(frame.length);
    if (apiKey === PRODUCE_KEY && frame.length >= POOLED_FRAME_MIN_BYTES)
      this.timeLargeProduce(slot, startedAt, body.transactionalId != null ? 'rtt.txn' : 'rtt.plain');
    return handler(this.broker, body, ctx).then(
      (response) => {
        if (response === null) {
          this.complete(slot, correlationId, responseHeaderVersion, null, frame.length);
          return;
        }
        const w = new Writer();
        try {
          api.encodeResponse(w, apiVersion, response);
        } catch (err) {
          this.logger.error({ err, api: api.name, apiVersion }, 'cannot encode response: closing connection');
          this.socket.destroy();
          return;
        }
        this.complete(slot, correlationId, responseHeaderVersion, w, frame.length);
      },
      (err: unknown) => {
        this.logger.error({ err, api: api.name, apiVersion, clientId }, 'request failed: closing connection');
        this.socket.destroy();
      },
    );
  }

  /**
   * The round trip of a large Produce as the broker sees it, into the phase timings the
   * transactions bench prints, per kind ('rtt.txn', 'rtt.plain'): '.read' (first byte to whole
   * frame), '.broker' (whole frame to response handed to the socket, in flushQueue) and
   * '.client' (previous such
   * response written to this request's first byte: the client's and the network's share).
   */
  private timeLargeProduce(slot: Slot, startedAt: number, phase: string): void {
    const now = performance.now();
    slot.readAt = now;
    slot.rttPhase = phase;
    txnPhaseTimings.record(`${phase}.read`, now - startedAt);
    if (this.lastLargeAnswerAt > 0 && startedAt >= this.lastLargeAnswerAt)
      txnPhaseTimings.record(`${phase}.client`, startedAt - this.lastLargeAnswerAt);
  }

  private enqueue(size: number): Slot {
    const slot: Slot = { done: false, chunks: null, size };
    this.queue.push(slot);
    this.inflightBytes += size;
    this.budget.add(size);
    return slot;
  }

  private complete(
    slot: Slot,
    correlationId: number,
    headerVersion: number,
    body: Writer | null,
    size: number,
  ): void {
    if (body) {
      const head = new Writer(16);
      const bodyChunks = body.toChunks();
      const length = body.length + 4 + (headerVersion >= 1 ? 1 : 0);
      head.int32(length);
      writeResponseHeader(head, correlationId, headerVersion);
      slot.chunks = [head.toBuffer(), ...bodyChunks];
    }
    slot.done = true;
    // After close, onClose already released this connection's bytes.
    if (this.socket.destroyed) return;
    this.inflightBytes -= size;
    this.budget.release(size);
    this.flushQueue();
    this.maybeResume();
  }

  private flushQueue(): void {
    if (this.socket.destroyed) return;
    let corked = false;
    while (this.queue.length > 0 && this.queue[0]!.done) {
      const slot = this.queue.shift()!;
      if (!slot.chunks) continue;
      if (!corked) {
        this.socket.cork();
        corked = true;
      }
      for (const c of slot.chunks) this.socket.write(c);
      if (slot.readAt !== undefined) {
        this.lastLargeAnswerAt = performance.now();
        txnPhaseTimings.record(`${slot.rttPhase!}.broker`, this.lastLargeAnswerAt - slot.readAt);
      }
    }
    if (corked) this.socket.uncork();
    if (this.closeWhenFlushed && this.queue.length === 0) {
      this.socket.end();
      return;
    }
    if (this.socket.writableLength > 16 * 1024 * 1024) this.maybePause();
  }
}
