/**
 * Paths of the external tools the test suites drive. One place, so a missing tool fails with
 * one clear message (tests never skip silently). `scripts/ensure-test-tools` installs them.
 */
import { execFile } from 'node:child_process';
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

/**
 * Runs Debian's python with `-c script` (after `pythonArgs`, e.g. `['-W', 'ignore']`) and resolves
 * its stdout; a failure rejects with python's stderr. Async, so a broker in this process keeps
 * serving the script's clients.
 */
export function runPython(script: string, pythonArgs: readonly string[] = []): Promise<string> {
  const py = requireTool('python');
  return new Promise((resolve, reject) => {
    execFile(py, [...pythonArgs, '-c', script], { timeout: 30_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

/** The rows of `eddy sql --output jsonl` output: each `{"op":…,"row":[…]}` line's row. */
export function jsonlRows(out: string): unknown[][] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{"op"'))
    .map((l) => (JSON.parse(l) as { row: unknown[] }).row);
}
