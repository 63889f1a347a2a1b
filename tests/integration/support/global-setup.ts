/**
 * Starts a private Neo4j for the integration tests: its own Bolt port (GRAPHBRIEF_TEST_BOLT_PORT, default 7697)
 * and a temporary data folder, so the user's data is never touched. Tests reach it through `inject("neo4j")`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j } from "../../../neo4j/local/server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

export default async function setup(project: TestProject) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-it-"));
  const boltPort = Number(process.env.GRAPHBRIEF_TEST_BOLT_PORT ?? 7697);
  const server = await startLocalNeo4j({ home, boltPort, heap: "1g", log: () => {} });
  project.provide("neo4j", { uri: server.uri, user: server.user, password: server.password });
  return async () => {
    await server.stop();
    fs.rmSync(home, { recursive: true, force: true });
  };
}
