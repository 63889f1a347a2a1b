import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QueryListResponse } from "../../../web/shared/query-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { nodeNames, rowObjects, runSaved } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

describe("saved queries against a known graph", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    api = testApi(driver);
  });
  afterAll(() => driver.close());

  it("lists at least ten queries with their typed parameters and views", async () => {
    const body = (await (await api.request("/queries")).json()) as QueryListResponse;
    expect(body.problems).toEqual([]);
    expect(body.queries.length).toBeGreaterThanOrEqual(10);
    const neighbourhood = body.queries.find((query) => query.name === "entity-neighbourhood");
    expect(neighbourhood?.view).toBe("graph");
    expect(neighbourhood?.params).toContainEqual({ name: "depth", type: "int", min: 1, max: 3, default: 2 });
  });

  it("worker-routes: the stops of each route into Russia in order, not the route that ends in China", async () => {
    const result = await runSaved(api, "worker-routes", { country: "Russia" });
    const routes = rowObjects(result).map((row) => row.route);
    expect(routes).toEqual([
      ["Pyongyang", "Dandong", "Harbin", "Russia"],
      ["Rason", "Vladivostok"],
    ]);
    expect(rowObjects(result)[0]?.articles).toEqual(["Workers travel through Dandong"]);
    expect(result.graph.edges.filter((edge) => edge.type === "ROUTE_LEG")).toHaveLength(4);
    const china = await runSaved(api, "worker-routes", { country: "china" });
    expect(rowObjects(china).map((row) => row.route)).toEqual([["Pyongyang", "Dandong"]]);
  });

  it("resolution-breaches: what 2397 bans, who breaches it and the sentences", async () => {
    const [row] = rowObjects(await runSaved(api, "resolution-breaches", { resolution: "2397" }));
    expect(row).toMatchObject({
      resolution: "UN Security Council Resolution 2397",
      bans: ["workers"],
      breachedBy: ["North Korea"],
    });
    expect(row?.sentences).toHaveLength(3);
    const [coal] = rowObjects(await runSaved(api, "resolution-breaches", { resolution: "2371" }));
    expect(coal).toMatchObject({ bans: ["coal"], breachedBy: [] });
  });

  it("money-flows: who pays whom, with the amount the sentence gives", async () => {
    const rows = rowObjects(await runSaved(api, "money-flows"));
    expect(rows).toEqual([
      expect.objectContaining({ payer: "workers", kind: "BRIBES", payee: "cadres", amount: "USD 600-700" }),
    ]);
    expect(rowObjects(await runSaved(api, "money-flows", { entity: "Russia" }))).toEqual([]);
  });

  it("entity-neighbourhood: relations only (no articles), as deep as asked", async () => {
    const one = await runSaved(api, "entity-neighbourhood", { entity: "dandong", depth: 1 });
    expect(nodeNames(one)).toEqual(["China", "Dandong", "Harbin", "Pyongyang"]);
    const two = await runSaved(api, "entity-neighbourhood", { entity: "Dandong", depth: 2 });
    expect(nodeNames(two)).toEqual(expect.arrayContaining(["Russia", "workers"]));
    expect(two.graph.nodes.every((node) => node.labels.includes("Entity"))).toBe(true);
  });

  it("shortest-paths: the chain between two entities, within the hop limit", async () => {
    const result = await runSaved(api, "shortest-paths", { from: "Nason", to: "DPRK" });
    expect(rowObjects(result).map((row) => row.hops)).toEqual([3]);
    expect(nodeNames(result)).toEqual(["North Korea", "Rason", "Russia", "Vladivostok"]);
    expect(
      (await runSaved(api, "shortest-paths", { from: "Rason", to: "North Korea", maxHops: 2 })).rows,
    ).toEqual([]);
  });

  it("multi-source-entities: entities that three independent sources mention", async () => {
    const rows = rowObjects(await runSaved(api, "multi-source-entities", { minSources: 3 }));
    expect(rows.map((row) => row.entity).sort()).toEqual(["Dandong", "Pyongyang", "Russia"]);
    expect(rows[0]?.sources).toEqual(expect.arrayContaining(["Border Monitor", "Seoul Daily", "article a2"]));
  });

  it("single-source-claims: claims from one source only", async () => {
    const rows = rowObjects(await runSaved(api, "single-source-claims"));
    const relations = rows.map((row) => `${row.subject} ${row.relation} ${row.object}`);
    expect(relations).toContain("workers BRIBES cadres");
    expect(relations).not.toContain("North Korea VIOLATES UN Security Council Resolution 2397");
    expect(relations).not.toContain("North Korea DISPATCHES_WORKERS_TO Russia");
  });

  it("article-claims: everything one article states, found by id or by title", async () => {
    const byId = await runSaved(api, "article-claims", { article: "a2" });
    expect(byId.graph.edges.map((edge) => edge.type).sort()).toEqual([
      "AFFILIATED_WITH",
      "QUOTES",
      "ROUTE_LEG",
      "ROUTE_LEG",
      "ROUTE_LEG",
    ]);
    const byTitle = await runSaved(api, "article-claims", { article: "through dandong" });
    expect(byTitle.rows).toHaveLength(5);
    expect(rowObjects(byTitle)[0]?.sentences).toEqual([expect.any(String)]);
  });

  it("claims-timeline: claims in date order, undated articles last", async () => {
    const rows = rowObjects(await runSaved(api, "claims-timeline", { entity: "North Korea" }));
    expect(rows.map((row) => row.published)).toEqual(["2020-12", "2020-12", "2024-08-21", "2024-08-21"]);
    const all = rowObjects(await runSaved(api, "claims-timeline"));
    expect(all.at(-1)?.published).toBeNull();
    expect(all[0]?.precision).toBe("month");
  });

  it("quoted-sources: who is quoted, by whom, and where they belong", async () => {
    expect(rowObjects(await runSaved(api, "quoted-sources"))).toEqual([
      {
        name: "Kim Min",
        type: "Person",
        affiliations: ["Free Network"],
        quotedBy: ["Border Monitor"],
        articles: ["Workers travel through Dandong"],
      },
    ]);
  });

  it("schema-summary: the labels, relationship types and property keys for the editor's completion", async () => {
    const [row] = rowObjects(await runSaved(api, "schema-summary"));
    expect(row?.labels).toEqual(expect.arrayContaining(["Entity", "Place", "Article", "Evidence"]));
    expect(row?.relationshipTypes).toEqual(expect.arrayContaining(["ROUTE_LEG", "FROM_ARTICLE", "MENTIONS"]));
    expect(row?.propertyKeys).toEqual(expect.arrayContaining(["routeId", "legIndex", "claim"]));
  });

  it("worker-dispatch: dispatches and recruitment with their number of sources", async () => {
    const result = await runSaved(api, "worker-dispatch");
    const dispatch = rowObjects(result).find(
      (row) => (row.relation as { type: string }).type === "DISPATCHES_WORKERS_TO",
    );
    expect(dispatch?.sources).toBe(2);
    expect(result.graph.edges.map((edge) => edge.type).sort()).toEqual([
      "DISPATCHES_WORKERS_TO",
      "RECRUITED_FROM",
    ]);
  });
});
