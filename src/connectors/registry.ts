/**
 * The factory registry keyed by the `connector` option, and the two entry points the runtime
 * calls: {@link createSource} and {@link createSink}. Options are validated against the
 * factory's (and its format's) option list before anything is built.
 *
 * @example
 * registerConnector(datagenFactory);
 * const src = createSource(schema, { connector: 'datagen', 'number-of-rows': '5' }, { timeZone: 'UTC' });
 */
import { ConfigError } from '../common/errors.js';
import type {
  ConnectorContext,
  ConnectorFactory,
  ConnectorOptions,
  ConnectorSchema,
  OptionSpec,
  Sink,
  Source,
} from './api.js';
import { getFormat, formatNames } from './formats/registry.js';
import { closest, validateOptions } from './options.js';

const FACTORIES = new Map<string, ConnectorFactory>();

/** Adds (or replaces) a connector factory. */
export function registerConnector(factory: ConnectorFactory): void {
  FACTORIES.set(factory.identifier, factory);
}

/** The registered identifiers, sorted. */
export function connectorNames(): string[] {
  return [...FACTORIES.keys()].sort();
}

/** The factory for a table's options, with Flink's messages when it cannot be found. */
export function findConnector(schema: ConnectorSchema, options: ConnectorOptions): ConnectorFactory {
  const id = options['connector'];
  if (id === undefined) {
    throw new ConfigError(
      // Flink's FactoryUtil text, then the table (Flink names it in the wrapping "Unable to
      // create a source for reading table …") and what exists.
      `Table options do not contain an option key 'connector' for discovering a connector. ` +
        `Table: ${schema.tableName}. Available factory identifiers are: ${connectorNames().join(', ')}`,
      { table: schema.tableName },
    );
  }
  const f = FACTORIES.get(id);
  if (!f) {
    const near = closest(id, connectorNames());
    throw new ConfigError(
      `Could not find any factory for identifier '${id}' (table ${schema.tableName}).` +
        (near ? ` Did you mean '${near}'?` : '') +
        ` Available factory identifiers are: ${connectorNames().join(', ')}`,
      { table: schema.tableName },
    );
  }
  return f;
}

/** All options the factory accepts given the chosen format (format options are `<format>.<key>`). */
export function acceptedOptions(f: ConnectorFactory, options: ConnectorOptions, table: string): OptionSpec[] {
  const specs = [...f.options];
  if (f.formatOption) {
    const name = options[f.formatOption];
    if (name !== undefined) {
      const fmt = getFormat(name);
      if (!fmt) {
        throw new ConfigError(
          `Could not find any format factory for identifier '${name}' (option '${f.formatOption}' of table ${table}). ` +
            `Available format identifiers are: ${formatNames().join(', ')}`,
          { table },
        );
      }
      specs.push(...fmt.options);
    }
  }
  return specs;
}

/** Validates the options and builds the table's source. */
export function createSource(
  schema: ConnectorSchema,
  options: ConnectorOptions,
  ctx: ConnectorContext,
): Source {
  const f = findConnector(schema, options);
  if (!f.createSource) {
    throw new ConfigError(
      `Connector '${f.identifier}' can only be used as a sink; table ${schema.tableName} cannot be read`,
      { table: schema.tableName },
    );
  }
  validateOptions(f.identifier, schema.tableName, options, acceptedOptions(f, options, schema.tableName));
  checkMetadata(f, schema);
  return f.createSource(schema, options, ctx);
}

/** Validates the options and builds the table's sink. */
export function createSink(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext): Sink {
  const f = findConnector(schema, options);
  if (!f.createSink) {
    throw new ConfigError(
      `Connector '${f.identifier}' can only be used as a source; table ${schema.tableName} cannot be written`,
      { table: schema.tableName },
    );
  }
  validateOptions(f.identifier, schema.tableName, options, acceptedOptions(f, options, schema.tableName));
  checkWritableMetadata(f, schema);
  return f.createSink(schema, options, ctx);
}

/**
 * A written table's persisted metadata columns against what the sink writes, with Flink's
 * messages (DynamicSinkUtils#validateAndApplyMetadata).
 */
function checkWritableMetadata(f: ConnectorFactory, schema: ConnectorSchema): void {
  const meta = schema.metadata ?? [];
  if (meta.length === 0) return;
  const keys = f.writableMetadataKeys;
  if (keys === undefined)
    throw new ConfigError(
      `Table '${schema.tableName}' declares persistable metadata columns, but the underlying DynamicTableSink doesn't implement the SupportsWritingMetadata interface. If the column should not be persisted, it can be declared with the VIRTUAL keyword.`,
      { table: schema.tableName },
    );
  for (const m of meta)
    if (!keys.includes(m.key))
      throw new ConfigError(
        `Invalid metadata key '${m.key}' in column '${m.column ?? m.key}' of table '${schema.tableName}'. The DynamicTableSink of connector '${f.identifier}' supports the following metadata keys for writing:\n${keys.join('\n')}`,
        { table: schema.tableName },
      );
}

function checkMetadata(f: ConnectorFactory, schema: ConnectorSchema): void {
  const keys = Object.keys(f.metadataKeys ?? {});
  for (const m of schema.metadata ?? []) {
    if (!keys.includes(m.key)) {
      throw new ConfigError(
        `Invalid metadata key '${m.key}' in column of table ${schema.tableName}. ` +
          (keys.length > 0
            ? `Available metadata keys are: ${keys.join(', ')}`
            : `Connector '${f.identifier}' provides no metadata`),
        { table: schema.tableName },
      );
    }
  }
}
