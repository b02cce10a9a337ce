// Timing helpers for the benchmarks: warm up, repeat, report the median and p95 in milliseconds.
export async function measure(label, fn, { runs = 10, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { label, runs, medianMs: round(at(0.5)), p95Ms: round(at(0.95)) };
}

export const round = (value) => Math.round(value * 10) / 10;

/** Peak resident memory of this process so far, in MB. */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
