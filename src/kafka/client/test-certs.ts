/**
 * Test-only TLS material: a throwaway CA, a server certificate for `localhost` (DNS name only, so
 * that connecting to 127.0.0.1 with the host name check on fails), and a client certificate, made
 * with the `openssl` CLI into a temp dir. Never use these outside tests.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCerts {
  readonly dir: string;
  readonly caPath: string;
  readonly ca: string;
  readonly serverCertPath: string;
  readonly serverKeyPath: string;
  readonly clientCertPath: string;
  readonly clientKeyPath: string;
  readonly serverCert: string;
  readonly serverKey: string;
}

/** Makes the CA and the two certificates in `dir` (about 0.1 s with EC keys). */
export function makeTestCerts(dir: string): TestCerts {
  const ssl = (...args: string[]): void => {
    execFileSync('/usr/bin/openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  ssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '3650',
    '-subj',
    '/CN=Eddy Test CA',
  );
  const leaf = (name: string, cn: string, ext: string): void => {
    writeFileSync(join(dir, `${name}.ext`), `${ext}\n`);
    ssl('req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
    ssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '3650',
      '-extfile',
      `${name}.ext`,
    );
  };
  leaf('server', 'localhost', 'subjectAltName=DNS:localhost');
  leaf('client', 'eddy-client', 'extendedKeyUsage=clientAuth');
  return {
    dir,
    caPath: join(dir, 'ca.pem'),
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    serverCertPath: join(dir, 'server.pem'),
    serverKeyPath: join(dir, 'server.key'),
    clientCertPath: join(dir, 'client.pem'),
    clientKeyPath: join(dir, 'client.key'),
    serverCert: readFileSync(join(dir, 'server.pem'), 'utf8'),
    serverKey: readFileSync(join(dir, 'server.key'), 'utf8'),
  };
}
