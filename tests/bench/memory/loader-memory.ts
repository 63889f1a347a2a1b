/**
 * Peak memory of a loading run: `npm run load` (graph-loader/cli/load.ts, --reset) on the synthetic corpus in a
 * process of its own, against the benchmark's Neo4j, beside a Node process started the same way doing nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../../config/env.ts";
import { databaseEnv } from "../api/servers.ts";
import { runChild, tsNode } from "../support/child-process.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { syntheticCorpusDir } from "../support/synthetic-graph.ts";

const REPORT = path.join(import.meta.dirname, "report-peak-rss.ts");
const LOAD_CLI = path.join(PROJECT_ROOT, "graph-loader", "cli", "load.ts");
const IDLE = path.join(import.meta.dirname, "idle.ts");

/** Peak RSS in MB of the loader on `articles` synthetic articles, and of an idle Node process. */
export async function loaderPeakMemory(
  neo4j: BenchNeo4j,
  articles: number,
): Promise<{ loaderMb: number; idleMb: number }> {
  const { dir } = syntheticCorpusDir(articles);
  try {
    const loaderMb = await peakMb(tsNode(LOAD_CLI, [dir, "--reset"], [REPORT]), databaseEnv(neo4j), dir);
    const idleMb = await peakMb(tsNode(IDLE, [], [REPORT]), {}, dir);
    return { loaderMb, idleMb };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function peakMb(args: string[], env: Record<string, string>, dir: string): Promise<number> {
  const file = path.join(dir, "peak-rss.txt");
  fs.rmSync(file, { force: true });
  await runChild(args, { ...env, GRAPHBRIEF_BENCH_PEAK_FILE: file });
  return Number(fs.readFileSync(file, "utf8")) / 1024;
}
