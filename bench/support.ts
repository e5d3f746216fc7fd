// Benchmark helpers: timing, medians, peak-RSS sampling and number formatting for the printed table.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds taken by `fn`, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/**
 * Samples process.memoryUsage().rss every `intervalMs` and at every explicit `sample()` call (synchronous
 * work blocks the timer, so phases call `sample()` at their edges). `peakBytes` is the highest seen.
 */
export class RssSampler {
  /** Highest RSS in the current window (see reset). */
  peakBytes = 0;
  /** Highest RSS since start. */
  overallPeakBytes = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly intervalMs = 20) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): number {
    const rss = process.memoryUsage().rss;
    if (rss > this.peakBytes) this.peakBytes = rss;
    if (rss > this.overallPeakBytes) this.overallPeakBytes = rss;
    return rss;
  }

  /** Starts a new window and returns the peak of the previous one. */
  reset(): number {
    const peak = Math.max(this.peakBytes, this.sample());
    this.peakBytes = process.memoryUsage().rss;
    return peak;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.overallPeakBytes;
  }
}

/** The operating system's own high-water mark of this process (kernel maxrss), in bytes. */
export function osPeakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return grouped.format(Math.round(n));
}

export function formatSeconds(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`;
}

export function formatMb(bytes: number): string {
  return `${formatCount(bytes / 1024 / 1024)} MB`;
}

export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.POSITIVE_INFINITY;
}

/** Prints progress on stderr so stdout keeps only the table. */
export function progress(message: string): void {
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  process.stderr.write(`  · ${message}  [rss ${rssMb} MB]\n`);
}
