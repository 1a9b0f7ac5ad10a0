/**
 * One TCP connection to one Kafka broker, speaking the wire protocol with the shared message
 * specs (src/kafka/protocol): request header v1 (v2 for flexible versions), correlation ids,
 * pipelined requests answered in order, a per-request timeout, and ApiVersions asked once on
 * connect so that callers pick the highest version both sides speak. It is the light path for
 * reads (metadata, offsets, fetch) that must not pay for loading a full client library.
 *
 * @example
 * const c = await WireConnection.connect('127.0.0.1', 9092, { clientId: 'eddy' });
 * const v = c.pick(3, 0, 12);
 * const md = await c.request(3, v, { topics: null, allowAutoTopicCreation: false });
 * c.close();
 */
import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { EddyError } from '../../common/errors.js';
import type { Struct } from '../protocol/codec.js';
import { readResponseHeader, writeRequestHeader } from '../protocol/headers.js';
import { Reader } from '../protocol/reader.js';
import type { ApiDefinition } from '../protocol/api.js';
import * as apiVersions from '../protocol/apis/api-versions.js';
import * as describeConfigs from '../protocol/apis/describe-configs.js';
import * as fetch from '../protocol/apis/fetch.js';
import * as listOffsets from '../protocol/apis/list-offsets.js';
import * as metadata from '../protocol/apis/metadata.js';
import { Writer } from '../protocol/writer.js';
import { errorName } from '../protocol/error-codes.js';
import * as saslAuthenticateSpec from '../protocol/apis/sasl-authenticate.js';
import * as saslHandshakeSpec from '../protocol/apis/sasl-handshake.js';
import { saslAuthenticate } from './sasl-auth.js';
import { describeSecurity, tlsConnectOptions, type KafkaSecurity } from './security.js';

const API_VERSIONS = 18;

/**
 * The APIs the light client speaks. Only these seven specs load (not the whole registry):
 * `eddy sql`'s first row waits for every module read at start-up.
 */
const SPOKEN = new Map<number, ApiDefinition>(
  [
    apiVersions.api,
    metadata.api,
    listOffsets.api,
    fetch.api,
    describeConfigs.api,
    saslHandshakeSpec.api,
    saslAuthenticateSpec.api,
  ].map((a) => [a.apiKey, a]),
);
const apiByKey = (key: number): ApiDefinition | undefined => SPOKEN.get(key);
/** Largest response frame accepted (a fetch is bounded by its max_bytes well below this). */
const MAX_FRAME = 1 << 30;

export interface WireConnectionOptions {
  clientId?: string;
  /** Per-request timeout in ms (default 10 000); a Fetch adds its own max wait. */
  timeoutMs?: number;
  /** Timeout of the TCP connect in ms (default: timeoutMs). */
  connectTimeoutMs?: number;
  /** TLS and SASL (default PLAINTEXT). */
  security?: KafkaSecurity;
}

interface Pending {
  correlationId: number;
  apiKey: number;
  version: number;
  resolve: (r: Struct) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/** A network-level failure (connect, reset, timeout): retrying on a new connection may help. */
export function networkError(what: string, err: unknown): EddyError {
  const e = err as { code?: string; message?: string };
  const timeout = e.code === 'ETIMEDOUT' || /timed out/i.test(e.message ?? '');
  return new EddyError(timeout ? 'EDDY_TIMEOUT' : 'EDDY_EXECUTION', `${what}: ${e.message ?? String(err)}`, {
    cause: err,
    retriable: true,
  });
}

export class WireConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private chunks: Buffer[] = [];
  private buffered = 0;
  private closedError: Error | null = null;
  /** Responses received (ApiVersions is the first). */
  private answers = 0;
  /** The SASL session is about to expire: no new requests (see retireAfter). */
  private retiring = false;
  /** The broker's [min, max] version per API key (from ApiVersions). */
  private versions = new Map<number, [number, number]>();

  private constructor(
    private readonly socket: Socket,
    readonly address: string,
    private readonly clientId: string,
    private readonly timeoutMs: number,
    private readonly security: KafkaSecurity | undefined,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('close', () => this.fail(new Error(`connection to ${address} closed${this.closeHint()}`)));
    socket.on('error', (err) => this.fail(explainTlsAlert(err)));
  }

