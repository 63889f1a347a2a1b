import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphResponse } from "../../../web/shared/api-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { corridorDriver } from "../support/explorer-setup.ts";

describe("GET /api/overview", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    // A hub with four spokes and one isolated node: the hub is the most connected.
    await driver.executeQuery(
      `CREATE (hub:Entity {id: 'hub', name: 'Hub'})
       WITH hub UNWIND range(1, 4) AS i
       CREATE (hub)-[:LINKS]->(:Entity {id: 'spoke' + i, name: 'Spoke ' + i})
       WITH DISTINCT hub CREATE (:Entity {id: 'lonely', name: 'Lonely'})`,
      {},
      { database: TEST_DATABASE },
    );
  });
  afterAll(() => driver.close());

  it("returns every node and link when under the cap", async () => {
    const body = (await (await testApi(driver).request("/overview")).json()) as GraphResponse;
    expect(body.nodes).toHaveLength(6);
    expect(body.edges).toHaveLength(4);
    expect(body.truncated).toBe(false);
    const hub = body.nodes.find((node) => node.name === "Hub");
    expect(body.edges.every((edge) => edge.source === hub?.id && edge.type === "LINKS")).toBe(true);
  });

  it("keeps the most connected nodes under a cap and says how many were left out", async () => {
    const body = (await (
      await testApi(driver, { maxNodes: 3 }).request("/overview")
    ).json()) as GraphResponse;
    expect(body.nodes).toHaveLength(3);
    expect(body.nodes.map((node) => node.name)).toContain("Hub");
    expect(body.nodes.map((node) => node.name)).not.toContain("Lonely");
    expect(body.edges).toHaveLength(2);
    expect(body).toMatchObject({ truncated: true, total: 6 });
  });

  it("gives a smaller or larger view on request, within bounds", async () => {
    const api = testApi(driver, { maxNodes: 3 });
    const larger = (await (await api.request("/overview?limit=5")).json()) as GraphResponse;
    expect(larger.nodes).toHaveLength(5);
    expect(larger).toMatchObject({ truncated: true, total: 6 });
    const smaller = (await (await api.request("/overview?limit=1")).json()) as GraphResponse;
    expect(smaller.nodes.map((node) => node.name)).toEqual(["Hub"]);
    expect(smaller.edges).toEqual([]);
  });

  it.each(["0", "10001", "2.5", "many", "-1"])("refuses limit=%s with a clear 400", async (limit) => {
    const response = await testApi(driver).request(`/overview?limit=${limit}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toMatch(/limit/);
  });
});

describe("GET /api/overview on an extracted graph", () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await corridorDriver();
  });
  afterAll(() => driver.close());

  it("shows entities and their relations, never articles, evidence or mentions", async () => {
    const body = (await (await testApi(driver).request("/overview")).json()) as GraphResponse;
    expect(body.nodes).toHaveLength(8);
    expect(body.nodes.every((node) => node.labels.includes("Entity"))).toBe(true);
    expect(body.edges.map((edge) => edge.type).sort()).toEqual([
      "DISPATCHES_WORKERS_TO",
      "ROUTE_LEG",
      "ROUTE_LEG",
      "ROUTE_LEG",
      "ROUTE_LEG",
    ]);
    expect(body).toMatchObject({ truncated: false, total: 8 });
  });
});
