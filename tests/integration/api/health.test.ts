import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiErrorBody, HealthResponse } from "../../../web/shared/api-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

describe("GET /api/health", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Article {id: 'a1'})-[:MENTIONS]->(:Entity {id: 'e1'}), (:Article {id: 'a2'})",
      {},
      { database: TEST_DATABASE },
    );
  });
  afterAll(() => driver.close());

  it("reports the server's version, edition and the graph's counts", async () => {
    const response = await testApi(driver).request("/health");
    expect(response.status).toBe(200);
    const body = (await response.json()) as HealthResponse;
    expect(body.neo4j.version).toMatch(/^5\.26\.\d+$/);
    expect(body.neo4j.edition).toBe("community");
    // Articles and their MENTIONS are nodes and relationships, but neither entities nor claims.
    expect(body.counts).toEqual({ nodes: 3, relationships: 1, entities: 1, claims: 0, coMentions: 0 });
  });

  it("answers 503 with a readable reason, and no stack trace, when Neo4j is unreachable", async () => {
    const unreachable = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "whatever-pass"), {
      maxTransactionRetryTime: 0,
      connectionTimeout: 1_000,
    });
    try {
      const response = await testApi(unreachable).request("/health");
      expect(response.status).toBe(503);
      const body = (await response.json()) as ApiErrorBody;
      expect(body.error.code).toBe("database_unavailable");
      expect(body.error.message).toMatch(/cannot be reached/);
      expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
    } finally {
      await unreachable.close();
    }
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const response = await testApi(driver).request("/no-such-route");
    expect(response.status).toBe(404);
    expect(((await response.json()) as ApiErrorBody).error.code).toBe("not_found");
  });
});
