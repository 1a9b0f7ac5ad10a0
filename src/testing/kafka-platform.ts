/** A test file's in-process Kafka platform (broker + registry) for `eddy sql` Kafka tests. */
import { after, before } from 'node:test';
import type { KafkaFlags } from '../cli/sql/kafka-endpoints.js';
import { runKafkaSql } from '../cli/sql/kafka-test-support.js';
import { KafkaClient } from '../kafka/client/index.js';
import { startPlatformInProcess, type TestPlatform } from './platform.js';

/** What {@link useKafkaPlatform} gives a test file once its `before` hook has run. */
export interface KafkaTestPlatform {
  readonly platform: TestPlatform;
  readonly bootstrap: string;
  readonly registryUrl: string;
  readonly kafka: KafkaClient;
  /** Runs a script through `eddy sql --output jsonl` against this platform (or other flags). */
  sql(text: string, flags?: KafkaFlags): Promise<{ code: number; out: string; err: string }>;
}

/**
 * Registers `before`/`after` hooks that start the embedded broker and registry in process and
 * stop them (printing the file's duration, as slow suites do); the returned object's fields are
 * valid inside tests. `setup` runs inside the same hook once the platform is up: Node 20 runs a
 * file's root `before` hooks concurrently, so a second hook could not rely on this one.
 */
export function useKafkaPlatform(
  label: string,
  sqlTimeoutMs = 30_000,
  setup?: (k: KafkaTestPlatform) => Promise<void>,
): KafkaTestPlatform {
  const started = Date.now();
  let platform: TestPlatform | undefined;
  let kafka: KafkaClient | undefined;
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error(`${label}: the Kafka test platform is not started`);
    return v;
  };
  before(async () => {
    platform = await startPlatformInProcess({ components: ['broker', 'registry'] });
    kafka = new KafkaClient({ bootstrapServers: platform.endpoints['broker']!.url });
    await setup?.(ctx);
  });
  after(async () => {
    await kafka?.close();
    await platform?.stop();
    console.log(`${label}: ${Date.now() - started} ms`);
  });
  const ctx: KafkaTestPlatform = {
    get platform() {
      return need(platform);
    },
    get bootstrap() {
      return need(platform).endpoints['broker']!.url;
    },
    get registryUrl() {
      return need(platform).endpoints['registry']!.url;
    },
    get kafka() {
      return need(kafka);
    },
    sql: (text, flags) =>
      runKafkaSql(
        text,
        flags ?? { bootstrapServers: ctx.bootstrap, registryUrl: ctx.registryUrl },
        sqlTimeoutMs,
      ),
  };
  return ctx;
}
