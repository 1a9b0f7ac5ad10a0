/**
 * Flink's `debezium-json` format (DebeziumJsonDeserializationSchema / SerializationSchema):
 * reads `{"before":…,"after":…,"op":"c|r|u|d"}` envelopes (inside `payload` when
 * `debezium-json.schema-include` is true) as changes through formats/debezium.ts, the envelope
 * logic the Kafka connector's Debezium formats use too; writes +I / +U as `{"before":null,
 * "after":{…},"op":"c"}` and -U / -D as `{"before":{…},"after":null,"op":"d"}`.
 */
import { ConfigError } from '../../common/errors.js';
import { OptionReader } from '../options.js';
import type { ChangelogDecoder, FormatFactory } from './api.js';
import {
  changelogDecoder,
  changelogEncoder,
  changelogJsonOptions,
  required,
  stringField,
} from './changelog-json.js';
import { debeziumChanges, debeziumEnvelope } from './debezium.js';

const PREFIX = 'debezium-json';

export const debeziumJsonFormat: FormatFactory<ChangelogDecoder> = {
  identifier: PREFIX,
  changelog: true,
  options: [
    {
      key: `${PREFIX}.schema-include`,
      description: "messages carry Kafka Connect's schema: the envelope is in 'payload' (default false)",
    },
    ...changelogJsonOptions(PREFIX),
  ],
  createDecoder(columns, options, _ctx, table) {
    const schemaInclude = new OptionReader(table, options).boolean(`${PREFIX}.schema-include`, false);
    return changelogDecoder(columns, options, table, PREFIX, 'Debezium', (root, readRow, emit) => {
      const payload = schemaInclude ? required(root['payload'], 'payload') : root;
      if (typeof payload !== 'object' || Array.isArray(payload))
        throw new Error("'payload' is not an object");
      const p = payload as Record<string, Parameters<typeof readRow>[0]>;
      const before = readRow(p['before']);
      const after = readRow(p['after']);
      const op = required(stringField(p['op']), 'op');
      debeziumChanges(before, after, op, (values, kind) => emit(values as unknown[], kind));
    });
  },
  createEncoder(columns, options, _ctx, table) {
    // DebeziumJsonFormatFactory#validateEncodingFormatOptions.
    if (new OptionReader(table, options).boolean(`${PREFIX}.schema-include`, false))
      throw new ConfigError(
        `Debezium JSON serialization doesn't support '${PREFIX}.schema-include' option been set to true. (table ${table})`,
        { table },
      );
    return changelogEncoder(columns, options, table, PREFIX, (row, kind) => {
      const [before, after, op] = debeziumEnvelope(row, kind);
      return [
        ['before', before],
        ['after', after],
        ['op', `"${op}"`],
      ];
    });
  },
};
