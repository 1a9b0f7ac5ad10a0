/**
 * Flink's `canal-json` format (CanalJsonDeserializationSchema / SerializationSchema): a message
 * holds several rows, `{"data":[{…},…],"old":[{…},…],"type":"INSERT|UPDATE|DELETE", "database":…,
 * "table":…}`; each row of `data` is one change, an UPDATE's before image is its `old` row with
 * the unchanged fields (absent from `old`) taken from `data`; `CREATE` (DDL) messages are
 * skipped; `canal-json.database.include` / `table.include` keep only the messages whose
 * `database` / `table` match the regular expression. Writes `{"data":[{…}],"type":"INSERT"}` for
 * +I / +U and `"DELETE"` for -U / -D.
 */
import type { Row } from '../api.js';
import type { ChangelogDecoder, FormatFactory } from './api.js';
import {
  changelogDecoder,
  changelogEncoder,
  changelogJsonOptions,
  includePattern,
  mergeOld,
  nodeText,
  required,
  stringField,
} from './changelog-json.js';
import type { JsonValue } from './json-parse.js';

const PREFIX = 'canal-json';

function rows(n: JsonValue | undefined, what: string): JsonValue[] {
  const v = required(n, what);
  if (!Array.isArray(v)) throw new Error(`'${what}' is not an array`);
  return v;
}

export const canalJsonFormat: FormatFactory<ChangelogDecoder> = {
  identifier: PREFIX,
  changelog: true,
  options: [
    ...changelogJsonOptions(PREFIX),
    { key: `${PREFIX}.database.include`, description: "only messages whose 'database' matches this regex" },
    { key: `${PREFIX}.table.include`, description: "only messages whose 'table' matches this regex" },
  ],
  createDecoder(columns, options, _ctx, table) {
    const database = includePattern(options, `${PREFIX}.database.include`, table);
    const tableRe = includePattern(options, `${PREFIX}.table.include`, table);
    return changelogDecoder(columns, options, table, PREFIX, 'Canal', (root, readRow, emit) => {
      if (database && !database.test(nodeText(required(root['database'], 'database')))) return;
      if (tableRe && !tableRe.test(nodeText(required(root['table'], 'table')))) return;
      const type = required(stringField(root['type']), 'type');
      if (type === 'CREATE') return; // a DDL event: "data" is null
      // "data" is read only for a change type: Flink checks the type first.
      const data = (): Row[] => rows(root['data'], 'data').map((n) => required(readRow(n), 'data row'));
      switch (type) {
        case 'INSERT':
          for (const r of data()) emit(r, 0);
          return;
        case 'UPDATE': {
          const after = data();
          const oldNode = root['old'];
          const old = rows(oldNode, 'old');
          for (let i = 0; i < after.length; i++) {
            if (i >= old.length) throw new Error(`'old' has ${old.length} rows, 'data' ${after.length}`);
            const before = required(readRow(old[i]), 'old row');
            mergeOld(before, after[i]!, oldNode, columns);
            emit(before, 1);
            emit(after[i]!, 2);
          }
          return;
        }
        case 'DELETE':
          for (const r of data()) emit(r, 3);
          return;
        default:
          throw new Error(`Unknown "type" value "${type}".`);
      }
    });
  },
  createEncoder(columns, options, _ctx, table) {
    return changelogEncoder(columns, options, table, PREFIX, (row, kind) => [
      ['data', `[${row}]`],
      ['type', kind === 0 || kind === 2 ? '"INSERT"' : '"DELETE"'],
    ]);
  },
};
