/**
 * Flink's `filesystem` connector for local files: a bounded scan of one file or of every file
 * under a directory (recursively, skipping hidden files that start with `.` or `_`, as Flink's
 * file enumerator does), one split per file, records decoded by the `format`; and an
 * append-only sink writing one part file per writer into the `path` directory (in progress as
 * `.part-<id>.inprogress`, committed by renaming to `part-<id>` when the writer closes).
 *
 * A malformed record fails the statement with file and line, unless the format's
 * `*.ignore-parse-errors` is set. With a changelog format (`debezium-json`, `canal-json`,
 * `maxwell-json`, `ogg-json`) the source emits every change kind its records stand for and the
 * sink writes every kind, as Flink's FileSystemTableSource / Sink take the format's changelog
 * mode.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, type FileHandle } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, EddyError, ExecutionError, NotSupportedError } from '../../common/errors.js';
import type {
  ChangeBatch,
  ChangeKind,
  ConnectorContext,
  ConnectorFactory,
  ConnectorOptions,
  ConnectorSchema,
  Sink,
  SinkWriter,
  Source,
  SourceBatch,
  SourceSplit,
  SplitReader,
} from '../api.js';
import { END } from '../api.js';
import {
  FormatParseError,
  isChangelogDecoder,
  type ChangelogDecoder,
  type RecordDecoder,
  type FormatFactory,
} from '../formats/api.js';
import { getFormat } from '../formats/registry.js';
import type { SqlValue } from '../../types/values.js';
import { LineReader } from './line-reader.js';
import {
  assembleRow,
  DEFAULT_PARTITION_NAME,
  partitionDirOf,
  partitionLayout,
  partitionValues,
  type PartitionLayout,
} from './partitions.js';

const BATCH = 1024;

/** `path` option → absolute local path (accepts `file:` URLs and relative paths). */
export function resolvePath(path: string, ctx: ConnectorContext, table: string): string {
  let p = path;
  if (p.startsWith('file:')) {
    try {
      p = fileURLToPath(p.startsWith('file://') ? p : 'file://' + p.slice(5));
    } catch {
      throw new ConfigError(`Invalid 'path' of table ${table}: '${path}'`, { table });
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) {
    throw new NotSupportedError(
      `Only local files are supported by the filesystem connector; 'path' of table ${table} is '${path}'`,
    );
  }
  return isAbsolute(p) ? p : resolve(ctx.baseDir ?? process.cwd(), p);
}

function formatOf(options: ConnectorOptions, table: string): FormatFactory {
  const name = options['format']!;
  const f = getFormat(name);
  if (!f)
    throw new ConfigError(`Could not find any format factory for identifier '${name}' (table ${table})`);
  return f;
}

async function listFiles(root: string, table: string): Promise<string[]> {
  let st;
  try {
    st = await stat(root);
  } catch {
    throw new ExecutionError(`File or directory ${root} of table ${table} does not exist`, { table });
  }
  if (st.isFile()) return [root];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk(root);
  return out;
}

/** Flink's filesystem metadata keys and their types. */
const METADATA_KEYS = {
  'file.path': 'STRING NOT NULL',
  'file.name': 'STRING NOT NULL',
  'file.size': 'BIGINT NOT NULL',
  'file.modification-time': 'TIMESTAMP_LTZ(3) NOT NULL',
};

/** The metadata values of one file, in the order the table declares them. */
async function fileMetadata(file: string, keys: readonly string[]): Promise<unknown[]> {
  if (keys.length === 0) return [];
  const st = await stat(file);
  return keys.map((k) => {
    switch (k) {
      case 'file.path':
        return file;
      case 'file.name':
        return basename(file);
      case 'file.size':
        return BigInt(st.size);
      default:
        return Math.floor(st.mtimeMs);
    }
  });
}

class FileSplitReader implements SplitReader {
  private readonly lines: LineReader;
  private done = false;
  /**
   * A malformed line's error, held while the rows decoded before it are returned: a streaming
   * job emits those before it fails (as Flink's does), so they reach the client. Thrown next.
   */
  private failure: ExecutionError | undefined;

  constructor(
    private readonly file: string,
    private readonly decoder: RecordDecoder | ChangelogDecoder,
    private readonly table: string,
    /** Values appended to every row (the table's metadata columns). */
    private readonly meta: readonly unknown[],
    /** Partition values from the file's directories, placed by `layout.sources`. */
    private readonly parts: readonly SqlValue[],
    private readonly layout: PartitionLayout,
  ) {
    this.lines = new LineReader(file);
  }

  async next(maxRows = BATCH): Promise<SourceBatch | typeof END> {
    if (this.failure) throw this.failure;
    if (this.done) return END;
    const rows: unknown[][] = [];
    const changelog = isChangelogDecoder(this.decoder) ? this.decoder : undefined;
    const kinds: ChangeKind[] | null = changelog ? [] : null;
    const push = (row: unknown[], kind: ChangeKind): void => {
      if (this.layout.keys.length > 0) row = assembleRow(row, this.parts, this.layout.sources);
      rows.push(this.meta.length === 0 ? row : row.concat(this.meta));
      kinds?.push(kind);
    };
    const decoder = changelog ? undefined : (this.decoder as RecordDecoder);
    while (rows.length < maxRows) {
      const batch = await this.lines.nextMany(maxRows - rows.length);
      if (batch.length === 0) {
        this.done = true;
        break;
      }
      for (let i = 0; i < batch.length; i++) {
        let { text } = batch[i]!;
        const { lineNo } = batch[i]!;
        if (decoder?.multiline && decoder.incomplete!(text)) {
          // A quoted field spans lines: join the following physical lines.
          for (;;) {
            const more = i + 1 < batch.length ? batch[++i] : await this.lines.next();
            if (more === undefined) break;
            text += '\n' + more.text;
            if (!decoder.incomplete!(text)) break;
          }
        }
        const rowsBefore = rows.length;
        try {
          if (changelog) changelog.decodeChanges(text, push);
          else {
            const row = decoder!.decode(text);
            if (row !== undefined) push(row, 0);
          }
        } catch (e) {
          if (e instanceof FormatParseError) {
            this.failure = new ExecutionError(
              `${e.message} (table ${this.table}, file ${this.file}, line ${lineNo})`,
              {
                table: this.table,
                file: this.file,
                line: lineNo,
              },
            );
            // A changelog line may have pushed part of its changes: they go with the line.
            if (kinds) rows.length = kinds.length = rowsBefore;
            if (rows.length === 0) throw this.failure;
            return kinds ? { rows, kinds } : { rows };
          }
          throw e;
        }
      }
    }
    if (rows.length === 0 && this.done) return END;
    return kinds ? { rows, kinds } : { rows };
  }

  async close(): Promise<void> {
    await this.lines.close();
  }
}

function createSource(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext): Source {
  const table = schema.tableName;
  if (options['source.monitor-interval'] !== undefined) {
    throw new NotSupportedError(
      `'source.monitor-interval' (continuous file monitoring) is not supported yet; table ${table} is read once`,
    );
  }
  const root = resolvePath(options['path']!, ctx, table);
  const layout = partitionLayout(schema);
  const defaultName = options['partition.default-name'] ?? DEFAULT_PARTITION_NAME;
  const decoder = formatOf(options, table).createDecoder(layout.fileColumns, options, ctx, table);
  const regex = options['source.path.regex-pattern'];
  const re = regex === undefined ? undefined : new RegExp(`^(?:${regex})$`);
  return {
    bounded: true,
    async splits(): Promise<SourceSplit[]> {
      const files = (await listFiles(root, table)).filter((f) => re === undefined || re.test(f));
      const keys = (schema.metadata ?? []).map((m) => m.key);
      return files.map((file) => ({
        id: file,
        open: async () => {
          const rel = relative(root, file).split(sep).join('/') || basename(file);
          const parts = partitionValues(rel, layout, defaultName, table);
          return new FileSplitReader(file, decoder, table, await fileMetadata(file, keys), parts, layout);
        },
      }));
    },
  };
}

class FileSinkWriter implements SinkWriter {
  private fh: FileHandle | undefined;
  private readonly id = `${randomUUID()}-0-0`;
  private closed = false;

  constructor(
    private readonly dir: string,
    private readonly encode: (row: unknown[], kind: ChangeKind) => string,
    private readonly table: string,
    /** The format writes every change kind (a changelog format); else inserts only. */
    private readonly allKinds: boolean,
  ) {}

  private get inProgress(): string {
    return join(this.dir, `.part-${this.id}.inprogress`);
  }

  async write(batch: ChangeBatch): Promise<void> {
    if (!this.fh) {
      await mkdir(this.dir, { recursive: true });
      this.fh = await open(this.inProgress, 'w');
    }
    let out = '';
    for (let i = 0; i < batch.rows.length; i++) {
      const k = (batch.kinds === null ? 0 : batch.kinds[i]!) as ChangeKind;
      if (!this.allKinds && k !== 0 && k !== 2) {
        throw new ExecutionError(
          `Table sink ${this.table} (filesystem) doesn't support consuming update and delete changes`,
          { table: this.table },
        );
      }
      out += this.encode(batch.rows[i]!, k) + '\n';
    }
    await this.fh.write(out);
  }

  async flush(): Promise<void> {
    await this.fh?.datasync();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const fh = this.fh;
    if (!fh) return;
    this.fh = undefined;
    await fh.close();
    await rename(this.inProgress, join(this.dir, `part-${this.id}`));
  }
}

/** Routes rows to one part-file writer per partition directory (one in all for unpartitioned tables). */
class PartitionedSinkWriter implements SinkWriter {
  private readonly writers = new Map<string, FileSinkWriter>();

  constructor(
    private readonly dir: string,
    private readonly schema: ConnectorSchema,
    private readonly layout: PartitionLayout,
    private readonly encode: (row: unknown[], kind: ChangeKind) => string,
    private readonly defaultName: string,
    private readonly allKinds: boolean,
  ) {}

  private writer(sub: string): FileSinkWriter {
    let w = this.writers.get(sub);
    if (!w) {
      w = new FileSinkWriter(
        sub === '' ? this.dir : join(this.dir, sub),
        this.encode,
        this.schema.tableName,
        this.allKinds,
      );
      this.writers.set(sub, w);
    }
    return w;
  }

  async write(batch: ChangeBatch): Promise<void> {
    if (this.layout.keys.length === 0) return this.writer('').write(batch);
    const groups = new Map<string, { rows: unknown[][]; kinds: number[] }>();
    const fileIdx = this.layout.sources.flatMap((s, i) => (s >= 0 ? [i] : []));
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i]!;
      const sub = partitionDirOf(row, this.schema, this.defaultName);
      let g = groups.get(sub);
      if (!g) groups.set(sub, (g = { rows: [], kinds: [] }));
      // Partition columns live in the directory names, not in the files (as Flink writes them).
      g.rows.push(fileIdx.map((j) => row[j]));
      g.kinds.push(batch.kinds === null ? 0 : batch.kinds[i]!);
    }
    for (const [sub, g] of groups) await this.writer(sub).write(g);
  }

  async flush(): Promise<void> {
    for (const w of this.writers.values()) await w.flush();
  }

  async close(): Promise<void> {
    for (const w of this.writers.values()) await w.close();
  }
}

