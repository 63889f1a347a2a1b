/**
 * How costs grow with the corpus: the synthetic corpus at 1x, 100x (and, with BENCH_GROWTH=1000, 1,000x) the
 * 5-article sample, each loaded with the real loader on an empty database (extract + write timed), then the
 * app's neighbours and search latency at 16 connections on the graph that makes.
 */
import { loadTest, WARM_UP_REQUESTS } from "../api/load-test.ts";
import { chooseTargets, recordScenarios, type Scenario } from "../api/scenarios.ts";
import { type BenchServer, startAppServer } from "../api/servers.ts";
import type { BenchChild } from "../support/child-process.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { loadSyntheticGraph } from "../support/synthetic-graph.ts";

export const SAMPLE_ARTICLES = 5;
export const GROWTH_CONNECTIONS = 16;

export interface GrowthPoint {
  articles: number;
  entities: number;
  relations: number;
  loadSeconds: number;
  msPerArticle: number;
  neighbours: { p50: number; p99: number };
  search: { p50: number; p99: number };
}

export interface GrowthOptions {
  /** Multiples of the sample to load, e.g. [1, 100, 1000]. */
  multiples: number[];
  runs: number;
  seconds: number;
}

export async function benchGrowth(neo4j: BenchNeo4j, options: GrowthOptions): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  let app: BenchChild<{ url: string }> | undefined;
  try {
    // An untimed first load, so that the 1x point does not carry the database's cold start (query planning).
    await loadSyntheticGraph(neo4j.driver, SAMPLE_ARTICLES);
    for (const multiple of options.multiples) {
      const load = await loadSyntheticGraph(neo4j.driver, SAMPLE_ARTICLES * multiple);
      // Started once there is a graph: on an empty database the app would load the sample articles.
      app ??= await startAppServer(neo4j);
      const server: BenchServer = { url: app.ready.url, pid: app.pid, pathOf: (scenario) => scenario.path };
      const scenarios = await recordScenarios(neo4j.driver, await chooseTargets(neo4j.driver));
      const latency = (name: string) => latencyOf(server, scenarios, name, options);
      const loadMs = load.extractMs + load.writeMs;
      points.push({
        articles: load.articles,
        entities: load.written.entities,
        relations: load.written.relations,
        loadSeconds: loadMs / 1000,
        msPerArticle: loadMs / load.articles,
        neighbours: await latency("neighbours"),
        search: await latency("search"),
      });
    }
  } finally {
    await app?.stop();
  }
  return points;
}

async function latencyOf(
  server: BenchServer,
  scenarios: Scenario[],
  name: string,
  options: GrowthOptions,
): Promise<{ p50: number; p99: number }> {
  const scenario = scenarios.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`No ${name} scenario`);
  await loadTest(server, scenario, { connections: 1, amount: WARM_UP_REQUESTS });
  const figures = [];
  for (let run = 0; run < options.runs; run++) {
    figures.push(
      await loadTest(server, scenario, { connections: GROWTH_CONNECTIONS, seconds: options.seconds }),
    );
  }
  return { p50: median(figures.map((f) => f.p50)), p99: median(figures.map((f) => f.p99)) };
}

/** The growth points as summary rows (no baseline: the 1x point is the reference in the growth table). */
export function growthRows(points: GrowthPoint[], runs: number): BenchRow[] {
  return points.flatMap((point) => {
    const bench = `growth (${point.articles} articles)`;
    const row = (metric: string, unit: string, value: number, better: "higher" | "lower", count = 1) =>
      ({ bench, metric, unit, value, better, runs: count }) satisfies BenchRow;
    return [
      row("load (extract + write)", "s", point.loadSeconds, "lower"),
      row("load per article", "ms", point.msPerArticle, "lower"),
      row(`neighbours latency p50 @${GROWTH_CONNECTIONS}`, "ms", point.neighbours.p50, "lower", runs),
      row(`neighbours latency p99 @${GROWTH_CONNECTIONS}`, "ms", point.neighbours.p99, "lower", runs),
      row(`search latency p50 @${GROWTH_CONNECTIONS}`, "ms", point.search.p50, "lower", runs),
      row(`search latency p99 @${GROWTH_CONNECTIONS}`, "ms", point.search.p99, "lower", runs),
    ];
  });
}

/** The growth table: one line per corpus size, with how much each cost grew against the smallest. */
export function printGrowthTable(points: GrowthPoint[]): void {
  const format = (value: number) => Math.round(value * 10) / 10;
  console.log(`\nGrowth (latency at ${GROWTH_CONNECTIONS} connections, ms)`);
  console.table(
    points.map((point) => ({
      articles: point.articles,
      entities: point.entities,
      relations: point.relations,
      "load s": format(point.loadSeconds),
      "ms/article": format(point.msPerArticle),
      "neighbours p50": format(point.neighbours.p50),
      "neighbours p99": format(point.neighbours.p99),
      "search p50": format(point.search.p50),
      "search p99": format(point.search.p99),
    })),
  );
}

/**
 * BENCH_GROWTH: the largest multiple of the sample to load (100 by default: 500 articles; 1000 adds 1,000 and
 * 5,000 articles, 2000 also 10,000).
 */
export function growthMultiples(largest: number): number[] {
  return [1, 100, 200, 1000, 2000].filter((multiple) => multiple <= largest);
}
