/** DeleteTopics by name (v0-5) or by name or topic id (v6). Internal topics cannot be deleted. */
import type { Struct } from '../../kafka/protocol/codec.js';
import { ErrorCode } from '../../kafka/protocol/error-codes.js';
import type { Handler } from '../context.js';
import { forgetTopic } from '../groups/group-offsets.js';
import { errorCodeOf, errorMessageOf } from '../topic-admin.js';
import { uuidText } from './metadata.js';

const ZERO = Buffer.alloc(16);

export const handleDeleteTopics: Handler = async (broker, req, ctx) => {
  const wanted: { name: string | null; topicId: Buffer }[] =
    ctx.header.apiVersion >= 6
      ? (req.topics as { name: string | null; topicId: Buffer }[])
      : (req.topicNames as string[]).map((name) => ({ name, topicId: ZERO }));
  const responses = await Promise.all(
    wanted.map(async (w): Promise<Struct> => {
      const info =
        w.name !== null ? broker.logs.getTopic(w.name) : broker.logs.getTopicById(uuidText(w.topicId));
      if (!info) {
        return {
          name: w.name,
          topicId: w.topicId,
          errorCode: w.name !== null ? ErrorCode.UNKNOWN_TOPIC_OR_PARTITION : ErrorCode.UNKNOWN_TOPIC_ID,
          errorMessage:
            w.name !== null
              ? 'This server does not host this topic-partition.'
              : 'This server does not host this topic ID.',
        };
      }
      if (info.internal) {
        return {
          name: info.name,
          topicId: info.topicIdBytes,
          errorCode: ErrorCode.TOPIC_AUTHORIZATION_FAILED,
          errorMessage: 'internal topics cannot be deleted',
        };
      }
      try {
        await broker.logs.deleteTopic(info.name);
        await forgetTopic(broker.groups, info.name).catch((err: unknown) =>
          broker.logger.warn(
            { err, topic: info.name },
            "cannot remove the deleted topic's committed offsets",
          ),
        );
        return { name: info.name, topicId: info.topicIdBytes, errorCode: 0, errorMessage: null };
      } catch (err) {
        return {
          name: info.name,
          topicId: info.topicIdBytes,
          errorCode: errorCodeOf(err),
          errorMessage: errorMessageOf(err),
        };
      }
    }),
  );
  return { throttleTimeMs: 0, responses };
};