function createSink(schema: ConnectorSchema, options: ConnectorOptions, ctx: ConnectorContext): Sink {
  const table = schema.tableName;
  const dir = resolvePath(options['path']!, ctx, table);
  const layout = partitionLayout(schema);
  const defaultName = options['partition.default-name'] ?? DEFAULT_PARTITION_NAME;
  const format = formatOf(options, table);
  const enc = format.createEncoder(layout.fileColumns, options, ctx, table);
  const allKinds = format.changelog === true;
  return {
    changelogMode: allKinds ? 'all' : 'append',
    async open(): Promise<SinkWriter> {
      try {
        const st = await stat(dir).catch(() => undefined);
        if (st?.isFile())
          throw new ExecutionError(`Sink path ${dir} of table ${table} is a file, not a directory`);
      } catch (e) {
        if (e instanceof EddyError) throw e;
      }
      return new PartitionedSinkWriter(
        dir,
        schema,
        layout,
        (row, kind) => enc.encode(row, kind),
        defaultName,
        allKinds,
      );
    },
  };
}

export const filesystemConnector: ConnectorFactory = {
  identifier: 'filesystem',
  formatOption: 'format',
  metadataKeys: METADATA_KEYS,
  options: [
    { key: 'path', required: true, description: 'file or directory to read, directory to write' },
    {
      key: 'format',
      required: true,
      description:
        "'json', 'csv', or a changelog format: 'debezium-json', 'canal-json', 'maxwell-json', 'ogg-json'",
    },
    { key: 'source.monitor-interval', description: 'continuous monitoring (not supported yet)' },
    { key: 'source.path.regex-pattern', description: 'only read files whose full path matches' },
    {
      key: 'partition.default-name',
      description: "directory name of NULL partition values (default '__DEFAULT_PARTITION__')",
    },
    { key: 'sink.rolling-policy.file-size', description: 'accepted; one part file per writer' },
    { key: 'sink.rolling-policy.rollover-interval', description: 'accepted; one part file per writer' },
    { key: 'sink.rolling-policy.check-interval', description: 'accepted; one part file per writer' },
    { key: 'sink.parallelism', description: 'accepted for compatibility' },
    { key: 'auto-compaction', description: 'accepted for compatibility' },
  ],
  createSource,
  createSink,
};
