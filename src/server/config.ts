/**
 * The resolved configuration of `eddy up`. Built from defaults, then the config file
 * (`--config eddy.yaml`), then `EDDY_*` environment variables, then flags (flags win).
 * See `options.ts` for the option table every source is checked against.
 */
import type { LogFormat, LogLevel } from '../common/logger.js';

export interface EddyConfig {
  /** Absolute path of the data directory (default ./.eddy). */
  dataDir: string;
  /** Interface every component binds to (default 127.0.0.1). */
  host: string;
  /** Control-plane HTTP port (default 8080; 0 = chosen by the OS). */
  httpPort: number;
  /** Embedded broker's Kafka port (default 9092; 0 = chosen by the OS). */
  kafkaPort: number;
  /** Embedded Schema Registry port (default 8081; 0 = chosen by the OS). */
  registryPort: number;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** Names of the components to start, in start order (default: all). */
  components: string[];
  /**
   * Broker settings with Kafka's names (e.g. `auto.create.topics.enable`), from the config file's
   * `broker:` map; TLS / SASL listeners (`security.protocol`, `listeners`, `ssl.*`, `sasl.*`) are
   * opt-in there, see docs/broker-security.md (default: PLAINTEXT on the bind host).
   */
  broker: Record<string, string | number | boolean>;
  /** Registry settings with Confluent's names, from the config file's `registry:` map. */
  registry: Record<string, string | number | boolean>;
}
