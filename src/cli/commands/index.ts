/**
 * Subcommands other than `up`. Each command module exports `register<Name>Command(program)`;
 * list it here.
 */
import type { Command } from 'commander';
import { registerSqlCommand } from './sql.js';

export function registerExtraCommands(program: Command): void {
  registerSqlCommand(program);
}
