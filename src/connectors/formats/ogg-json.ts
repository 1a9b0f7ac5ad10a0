/**
 * Flink's `ogg-json` format (OggJsonDeserializationSchema / SerializationSchema): Oracle
 * GoldenGate's `{"before":…,"after":…,"op_type":"I|U|D", "table":…, "op_ts":…}`: I → +I after,
 * U → -U before then +U after, D → -D before (an update or delete without `before` fails, as
 * Flink's REPLICA IDENTITY check). Writes `{"before":null,"after":{…},"op_type":"I"}` for +I / +U
 * and `{"before":{…},"after":null,"op_type":"D"}` for -U / -D.
 */
import type { ChangelogDecoder, FormatFactory } from './api.js';
import {
  changelogDecoder,
  changelogEncoder,
  changelogJsonOptions,
  required,
  stringField,
} from './changelog-json.js';

const PREFIX = 'ogg-json';

const NO_BEFORE = (what: string): string =>
  `The "before" field of ${what} message is null, if you are using Ogg Postgres Connector, please check the Postgres table has been set REPLICA IDENTITY to FULL level.`;

export const oggJsonFormat: FormatFactory<ChangelogDecoder> = {
  identifier: PREFIX,
  changelog: true,
  options: changelogJsonOptions(PREFIX),
  createDecoder(columns, options, _ctx, table) {
    return changelogDecoder(columns, options, table, PREFIX, 'Ogg', (root, readRow, emit) => {
      const before = readRow(root['before']);
      const after = readRow(root['after']);
      const op = required(stringField(root['op_type']), 'op_type');
      switch (op) {
        case 'I':
          emit(required(after, 'after'), 0);
          return;
        case 'U':
          if (before === null) throw new Error(NO_BEFORE('UPDATE'));
          emit(before, 1);
          emit(required(after, 'after'), 2);
          return;
        case 'D':
          if (before === null) throw new Error(NO_BEFORE('DELETE'));
          emit(before, 3);
          return;
        default:
          throw new Error(`Unknown "op_type" value "${op}".`);
      }
    });
  },
  createEncoder(columns, options, _ctx, table) {
    return changelogEncoder(columns, options, table, PREFIX, (row, kind) =>
      kind === 0 || kind === 2
        ? [
            ['before', null],
            ['after', row],
            ['op_type', '"I"'],
          ]
        : [
            ['before', row],
            ['after', null],
            ['op_type', '"D"'],
          ],
    );
  },
};
