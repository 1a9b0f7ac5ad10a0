/**
 * `EDDY_TRACE=startup`: prints when each phase of `eddy sql`'s start is done (endpoint discovery,
 * catalog loaded, modules loaded, statement started, first rows) on standard error, in ms since
 * the process started and in CPU ms used so far (which a loaded machine inflates less). The
 * time-to-first-row bench (src/cli/bench/kafka/first-row.bench.ts) prints them.
 *
 * @example
 * traceStartup('catalog loaded'); // [startup] catalog loaded +412 ms (cpu 380 ms)
 */
const enabled = /(^|,)startup(,|$)/.test(process.env['EDDY_TRACE'] ?? '');

const seen = new Set<string>();

/** Marks the end of a startup phase, once per phase (no-op unless EDDY_TRACE includes `startup`). */
export function traceStartup(phase: string): void {
  if (!enabled || seen.has(phase)) return;
  seen.add(phase);
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  process.stderr.write(
    `[startup] ${phase} +${performance.now().toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms)\n`,
  );
}
