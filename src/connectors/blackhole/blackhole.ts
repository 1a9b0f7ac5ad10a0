/** Flink's `blackhole` sink: accepts every change (inserts, updates, deletes) and drops it. */
import type { ConnectorFactory, SinkWriter } from '../api.js';

export const blackholeConnector: ConnectorFactory = {
  identifier: 'blackhole',
  options: [],
  createSink() {
    let count = 0;
    return {
      changelogMode: 'all',
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
