/** Small statistics for benchmarks: medians of repeated runs and ratios against a baseline. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
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
  /** value / baseline, oriented so that above 1 means graphbrief is faster or leaner. */
  ratio?: number;
  runs: number;
}
