/**
 * Flink's `blackhole` sink: accepts every change and drops it. Like Flink's BlackHoleSink its
 * changelog mode leaves out UPDATE_BEFORE, so an aggregation under it emits +U alone.
 */
import type { ConnectorFactory, SinkWriter } from '../api.js';

export const blackholeConnector: ConnectorFactory = {
  identifier: 'blackhole',
  options: [],
  createSink() {
    let count = 0;
    return {
      changelogMode: 'upsert',
      async open(): Promise<SinkWriter> {
        return {
          // Touch the batch size only: the point of blackhole is measuring everything before it.
          write: async (batch) => {
            count += batch.rows.length;
          },
          flush: async () => {},
          close: async () => {
            void count;
          },
        };
      },
    };
  },
};
