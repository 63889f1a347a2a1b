/** Builds the API against the test Neo4j, so route tests use `api.request()` without opening a port. */
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import { createApi } from "../../../web/server/app.ts";
import type { AppDeps } from "../../../web/server/deps.ts";
import { createReader } from "../../../web/server/neo4j/reader.ts";
import { TEST_DATABASE } from "./database.ts";

type TestOptions = Partial<
  Pick<AppDeps, "maxNodes" | "queriesDir" | "savedQueriesDir" | "queryLimits" | "deadlines">
>;

export function testApi(driver: Driver, options: TestOptions = {}) {
  return createApi(testDeps(driver, options));
}

/** What the API needs, wired to the test database. */
export function testDeps(driver: Driver, options: TestOptions = {}): AppDeps {
  const reader = createReader(driver, { database: TEST_DATABASE, timeoutMs: 10_000 });
  return {
    reader,
    database: TEST_DATABASE,
    maxNodes: options.maxNodes ?? 2000,
    driver,
    queriesDir: options.queriesDir ?? QUERIES_DIR,
    // Created only by a save; tests that save pass a folder of their own.
    savedQueriesDir:
      options.savedQueriesDir ?? path.join(os.tmpdir(), `graphbrief-saved-queries-${process.pid}`),
    ...(options.queryLimits ? { queryLimits: options.queryLimits } : {}),
    ...(options.deadlines ? { deadlines: options.deadlines } : {}),
  };
}
