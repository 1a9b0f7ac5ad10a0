/**
 * Flink's `maxwell-json` format (MaxwellJsonDeserializationSchema / SerializationSchema):
 * `{"data":{…},"old":{…},"type":"insert|update|delete", "database":…, "table":…}`; an update's
 * before image is `old` with the unchanged fields (absent from `old`) taken from `data`. Writes
 * `{"data":{…},"type":"insert"}` for +I / +U and `"delete"` for -U / -D.
 */
import type { ChangelogDecoder, FormatFactory } from './api.js';
import {
  changelogDecoder,
  changelogEncoder,
  changelogJsonOptions,
  mergeOld,
  required,
  stringField,
} from './changelog-json.js';

const PREFIX = 'maxwell-json';

export const maxwellJsonFormat: FormatFactory<ChangelogDecoder> = {
  identifier: PREFIX,
  changelog: true,
  options: changelogJsonOptions(PREFIX),
  createDecoder(columns, options, _ctx, table) {
    return changelogDecoder(columns, options, table, PREFIX, 'Maxwell', (root, readRow, emit) => {
      const data = readRow(root['data']);
      const old = readRow(root['old']);
      const type = required(stringField(root['type']), 'type');
      switch (type) {
        case 'insert':
          emit(required(data, 'data'), 0);
          return;
        case 'update': {
          const after = required(data, 'data');
          const before = required(old, 'old');
          mergeOld(before, after, root['old'], columns);
          emit(before, 1);
          emit(after, 2);
          return;
        }
        case 'delete':
          emit(required(data, 'data'), 3);
          return;
        default:
          throw new Error(`Unknown "type" value "${type}".`);
      }
    });
  },
  createEncoder(columns, options, _ctx, table) {
    return changelogEncoder(columns, options, table, PREFIX, (row, kind) => [
      ['data', row],
      ['type', kind === 0 || kind === 2 ? '"insert"' : '"delete"'],
    ]);
  },
};
