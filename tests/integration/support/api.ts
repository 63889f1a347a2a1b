/** Builds the API against the test Neo4j, so route tests use `api.request()` without opening a port. */
import type { Driver } from "neo4j-driver";
import { createApi } from "../../../web/server/app.ts";
import { createReader } from "../../../web/server/neo4j/reader.ts";
import { TEST_DATABASE } from "./database.ts";

export function testApi(driver: Driver, options: { maxNodes?: number } = {}) {
  const reader = createReader(driver, { database: TEST_DATABASE, timeoutMs: 10_000 });
  return createApi({ reader, database: TEST_DATABASE, maxNodes: options.maxNodes ?? 2000 });
}
