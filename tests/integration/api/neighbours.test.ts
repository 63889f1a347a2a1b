import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NeighboursResponse } from "../../../web/shared/api-types.ts";
import { corridorDriver, getError, getJson } from "../support/explorer-setup.ts";

describe("GET /api/entities/:id/neighbours", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await corridorDriver();
  });
  afterAll(() => driver.close());

  const neighbours = (query: string) =>
    getJson<NeighboursResponse>(driver, `/entities/country%3Arussia/neighbours${query}`);

  it("counts links per type and direction and returns the neighbours as graph elements", async () => {
    const { status, body } = await neighbours("");
    expect(status).toBe(200);
    expect(body.counts).toEqual(
      expect.arrayContaining([
        { type: "ROUTE_LEG", direction: "in", count: 1 },
        { type: "DISPATCHES_WORKERS_TO", direction: "in", count: 1 },
      ]),
    );
    expect(body.nodes.map((node) => node.id).sort()).toEqual([
      "country:north-korea",
      "country:russia",
      "place:harbin",
    ]);
    expect(body.edges.every((edge) => edge.target === "country:russia")).toBe(true);
    expect(body.nodes.find((node) => node.id === "place:harbin")?.labels).toEqual(["Entity", "Place"]);
    expect(body).toMatchObject({ center: "country:russia", truncated: false, total: 2 });
  });

  it("keeps only the asked relationship types", async () => {
    const { body } = await neighbours("?types=DISPATCHES_WORKERS_TO");
    expect(body.nodes.map((node) => node.id).sort()).toEqual(["country:north-korea", "country:russia"]);
    expect(body.edges).toHaveLength(1);
    expect(body.edges[0]?.properties.sourceCount).toBe(2);
    expect(body.counts).toHaveLength(2);
  });

  it("caps the neighbours, best supported first, and says how many there are", async () => {
    const { body } = await neighbours("?limit=1");
    expect(body.nodes.map((node) => node.id)).toEqual(["country:russia", "country:north-korea"]);
    expect(body).toMatchObject({ truncated: true, total: 2 });
  });

  it("rejects limits out of 1..500, malformed types and unknown entities with 4xx JSON", async () => {
    for (const query of ["?limit=-1", "?limit=0", "?limit=100000", "?limit=abc", "?types=route_leg;DROP"]) {
      const { status, body } = await getError(driver, `/entities/country%3Arussia/neighbours${query}`);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe("invalid_input");
    }
    const missing = await getError(driver, "/entities/nobody/neighbours");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("entity_not_found");
  });
});
