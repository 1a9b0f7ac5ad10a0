/**
 * The `eddy` command. Every subcommand registers itself on one commander program; errors that
 * are the user's (bad flags, bad config, a busy port) print one line and exit 2, never a stack.
 * Subcommand modules load on demand: `eddy sql` loads the engine and never the server (its
 * time to the first row includes the CLI's start).
 */
import { Command } from 'commander';
import { EDDY_VERSION } from '../common/version.js';
import { reportError } from './errors.js';

export { EXIT_USAGE, reportError } from './errors.js';

/**
 * The program with the subcommands `argv` needs (all of them unless it starts with `sql`).
 *
 * @example
 * const program = await buildProgram(['sql', '--file', 'q.sql']);
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('eddy')
    .description('Eddy: streaming Flink SQL over your Kafka topics, self-hosted and serverless')
    .version(EDDY_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  if (argv[0] === 'sql') {
    (await import('./commands/sql.js')).registerSqlCommand(program);
  } else {
    (await import('./commands/up.js')).registerUpCommand(program);
    (await import('./commands/index.js')).registerExtraCommands(program);
  }
  program.commands.forEach((c) => c.exitOverride().configureOutput({ outputError: () => undefined }));
  return program;
}

/** Runs the CLI; resolves to the process exit code (commands that keep running resolve later). */
export async function main(argv: string[]): Promise<number> {
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return reportError(err);
  }
}
