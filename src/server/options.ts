/**
 * The option table of `eddy up`: one definition per option, from which the CLI flags, the
 * `EDDY_*` environment variables, the config-file keys and docs/configuration.md are all
 * derived or checked, so they cannot drift apart.
 */
import { LOG_LEVELS } from '../common/logger.js';

export type OptionType = 'string' | 'port' | 'enum' | 'list';

export interface OptionDef {
  /** Key in the config file and in EddyConfig. */
  key:
    'dataDir' | 'host' | 'httpPort' | 'kafkaPort' | 'registryPort' | 'logLevel' | 'logFormat' | 'components';
  /** Long flag, without the dashes. */
  flag: string;
  /** Environment variable. */
  env: string;
  type: OptionType;
  /** Default as written in docs; `undefined` means computed (see description). */
  default?: string;
  choices?: readonly string[];
  /** Placeholder in --help. */
  arg: string;
  description: string;
}

export const UP_OPTIONS: readonly OptionDef[] = [
  {
    key: 'dataDir',
    flag: 'data-dir',
    env: 'EDDY_DATA_DIR',
    type: 'string',
    default: './.eddy',
    arg: 'dir',
    description: 'directory for all durable state (log segments, schemas, metadata); locked by one instance',
  },
  {
    key: 'host',
    flag: 'host',
    env: 'EDDY_HOST',
    type: 'string',
    default: '127.0.0.1',
    arg: 'address',
    description: 'interface every component binds to',
  },
  {
    key: 'httpPort',
    flag: 'http-port',
    env: 'EDDY_HTTP_PORT',
    type: 'port',
    default: '8080',
    arg: 'port',
    description: 'control plane HTTP port (0 = any free port)',
  },
  {
    key: 'kafkaPort',
    flag: 'kafka-port',
    env: 'EDDY_KAFKA_PORT',
    type: 'port',
    default: '9092',
    arg: 'port',
    description: 'embedded Kafka broker port (0 = any free port)',
  },
  {
    key: 'registryPort',
    flag: 'registry-port',
    env: 'EDDY_REGISTRY_PORT',
    type: 'port',
    default: '8081',
    arg: 'port',
    description: 'embedded Schema Registry port (0 = any free port)',
  },
  {
    key: 'logLevel',
    flag: 'log-level',
    env: 'EDDY_LOG_LEVEL',
    type: 'enum',
    default: 'info',
    choices: LOG_LEVELS,
    arg: 'level',
    description: 'minimum level logged',
  },
  {
    key: 'logFormat',
    flag: 'log-format',
    env: 'EDDY_LOG_FORMAT',
    type: 'enum',
    choices: ['pretty', 'json'],
    arg: 'format',
    description: 'log format; default pretty on a terminal, json otherwise',
  },
  {
    key: 'components',
    flag: 'components',
    env: 'EDDY_COMPONENTS',
    type: 'list',
    arg: 'names',
    description: 'comma-separated subset of components to start (default: all), e.g. broker',
  },
];
