/**
 * Subcommands other than `up`. Each command module exports `register<Name>Command(program)`;
 * list it here.
 */
import type { Command } from 'commander';

export function registerExtraCommands(_program: Command): void {
  // eddy sql, shell, statement, compute-pool, topic, schema register here.
}
