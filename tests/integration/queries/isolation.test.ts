/**
 * One user query cannot take more than its share: results are capped in bytes as well as rows, queries beyond
 * the runner's slots wait and are then turned away as busy, every request is answered by its deadline, and
 * errors say what happened (memory, timeout, busy, a query's own failure) instead of "cannot be reached".
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { runCypher } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

/** A query that keeps Neo4j busy for seconds without touching the graph (one long expression). */
const SLOW = "RETURN reduce(total = 0, x IN range(1, 100000000) | total + x % 7) AS total";

describe("isolation of user queries", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
  });
  afterAll(() => driver.close());

  it("caps 600 rows of 1 MiB strings by bytes and says so", async () => {
    const api = testApi(driver);
    const { status, body } = await runCypher(
      api,
      "UNWIND range(1, 600) AS i RETURN i, reduce(s = 'x', k IN range(1, 20) | s + s) AS big",
    );
    expect(status).toBe(200);
    expect(body.truncated).toEqual({
      by: "bytes",
      limit: 16 * 1024 * 1024,
      message: "The result was cut at 16 MiB; add a LIMIT or narrow the match to see everything.",
    });
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThan(20);
  });

  it("answers a query that waits too long for a slot as busy, and keeps the explorer answering", async () => {
    const api = testApi(driver, { queryLimits: { slots: 1, maxWaitMs: 300, timeoutMs: 20_000 } });
    const first = runCypher(api, SLOW);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await runCypher(api, "RETURN 1 AS one");
    expect(second.status).toBe(503);
    expect(second.body.error.code).toBe("queries_busy");
    expect(second.body.error.message).toMatch(/1 queries are already running/);
    const search = await api.request("/search?q=Dandong");
    expect(search.status).toBe(200);
    await first;
  });

  it("answers at the deadline with its own code when a query runs on", async () => {
    const api = testApi(driver, { deadlines: { queryMs: 1_000 } });
    const { status, body } = await runCypher(api, SLOW);
    expect(status).toBe(504);
    expect(body.error.code).toBe("query_deadline");
    expect(body.error.message).toMatch(/did not finish within 1 s/);
  });

  it("reports a query over the memory limit as such, not as an unreachable database", async () => {
    const api = testApi(driver);
    const { status, body } = await runCypher(
      api,
      "UNWIND range(1, 30000000) AS x WITH collect(toString(x)) AS texts RETURN size(texts) AS n",
    );
    expect(body.error?.code).toBe("query_memory_limit");
    expect(status).toBe(422);
    expect(body.error.message).toMatch(/more memory than/);
    const after = await runCypher(api, "RETURN 1 AS one");
    expect(after.body.rows).toEqual([[1]]);
  });

  it("answers shortestPath from a node to itself with a 4xx that says why", async () => {
    const { status, body } = await runCypher(
      testApi(driver),
      "MATCH (a:Entity) WITH a LIMIT 1 MATCH p = shortestPath((a)-[*]-(a)) RETURN p",
    );
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.error.code).toBe("query_failed");
    expect(body.error.message.length).toBeGreaterThan(10);
  });
});
