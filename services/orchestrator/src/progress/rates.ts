/**
 * rows/s and ETA, computed here and nowhere else: the runs API, the run's event stream, the data
 * upgrade's per-table progress and report, and the rehearsals' measures all take their figures
 * from these functions; the CLI and the cockpit display what the API returns.
 */

/** An average rate, whole rows per second; null without a positive span (not started, or no time passed). */
export function rowsPerSecond(rows: number, seconds: number | null | undefined): number | null {
  return seconds != null && seconds > 0 ? Math.round(rows / seconds) : null;
}

/** Seconds until `total` at `rate` rows/s; null when the total is unknown or nothing moves. */
export function etaSeconds(done: number, total: number | null, rate: number): number | null {
  return total !== null && rate > 0 ? Math.round(Math.max(0, total - done) / rate) : null;
}

/** The rate of work in flight: each running task's rows over its own running time, summed (not rounded). */
export function runningRate(tasks: Iterable<{ rows: number; elapsedSeconds: number | null }>): number {
  let rate = 0;
  for (const t of tasks) if (t.elapsedSeconds !== null && t.elapsedSeconds > 0) rate += t.rows / t.elapsedSeconds;
  return rate;
}

/** How far apart two samples of a series must be for their difference to be a rate. */
export interface SampleWindow {
  /** A younger previous sample is kept and not replaced (the interval would be too short to mean much). */
  minMs: number;
  /** An older previous sample is too stale to give the current rate. */
  maxMs: number;
  /** Series not sampled for this long are forgotten. */
  forgetMs: number;
}

/**
 * Counters sampled over time, per series (a run, a stream), each sample holding several counters
 * (rows per table, or one total): `take` gives each counter's rate since the series' previous
 * sample, when that one lies within the window, and records the new one. Samples live in this
 * process: enough for an operator's screen.
 */
export class RateSampler {
  private readonly samples = new Map<string, { at: number; values: Map<string, number> }>();

  constructor(
    private readonly window: SampleWindow,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Rate per counter since the previous usable sample (whole rows/s, never negative); absent where there is none. */
  take(series: string, values: Map<string, number>): Map<string, number> {
    const now = this.clock();
    const previous = this.samples.get(series);
    const age = previous ? now - previous.at : null;
    const rates = new Map<string, number>();
    if (previous && age !== null && age >= this.window.minMs && age <= this.window.maxMs && age > 0)
      for (const [key, value] of values) {
        const before = previous.values.get(key);
        if (before !== undefined) rates.set(key, Math.round((Math.max(0, value - before) * 1000) / age));
      }
    if (!previous || (age !== null && age >= this.window.minMs)) {
      this.samples.set(series, { at: now, values: new Map(values) });
      for (const [id, s] of this.samples) if (now - s.at > this.window.forgetMs) this.samples.delete(id);
    }
    return rates;
  }
}
