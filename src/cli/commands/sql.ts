/**
 * `eddy sql --file script.sql [--output jsonl|table]`: runs a script of `;`-separated Flink SQL
 * statements with the engine inside the CLI process, against the Kafka clusters it finds
 * (--bootstrap-servers, --config, or a running platform's ./.eddy/endpoints.json) and the
 * in-memory catalog.
 *
 * @example
 * eddy sql --file queries.sql --output jsonl
 */
import { Command, Option } from 'commander';
import type { SqlScriptOptions } from '../sql/run-script.js';

export type { SqlScriptOptions } from '../sql/run-script.js';

/**
 * Runs a script in this process and resolves to its exit code (0 ok, 1 statement error,
 * 2 usage error). Safe to call many times per process (each call has its own session).
 */
export async function runSqlScript(opts: SqlScriptOptions): Promise<number> {
  return (await import('../sql/run-script.js')).runSqlScript(opts);
}

interface SqlFlags {
  file?: string;
  output: 'jsonl' | 'table';
  config?: string;
  bootstrapServers?: string;
  registryUrl?: string;
}

/** Adds `eddy sql` to the program. */
export function registerSqlCommand(program: Command): void {
  program
    .command('sql')
    .description('run a SQL script locally (the engine runs inside this process)')
    .option('-f, --file <script>', 'the SQL script to run (statements separated by ;), - for standard input')
    .addOption(
      new Option('-o, --output <format>', 'how results are printed')
        .choices(['table', 'jsonl'])
        .default('table'),
    )
    .option('--config <file>', 'eddy.yaml with the Kafka clusters to reach')
    .option('--bootstrap-servers <list>', 'Kafka bootstrap servers')
    .option('--registry-url <url>', 'Schema Registry URL')
    .action(async (flags: SqlFlags) => {
      const controller = new AbortController();
      const onSigint = (): void => controller.abort();
      process.once('SIGINT', onSigint);
      // `eddy sql … | head`: a closed pipe ends the run quietly instead of crashing on EPIPE.
      // The listener stays for the rest of the process: writes made before the run stopped
      // fail after it, and an 'error' without a listener would crash the process then.
      const onPipeError = (e: NodeJS.ErrnoException): void => {
        if (e.code === 'EPIPE') controller.abort();
        else throw e;
      };
      process.stdout.on('error', onPipeError);
      try {
        // Kafka clusters: the flags, --config, or ./.eddy/endpoints.json of a running platform.
        // Their catalog starts loading before the engine's modules do (kafka-start.ts).
        const kafkaFlags = {
          bootstrapServers: flags.bootstrapServers,
          registryUrl: flags.registryUrl,
          config: flags.config,
        };
        const early = (await import('../sql/kafka-start.js')).startKafka(kafkaFlags);
        const [{ kafkaEngineFactory }, { runSqlScript: run }] = await Promise.all([
          import('../sql/kafka-session.js'),
          import('../sql/run-script.js'),
        ]);
        const code = await run({
          file: flags.file,
          output: flags.output,
          stdout: process.stdout,
          stderr: process.stderr,
          signal: controller.signal,
          engine: kafkaEngineFactory(kafkaFlags, early),
        });
        process.exitCode = code;
        // A run that ended before opening the engine (a usage error) leaves the early start's
        // connections open: close them (idempotent after the session closed them).
        if ('catalog' in early) await early.catalog?.close();
      } finally {
        process.off('SIGINT', onSigint);
      }
    });
}
