/**
 * API latency (p50, p95, p99) and throughput of the app's search, neighbours, saved query and shortest path
 * routes at 1, 16 and 64 connections, beside a bare neo4j-driver server running the same Cypher, both driven by
 * autocannon the same way. Servers alternate within each run so that both see the same machine load.
 */
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { loadSyntheticGraph } from "../support/synthetic-graph.ts";
import { type LoadFigures, loadTest, WARM_UP_REQUESTS } from "./load-test.ts";
import { type BenchServer, startServers } from "./servers.ts";

export const API_CONNECTIONS = [1, 16, 64];

export interface ApiBenchOptions {
  articles: number;
  runs: number;
  /** Length of each load test. */
  seconds: number;
}

type Side = "app" | "bare";

export async function benchApi(neo4j: BenchNeo4j, options: ApiBenchOptions): Promise<BenchRow[]> {
  await loadSyntheticGraph(neo4j.driver, options.articles);
  const servers = await startServers(neo4j);
  const figures = new Map<string, LoadFigures[]>();
  try {
    for (const scenario of servers.scenarios) {
      for (const server of [servers.app, servers.bare])
        await loadTest(server, scenario, { connections: 1, amount: WARM_UP_REQUESTS });
    }
    for (let run = 0; run < options.runs; run++) {
      const order: Array<[Side, BenchServer]> = [
        ["app", servers.app],
        ["bare", servers.bare],
      ];
      if (run % 2 === 1) order.reverse();
      for (const scenario of servers.scenarios) {
        for (const connections of API_CONNECTIONS) {
          for (const [side, server] of order) {
            const key = `${scenario.name}|${connections}|${side}`;
            const result = await loadTest(server, scenario, { connections, seconds: options.seconds });
            figures.set(key, [...(figures.get(key) ?? []), result]);
          }
        }
      }
    }
  } finally {
    await servers.stop();
  }
  return servers.scenarios.flatMap((scenario) =>
    API_CONNECTIONS.flatMap((connections) => {
      const app = figures.get(`${scenario.name}|${connections}|app`) ?? [];
      const bare = figures.get(`${scenario.name}|${connections}|bare`) ?? [];
      return apiRows(`api ${scenario.name} (${options.articles} articles)`, connections, app, bare);
    }),
  );
}

function apiRows(bench: string, connections: number, app: LoadFigures[], bare: LoadFigures[]): BenchRow[] {
  const row = (
    metric: string,
    unit: string,
    pick: (figures: LoadFigures) => number,
    better: "higher" | "lower",
  ): BenchRow => {
    const value = median(app.map(pick));
    const baseline = median(bare.map(pick));
    return {
      bench,
      metric: `${metric} @${connections}`,
      unit,
      value,
      baseline,
      ratio: value / baseline,
      better,
      runs: app.length,
    };
  };
  return [
    row("latency p50", "ms", (f) => f.p50, "lower"),
    row("latency p95", "ms", (f) => f.p95, "lower"),
    row("latency p99", "ms", (f) => f.p99, "lower"),
    row("throughput", "requests/s", (f) => f.requestsPerSecond, "higher"),
  ];
}
