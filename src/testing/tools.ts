/**
 * Paths of the external tools the test suites drive. One place, so a missing tool fails with
 * one clear message (tests never skip silently). `scripts/ensure-test-tools` installs them.
 */
import { accessSync, constants } from 'node:fs';

export const TOOLS = {
  kcat: process.env.EDDY_TEST_KCAT ?? '/usr/bin/kcat',
  /** Debian's python: the only one that sees python3-confluent-kafka / python3-kafka / python3-avro. */
  python: process.env.EDDY_TEST_PYTHON ?? '/usr/bin/python3',
  chromium: process.env.EDDY_TEST_CHROMIUM ?? '/usr/bin/chromium',
} as const;

export type ToolName = keyof typeof TOOLS;

/** Returns the tool's path, or throws naming the tool and how to install it. */
export function requireTool(name: ToolName): string {
  const path = TOOLS[name];
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `test tool '${name}' not found at ${path}: run scripts/ensure-test-tools (npm test does)`,
    );
  }
  return path;
}
