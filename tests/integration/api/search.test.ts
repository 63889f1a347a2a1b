import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchResponse } from "../../../web/shared/api-types.ts";
import { corridorDriver, getError, getJson, TEN_KB } from "../support/explorer-setup.ts";
import { createEntity, writeGraph } from "../support/graph-factory.ts";

/** Names that share words with the corridor's, as real ones do: a typo must still find the closest. */
const NEIGHBOURS = [
  createEntity({ id: "place:pyongan", name: "Pyongan provinces", aliases: ["the Pyongan provinces"] }),
  createEntity({ id: "place:south-pyongan", name: "South Pyongan Province" }),
  createEntity({ id: "org:pyongyang-committee", name: "Pyongyang People's Committee", type: "Organization" }),
  createEntity({ id: "org:embassy", name: "Russian Embassy in Pyongyang", type: "Organization" }),
  createEntity({
    id: "org:un-security-council",
    name: "UN Security Council",
    type: "Organization",
    aliases: ["UN Security Council", "UNSC", "United Nations Security Council"],
  }),
  createEntity({
    id: "resolution:2397",
    name: "UN Security Council Resolution 2397",
    type: "Resolution",
    aliases: ["Resolution 2397", "UNSCR 2397"],
  }),
  createEntity({
    id: "resolution:2371",
    name: "UN Security Council Resolution 2371",
    type: "Resolution",
    aliases: ["Resolution 2371", "UNSCR 2371"],
  }),
];

describe("GET /api/search", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await corridorDriver();
    await writeGraph(driver, { articles: [], entities: NEIGHBOURS, relations: [] });
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
    expect(body.hits.map((hit) => hit.id)).toContain("place:rason");
  });

  it("ranks the closest name first for a typo, above names that share a rarer word", async () => {
    const { body } = await search("Pyongyng");
    expect(body.hits.map((hit) => hit.id).slice(0, 2)).toEqual([
      "place:pyongyang",
      "org:pyongyang-committee",
    ]);
    const ids = body.hits.map((hit) => hit.id);
    expect(ids.indexOf("place:pyongan")).toBeGreaterThan(ids.indexOf("org:embassy"));
  });

  it("finds by an abbreviation and by a name with a number in it", async () => {
    expect((await search("UNSC")).body.hits[0]?.id).toBe("org:un-security-council");
    expect((await search("UNSC 2397")).body.hits[0]?.id).toBe("resolution:2397");
    expect((await search("UNSCR 2371")).body.hits[0]?.id).toBe("resolution:2371");
    expect((await search("resolution 2397")).body.hits[0]?.id).toBe("resolution:2397");
    // Another number is not a typo of this one.
    expect((await search("2391")).body.hits).toEqual([]);
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
