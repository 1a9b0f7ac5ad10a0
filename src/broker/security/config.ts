/**
 * The broker's listener security settings, with Kafka's names where Kafka has one:
 *
 * - `listeners`: Kafka's `PROTOCOL://host:port` list (listener name = security protocol, Kafka's
 *   default `listener.security.protocol.map`). The first is the primary listener (the one
 *   `eddy up` reports); when absent, one listener on the bind host/port speaking `security.protocol`.
 * - `security.protocol`: PLAINTEXT (default), SSL, SASL_PLAINTEXT or SASL_SSL.
 * - `ssl.certificate.location`, `ssl.key.location`, `ssl.key.password`, `ssl.ca.location` (PEM
 *   files, librdkafka's names), `ssl.client.auth` (Kafka's: none, requested, required).
 * - `sasl.enabled.mechanisms`: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 (default: all three).
 * - `sasl.users.<name>`: the password of user `<name>` (salted at start for SCRAM); `${ENV}`
 *   references in passwords are read from the environment.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../common/errors.js';

export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';
export type SaslMechanismName = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
export type ClientAuth = 'none' | 'requested' | 'required';

export const SECURITY_PROTOCOLS: readonly SecurityProtocol[] = [
  'PLAINTEXT',
  'SSL',
  'SASL_PLAINTEXT',
  'SASL_SSL',
];
export const SASL_MECHANISMS: readonly SaslMechanismName[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

export interface ListenerConfig {
  protocol: SecurityProtocol;
  host: string;
  port: number;
}

/** PEM contents (read at parse time, so a bad path fails at start with the setting's name). */
export interface TlsConfig {
  cert: Buffer;
  key: Buffer;
  passphrase?: string;
  ca?: Buffer;
  clientAuth: ClientAuth;
}

export interface SaslConfig {
  /** Advertised in the SaslHandshake response, in this order. */
  mechanisms: SaslMechanismName[];
  /** Plaintext passwords by user name; never logged. */
  users: Map<string, string>;
}

export interface SecuritySettings {
  listeners: ListenerConfig[];
  tls: TlsConfig | null;
  sasl: SaslConfig | null;
}

type Raw = Record<string, string | number | boolean>;

/**
 * The setting names this module reads, besides `sasl.users.<name>` (settings.ts keeps them out
 * of the storage configs and refuses any other name).
 */
export const SECURITY_SETTING_NAMES: readonly string[] = [
  'listeners',
  'security.protocol',
  'sasl.enabled.mechanisms',
  'ssl.certificate.location',
  'ssl.key.location',
  'ssl.key.password',
  'ssl.ca.location',
  'ssl.client.auth',
];
const SECURITY_NAMES = new Set(SECURITY_SETTING_NAMES);

/** Whether this module reads setting `name`. */
export function isSecuritySetting(name: string): boolean {
  return SECURITY_NAMES.has(name) || (name.startsWith('sasl.users.') && name.length > 'sasl.users.'.length);
}

export const isTls = (p: SecurityProtocol): boolean => p === 'SSL' || p === 'SASL_SSL';
export const isSasl = (p: SecurityProtocol): boolean => p === 'SASL_PLAINTEXT' || p === 'SASL_SSL';

function protocolOf(value: string, setting: string): SecurityProtocol {
  const p = value.trim().toUpperCase();
  if (!(SECURITY_PROTOCOLS as readonly string[]).includes(p)) {
    throw new ConfigError(
      `broker setting '${setting}': unknown security protocol '${value}' (expected one of ${SECURITY_PROTOCOLS.join(', ')})`,
    );
  }
  return p as SecurityProtocol;
}

/** Parses Kafka's `listeners` value, e.g. `PLAINTEXT://127.0.0.1:9092,SASL_SSL://:9093`. */
export function parseListeners(value: string, defaultHost: string): ListenerConfig[] {
  const out: ListenerConfig[] = [];
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const m = /^([A-Za-z_]+):\/\/(\[[^\]]*\]|[^:/]*):(\d+)$/.exec(part);
    if (!m) {
      throw new ConfigError(
        `broker setting 'listeners': '${part}' is not PROTOCOL://host:port (e.g. SASL_SSL://127.0.0.1:9093)`,
      );
    }
    const port = Number(m[3]);
    if (port > 65535)
      throw new ConfigError(`broker setting 'listeners': port ${port} in '${part}' is over 65535`);
    const host = m[2]!.replace(/^\[|\]$/g, '');
    out.push({ protocol: protocolOf(m[1]!, 'listeners'), host: host === '' ? defaultHost : host, port });
  }
  if (out.length === 0) throw new ConfigError(`broker setting 'listeners' is empty`);
  const seen = new Set<string>();
  for (const l of out) {
    if (seen.has(l.protocol)) {
      throw new ConfigError(
        `broker setting 'listeners': ${l.protocol} is listed twice (each listener's name is its protocol, so each protocol once)`,
      );
    }
    seen.add(l.protocol);
  }
  return out;
}

