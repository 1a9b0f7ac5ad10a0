/**
 * Topic lookups and auto-creation shared by Metadata, Produce and the group coordinator.
 * Concurrent auto-creations of one topic share a single `createTopic` call.
 */
import type { Logger } from '../common/logger.js';
import { ErrorCode } from '../kafka/protocol/error-codes.js';
import type { LogManager, TopicConfigs, TopicInfo } from './storage/types.js';

const LEGAL = /^[a-zA-Z0-9._-]+$/;

/**
 * Kafka's topic-name rule: null when valid, else Kafka's own InvalidTopicException message
 * (Topic.validate: "Topic name is invalid: <reason>"), which clients show verbatim.
 */
export function invalidTopicName(name: string): string | null {
  const reason =
    name.length === 0
      ? 'the empty string is not allowed'
      : name === '.' || name === '..'
        ? `'${name}' is not allowed`
        : name.length > 249
          ? `the length of '${name}' is longer than the max allowed length 249`
          : !LEGAL.test(name)
            ? `'${name}' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'`
            : null;
  return reason === null ? null : `Topic name is invalid: ${reason}`;
}

/** The Kafka error code carried by a storage error, or UNKNOWN_SERVER_ERROR. */
export function errorCodeOf(err: unknown): number {
  const code = (err as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'number' ? code : ErrorCode.UNKNOWN_SERVER_ERROR;
}

/**
 * The message a client should see for a failure: a storage error's own text without the
 * `ERROR_NAME: ` prefix it carries for logs (Kafka's admin answers hold the bare message).
 */
export function errorMessageOf(err: unknown): string {
  const message = (err as Error | null)?.message ?? String(err);
  const name = (err as { errorName?: unknown } | null)?.errorName;
  return typeof name === 'string' && message.startsWith(`${name}: `)
    ? message.slice(name.length + 2)
    : message;
}

export class TopicAdmin {
  private creating = new Map<string, Promise<TopicInfo>>();

  constructor(
    private readonly logs: LogManager,
    private readonly defaults: { autoCreate: boolean; numPartitions: number },
    private readonly logger: Logger,
  ) {}

  get autoCreate(): boolean {
    return this.defaults.autoCreate;
  }

  /**
   * Returns the topic, creating it (num.partitions, default configs) when `create` is true.
   * Throws a storage error (INVALID_TOPIC_EXCEPTION …) when creation fails.
   */
  async ensure(
    name: string,
    create: boolean,
    partitions?: number,
    configs?: TopicConfigs,
  ): Promise<TopicInfo | undefined> {
    const existing = this.logs.getTopic(name);
    if (existing || !create) return existing;
    let pending = this.creating.get(name);
    if (!pending) {
      pending = this.logs
        .createTopic(name, partitions ?? this.defaults.numPartitions, configs ?? {})
        .catch((err: unknown) => {
          const again = this.logs.getTopic(name);
          if (again) return again;
          throw err;
        })
        .finally(() => this.creating.delete(name));
      this.creating.set(name, pending);
      this.logger.info({ topic: name }, 'auto-creating topic');
    }
    return pending;
  }
}
