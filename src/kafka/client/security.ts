/**
 * How Eddy's Kafka clients secure a connection: `security.protocol` (PLAINTEXT, SSL,
 * SASL_PLAINTEXT, SASL_SSL), a SASL mechanism with its credentials, and TLS material. The
 * properties are Kafka's / librdkafka's own names, so that a Confluent Cloud "client config"
 * snippet can be pasted into a cluster's `properties:` in eddy.yaml.
 *
 * Secrets (the SASL password, the key's passphrase) live only in {@link KafkaSecurity}: they are
 * never part of a table's options, and {@link describeSecurity} is what errors and logs show.
 *
 * @example
 * const sec = parseKafkaSecurity({ 'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN',
 *   'sasl.username': 'key', 'sasl.password': 'secret' }, "cluster 'prod'");
 * new KafkaClient({ bootstrapServers: 'b:9092', security: sec });
 */
import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from 'node:tls';
import { ConfigError, errorMessage } from '../../common/errors.js';

export type SecurityProtocol = 'PLAINTEXT' | 'SSL' | 'SASL_PLAINTEXT' | 'SASL_SSL';
export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

const PROTOCOLS: readonly SecurityProtocol[] = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
const MECHANISMS: readonly SaslMechanism[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

/** SASL credentials. */
export interface SaslConfig {
  readonly mechanism: SaslMechanism;
  readonly username: string;
  readonly password: string;
}

/** TLS material (PEM texts, read from the `*.location` files) and whether the host name is checked. */
export interface TlsConfig {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  readonly keyPassword?: string;
  /** `ssl.endpoint.identification.algorithm=https` (the default): the certificate must name the host. */
  readonly verifyHostname: boolean;
}

/** A cluster's connection security. */
export interface KafkaSecurity {
  readonly protocol: SecurityProtocol;
  readonly sasl?: SaslConfig;
  /** Present exactly when the protocol is SSL or SASL_SSL. */
  readonly tls?: TlsConfig;
  /** The cluster's name, for error messages ("authentication failed for cluster 'x' …"). */
  readonly cluster?: string;
}

/** The Kafka client property names Eddy understands (anything else in `properties:` is an error). */
export const KAFKA_SECURITY_KEYS: readonly string[] = [
  'security.protocol',
  'sasl.mechanism',
  'sasl.mechanisms',
  'sasl.username',
  'sasl.password',
  'sasl.jaas.config',
  'ssl.ca.location',
  'ssl.certificate.location',
  'ssl.key.location',
  'ssl.key.password',
  'ssl.endpoint.identification.algorithm',
];

/** Property names whose values are secrets (never shown). */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  'sasl.password',
  'sasl.jaas.config',
  'ssl.key.password',
]);

/**
 * Reads Kafka client properties into a {@link KafkaSecurity}. `where` names the place for errors
 * (e.g. "cluster 'prod'"); files named by `ssl.*.location` are read now so that a missing file is
 * a configuration error, not a failure at the first connection. Unknown keys are not checked here.
 */
export function parseKafkaSecurity(props: Readonly<Record<string, string>>, where: string): KafkaSecurity {
  const raw = props['security.protocol']?.trim().toUpperCase() || 'PLAINTEXT';
  if (!PROTOCOLS.includes(raw as SecurityProtocol))
    throw new ConfigError(
      `${where}: security.protocol '${props['security.protocol']}' is not one of ${PROTOCOLS.join(', ')}`,
    );
  const protocol = raw as SecurityProtocol;
  const usesSasl = protocol.startsWith('SASL_');
  const usesTls = protocol.endsWith('SSL');
  const sasl = usesSasl ? parseSasl(props, where, protocol) : undefined;
  if (!usesSasl) {
    const stray = ['sasl.username', 'sasl.password', 'sasl.jaas.config'].find((k) => props[k] !== undefined);
    if (stray)
      throw new ConfigError(`${where}: '${stray}' is set but security.protocol is ${protocol} (no SASL)`);
  }
  const tls = usesTls ? parseTls(props, where) : undefined;
  if (!usesTls) {
    const stray = ['ssl.ca.location', 'ssl.certificate.location', 'ssl.key.location'].find(
      (k) => props[k] !== undefined,
    );
    if (stray)
      throw new ConfigError(`${where}: '${stray}' is set but security.protocol is ${protocol} (no TLS)`);
  }
  return { protocol, ...(sasl ? { sasl } : {}), ...(tls ? { tls } : {}) };
}

function parseSasl(props: Readonly<Record<string, string>>, where: string, protocol: string): SaslConfig {
  const given = props['sasl.mechanism'] ?? props['sasl.mechanisms'] ?? 'PLAIN';
  const mechanism = given.trim().toUpperCase() as SaslMechanism;
  if (!MECHANISMS.includes(mechanism))
    throw new ConfigError(
      `${where}: sasl.mechanism '${given}' is not supported (use ${MECHANISMS.join(', ')})`,
    );
  let username = props['sasl.username'];
  let password = props['sasl.password'];
  const jaas = props['sasl.jaas.config'];
  if (jaas !== undefined) {
    const parsed = parseJaasConfig(jaas, where);
    username ??= parsed.username;
    password ??= parsed.password;
  }
  if (username === undefined || password === undefined)
    throw new ConfigError(
      `${where}: security.protocol ${protocol} needs sasl.username and sasl.password (or sasl.jaas.config)`,
    );
  return { mechanism, username, password };
}

