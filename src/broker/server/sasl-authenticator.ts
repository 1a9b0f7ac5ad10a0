/**
 * The SASL state machine of one SASL_PLAINTEXT / SASL_SSL connection, as Kafka's
 * SaslServerAuthenticator runs it (KIP-43, KIP-152): until authentication completes, only
 * ApiVersions (once, before the handshake), SaslHandshake and then the mechanism's tokens are
 * accepted. After SaslHandshake v1 the tokens come in SaslAuthenticate requests; after v0 they
 * come as raw size-prefixed frames (older clients). Any other request closes the connection:
 * before the handshake without a response, after it with ILLEGAL_SASL_STATE.
 */
import type { ApiDefinition } from '../../kafka/protocol/api.js';
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import { readRequestHeaderRest, readRequestHeaderStart } from '../../kafka/protocol/headers.js';
import { Reader } from '../../kafka/protocol/reader.js';
import { apiByKey } from '../protocol/registry.js';
import { SaslAuthenticationError, type SaslServer } from '../security/sasl-mechanism.js';
import type { SaslAuthenticatorFactory } from '../security/sasl-servers.js';

const API_VERSIONS = 18;
const SASL_HANDSHAKE = 17;
const SASL_AUTHENTICATE = 36;

/** Kafka's ApiKeys enum name (METADATA, SASL_AUTHENTICATE …), as its messages spell it. */
const kafkaName = (api: ApiDefinition): string => api.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** What the connection must do with one frame received before authentication completed. */
export type AuthStep =
  /** Serve it as a normal request (ApiVersions). */
  | { action: 'dispatch' }
  /** Send `body` as the response of `api` v`version`; close after it when `thenClose`. */
  | {
      action: 'reply';
      api: ApiDefinition;
      version: number;
      correlationId: number;
      body: Struct;
      thenClose: boolean;
      failure?: string;
    }
  /** Send a raw size-prefixed token (SaslHandshake v0 flow). */
  | { action: 'raw'; token: Buffer }
  /** Close without a response. */
  | { action: 'close'; reason: string };

type State = 'versions-or-handshake' | 'handshake' | 'authenticate' | 'complete' | 'failed';

export class SaslAuthenticator {
  private state: State = 'versions-or-handshake';
  private server: SaslServer | null = null;
  /** True after SaslHandshake v1: tokens come wrapped in SaslAuthenticate requests. */
  private wrapped = false;

  constructor(private readonly factory: SaslAuthenticatorFactory) {}

  get complete(): boolean {
    return this.state === 'complete';
  }

  get principal(): string | null {
    return this.server?.principal ?? null;
  }

  get mechanism(): string | null {
    return this.server?.mechanism ?? null;
  }

  /** Decides what to do with one frame (no I/O here). */
  onFrame(frame: Buffer): AuthStep {
    if (this.state === 'failed') return { action: 'close', reason: 'authentication already failed' };
    if (this.state === 'authenticate' && !this.wrapped) return this.rawToken(frame);
    const reader = new Reader(frame);
    let header: { apiKey: number; apiVersion: number; correlationId: number };
    try {
      header = readRequestHeaderStart(reader);
    } catch {
      return this.failClose('truncated request header during SASL authentication');
    }
    const { apiKey, apiVersion, correlationId } = header;
    const api = apiByKey(apiKey);
    const phase = this.state === 'authenticate' ? 'authentication' : 'handshake';
    if (!api)
      return this.failClose(`Unexpected Kafka request of unknown API key ${apiKey} during SASL ${phase}.`);
    if (this.state === 'authenticate') {
      if (apiKey !== SASL_AUTHENTICATE) {
        return this.illegalState(
          api,
          apiVersion,
          correlationId,
          reader,
          `Unexpected Kafka request of type ${kafkaName(api)} during SASL authentication.`,
        );
      }
      return this.authenticate(api, apiVersion, correlationId, reader);
    }
    if (apiKey === API_VERSIONS) {
      if (this.state !== 'versions-or-handshake') {
        return this.failClose(
          `Unexpected ApiVersions request received during SASL authentication state ${this.state}`,
        );
      }
      // An unsupported version gets an error reply and the client may retry (KIP-511).
      if (apiVersion >= api.minVersion && apiVersion <= api.maxVersion) this.state = 'handshake';
      return { action: 'dispatch' };
    }
    if (apiKey !== SASL_HANDSHAKE) {
      return this.failClose(`Unexpected Kafka request of type ${kafkaName(api)} during SASL handshake.`);
    }
    if (apiVersion < api.minVersion || apiVersion > api.maxVersion) {
      return this.failClose(`unsupported SaslHandshake version ${apiVersion}`);
    }
    let body: Struct;
    try {
      readRequestHeaderRest(reader, 1);
      body = api.decodeRequest(reader, apiVersion);
    } catch (err) {
      return this.failClose(`malformed SaslHandshake request: ${(err as Error).message}`);
    }
    const mechanism = String(body.mechanism);
    const server = this.factory.create(mechanism);
    const mechanisms = [...this.factory.mechanisms];
    if (!server) {
      this.state = 'failed';
      return {
        action: 'reply',
        api,
        version: apiVersion,
        correlationId,
        body: { errorCode: ErrorCode.UNSUPPORTED_SASL_MECHANISM, mechanisms },
        thenClose: true,
        failure: `Unsupported SASL mechanism ${mechanism}`,
      };
    }
    this.server = server;
    this.wrapped = apiVersion >= 1;
    this.state = 'authenticate';
    return {
      action: 'reply',
      api,
      version: apiVersion,
      correlationId,
      body: { errorCode: 0, mechanisms },
      thenClose: false,
    };
  }

