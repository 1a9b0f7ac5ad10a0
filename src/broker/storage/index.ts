/** The broker's durable log storage; the contract is in types.ts. */
export * from './types.js';
export * from './errors.js';
export { LogManagerImpl, validateTopicName } from './log-manager.js';
export { TOPIC_CONFIG_DEFS, topicConfigDef, validateTopicConfig, brokerDefaults } from './topic-configs.js';
export type { TopicConfigDef } from './topic-configs.js';
export type { GroupCommitStats } from './group-commit.js';
