/**
 * How Eddy authenticates to a Schema Registry: HTTP basic auth from Confluent's client properties
 * (`basic.auth.credentials.source=USER_INFO` + `basic.auth.user.info=key:secret`, also with the
 * `schema.registry.` prefix; or credentials in the URL, source `URL`) and a CA for https URLs
 * (`schema.registry.ssl.ca.location`). The secret lives only here: errors show the URL without it.
 *
 * @example
 * const auth = parseRegistryAuth({ 'basic.auth.credentials.source': 'USER_INFO',
 *   'basic.auth.user.info': 'key:secret' }, "cluster 'prod'");
 * new RegistryClient('https://psrc-x.confluent.cloud', 10_000, auth);
 */
import { readFileSync } from 'node:fs';
import { ConfigError, errorMessage } from '../../common/errors.js';

/** Registry credentials and TLS trust. */
export interface RegistryAuth {
  readonly basic?: { readonly username: string; readonly password: string };
  /** PEM CA bundle trusted for https (instead of the system store, like a Java truststore). */
  readonly ca?: string;
}

/** The property names understood (each also with the `schema.registry.` prefix). */
export const REGISTRY_AUTH_KEYS: readonly string[] = [
  'basic.auth.credentials.source',
  'basic.auth.user.info',
  'ssl.ca.location',
].flatMap((k) => (k.startsWith('ssl.') ? [`schema.registry.${k}`] : [k, `schema.registry.${k}`]));

/** Secrets among them. */
export const REGISTRY_SECRET_KEYS: ReadonlySet<string> = new Set([
  'basic.auth.user.info',
  'schema.registry.basic.auth.user.info',
]);

/** Reads the registry's auth properties (absent ones: no auth). `where` names the place for errors. */
export function parseRegistryAuth(
  props: Readonly<Record<string, string>>,
  where: string,
  url?: string,
): RegistryAuth | undefined {
  const get = (k: string): string | undefined => props[`schema.registry.${k}`] ?? props[k];
  const userInfo = get('basic.auth.user.info');
  const source = (
    get('basic.auth.credentials.source') ?? (userInfo !== undefined ? 'USER_INFO' : '')
  ).toUpperCase();
  let basic: RegistryAuth['basic'];
  if (source === 'USER_INFO') {
    if (userInfo === undefined)
      throw new ConfigError(
        `${where}: basic.auth.credentials.source is USER_INFO but basic.auth.user.info is not set`,
      );
    const i = userInfo.indexOf(':');
    // Never quote the value: it is the secret.
    if (i <= 0) throw new ConfigError(`${where}: basic.auth.user.info must be '<key>:<secret>'`);
    basic = { username: userInfo.slice(0, i), password: userInfo.slice(i + 1) };
  } else if (source === 'URL') {
    const creds = url ? urlCredentials(url) : undefined;
    if (!creds)
      throw new ConfigError(
        `${where}: basic.auth.credentials.source is URL but registry-url has no user:password@`,
      );
    basic = creds;
  } else if (source === '' && url !== undefined && urlCredentials(url)) {
    // Credentials in the URL without a source: use them (and the URL shown drops them).
    basic = urlCredentials(url);
  } else if (source !== '') {
    throw new ConfigError(
      `${where}: basic.auth.credentials.source '${source}' is not supported (USER_INFO or URL)`,
    );
  }
  const caPath = props['schema.registry.ssl.ca.location'];
  let ca: string | undefined;
  if (caPath !== undefined && caPath.trim() !== '') {
    try {
      ca = readFileSync(caPath, 'utf8');
    } catch (err) {
      throw new ConfigError(
        `${where}: cannot read schema.registry.ssl.ca.location ${caPath}: ${errorMessage(err)}`,
      );
    }
  }
  if (!basic && ca === undefined) return undefined;
  return { ...(basic ? { basic } : {}), ...(ca !== undefined ? { ca } : {}) };
}

/** `user:password@` of a URL, decoded. */
function urlCredentials(url: string): RegistryAuth['basic'] {
  try {
    const u = new URL(url);
    if (u.username === '') return undefined;
    return { username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
  } catch {
    return undefined;
  }
}

/** A URL without its `user:password@` part (fetch refuses such URLs; errors must not show them). */
export function stripCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

/**
 * Registry auth by base URL, registered by whoever read the configuration, so that a client made
 * from a table's `registry.url` option finds it without the secret being a table option.
 */
const byUrl = new Map<string, RegistryAuth | null>();
const urlKey = (url: string): string => stripCredentials(url).replace(/\/+$/, '');

/** Registers the auth of the registry at `url` (`null`: none, overriding an earlier registration). */
export function registerRegistryAuth(url: string, auth: RegistryAuth | null): void {
  byUrl.set(urlKey(url), auth);
}

/** The registered auth of the registry at `url`, else its URL's own `user:password@`, if any. */
export function registryAuth(url: string): RegistryAuth | undefined {
  const registered = byUrl.get(urlKey(url));
  if (registered !== undefined) return registered ?? undefined;
  const creds = urlCredentials(url);
  return creds ? { basic: creds } : undefined;
}
