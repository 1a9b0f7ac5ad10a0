/**
 * HTTP basic authentication of the registry's REST API, as Confluent's
 * `authentication.method=BASIC`: every request needs `Authorization: Basic …` of a configured
 * user, else HTTP 401 with `{"error_code":401,"message":"Unauthorized"}` and
 * `WWW-Authenticate: Basic realm="<authentication.realm>"`.
 *
 * Users come from `authentication.users` (`user:password,user2:password2`) or
 * `authentication.users.file`, a Jetty realm file as Confluent's PropertyFileLoginModule reads
 * (`user: password[,role…]` per line, `#` comments). Passwords are never logged.
 */
import { readFileSync } from 'node:fs';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ConfigError, errorMessage } from '../common/errors.js';
import { CONTENT_TYPE } from './http-util.js';

/** Settings of the registry's `registry:` map this module reads. */
export const AUTH_SETTINGS = [
  'authentication.method',
  'authentication.realm',
  'authentication.users',
  'authentication.users.file',
];

export interface BasicAuthConfig {
  readonly realm: string;
  /** SHA-256 of each user's password (compared in constant time). */
  readonly users: ReadonlyMap<string, Buffer>;
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** The basic-auth settings, or undefined when `authentication.method` is NONE (the default). */
export function parseBasicAuth(settings: Readonly<Record<string, unknown>>): BasicAuthConfig | undefined {
  const method = String(settings['authentication.method'] ?? 'NONE').toUpperCase();
  if (method === 'NONE') {
    if (settings['authentication.users'] !== undefined || settings['authentication.users.file'] !== undefined)
      throw new ConfigError(
        'registry authentication.users is set but authentication.method is NONE (set BASIC)',
      );
    return undefined;
  }
  if (method !== 'BASIC')
    throw new ConfigError(`registry authentication.method '${method}' is not supported (NONE or BASIC)`);
  const users = new Map<string, Buffer>();
  const add = (entry: string, where: string): void => {
    const i = entry.indexOf(':');
    const user = entry.slice(0, i).trim();
    // Never quote the entry: it holds a password.
    if (i <= 0 || user === '') throw new ConfigError(`registry ${where}: an entry is not 'user:password'`);
    users.set(user, digest(entry.slice(i + 1)));
  };
  const inline = settings['authentication.users'];
  if (inline !== undefined)
    for (const e of String(inline).split(',')) if (e.trim() !== '') add(e.trim(), 'authentication.users');
  const file = settings['authentication.users.file'];
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(String(file), 'utf8');
    } catch (err) {
      throw new ConfigError(`registry authentication.users.file ${String(file)}: ${errorMessage(err)}`);
    }
    for (const line of text.split(/\r?\n/)) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) continue;
      // Jetty: `user: password[,role…]`; the roles are not used (every user may do everything).
      const i = t.indexOf(':');
      add(
        i > 0
          ? `${t.slice(0, i).trim()}:${t
              .slice(i + 1)
              .trim()
              .split(',')[0]!
              .trim()}`
          : t,
        `authentication.users.file ${String(file)}`,
      );
    }
  }
  if (users.size === 0)
    throw new ConfigError(
      'registry authentication.method is BASIC but no users are configured (authentication.users)',
    );
  return { realm: String(settings['authentication.realm'] ?? 'SchemaRegistry'), users };
}

/** Whether an `Authorization` header names a configured user with the right password. */
export function checkBasic(auth: BasicAuthConfig, header: string | undefined): boolean {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return false;
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const i = text.indexOf(':');
  if (i < 0) return false;
  const want = auth.users.get(text.slice(0, i));
  const got = digest(text.slice(i + 1));
  // Compare even for unknown users, so the answer takes the same time.
  return timingSafeEqual(want ?? digest('\0no user'), got) && want !== undefined;
}

/** Requires basic auth on every request of `app`. */
export function installBasicAuth(app: FastifyInstance, auth: BasicAuthConfig): void {
  app.addHook('onRequest', async (req, reply) => {
    if (checkBasic(auth, req.headers.authorization)) return;
    return reply
      .code(401)
      .header('content-type', CONTENT_TYPE)
      .header('www-authenticate', `Basic realm="${auth.realm}"`)
      .send(JSON.stringify({ error_code: 401, message: 'Unauthorized' }));
  });
}
