import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityDetailsResponse } from "../../../web/shared/api-types.ts";
import { ROUTE_SENTENCES } from "../support/corridor-graph.ts";
import { corridorDriver, getError, getJson, TEN_KB } from "../support/explorer-setup.ts";

describe("GET /api/entities/:id", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await corridorDriver();
  });
  afterAll(() => driver.close());

  const details = (id: string) =>
    getJson<EntityDetailsResponse>(driver, `/entities/${encodeURIComponent(id)}`);

  it("returns the entity's properties and aliases", async () => {
    const { status, body } = await details("place:dandong");
    expect(status).toBe(200);
    expect(body.entity).toMatchObject({ id: "place:dandong", name: "Dandong", type: "Place" });
    expect(body.entity.aliases).toEqual(["Dandong", "Tantung"]);
    expect(body.entity.properties).not.toHaveProperty("aliasText");
    expect(body).toMatchObject({ linkTotal: 2, truncated: false });
  });

  it("gives each link its direction, other end and evidence with article, outlet and date", async () => {
    const { body } = await details("place:dandong");
    const incoming = body.links.find((link) => link.direction === "in");
    expect(incoming).toMatchObject({
      type: "ROUTE_LEG",
      other: { id: "place:pyongyang", name: "Pyongyang", type: "Place" },
      sourceCount: 1,
      routeId: "r1",
      legIndex: 0,
    });
    const [evidence] = incoming?.evidence ?? [];
    expect(evidence?.sentence).toBe(ROUTE_SENTENCES[0]);
    expect(evidence?.article).toEqual({
      id: "a1",
      title: "Workers leave via Dandong",
      source: "Daily NK",
      published: "2020-11",
      precision: "month",
    });
  });

  it("marks where both ends are named in the evidence sentence", async () => {
    const { body } = await details("place:dandong");
    const evidence = body.links.find((link) => link.direction === "in")?.evidence[0];
    const named = (evidence?.mentions ?? []).map((m) => evidence?.sentence.slice(m.start, m.end)).sort();
    expect(named).toEqual(["Dandong", "Pyongyang"]);
  });

  it("counts independent sources and keeps undated evidence with an unknown precision", async () => {
    const { body } = await details("country:russia");
    const dispatch = body.links.find((link) => link.type === "DISPATCHES_WORKERS_TO");
    expect(dispatch).toMatchObject({
      direction: "in",
      sourceCount: 2,
      articleCount: 2,
      firstPublished: "2023-10-05",
    });
    expect(dispatch?.evidence.map((item) => [item.article.id, item.article.precision])).toEqual([
      ["a2", "day"],
      ["a3", "unknown"],
    ]);
    expect(dispatch?.evidence[1]?.article.source).toBeNull();
  });

  it("answers an unknown id with a JSON 404 and an over-long id with a 400", async () => {
    const missing = await getError(driver, "/entities/place%3Anowhere");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("entity_not_found");
    const long = await getError(driver, `/entities/${TEN_KB}`);
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe("invalid_input");
  });
});
