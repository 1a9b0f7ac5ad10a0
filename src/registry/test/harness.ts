/**
 * Test helpers: a registry on an OS-chosen port over a given store, and a tiny HTTP client.
 */
import type { AddressInfo } from 'node:net';
import { buildRegistryServer, type LeaderInfo } from '../server.js';
import { SchemaRegistry } from '../schema-registry.js';
import { MemoryStore, type SchemaLogStore } from '../store.js';

export interface TestRegistry {
  url: string;
  registry: SchemaRegistry;
  close(): Promise<void>;
}

export async function startTestRegistry(
  store: SchemaLogStore = new MemoryStore(),
  leader?: LeaderInfo,
  bodyLimit?: number,
): Promise<TestRegistry> {
  const registry = new SchemaRegistry({ store });
  await registry.start();
  const app = buildRegistryServer({ registry, leader, bodyLimit });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    registry,
    close: async () => {
      await app.close();
      await registry.close();
    },
  };
}

export interface HttpResult {
  status: number;
  body: unknown;
  text: string;
  contentType: string | null;
}

/** One HTTP call with a JSON body; the body is parsed when it is JSON. */
export async function http(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  rawBody?: string,
): Promise<HttpResult> {
  const res = await fetch(base + path, {
    method,
    headers:
      body !== undefined || rawBody !== undefined
        ? { 'content-type': 'application/vnd.schemaregistry.v1+json' }
        : {},
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // plain text (e.g. /schema endpoints)
  }
  return { status: res.status, body: parsed, text, contentType: res.headers.get('content-type') };
}
