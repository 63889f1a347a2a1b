/** Builds the API against the test Neo4j, so route tests use `api.request()` without opening a port. */
import type { Driver } from "neo4j-driver";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import { createApi } from "../../../web/server/app.ts";
import type { AppDeps } from "../../../web/server/deps.ts";
import { createReader } from "../../../web/server/neo4j/reader.ts";
import { TEST_DATABASE } from "./database.ts";

export function testApi(
  driver: Driver,
  options: Partial<Pick<AppDeps, "maxNodes" | "queriesDir" | "queryLimits">> = {},
) {
  const reader = createReader(driver, { database: TEST_DATABASE, timeoutMs: 10_000 });
  return createApi({
    reader,
    database: TEST_DATABASE,
    maxNodes: options.maxNodes ?? 2000,
    driver,
    queriesDir: options.queriesDir ?? QUERIES_DIR,
    ...(options.queryLimits ? { queryLimits: options.queryLimits } : {}),
  });
}
