/**
 * Peak memory of the loader (a loading run in its own process), of the app server under 64 connections and of
 * the explorer page in Chromium, each beside a baseline: an idle Node process, the bare driver server, an empty
 * page. Ratios are graphbrief / baseline (above 1: graphbrief holds that many times more).
 */
import { startAppServer } from "../api/servers.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { browserMemory, type PageMemory } from "./browser-memory.ts";
import { loaderPeakMemory } from "./loader-memory.ts";
import { LOAD_CONNECTIONS, type ServerMemory, serverMemory } from "./server-memory.ts";

export interface MemoryBenchOptions {
  articles: number;
  runs: number;
}

interface MemoryRun {
  loader: { loaderMb: number; idleMb: number };
  servers: { app: ServerMemory; bare: ServerMemory };
  page: { explorer: PageMemory; blank: PageMemory };
}

export async function benchMemory(neo4j: BenchNeo4j, options: MemoryBenchOptions): Promise<BenchRow[]> {
  const runs: MemoryRun[] = [];
  for (let run = 0; run < options.runs; run++) {
    // The loading run leaves the synthetic graph in the database for the servers and the page.
    const loader = await loaderPeakMemory(neo4j, options.articles);
    const servers = await serverMemory(neo4j);
    const app = await startAppServer(neo4j);
    try {
      runs.push({ loader, servers, page: await browserMemory(app.ready.url) });
    } finally {
      await app.stop();
    }
  }
  const bench = `memory (${options.articles} articles)`;
  const row = (metric: string, value: (run: MemoryRun) => number, baseline: (run: MemoryRun) => number) => {
    const graphbrief = median(runs.map(value));
    const base = median(runs.map(baseline));
    return {
      bench,
      metric,
      unit: "MB",
      value: graphbrief,
      baseline: base,
      ratio: graphbrief / base,
      better: "lower",
      runs: runs.length,
    } satisfies BenchRow;
  };
  const drawn = median(runs.map((run) => run.page.explorer.nodes));
  return [
    row(
      "loader peak RSS vs idle Node",
      (r) => r.loader.loaderMb,
      (r) => r.loader.idleMb,
    ),
    row(
      "server RSS idle vs bare server",
      (r) => r.servers.app.idleMb,
      (r) => r.servers.bare.idleMb,
    ),
    row(
      `server peak RSS @${LOAD_CONNECTIONS} vs bare server`,
      (r) => r.servers.app.peakMb,
      (r) => r.servers.bare.peakMb,
    ),
    row(
      `page JS heap (${drawn} nodes) vs blank page`,
      (r) => r.page.explorer.jsHeapMb,
      (r) => r.page.blank.jsHeapMb,
    ),
    row(
      `page renderer RSS (${drawn} nodes) vs blank page`,
      (r) => r.page.explorer.rendererMb,
      (r) => r.page.blank.rendererMb,
    ),
  ];
}
