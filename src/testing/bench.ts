/**
 * Helpers for benchmark files (`src/**\/bench/<name>.bench.ts`), run by scripts/bench.mjs.
 * Every result is printed against a baseline measured in the same run, since this machine's
 * absolute speed varies.
 */

/** Prints `name: value unit (ratio x.xx vs baseline)`, the line the harness requires. */
export function reportResult(name: string, value: number, unit: string, baseline: number): void {
  const ratio = baseline > 0 ? value / baseline : 0;
  process.stdout.write(`${name}: ${formatNumber(value)} ${unit} (ratio ${ratio.toFixed(2)} vs baseline)\n`);
}

/** For ratios where lower is better (latency): ratio = baseline / value. */
export function reportLatency(name: string, valueMs: number, baselineMs: number): void {
  const ratio = valueMs > 0 ? baselineMs / valueMs : 0;
  process.stdout.write(`${name}: ${formatNumber(valueMs)} ms (ratio ${ratio.toFixed(2)} vs baseline)\n`);
}

export function formatNumber(n: number): string {
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 1) return n.toFixed(2);
  return n.toPrecision(3);
}

/** Runs `fn` repeatedly for at least `ms` milliseconds; returns operations per second. */
export async function opsPerSecond(fn: () => unknown | Promise<unknown>, ms = 1000): Promise<number> {
  const end = performance.now() + ms;
  let n = 0;
  const t0 = performance.now();
  while (performance.now() < end) {
    await fn();
    n++;
  }
  return (n * 1000) / (performance.now() - t0);
}
