/**
 * One HTTPS request with a custom CA (node:https), answering like the part of fetch's Response
 * the registry client reads. Node 20's global fetch takes no CA without undici's Agent, which is
 * not a dependency; this is used only when a registry's `schema.registry.ssl.ca.location` is set.
 */
import { request } from 'node:https';

export interface HttpsRequestOptions {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  readonly timeoutMs: number;
  /** PEM CA bundle the server's chain must lead to. */
  readonly ca: string;
}

/** The status and body of the answer (the body read in full). */
export function httpsRequest(
  url: string,
  o: HttpsRequestOptions,
): Promise<{ status: number; ok: boolean; text(): Promise<string> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: o.method, headers: o.headers, ca: o.ca, timeout: o.timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status, ok: status >= 200 && status < 300, text: () => Promise.resolve(text) });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out after ${o.timeoutMs} ms`)));
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}
