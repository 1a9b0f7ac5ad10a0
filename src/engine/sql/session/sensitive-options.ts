/**
 * Option values SHOW CREATE TABLE / CATALOG hide, as Flink does (sql-gateway
 * show_create_sensitive_options.q: `'password' = '****'`): a key is sensitive when it contains,
 * ignoring case, one of GlobalConfiguration's SENSITIVE_KEYS. The stored value is unchanged.
 */
const SENSITIVE_KEYS = [
  'password',
  'secret',
  'fs.azure.account.key',
  'apikey',
  'api-key',
  'auth-params',
  'service-key',
  'token',
  'basic-auth',
  'jaas.config',
  'http-headers',
];

/** What Flink prints in place of a sensitive value. */
export const HIDDEN_CONTENT = '****';

/** True when `key` names a secret (GlobalConfiguration#isSensitive). */
export function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase();
  return SENSITIVE_KEYS.some((s) => k.includes(s));
}

/** The value to print for an option. */
export function displayOptionValue(key: string, value: string): string {
  return isSensitiveKey(key) ? HIDDEN_CONTENT : value;
}
