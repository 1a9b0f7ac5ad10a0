/**
 * `EDDY_TRACE=startup`: prints when each phase of `eddy sql`'s start is done, in ms since the
 * process started (module load, endpoint discovery, catalog metadata, planning, first row), on
 * standard error. The time-to-first-row bench (src/cli/bench/first-row.bench.ts) reads them.
 *
 * @example
 * traceStartup('catalog loaded'); // [startup] catalog loaded +412 ms
 */
const enabled = /(^|,)startup(,|$)/.test(process.env['EDDY_TRACE'] ?? '');

const seen = new Set<string>();

/** Marks the end of a startup phase, once per phase (no-op unless EDDY_TRACE includes `startup`). */
export function traceStartup(phase: string): void {
  if (!enabled || seen.has(phase)) return;
  seen.add(phase);
  process.stderr.write(`[startup] ${phase} +${performance.now().toFixed(0)} ms\n`);
}
