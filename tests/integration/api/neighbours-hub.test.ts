/**
 * The neighbours of a hub: an entity mentioned by every article and linked to many more entities than `limit`,
 * with a link of a type the extractor never writes (a corrections file's), a co-mention and an incoming claim.
 * The links are read by type and degrees from relationship counts, so these check that nothing is lost that
 * way: every link type counted, the ranking over all neighbours, degrees without mentions or co-mentions.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NeighboursResponse } from "../../../web/shared/api-types.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { getJson } from "../support/explorer-setup.ts";
import {
  createArticle,
  createEntity,
  createRelation,
  type EvidenceSpec,
  type GraphSpec,
  writeGraph,
} from "../support/graph-factory.ts";

const ARTICLES = 80;
const TOWNS = 60;
const HUB = "place:hubland";
const town = (index: number) => `place:town-${String(index).padStart(2, "0")}`;
const sentence = (index: number) => `Hubland news number ${index}.`;
const evidence = (...articles: number[]): EvidenceSpec[] =>
  articles.map((index) => ({ article: `a${index}`, sentence: sentence(index) }));

function hubGraph(): GraphSpec {
  const articles = Array.from({ length: ARTICLES }, (_, index) =>
    createArticle({ id: `a${index}`, source: `Wire ${index % 3}`, text: sentence(index) }),
  );
  const towns = Array.from({ length: TOWNS }, (_, index) =>
    createEntity({ id: town(index), name: `Town ${String(index).padStart(2, "0")}` }),
  );
  // Towns 0 to 4 are told by three outlets; every other claim by one.
  const trades = towns.map((_, index) =>
    createRelation(
      HUB,
      "TRADES_WITH",
      town(index),
      index < 5 ? evidence(index, index + 1, index + 2) : evidence(index),
    ),
  );
  return {
    articles,
    entities: [
      createEntity({ id: HUB, name: "Hubland" }),
      ...towns,
      createEntity({ id: "org:smuggler-ring", name: "Smuggler Ring", type: "Organization" }),
      createEntity({ id: "place:elsewhere", name: "Elsewhere" }),
    ],
    relations: [
      ...trades,
      createRelation(HUB, "MEETS", town(5), evidence(5)),
      createRelation(HUB, "VISITS", town(5), evidence(5)),
      createRelation(town(10), "LOCATED_IN", HUB, evidence(10)),
      createRelation(HUB, "SMUGGLES_FOR", "org:smuggler-ring", evidence(70)),
      createRelation(HUB, "CO_MENTIONED", "place:elsewhere", evidence(71)),
    ],
  };
}

describe("GET /api/entities/:id/neighbours of a hub", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await writeGraph(driver, hubGraph());
  });
  afterAll(() => driver.close());

  const neighbours = (query: string) =>
    getJson<NeighboursResponse>(driver, `/entities/${encodeURIComponent(HUB)}/neighbours${query}`);

  it("counts every link type, one no extractor writes and co-mentions included, but no mentions", async () => {
    const { status, body } = await neighbours("?limit=5");
    expect(status).toBe(200);
    expect(body.counts).toEqual([
      { type: "TRADES_WITH", direction: "out", count: TOWNS },
      ...[
        { type: "CO_MENTIONED", direction: "out", count: 1 },
        { type: "LOCATED_IN", direction: "in", count: 1 },
        { type: "MEETS", direction: "out", count: 1 },
        { type: "SMUGGLES_FOR", direction: "out", count: 1 },
        { type: "VISITS", direction: "out", count: 1 },
      ],
    ]);
  });

  it("returns `limit` neighbours, best supported first, out of all of them", async () => {
    const { body } = await neighbours("?limit=5");
    expect(body.nodes.map((node) => node.id)).toEqual([HUB, town(0), town(1), town(2), town(3), town(4)]);
    expect(body.edges.map((edge) => edge.target)).toEqual([town(0), town(1), town(2), town(3), town(4)]);
    expect(body.edges.every((edge) => edge.properties.sourceCount === 3)).toBe(true);
    // The towns and the smuggler ring; the co-mentioned place is not a claim.
    expect(body).toMatchObject({ truncated: true, total: TOWNS + 1 });
  });

  it("ranks the links of a type no extractor writes like any other, and counts them in degrees", async () => {
    const { body } = await neighbours("?limit=8");
    // Town 05 has three links and town 10 two (one of them incoming): they come before all with one.
    expect(body.nodes.map((node) => node.id).slice(5)).toEqual([
      town(4),
      town(5),
      town(10),
      "org:smuggler-ring",
    ]);
    expect(
      body.edges
        .filter((edge) => edge.target === town(5))
        .map((edge) => edge.type)
        .sort(),
    ).toEqual(["MEETS", "TRADES_WITH", "VISITS"]);
    const degrees = Object.fromEntries(body.nodes.map((node) => [node.id, node.properties.degree]));
    // TRADES_WITH 60, MEETS, VISITS, LOCATED_IN, SMUGGLES_FOR; not the 80 mentions nor the co-mention.
    expect(degrees[HUB]).toBe(TOWNS + 4);
    expect(degrees[town(5)]).toBe(3);
    expect(degrees[town(10)]).toBe(2);
    expect(degrees["org:smuggler-ring"]).toBe(1);
  });

  it("follows only the asked types, a corrections file's type or co-mentions", async () => {
    const smugglers = await neighbours("?types=SMUGGLES_FOR");
    expect(smugglers.body.nodes.map((node) => node.id)).toEqual([HUB, "org:smuggler-ring"]);
    expect(smugglers.body).toMatchObject({ truncated: false, total: 1 });
    const coMentioned = await neighbours("?types=CO_MENTIONED");
    expect(coMentioned.body.nodes.map((node) => node.id)).toEqual([HUB, "place:elsewhere"]);
    expect(coMentioned.body.nodes[1]?.properties.degree).toBe(0);
  });
});
