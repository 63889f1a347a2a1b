import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeExtraction } from "../../../graph-loader/write/writer.ts";
import type {
  EntityDetailsResponse,
  GraphResponse,
  HealthResponse,
  LinksAmongResponse,
  NeighboursResponse,
  PathsResponse,
} from "../../../web/shared/api-types.ts";
import { coMentionExtraction, SENTENCES } from "../../fixtures/co-mention-extraction.ts";
import { testApi } from "../support/api.ts";
import { countGraph, resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { getJson } from "../support/explorer-setup.ts";
import { graphChecksum } from "../support/graph-checksum.ts";

const writeCoMentionGraph = (driver: Driver) =>
  writeExtraction(driver, coMentionExtraction(), { database: TEST_DATABASE });

describe("co-mentions and claims, written and read apart", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await writeCoMentionGraph(driver);
  });
  afterAll(() => driver.close());

  const details = (id: string) =>
    getJson<EntityDetailsResponse>(driver, `/entities/${encodeURIComponent(id)}`);
  const linksAmong = async (ids: string[], coMentions?: boolean) => {
    const response = await testApi(driver).request("/links", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ids, ...(coMentions === undefined ? {} : { coMentions }) }),
    });
    return { status: response.status, body: (await response.json()) as LinksAmongResponse };
  };

  it("stores co-mentions as CO_MENTIONED with their sentence as evidence, and kind and label on every relation", async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Entity)-[r]->(b:Entity)
       RETURN a.id AS a, type(r) AS type, b.id AS b, r.kind AS kind, r.label AS label, r.route AS route,
              COLLECT { MATCH (v:Evidence {claim: r.key}) RETURN v.sentence } AS sentences
       ORDER BY a, type, b`,
      {},
      { database: TEST_DATABASE },
    );
    const rows = records.map((record) => record.toObject());
    expect(rows.filter((row) => row.type === "CO_MENTIONED")).toEqual([
      expect.objectContaining({
        a: "org:harbor-line-shipping",
        b: "vessel:blue-gull",
        kind: "co-mention",
        sentences: [SENTENCES.together],
      }),
      expect.objectContaining({
        a: "place:nampo",
        b: "org:harbor-line-shipping",
        kind: "co-mention",
        sentences: [SENTENCES.together],
      }),
      expect.objectContaining({ a: "vessel:blue-gull", b: "place:busan", kind: "co-mention" }),
      expect.objectContaining({
        a: "vessel:morning-star",
        b: "place:nampo",
        kind: "co-mention",
        sentences: [SENTENCES.related],
      }),
    ]);
    expect(rows.find((row) => row.type === "RELATED")).toMatchObject({
      kind: "claim",
      label: "moored beside",
    });
    expect(rows.find((row) => row.type === "OPERATES")).toMatchObject({ kind: "claim", label: null });
    expect(rows.filter((row) => row.type === "ROUTE_LEG").map((row) => row.route)).toEqual([
      "Nampo → Busan",
      "Nampo → Busan",
    ]);
  });

  it("writes the same graph again without a change (idempotent)", async () => {
    const before = { counts: await countGraph(driver), checksum: await graphChecksum(driver) };
    await writeCoMentionGraph(driver);
    expect(await countGraph(driver)).toEqual(before.counts);
    expect(await graphChecksum(driver)).toBe(before.checksum);
  });

  it("lists an entity's claims and co-mentions apart, counting only claims as links", async () => {
    const { body } = await details("org:harbor-line-shipping");
    expect(body.links.map((link) => [link.type, link.other.id, link.kind])).toEqual([
      ["OPERATES", "vessel:morning-star", "claim"],
    ]);
    expect(body.linkTotal).toBe(1);
    expect(body.coMentionTotal).toBe(2);
    expect(body.coMentions.map((link) => link.other.id).sort()).toEqual(["place:nampo", "vessel:blue-gull"]);
    expect(body.coMentions.every((link) => link.kind === "co-mention" && link.type === "CO_MENTIONED")).toBe(
      true,
    );
    expect(body.coMentions[0]?.evidence[0]?.sentence).toBe(SENTENCES.together);
    expect(body.links[0]?.evidence[0]?.confidence).toBe(0.85);
  });

  it("gives RELATED claims their phrase, and route legs their route", async () => {
    const star = await details("vessel:morning-star");
    expect(star.body.links.find((link) => link.type === "RELATED")).toMatchObject({
      label: "moored beside",
      other: { id: "vessel:blue-gull" },
    });
    const vladivostok = await details("place:vladivostok");
    expect(vladivostok.body.links.map((link) => [link.route, link.legIndex]).sort()).toEqual([
      ["Nampo → Busan", 0],
      ["Nampo → Busan", 1],
    ]);
  });

  it("leaves co-mentions out of the overview, degrees, neighbours and paths", async () => {
    const { body: overview } = await getJson<GraphResponse>(driver, "/overview");
    expect(overview.edges.map((edge) => edge.type)).not.toContain("CO_MENTIONED");
    expect(overview.edges).toHaveLength(4);
    const nampo = overview.nodes.find((node) => node.id === "place:nampo");
    expect(nampo?.properties.degree).toBe(1);

    const { body: neighbours } = await getJson<NeighboursResponse>(
      driver,
      `/entities/${encodeURIComponent("place:nampo")}/neighbours`,
    );
    expect(neighbours.nodes.map((node) => node.id)).toEqual(["place:nampo", "place:vladivostok"]);
    const asked = await getJson<NeighboursResponse>(
      driver,
      `/entities/${encodeURIComponent("place:nampo")}/neighbours?types=CO_MENTIONED`,
    );
    expect(asked.body.nodes.map((node) => node.id).sort()).toEqual([
      "org:harbor-line-shipping",
      "place:nampo",
      "vessel:morning-star",
    ]);

    // Nampo and the shipping company are co-mentioned; the only path of claims goes through no co-mention.
    const { body: paths } = await getJson<PathsResponse>(
      driver,
      `/paths?from=${encodeURIComponent("place:nampo")}&to=${encodeURIComponent("org:harbor-line-shipping")}`,
    );
    expect(paths.paths).toEqual([]);
  });

  it("answers every relation among a set of entities, co-mentions only when asked, their count always", async () => {
    const ids = ["org:harbor-line-shipping", "vessel:morning-star", "vessel:blue-gull", "place:nampo"];
    const claims = await linksAmong(ids);
    expect(claims.status).toBe(200);
    expect(claims.body.edges.map((edge) => edge.type).sort()).toEqual(["OPERATES", "RELATED"]);
    expect(claims.body.coMentionCount).toBe(3);
    const all = await linksAmong(ids, true);
    expect(all.body.edges.filter((edge) => edge.type === "CO_MENTIONED")).toHaveLength(3);
    expect(all.body.edges.find((edge) => edge.type === "RELATED")?.properties).toMatchObject({
      kind: "claim",
      label: "moored beside",
    });
    const two = await linksAmong(["place:nampo", "vessel:blue-gull"], true);
    expect(two.body).toEqual({ edges: [], truncated: false, coMentionCount: 0 });
    const bad = await linksAmong(["place:nampo", ""]);
    expect(bad.status).toBe(400);
  });

  it("counts entities, claims and co-mentions apart in health", async () => {
    const { body } = await getJson<HealthResponse>(driver, "/health");
    expect(body.counts).toMatchObject({ entities: 6, claims: 4, coMentions: 4 });
    expect(body.counts.nodes).toBeGreaterThan(6);
  });
});
