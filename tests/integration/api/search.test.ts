import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "../../../web/shared/api-types.ts";
import { corridorDriver, getError, getJson, TEN_KB } from "../support/explorer-setup.ts";

describe("GET /api/search", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await corridorDriver();
  });
  afterAll(() => driver.close());

  const search = (q: string) => getJson<SearchResponse>(driver, `/search?q=${encodeURIComponent(q)}`);

  it("finds an entity by its name, with its type, aliases and links counted by type", async () => {
    const { status, body } = await search("Dandong");
    expect(status).toBe(200);
    expect(body.hits[0]).toMatchObject({ id: "place:dandong", name: "Dandong", type: "Place" });
    expect(body.hits[0]?.aliases).toContain("Tantung");
    expect(body.hits[0]?.links).toEqual(
      expect.arrayContaining([
        { type: "ROUTE_LEG", direction: "in", count: 1 },
        { type: "ROUTE_LEG", direction: "out", count: 1 },
      ]),
    );
  });

  it("finds an entity by an alias and tolerates typos", async () => {
    expect((await search("DPRK")).body.hits[0]?.id).toBe("country:north-korea");
    expect((await search("Dandung")).body.hits[0]?.id).toBe("place:dandong");
    expect((await search("Vladivostk")).body.hits[0]?.id).toBe("place:vladivostok");
  });

  it("ranks the exact match above fuzzy ones", async () => {
    const { body } = await search("Rason");
    expect(body.hits[0]?.id).toBe("place:rason");
    expect(body.hits.map((hit) => hit.score)).toEqual(
      [...body.hits.map((hit) => hit.score)].sort((a, b) => b - a),
    );
  });

  it("treats Lucene syntax as plain text", async () => {
    for (const q of ['Harbin" OR *:*', "AND", "((", "Dandong~~ /x/ \\", "name:Harbin"]) {
      const { status, body } = await search(q);
      expect(status).toBe(200);
      expect(body.hits.length).toBeLessThan(8);
    }
  });

  it("answers an empty, blank or over-long query with a 400 JSON error", async () => {
    for (const path of [
      "/search",
      "/search?q=",
      "/search?q=%20%20",
      `/search?q=${TEN_KB}`,
      "/search?q=x&limit=-1",
    ]) {
      const { status, body } = await getError(driver, path);
      expect(status).toBe(400);
      expect(body.error.code).toBe("invalid_input");
    }
  });
});
