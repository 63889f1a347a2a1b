/**
 * The facts of shared/seeds/README.md that an analyst looks for, each found in the loaded sample graph by Cypher
 * together with the sentence that states it.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

/** The evidence sentences of relations (s)-[type]->(t), matched by names. */
const EVIDENCE = `
  MATCH (s:Entity)-[r]->(t:Entity)
  WHERE type(r) = $type AND s.name =~ $source AND t.name =~ $target
  MATCH (v:Evidence {claim: r.key})-[:FROM_ARTICLE]->(a:Article)
  RETURN v.sentence AS sentence, a.id AS article, substring(a.text, v.start, v.end - v.start) AS atOffsets`;

describe("the sample corpus in Neo4j", () => {
  let driver: Driver;

  async function evidence(source: string, type: string, target: string) {
    const { records } = await driver.executeQuery(
      EVIDENCE,
      { source, type, target },
      { database: TEST_DATABASE },
    );
    return records.map(
      (record) => record.toObject() as { sentence: string; article: string; atOffsets: string },
    );
  }

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadArticles(driver, [DEFAULT_ARTICLES_DIR], { database: TEST_DATABASE });
  });
  afterAll(() => driver.close());

  it("has the route Pyongyang -> Dandong -> Harbin -> Russia, in order, each leg with its sentence", async () => {
    const { records } = await driver.executeQuery(
      `MATCH p = (:Entity {name: 'Pyongyang'})-[:ROUTE_LEG*1..4]->(:Entity {name: 'Russia'})
       RETURN [n IN nodes(p) | n.name] AS stops,
              [r IN relationships(p) | COUNT { (v:Evidence {claim: r.key}) }] AS evidence`,
      {},
      { database: TEST_DATABASE },
    );
    const routes = records.map((record) => record.toObject() as { stops: string[]; evidence: number[] });
    const full = routes.find((route) => route.stops.join(" > ") === "Pyongyang > Dandong > Harbin > Russia");
    expect(full).toBeDefined();
    expect(full?.evidence.every((count) => count > 0)).toBe(true);
  });

  it("has the usual route Rason -> Hassan -> Vladivostok -> Ussuriysk as one ordered route", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (s:Entity)-[r:ROUTE_LEG]->(t:Entity)
       WITH r.routeId AS route, r.legIndex AS leg, s.name AS from, t.name AS to ORDER BY route, leg
       WITH route, collect(from) + [last(collect(to))] AS stops
       WHERE stops[0] = 'Rason' RETURN stops`,
      {},
      { database: TEST_DATABASE },
    );
    const stops = records.map((record) => (record.get("stops") as string[]).join(" > "));
    expect(stops).toContain("Rason > Hassan > Vladivostok > Ussuriysk");
    expect(stops).toContain("Rason > Hassan > Vladivostok > Khabarovsk");
  });

  it("links North Korea's breach to Resolutions 2397 and 2371, with the sentences", async () => {
    const breaches2397 = await evidence("North Korea", "VIOLATES", ".*Resolution 2397");
    const breaches2371 = await evidence("North Korea", "VIOLATES", ".*Resolution 2371");
    expect(breaches2397.length).toBeGreaterThan(0);
    expect(breaches2371.length).toBeGreaterThan(0);
    expect((await evidence(".*Resolution 2371", "BANS", "coal")).length).toBeGreaterThan(0);
  });

  it("has coal exported from Nampo, and North Korea dispatching workers to Russia", async () => {
    const [coal] = await evidence("coal", "EXPORTED_FROM", "Nampo");
    expect(coal?.sentence).toMatch(/Nampo/);
    const dispatch = await evidence("North Korea", "DISPATCHES_WORKERS_TO", "Russia");
    expect(new Set(dispatch.map((row) => row.article)).size).toBeGreaterThanOrEqual(3);
  });

  it("has Kim Jong Un's visit to Russia and the external affairs bureau recruiting", async () => {
    expect((await evidence("Kim Jong Un", "VISITS", "Russia")).length).toBeGreaterThan(0);
    expect((await evidence(".*External Affairs Bureau.*", "RECRUITS", ".*")).length).toBeGreaterThan(0);
  });

  it("stores evidence whose offsets point at exactly its sentence in the article text", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (v:Evidence)-[:FROM_ARTICLE]->(a:Article)
       RETURN v.sentence AS sentence, substring(a.text, v.start, v.end - v.start) AS atOffsets`,
      {},
      { database: TEST_DATABASE },
    );
    expect(records.length).toBeGreaterThan(50);
    for (const record of records) expect(record.get("atOffsets")).toBe(record.get("sentence"));
  });
});
