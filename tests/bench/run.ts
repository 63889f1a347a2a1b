/**
 * `npm run bench`: every benchmark, each beside its baseline in the same run, printed as a table of medians and
 * written to .data/bench/results-<time>.json. Benchmarks never run inside `npm test`.
 * BENCH_RUNS (default 5) sets the repetitions; BENCH_ARTICLES (default 500) the synthetic corpus size.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/env.ts";
import { benchLoader } from "./loader/loader.bench.ts";
import { startBenchNeo4j } from "./support/neo4j.ts";
import type { BenchRow } from "./support/stats.ts";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const articles = Number(process.env.BENCH_ARTICLES ?? 500);

const neo4j = await startBenchNeo4j();
const rows: BenchRow[] = [];
try {
  rows.push(...(await benchLoader(neo4j.driver, { articles, runs })));
} finally {
  await neo4j.stop();
}

printTable(rows);
const file = path.join(
  PROJECT_ROOT,
  ".data",
  "bench",
  `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify({ runs, articles, rows }, null, 2)}\n`);
console.log(`\nFigures written to ${path.relative(PROJECT_ROOT, file)}`);

function printTable(results: BenchRow[]): void {
  const format = (value: number | undefined) =>
    value === undefined ? "" : value.toLocaleString("en", { maximumFractionDigits: 2 });
  console.table(
    results.map((row) => ({
      bench: row.bench,
      metric: `${row.metric} (${row.unit}, median of ${row.runs})`,
      graphbrief: format(row.value),
      baseline: format(row.baseline),
      ratio: format(row.ratio),
    })),
  );
}