/**
 * Expands `${NAME}` from the environment in a secret setting, so passwords need not be written
 * in eddy.yaml. A missing variable is an error naming the setting (never the value).
 */
export function expandEnv(value: string, setting: string, env: NodeJS.ProcessEnv = process.env): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
    const v = env[name];
    if (v === undefined) {
      throw new ConfigError(`broker setting '${setting}': environment variable ${name} is not set`);
    }
    return v;
  });
}

function readPem(raw: Raw, name: string): Buffer | undefined {
  const path = raw[name];
  if (path === undefined || path === '') return undefined;
  try {
    return readFileSync(String(path));
  } catch (err) {
    throw new ConfigError(`broker setting '${name}': cannot read ${String(path)}: ${(err as Error).message}`);
  }
}

function parseTls(raw: Raw): TlsConfig {
  const cert = readPem(raw, 'ssl.certificate.location');
  const key = readPem(raw, 'ssl.key.location');
  if (!cert || !key) {
    throw new ConfigError(
      `an SSL or SASL_SSL listener needs broker settings 'ssl.certificate.location' and 'ssl.key.location' (PEM files)`,
    );
  }
  const clientAuth = String(raw['ssl.client.auth'] ?? 'none').toLowerCase();
  if (clientAuth !== 'none' && clientAuth !== 'requested' && clientAuth !== 'required') {
    throw new ConfigError(
      `broker setting 'ssl.client.auth' must be none, requested or required, got ${JSON.stringify(raw['ssl.client.auth'])}`,
    );
  }
  const ca = readPem(raw, 'ssl.ca.location');
  if (clientAuth !== 'none' && !ca) {
    throw new ConfigError(
      `broker setting 'ssl.client.auth=${clientAuth}' needs 'ssl.ca.location' (the CA that signs client certificates)`,
    );
  }
  const tls: TlsConfig = { cert, key, clientAuth };
  if (ca) tls.ca = ca;
  if (raw['ssl.key.password'] !== undefined) {
    tls.passphrase = expandEnv(String(raw['ssl.key.password']), 'ssl.key.password');
  }
  return tls;
}

function parseSasl(raw: Raw): SaslConfig {
  const listed = raw['sasl.enabled.mechanisms'];
  const mechanisms: SaslMechanismName[] = [];
  for (const m of (listed === undefined ? SASL_MECHANISMS.join(',') : String(listed)).split(',')) {
    const name = m.trim().toUpperCase();
    if (name === '') continue;
    if (!(SASL_MECHANISMS as readonly string[]).includes(name)) {
      throw new ConfigError(
        `broker setting 'sasl.enabled.mechanisms': '${m.trim()}' is not supported (Eddy's broker has ${SASL_MECHANISMS.join(', ')})`,
      );
    }
    if (!mechanisms.includes(name as SaslMechanismName)) mechanisms.push(name as SaslMechanismName);
  }
  if (mechanisms.length === 0) throw new ConfigError(`broker setting 'sasl.enabled.mechanisms' is empty`);
  const users = new Map<string, string>();
  for (const [k, v] of Object.entries(raw)) {
    if (!k.startsWith('sasl.users.')) continue;
    const user = k.slice('sasl.users.'.length);
    if (user === '') throw new ConfigError(`broker setting '${k}' needs a user name after 'sasl.users.'`);
    const password = expandEnv(String(v), k);
    if (password === '') throw new ConfigError(`broker setting '${k}': the password is empty`);
    users.set(user, password);
  }
  if (users.size === 0) {
    throw new ConfigError(
      `a SASL_PLAINTEXT or SASL_SSL listener needs at least one user: broker setting 'sasl.users.<name>: <password>'`,
    );
  }
  return { mechanisms, users };
}

/** Reads the security settings; `bind` is the host/port given on the command line or config. */
export function parseSecuritySettings(raw: Raw, bind: { host: string; port: number }): SecuritySettings {
  if (raw['listeners'] !== undefined && raw['security.protocol'] !== undefined) {
    throw new ConfigError(
      `broker settings 'listeners' and 'security.protocol' both given: use one (listeners names each listener's protocol)`,
    );
  }
  const listeners =
    raw['listeners'] !== undefined
      ? parseListeners(String(raw['listeners']), bind.host)
      : [
          {
            protocol: protocolOf(String(raw['security.protocol'] ?? 'PLAINTEXT'), 'security.protocol'),
            ...bind,
          },
        ];
  return {
    listeners,
    tls: listeners.some((l) => isTls(l.protocol)) ? parseTls(raw) : null,
    sasl: listeners.some((l) => isSasl(l.protocol)) ? parseSasl(raw) : null,
  };
}
