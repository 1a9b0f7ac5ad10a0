#!/usr/bin/env node
// Entry point: runs the compiled CLI (npm's `prepare` builds dist/ during `npm ci`).
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`eddy: ${err?.message ?? err}\n`);
    process.exitCode = 1;
  },
);
