import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { runCypher, runSaved } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

describe("timeout and caps on user-written Cypher", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    api = testApi(driver, { queryLimits: { timeoutMs: 1500, maxRows: 50, maxNodes: 10 } });
  });
  afterAll(() => driver.close());

  it("stops a query that runs too long at the timeout, with a clear message, and keeps serving", async () => {
    const started = Date.now();
    const { status, body } = await runCypher(
      api,
      "UNWIND range(1, 4000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS none",
    );
    expect(status).toBe(408);
    expect(body.error).toEqual({
      code: "query_timeout",
      message: "The query ran longer than 1.5 s and was stopped; add a LIMIT or narrow the match.",
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    const after = await runCypher(api, "RETURN 1 AS one");
    expect(after.body.rows).toEqual([[1]]);
  });

  it("caps a huge result at the row limit and says so", async () => {
    const { status, body } = await runCypher(api, "UNWIND range(1, 5000000) AS x RETURN x");
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body.rows.at(-1)).toEqual([50]);
    expect(body.truncated).toEqual({
      by: "rows",
      limit: 50,
      message: "The result was cut at 50 rows; add a LIMIT or narrow the match to see everything.",
    });
  });

  it("caps the graph at the node limit and says so", async () => {
    const { body } = await runCypher(api, "MATCH (e:Entity) RETURN e ORDER BY e.name");
    expect(body.graph.nodes).toHaveLength(10);
    expect(body.rows).toHaveLength(10);
    expect(body.truncated).toMatchObject({
      by: "nodes",
      limit: 10,
      message: expect.stringMatching(/cut at 10 nodes/),
    });
  });

  it("caps saved queries the same way and reports nothing when the result fits", async () => {
    const big = await runSaved(api, "multi-source-entities", { minSources: 2, limit: 1000 });
    expect(big.truncated).toBeNull();
    const small = testApi(driver, { queryLimits: { maxNodes: 5 } });
    const many = await runSaved(small, "entity-neighbourhood", { entity: "Dandong", depth: 3 });
    expect(many.truncated?.by).toBe("nodes");
    expect(many.graph.nodes.length).toBeLessThanOrEqual(5);
    expect(many.graph.nodes.length).toBeGreaterThan(1);
  });
});