  /** Connects and asks ApiVersions; rejects with a retriable EddyError when the broker is not there. */
  static async connect(
    host: string,
    port: number,
    options: WireConnectionOptions = {},
  ): Promise<WireConnection> {
    const address = `${host}:${port}`;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const security = options.security;
    const tls = security?.tls;
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = tls ? tlsConnect({ host, port, ...tlsConnectOptions(tls, host) }) : connect({ host, port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(networkError(`cannot connect to Kafka broker ${address}`, new Error('connect timed out')));
      }, options.connectTimeoutMs ?? timeoutMs);
      s.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        resolve(s);
      });
      s.once('error', (err) => {
        clearTimeout(timer);
        s.destroy();
        reject(
          tls
            ? tlsError(address, security, err)
            : networkError(`cannot connect to Kafka broker ${address}`, err),
        );
      });
    });
    const c = new WireConnection(socket, address, options.clientId ?? 'eddy', timeoutMs, security);
    try {
      await c.negotiate();
      // Once per connection, before any request but ApiVersions (which brokers answer unauthenticated).
      if (security?.sasl) c.retireAfter(await saslAuthenticate(c, security));
    } catch (err) {
      c.close();
      throw err;
    }
    return c;
  }

  /** ApiVersions v3 (flexible); a broker that does not speak it answers in v0 with its range. */
  private async negotiate(): Promise<void> {
    const ask = async (v: number): Promise<Struct> =>
      this.request(API_VERSIONS, v, { clientSoftwareName: 'eddy', clientSoftwareVersion: '1' });
    let resp = await ask(3);
    // An older broker answers v0 with UNSUPPORTED_VERSION and its own list, which is enough.
    if (resp.errorCode === 35 && (resp.apiKeys as unknown[]).length === 0) resp = await ask(0);
    if (resp.errorCode !== 0 && resp.errorCode !== 35)
      throw kafkaCodeError(`ApiVersions from ${this.address}`, resp.errorCode as number);
    for (const k of resp.apiKeys as { apiKey: number; minVersion: number; maxVersion: number }[])
      this.versions.set(k.apiKey, [k.minVersion, k.maxVersion]);
  }

  /**
   * The highest version of `apiKey` within [min, max] (Eddy's codec range, default the shared
   * registry's) that the broker speaks; throws a clear error when there is none.
   */
  pick(apiKey: number, min?: number, max?: number): number {
    const api = apiByKey(apiKey);
    const lo = Math.max(min ?? api?.minVersion ?? 0, api?.minVersion ?? 0);
    const hi = Math.min(max ?? api?.maxVersion ?? 0, api?.maxVersion ?? 0);
    const theirs = this.versions.get(apiKey);
    const v = theirs ? Math.min(hi, theirs[1]) : -1;
    if (!theirs || v < lo || v < theirs[0])
      throw new EddyError(
        'EDDY_PROTOCOL',
        `Kafka broker ${this.address} speaks ${api?.name ?? `API ${apiKey}`} versions ` +
          `${theirs ? `${theirs[0]}-${theirs[1]}` : 'none'}, Eddy's client ${lo}-${hi}`,
      );
    return v;
  }

  /** True when the connection can no longer be used. */
  get closed(): boolean {
    return this.closedError !== null || this.retiring;
  }

  /**
   * A broker with `connections.max.reauth.ms` (KIP-368) closes a connection whose SASL session has
   * expired at its next request. Rather than re-authenticating in place, the connection retires
   * at 85% of the lifetime (Kafka's client re-authenticates between 85% and 95%): it takes no new
   * requests (`closed`, so the light client opens a fresh one) and closes once its answers are in.
   */
  private retireAfter(lifetimeMs: number): void {
    if (!(lifetimeMs > 0)) return;
    const timer = setTimeout(() => {
      this.retiring = true;
      if (this.pending.size === 0) this.close();
    }, lifetimeMs * 0.85);
    timer.unref();
    this.socket.once('close', () => clearTimeout(timer));
  }

  /** Sends one request (pipelined behind any in flight) and resolves with the decoded response. */
  request(apiKey: number, version: number, body: Struct, extraTimeoutMs = 0): Promise<Struct> {
    if (this.closedError)
      return Promise.reject(networkError(`Kafka broker ${this.address}`, this.closedError));
    const api = apiByKey(apiKey);
    if (!api) return Promise.reject(new EddyError('EDDY_INTERNAL', `no message spec for API key ${apiKey}`));
    const correlationId = this.nextId++;
    if (this.nextId > 0x7fffffff) this.nextId = 1;
    const w = new Writer();
    w.int32(0);
    writeRequestHeader(
      w,
      { apiKey, apiVersion: version, correlationId, clientId: this.clientId },
      api.isFlexible(version) ? 2 : 1,
    );
    api.encodeRequest(w, version, body);
    const frame = w.toBuffer();
    frame.writeInt32BE(frame.length - 4, 0);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A late answer would desynchronise nothing (ids are matched), but the caller has moved on.
        this.pending.delete(correlationId);
        reject(
          new EddyError(
            'EDDY_TIMEOUT',
            `${api.name} v${version} to Kafka broker ${this.address} timed out after ${this.timeoutMs + extraTimeoutMs} ms`,
            { retriable: true },
          ),
        );
      }, this.timeoutMs + extraTimeoutMs);
      this.pending.set(correlationId, { correlationId, apiKey, version, resolve, reject, timer });
      this.socket.write(frame);
    });
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    // Concatenate only once a whole frame is there: a large Fetch answer arrives in many chunks.
    while (this.buffered >= 4) {
      if (this.chunks[0]!.length < 4) this.chunks = [Buffer.concat(this.chunks)];
      const size = this.chunks[0]!.readInt32BE(0);
      if (size < 4 || size > MAX_FRAME) {
        this.fail(new Error(`invalid response frame size ${size} from ${this.address}`));
        this.socket.destroy();
        return;
      }
      if (this.buffered < 4 + size) return;
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      const frame = all.subarray(4, 4 + size);
      const rest = all.subarray(4 + size);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      this.onFrame(frame);
    }
  }

  /**
   * Why a broker may close a connection that has had no answer but ApiVersions: a TLS listener
   * drops plaintext bytes, a SASL listener drops any request before authentication (as Kafka).
   */
  private closeHint(): string {
    if (this.answers > 1 || this.security?.sasl) return '';
    return (
      ` before answering (this client speaks ${describeSecurity(this.security)}: if the listener needs ` +
      `${this.security?.tls ? 'SASL' : 'TLS or SASL'}, set security.protocol in the cluster's properties)`
    );
  }

  private onFrame(frame: Buffer): void {
    const id = frame.readInt32BE(0);
    const p = this.pending.get(id);
    if (!p) return; // timed out earlier
    this.answers++;
    this.pending.delete(id);
    clearTimeout(p.timer);
    if (this.retiring && this.pending.size === 0) setImmediate(() => this.close());
    const api = apiByKey(p.apiKey)!;
    try {
      const r = new Reader(frame);
      // ApiVersions answers with header v0 at every version, so that any client can parse it.
      readResponseHeader(r, api.isFlexible(p.version) && p.apiKey !== API_VERSIONS ? 1 : 0);
      if (p.apiKey === API_VERSIONS && frame.length >= 6 && frame.readInt16BE(4) === 35 && p.version > 0) {
        // UNSUPPORTED_VERSION: the body is a v0 response (with the broker's range) whatever we asked.
        p.resolve(api.decodeResponse(r, 0));
        return;
      }
      p.resolve(api.decodeResponse(r, p.version));
    } catch (err) {
      p.reject(
        new EddyError(
          'EDDY_PROTOCOL',
          `cannot decode ${api.name} v${p.version} from ${this.address}: ${(err as Error).message}`,
          {
            cause: err,
          },
        ),
      );
    }
  }

  private fail(err: Error): void {
    this.closedError ??= err;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(networkError(`Kafka broker ${this.address}`, err));
    }
    this.pending.clear();
  }

  close(): void {
    this.fail(new Error('connection closed'));
    this.socket.destroy();
  }
}