  private failClose(reason: string): AuthStep {
    this.state = 'failed';
    return { action: 'close', reason };
  }

  private illegalState(
    api: ApiDefinition,
    version: number,
    correlationId: number,
    reader: Reader,
    message: string,
  ): AuthStep {
    this.state = 'failed';
    if (version < api.minVersion || version > api.maxVersion) return { action: 'close', reason: message };
    // Kafka answers with the request's own error response (ILLEGAL_SASL_STATE), then closes.
    try {
      readRequestHeaderRest(reader, api.isFlexible(version) ? 2 : 1);
      api.decodeRequest(reader, version);
    } catch {
      return { action: 'close', reason: message };
    }
    return {
      action: 'reply',
      api,
      version,
      correlationId,
      body: errorResponse(api, ErrorCode.ILLEGAL_SASL_STATE),
      thenClose: true,
      failure: message,
    };
  }

  private authenticate(api: ApiDefinition, version: number, correlationId: number, reader: Reader): AuthStep {
    if (version < api.minVersion || version > api.maxVersion) {
      return this.failClose(`Version ${version} is not supported for apiKey SASL_AUTHENTICATE`);
    }
    let body: Struct;
    try {
      readRequestHeaderRest(reader, api.isFlexible(version) ? 2 : 1);
      body = api.decodeRequest(reader, version);
    } catch (err) {
      return this.failClose(`malformed SaslAuthenticate request: ${(err as Error).message}`);
    }
    const server = this.server!;
    try {
      const token = server.evaluate(body.authBytes as Buffer);
      if (server.complete) this.state = 'complete';
      return {
        action: 'reply',
        api,
        version,
        correlationId,
        body: { errorCode: 0, errorMessage: null, authBytes: token, sessionLifetimeMs: 0n },
        thenClose: false,
      };
    } catch (err) {
      this.state = 'failed';
      const message =
        err instanceof SaslAuthenticationError
          ? err.message
          : `Authentication failed during authentication due to invalid credentials with SASL mechanism ${server.mechanism}`;
      return {
        action: 'reply',
        api,
        version,
        correlationId,
        body: {
          errorCode: ErrorCode.SASL_AUTHENTICATION_FAILED,
          errorMessage: message,
          authBytes: Buffer.alloc(0),
          sessionLifetimeMs: 0n,
        },
        thenClose: true,
        failure: message,
      };
    }
  }

  private rawToken(frame: Buffer): AuthStep {
    const server = this.server!;
    try {
      const token = server.evaluate(frame);
      if (server.complete) this.state = 'complete';
      return { action: 'raw', token };
    } catch (err) {
      // The v0 flow has no way to carry an error: Kafka just closes the connection.
      return this.failClose((err as Error).message);
    }
  }
}

/** A response of `api` whose every error code field is `code` (Kafka's getErrorResponse, simplified). */
function errorResponse(api: ApiDefinition, code: number): Struct {
  const body: Struct = {};
  for (const f of api.response.fields) {
    if (f.name === 'errorCode') body.errorCode = code;
  }
  return body;
}
