/**
 * Test support: a broker with TLS and/or SASL listeners, and throwaway certificates made with the
 * `openssl` CLI at test time (a CA, a server certificate for 127.0.0.1/localhost, a client
 * certificate). Nothing here is for production use.
 *
 * @example
 * const b = await startSecureBroker({ protocol: 'SASL_SSL', users: { alice: 'alice-secret' } });
 * // b.bootstrap, b.certs.ca (PEM path for the client's ssl.ca.location); await b.stop();
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SecurityProtocol } from '../security/config.js';
import { startTestBroker, type TestBroker } from './harness.js';
import { run } from './run.js';

export interface TestCerts {
  dir: string;
  /** CA certificate (PEM path): the client's ssl.ca.location. */
  ca: string;
  caKey: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

const OPENSSL = '/usr/bin/openssl';

/** Makes a CA and a server and client certificate under a new temp dir (RSA 2048, 10 years). */
export async function makeTestCerts(): Promise<TestCerts> {
  const dir = await mkdtemp(join(tmpdir(), 'eddy-certs-'));
  const p = (n: string) => join(dir, n);
  const c: TestCerts = {
    dir,
    ca: p('ca.pem'),
    caKey: p('ca.key'),
    serverCert: p('server.pem'),
    serverKey: p('server.key'),
    clientCert: p('client.pem'),
    clientKey: p('client.key'),
  };
  await writeFile(
    p('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  await writeFile(p('client.ext'), 'extendedKeyUsage=clientAuth\n');
  await run(OPENSSL, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    c.caKey,
    '-out',
    c.ca,
    '-days',
    '3650',
    '-subj',
    '/CN=Eddy Test CA',
  ]);
  await run(OPENSSL, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    c.serverKey,
    '-out',
    p('server.csr'),
    '-subj',
    '/CN=localhost',
  ]);
  await run(OPENSSL, [
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    c.ca,
    '-CAkey',
    c.caKey,
    '-CAcreateserial',
    '-out',
    c.serverCert,
    '-days',
    '3650',
    '-extfile',
    p('server.ext'),
  ]);
  await run(OPENSSL, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    c.clientKey,
    '-out',
    p('client.csr'),
    '-subj',
    '/CN=eddy-client',
  ]);
  await run(OPENSSL, [
    'x509',
    '-req',
    '-in',
    p('client.csr'),
    '-CA',
    c.ca,
    '-CAkey',
    c.caKey,
    '-CAcreateserial',
    '-out',
    c.clientCert,
    '-days',
    '3650',
    '-extfile',
    p('client.ext'),
  ]);
  return c;
}

export interface SecureBrokerOptions {
  /** The primary listener's protocol. */
  protocol: SecurityProtocol;
  /** Further listeners (each gets a free port), e.g. ['PLAINTEXT'] for internals. */
  extraListeners?: SecurityProtocol[];
  /** SASL users (name → password); default alice/alice-secret. */
  users?: Record<string, string>;
  /** sasl.enabled.mechanisms; default all. */
  mechanisms?: string;
  clientAuth?: 'none' | 'requested' | 'required';
  /** Further broker settings. */
  settings?: Record<string, string | number | boolean>;
}

export interface SecureTestBroker extends TestBroker {
  /** Null unless a listener uses TLS. */
  certs: TestCerts | null;
  /** `127.0.0.1:port` of each extra listener, by protocol. */
  extra: Partial<Record<SecurityProtocol, string>>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a broker whose listeners speak `protocol` (and `extraListeners`); stop() removes everything. */
export async function startSecureBroker(options: SecureBrokerOptions): Promise<SecureTestBroker> {
  const all = [options.protocol, ...(options.extraListeners ?? [])];
  const tls = all.some((p) => p === 'SSL' || p === 'SASL_SSL');
  const certs = tls ? await makeTestCerts() : null;
  const settings: Record<string, string | number | boolean> = { ...options.settings };
  const extra: Partial<Record<SecurityProtocol, string>> = {};
  if (options.extraListeners?.length) {
    const parts = [`${options.protocol}://127.0.0.1:0`];
    for (const p of options.extraListeners) {
      const port = await freePort();
      extra[p] = `127.0.0.1:${port}`;
      parts.push(`${p}://127.0.0.1:${port}`);
    }
    settings['listeners'] = parts.join(',');
  } else {
    settings['security.protocol'] = options.protocol;
  }
  if (certs) {
    settings['ssl.certificate.location'] = certs.serverCert;
    settings['ssl.key.location'] = certs.serverKey;
    settings['ssl.ca.location'] = certs.ca;
    settings['ssl.client.auth'] = options.clientAuth ?? 'none';
  }
  if (all.some((p) => p.startsWith('SASL_'))) {
    for (const [u, pw] of Object.entries(options.users ?? { alice: 'alice-secret' }))
      settings[`sasl.users.${u}`] = pw;
    if (options.mechanisms) settings['sasl.enabled.mechanisms'] = options.mechanisms;
  }
  let b: TestBroker;
  try {
    b = await startTestBroker(settings);
  } catch (err) {
    if (certs) await rm(certs.dir, { recursive: true, force: true });
    throw err;
  }
  const stop = b.stop.bind(b);
  return Object.assign(b, {
    certs,
    extra,
    async stop() {
      await stop();
      if (certs) await rm(certs.dir, { recursive: true, force: true });
    },
  });
}
