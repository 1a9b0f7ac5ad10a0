/**
 * The connectors layer: the source/sink contract (api.ts), the factory registry, and the
 * built-in connectors and formats, registered on import.
 */
import { blackholeConnector } from './blackhole/blackhole.js';
import { filesystemConnector } from './filesystem/filesystem.js';
import { csvFormat } from './formats/csv.js';
import { canalJsonFormat } from './formats/canal-json.js';
import { debeziumJsonFormat } from './formats/debezium-json.js';
import { maxwellJsonFormat } from './formats/maxwell-json.js';
import { oggJsonFormat } from './formats/ogg-json.js';
import { jsonFormat } from './formats/json.js';
import { registerFormat } from './formats/registry.js';
import { printConnector } from './print/print.js';
import { datagenConnector } from './datagen/datagen.js';
import { examplesConnector } from './examples/examples.js';
import { nexmarkConnector } from './nexmark/nexmark.js';
import { kafkaConnector } from './kafka/kafka-connector.js';
import { registerConnector } from './registry.js';

export * from './api.js';
export * from './registry.js';
export { registerFormat, getFormat, formatNames, isChangelogFormat } from './formats/registry.js';
export type { ChangelogDecoder, FormatFactory, RecordDecoder, RecordEncoder } from './formats/api.js';
export { validateOptions, OptionReader, closest } from './options.js';
export { MARKETPLACE, type ExampleTable } from './examples/marketplace.js';
export { NexmarkGenerator, DEFAULT_NEXMARK_CONFIG, type NexmarkConfig } from './nexmark/generator.js';
export { rowMapper as nexmarkRowMapper, nexmarkConfig } from './nexmark/nexmark.js';
export { kafkaConnector, KAFKA_CONNECTOR } from './kafka/kafka-connector.js';

registerFormat(jsonFormat);
registerFormat(csvFormat);
registerFormat(debeziumJsonFormat);
registerFormat(canalJsonFormat);
registerFormat(maxwellJsonFormat);
registerFormat(oggJsonFormat);
registerConnector(filesystemConnector);
registerConnector(printConnector);
registerConnector(blackholeConnector);
registerConnector(datagenConnector);
registerConnector(nexmarkConnector);
registerConnector(examplesConnector);
registerConnector(kafkaConnector);
