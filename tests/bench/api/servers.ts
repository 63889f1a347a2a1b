/**
 * Starts the two servers the API benchmark compares, each in its own process on the benchmark's Neo4j: the app
 * (app-server.ts) and the bare driver server (bare-server.ts) primed with the app's recorded Cypher.
 * Ports: GRAPHBRIEF_BENCH_APP_PORT and GRAPHBRIEF_BENCH_BARE_PORT, or free ones.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureClientBuilt } from "../../../scripts/lib/build-client.ts";
import { type BenchChild, freePort, startChild } from "../support/child-process.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { writeScenarioFile } from "./scenario-file.ts";
import { chooseTargets, recordScenarios, type Scenario } from "./scenarios.ts";

export interface BenchServer {
  url: string;
  pid: number;
  /** The request path of a scenario on this server. */
  pathOf(scenario: Scenario): string;
}

export interface BenchServers {
  app: BenchServer;
  bare: BenchServer;
  scenarios: Scenario[];
  stop(): Promise<void>;
}

export function databaseEnv(neo4j: BenchNeo4j): Record<string, string> {
  return { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
}

export async function startAppServer(neo4j: BenchNeo4j): Promise<BenchChild<{ url: string }>> {
  // Built here, so that a build never runs (or weighs) inside the measured server process.
  await ensureClientBuilt((line) => console.error(line));
  const port = await freePort("GRAPHBRIEF_BENCH_APP_PORT");
  return startChild(path.join(import.meta.dirname, "app-server.ts"), {
    ...databaseEnv(neo4j),
    PORT: String(port),
  });
}

export async function startServers(neo4j: BenchNeo4j): Promise<BenchServers> {
  const scenarios = await recordScenarios(neo4j.driver, await chooseTargets(neo4j.driver));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-bench-api-"));
  const file = path.join(dir, "scenarios.json");
  writeScenarioFile(file, scenarios);
  const bare = await startChild<{ url: string }>(path.join(import.meta.dirname, "bare-server.ts"), {
    ...databaseEnv(neo4j),
    GRAPHBRIEF_BENCH_SCENARIOS: file,
    PORT: String(await freePort("GRAPHBRIEF_BENCH_BARE_PORT")),
  });
  const app = await startAppServer(neo4j).catch(async (error: unknown) => {
    await bare.stop();
    throw error;
  });
  return {
    app: { url: app.ready.url, pid: app.pid, pathOf: (scenario) => scenario.path },
    bare: { url: bare.ready.url, pid: bare.pid, pathOf: (scenario) => `/${scenario.name}` },
    scenarios,
    async stop() {
      await Promise.all([app.stop(), bare.stop()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
