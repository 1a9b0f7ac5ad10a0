/**
 * The `eddy` command. Every subcommand registers itself on one commander program; errors that
 * are the user's (bad flags, bad config, a busy port) print one line and exit 2, never a stack.
 */
import { Command } from 'commander';
import { EDDY_VERSION } from '../common/version.js';
import { registerUpCommand } from './commands/up.js';
import { registerExtraCommands } from './commands/index.js';
import { reportError } from './errors.js';

export { EXIT_USAGE, reportError } from './errors.js';

export function buildProgram(): Command {
  const program = new Command('eddy')
    .description('Eddy: streaming Flink SQL over your Kafka topics, self-hosted and serverless')
    .version(EDDY_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerUpCommand(program);
  registerExtraCommands(program);
  program.commands.forEach((c) => c.exitOverride().configureOutput({ outputError: () => undefined }));
  return program;
}

/** Runs the CLI; resolves to the process exit code (commands that keep running resolve later). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return reportError(err);
  }
}
