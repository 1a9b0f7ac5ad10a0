/**
 * VALUES as a bounded source with one split and one batch, so literal rows flow through the
 * same driver path (and end with the same final watermark) as connector sources.
 */
import type { Source, SourceSplit, SplitReader } from '../../../connectors/api.js';
import type { Row } from '../batch.js';

/** A source over fixed rows. */
export function valuesSource(rows: readonly Row[]): Source {
  const split: SourceSplit = {
    id: 'values',
    open(): Promise<SplitReader> {
      let done = false;
      return Promise.resolve({
        next() {
          if (done) return Promise.resolve(null);
          done = true;
          // Copies: downstream operators may keep rows, the plan keeps its literals.
          return Promise.resolve({ rows: rows.map((r) => r.slice()) });
        },
        close: () => Promise.resolve(),
      });
    },
  };
  return { bounded: true, splits: () => Promise.resolve([split]) };
}