/**
 * The username and password of a Java `sasl.jaas.config`, e.g.
 * `org.apache.kafka.common.security.plain.PlainLoginModule required username="k" password="s";`
 * (Confluent Cloud's snippet). Only the PLAIN and SCRAM login modules are accepted.
 */
export function parseJaasConfig(text: string, where: string): { username: string; password: string } {
  const m = /^\s*([\w.$]+)\s+(required|requisite|sufficient|optional)\b([\s\S]*?);?\s*$/.exec(text);
  // Never quote the text itself in an error: it holds the password.
  if (!m) throw new ConfigError(`${where}: sasl.jaas.config is not '<LoginModule> required key="value" …;'`);
  const module = m[1]!;
  if (!/\.(PlainLoginModule|ScramLoginModule)$/.test(module))
    throw new ConfigError(
      `${where}: sasl.jaas.config login module ${module} is not supported (PlainLoginModule, ScramLoginModule)`,
    );
  const opts = new Map<string, string>();
  const re = /([\w.]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s";]+))/g;
  for (let o = re.exec(m[3]!); o !== null; o = re.exec(m[3]!))
    opts.set(o[1]!, o[2] !== undefined ? o[2].replace(/\\(.)/g, '$1') : o[3]!);
  const username = opts.get('username');
  const password = opts.get('password');
  if (username === undefined || password === undefined)
    throw new ConfigError(`${where}: sasl.jaas.config has no username="…" and password="…"`);
  return { username, password };
}

function parseTls(props: Readonly<Record<string, string>>, where: string): TlsConfig {
  const read = (key: string): string | undefined => {
    const path = props[key];
    if (path === undefined || path.trim() === '') return undefined;
    try {
      return readFileSync(path, 'utf8');
    } catch (err) {
      throw new ConfigError(`${where}: cannot read ${key} ${path}: ${errorMessage(err)}`);
    }
  };
  const algorithm = (props['ssl.endpoint.identification.algorithm'] ?? 'https').trim().toLowerCase();
  if (algorithm !== 'https' && algorithm !== '' && algorithm !== 'none')
    throw new ConfigError(
      `${where}: ssl.endpoint.identification.algorithm '${algorithm}' must be 'https' or empty`,
    );
  const ca = read('ssl.ca.location');
  const cert = read('ssl.certificate.location');
  const key = read('ssl.key.location');
  if ((cert === undefined) !== (key === undefined))
    throw new ConfigError(`${where}: ssl.certificate.location and ssl.key.location go together`);
  const keyPassword = props['ssl.key.password'];
  return {
    ...(ca !== undefined ? { ca } : {}),
    ...(cert !== undefined ? { cert } : {}),
    ...(key !== undefined ? { key } : {}),
    ...(keyPassword !== undefined ? { keyPassword } : {}),
    verifyHostname: algorithm === 'https',
  };
}

/** node:tls options for a connection to `host` (SNI unless it is an IP address). */
export function tlsConnectOptions(t: TlsConfig, host: string): ConnectionOptions {
  return {
    ...(t.ca !== undefined ? { ca: t.ca } : {}),
    ...(t.cert !== undefined ? { cert: t.cert } : {}),
    ...(t.key !== undefined ? { key: t.key } : {}),
    ...(t.keyPassword !== undefined ? { passphrase: t.keyPassword } : {}),
    ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
    // The chain is always verified; only the host name check follows the property.
    rejectUnauthorized: true,
    ...(t.verifyHostname ? {} : { checkServerIdentity: () => undefined }),
  };
}

/** What errors and logs may say about a connection's security: never a secret. */
export function describeSecurity(s: KafkaSecurity | undefined): string {
  if (!s) return 'PLAINTEXT';
  return s.sasl ? `${s.protocol}, ${s.sasl.mechanism}` : s.protocol;
}

/**
 * Security of clusters by bootstrap list, registered once by whoever read the configuration, so
 * that clients made from a table's `properties.bootstrap.servers` (sources, sinks, DDL) find it
 * without the secret ever being a table option.
 */
const byBootstrap = new Map<string, KafkaSecurity>();

const bootstrapKey = (servers: string | readonly string[]): string =>
  (typeof servers === 'string' ? servers.split(',') : [...servers])
    .map((s) => s.trim().replace(/^[a-z]+:\/\//i, ''))
    .filter((s) => s.length > 0)
    .join(',');

/** Registers the security of the cluster at `bootstrap` (PLAINTEXT clusters need none). */
export function registerClusterSecurity(
  bootstrap: string | readonly string[],
  security: KafkaSecurity,
): void {
  byBootstrap.set(bootstrapKey(bootstrap), security);
}

/** The registered security of the cluster at `bootstrap`, if any. */
export function clusterSecurity(bootstrap: string | readonly string[]): KafkaSecurity | undefined {
  return byBootstrap.get(bootstrapKey(bootstrap));
}