/**
 * A failed TLS handshake: a certificate problem is not cured by retrying (a reset may be).
 * The message names the broker and the protocol, never key material.
 */
function tlsError(address: string, security: KafkaSecurity | undefined, err: unknown): EddyError {
  const e = err as { code?: string; message?: string };
  const cert = /CERT|SELF_SIGNED|UNABLE_TO|HOSTNAME|ALTNAME|DEPTH|ERR_SSL|ERR_TLS/i.test(e.code ?? '');
  const who = security?.cluster !== undefined ? ` of cluster '${security.cluster}'` : '';
  return new EddyError(
    cert ? 'EDDY_UNAUTHORIZED' : 'EDDY_EXECUTION',
    `TLS connection to Kafka broker ${address}${who} (${describeSecurity(security)}) failed: ${e.message ?? String(err)}` +
      // A plaintext listener takes the ClientHello for an oversized request and hangs up.
      (/disconnected before secure TLS|WRONG_VERSION_NUMBER|ECONNRESET/i.test(`${e.message} ${e.code}`)
        ? ' (is that listener PLAINTEXT or SASL_PLAINTEXT? then set security.protocol accordingly)'
        : ''),
    { cause: err, retriable: !cert },
  );
}

/**
 * OpenSSL's text for a TLS alert the broker sent after the handshake (TLS 1.3 checks the client
 * certificate then), in words that say which property to set.
 */
function explainTlsAlert(err: Error): Error {
  const m = /alert (certificate required|bad certificate|unknown ca|certificate unknown)/i.exec(err.message);
  if (!m) return err;
  return new Error(
    `the broker refused this client's certificate (TLS alert "${m[1]!.toLowerCase()}"): ` +
      'set ssl.certificate.location and ssl.key.location to a certificate its CA trusts',
    { cause: err },
  );
}

/** A Kafka error code in a response, as an EddyError (retriable per Kafka's own classes). */
export function kafkaCodeError(what: string, code: number): EddyError {
  const name = errorName(code);
  const retriable = RETRIABLE.has(code);
  const eddy =
    code === 3 || code === 100
      ? 'EDDY_NOT_FOUND'
      : code === 29 || code === 30 || code === 31
        ? 'EDDY_FORBIDDEN'
        : code === 7
          ? 'EDDY_TIMEOUT'
          : 'EDDY_EXECUTION';
  return new EddyError(eddy, `${what}: ${name} (Kafka error ${code})`, { retriable });
}

/** Kafka's RetriableException codes that a metadata refresh and retry can cure. */
const RETRIABLE = new Set([3, 5, 6, 7, 8, 9, 13, 14, 15, 16, 19, 20, 51, 56, 74, 75, 76, 78, 100, 103]);
