/** Small statistics for benchmarks: medians of repeated runs and ratios against a baseline. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The nearest-rank percentile (0 < p <= 100) of a list of values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export interface BenchRow {
  bench: string;
  metric: string;
  unit: string;
  value: number;
  baseline?: number;
  /**
   * Always graphbrief / baseline. For rates (`better: "higher"`) above 1 means graphbrief is faster; for times and
   * memory (`better: "lower"`) above 1 means graphbrief is slower or heavier by that factor.
   */
  ratio?: number;
  better?: "higher" | "lower";
  runs: number;
}
