import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PathsResponse } from "../../../web/shared/api-types.ts";
import { corridorDriver, getError, getJson } from "../support/explorer-setup.ts";

describe("GET /api/paths", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await corridorDriver();
  });
  afterAll(() => driver.close());

  const paths = (query: string) => getJson<PathsResponse>(driver, `/paths?${query}`);

  it("finds the shortest path over relations, in walking order, never through articles", async () => {
    // Article a1 mentions both Pyongyang and Russia: a path through it would have two hops.
    const { status, body } = await paths("from=place:pyongyang&to=country:russia");
    expect(status).toBe(200);
    expect(body.hops).toBe(3);
    expect(body.paths).toHaveLength(1);
    expect(body.paths[0]?.nodes).toEqual([
      "place:pyongyang",
      "place:dandong",
      "place:harbin",
      "country:russia",
    ]);
    expect(body.paths[0]?.edges).toHaveLength(3);
    expect(body.nodes).toHaveLength(4);
    expect(body.edges.map((edge) => edge.type)).toEqual(["ROUTE_LEG", "ROUTE_LEG", "ROUTE_LEG"]);
  });

  it("follows links against their direction and respects the hop limit", async () => {
    const long = await paths("from=place:pyongyang&to=country:north-korea");
    expect(long.body.hops).toBe(4);
    const capped = await paths("from=place:pyongyang&to=country:north-korea&max=3");
    expect(capped.body).toMatchObject({ paths: [], hops: null, nodes: [] });
  });

  it("answers an empty list when the entities are not connected", async () => {
    const { status, body } = await paths("from=place:rason&to=country:russia");
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
  });

  it("rejects bad input with 4xx JSON", async () => {
    const cases: Array<[string, number]> = [
      ["from=place:rason", 400],
      ["from=place:rason&to=place:rason", 400],
      ["from=place:rason&to=country:russia&max=0", 400],
      ["from=place:rason&to=country:russia&max=9", 400],
      ["from=place:rason&to=country:russia&max=-2", 400],
      ["from=place:rason&to=place:atlantis", 404],
    ];
    for (const [query, status] of cases) {
      const response = await getError(driver, `/paths?${query}`);
      expect(response.status, query).toBe(status);
      expect(response.body.error.code).toMatch(/^(invalid_input|entity_not_found)$/);
    }
  });
});
