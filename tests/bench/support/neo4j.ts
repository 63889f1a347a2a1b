/** A private Neo4j for benchmarks: a temporary data folder and its own port (GRAPHBRIEF_BENCH_BOLT_PORT). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { startLocalNeo4j } from "../../../neo4j/local/server.ts";

export interface BenchNeo4j {
  driver: Driver;
  /** Where child processes (app server, bare server, loader) connect, with the generated password. */
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(): Promise<BenchNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-bench-"));
  const boltPort = Number(process.env.GRAPHBRIEF_BENCH_BOLT_PORT ?? 7691);
  const server = await startLocalNeo4j({ home, boltPort, heap: "2g", log: () => {} });
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
  });
  return {
    driver,
    uri: server.uri,
    user: server.user,
    password: server.password,
    async stop() {
      await driver.close();
      await server.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
