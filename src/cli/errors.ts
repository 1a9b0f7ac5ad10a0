/** How the CLI reports an error: one line on stderr and an exit code (2 = the user's input). */
import { CommanderError } from 'commander';
import { ConfigError, EddyError, errorMessage } from '../common/errors.js';

export const EXIT_USAGE = 2;

export function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version')
      return 0;
    if (err.code === 'commander.help') return 0;
    process.stderr.write(`eddy: ${err.message.replace(/^error: /, '')}\n`);
    return EXIT_USAGE;
  }
  if (err instanceof ConfigError) {
    process.stderr.write(`eddy: ${err.message}\n`);
    return EXIT_USAGE;
  }
  if (err instanceof EddyError) {
    process.stderr.write(`eddy: ${err.message}\n`);
    return 1;
  }
  process.stderr.write(
    `eddy: unexpected error: ${errorMessage(err)} (this is a bug in Eddy; please report it)\n`,
  );
  if (process.env.EDDY_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 1;
}
