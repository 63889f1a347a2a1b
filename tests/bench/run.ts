/**
 * `npm run bench`: every benchmark, each beside its baseline in the same run, printed as a table of medians and
 * written to .data/bench/results-<time>.json. Benchmarks never run inside `npm test`.
 * BENCH_RUNS (default 5) sets the repetitions; BENCH_ARTICLES (default 500) the synthetic corpus size.
 * BENCH_API_RUNS (default 3) and BENCH_API_SECONDS (default 3) the API, memory and growth load tests;
 * BENCH_GROWTH (default 100) the largest multiple of the sample corpus loaded (1000: 5,000 articles);
 * BENCH_ONLY (e.g. "api,growth") runs only the named benchmarks; BENCH_MAP_RUNS (default 3) the map benchmark.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/env.ts";
import { benchApi } from "./api/api.bench.ts";
import { benchExport } from "./export/export.bench.ts";
import {
  benchGrowth,
  type GrowthPoint,
  growthMultiples,
  growthRows,
  printGrowthTable,
} from "./growth/growth.bench.ts";
import { benchLoader } from "./loader/loader.bench.ts";
import { benchMap } from "./map/map.bench.ts";
import { benchMemory } from "./memory/memory.bench.ts";
import { benchRender } from "./render/render.bench.ts";
import { startBenchNeo4j } from "./support/neo4j.ts";
import type { BenchRow } from "./support/stats.ts";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const articles = Number(process.env.BENCH_ARTICLES ?? 500);
const loadTests = {
  runs: Number(process.env.BENCH_API_RUNS ?? 3),
  seconds: Number(process.env.BENCH_API_SECONDS ?? 3),
};
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const selected = (name: string) => !only || only.includes(name);
// BENCH_RENDER_RUNS (default 3) and BENCH_RENDER_SIZES (default "1000,5000"): the rendering benchmark.
const renderOptions = {
  runs: Number(process.env.BENCH_RENDER_RUNS ?? 3),
  sizes: (process.env.BENCH_RENDER_SIZES ?? "1000,5000").split(",").map(Number),
};

// BENCH_MAP_RUNS (default 3): the map benchmark, at 1,000 placed entities.
const mapOptions = { runs: Number(process.env.BENCH_MAP_RUNS ?? 3), nodes: 1000 };

const neo4j = await startBenchNeo4j();
const rows: BenchRow[] = [];
let growth: GrowthPoint[] = [];
try {
  if (selected("loader"))
    rows.push(...(await stage("loader", () => benchLoader(neo4j.driver, { articles, runs }))));
  if (selected("api")) rows.push(...(await stage("api", () => benchApi(neo4j, { articles, ...loadTests }))));
  if (selected("memory"))
    rows.push(...(await stage("memory", () => benchMemory(neo4j, { articles, ...loadTests }))));
  if (selected("growth")) {
    const multiples = growthMultiples(Number(process.env.BENCH_GROWTH ?? 100));
    growth = await stage("growth", () => benchGrowth(neo4j, { multiples, ...loadTests }));
    rows.push(...growthRows(growth, loadTests.runs));
  }
  if (selected("export")) rows.push(...(await benchExport(neo4j, { runs })));
  if (selected("render")) rows.push(...(await benchRender(neo4j, renderOptions)));
  if (selected("map")) rows.push(...(await stage("map", () => benchMap(neo4j, mapOptions))));
} finally {
  await neo4j.stop();
}

printTable(rows);
if (growth.length > 0) printGrowthTable(growth);
const file = path.join(
  PROJECT_ROOT,
  ".data",
  "bench",
  `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
);
fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
fs.writeFileSync(file, `${JSON.stringify({ runs, articles, loadTests, rows, growth }, null, 2)}\n`, {
  mode: 0o600,
});
console.log(`\nFigures written to ${path.relative(PROJECT_ROOT, file)}`);

/** Runs one benchmark, saying on stderr how long it took. */
async function stage<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.error(`${name}: ${Math.round((performance.now() - start) / 1000)} s`);
  return result;
}

function printTable(results: BenchRow[]): void {
  const format = (value: number | undefined) =>
    value === undefined ? "" : value.toLocaleString("en", { maximumFractionDigits: 2 });
  console.table(
    results.map((row) => ({
      bench: row.bench,
      metric: `${row.metric} (${row.unit}, median of ${row.runs})`,
      graphbrief: format(row.value),
      baseline: format(row.baseline),
      "graphbrief / baseline": format(row.ratio),
      better: row.better ?? "",
    })),
  );
}
