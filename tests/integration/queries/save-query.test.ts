import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { QueryListResponse, SaveQueryRequest } from "../../../web/shared/query-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { post, rowObjects, runSaved } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

const PLACES_IN: SaveQueryRequest = {
  name: "places-in",
  title: "Places in a country",
  description: "Places located in the given country.",
  view: "table",
  params: [
    { name: "country", type: "string", default: "China" },
    { name: "limit", type: "int", min: 1, max: 100, default: 10 },
  ],
  cypher:
    "MATCH (p:Place)-[:LOCATED_IN]->(c:Country {name: $country}) RETURN p.name AS place ORDER BY place LIMIT $limit",
};

describe("POST /api/queries saves a query file", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;
  let root: string;
  let queriesDir: string;

  const files = () => fs.readdirSync(queriesDir).sort();

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
  });
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-save-"));
    queriesDir = path.join(root, "cypher");
    fs.mkdirSync(queriesDir);
    api = testApi(driver, { queriesDir });
  });
  afterAll(async () => {
    fs.rmSync(root, { recursive: true, force: true });
    await driver.close();
  });

  it("writes a header and the Cypher, lists the query and runs it", async () => {
    const response = await post(api, "/queries", PLACES_IN);
    expect(response.status).toBe(201);
    const text = fs.readFileSync(path.join(queriesDir, "places-in.cypher"), "utf8");
    expect(text).toMatch(/^\/\/ name: places-in\n\/\/ title: Places in a country\n/);
    expect(text).toContain("// param limit: int 1..100 = 10\n");
    const list = (await (await api.request("/queries")).json()) as QueryListResponse;
    expect(list.queries.map((query) => query.name)).toEqual(["places-in"]);
    const result = await runSaved(api, "places-in", { country: "China" });
    expect(rowObjects(result).map((row) => row.place)).toEqual(["Dandong", "Harbin"]);
  });

  it("refuses to replace an existing query unless asked to overwrite", async () => {
    expect((await post(api, "/queries", PLACES_IN)).status).toBe(201);
    const again = await post(api, "/queries", { ...PLACES_IN, title: "Changed" });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("query_exists");
    expect(fs.readFileSync(path.join(queriesDir, "places-in.cypher"), "utf8")).toContain(
      "Places in a country",
    );
    expect((await post(api, "/queries", { ...PLACES_IN, title: "Changed", overwrite: true })).status).toBe(
      200,
    );
    expect(fs.readFileSync(path.join(queriesDir, "places-in.cypher"), "utf8")).toContain("// title: Changed");
  });

  it.each(["../escape", "..", "a/b", "Upper", "-dash", "x".repeat(64), "dot.cypher", ""])(
    "refuses the name %j and writes nothing",
    async (name) => {
      const response = await post(api, "/queries", { ...PLACES_IN, name });
      expect(response.status).toBe(400);
      expect(files()).toEqual([]);
      expect(fs.readdirSync(root)).toEqual(["cypher"]);
    },
  );

  it("refuses a query that writes and saves nothing", async () => {
    const response = await post(api, "/queries", { ...PLACES_IN, cypher: "MATCH (n) DETACH DELETE n" });
    expect(response.status).toBe(403);
    expect(files()).toEqual([]);
  });

  it("keeps a title with line breaks on one header line", async () => {
    const title = "Places\n// param evil: string\nMATCH (n) DETACH DELETE n";
    expect((await post(api, "/queries", { ...PLACES_IN, title })).status).toBe(201);
    const lines = fs.readFileSync(path.join(queriesDir, "places-in.cypher"), "utf8").split("\n");
    expect(lines.filter((line) => line.startsWith("// title:"))).toHaveLength(1);
    expect(lines.some((line) => line.startsWith("// param evil"))).toBe(false);
  });

  it("refuses Cypher using a parameter the query does not declare, and bad defaults", async () => {
    const undeclared = await post(api, "/queries", { ...PLACES_IN, params: [] });
    expect(undeclared.status).toBe(400);
    expect(((await undeclared.json()) as { error: { message: string } }).error.message).toMatch(/\$country/);
    const outOfBounds = await post(api, "/queries", {
      ...PLACES_IN,
      params: [PLACES_IN.params?.[0], { name: "limit", type: "int", min: 1, max: 5, default: 10 }],
    });
    expect(outOfBounds.status).toBe(400);
    expect(files()).toEqual([]);
  });

  it("reports a malformed file in the library with its line, beside the valid ones", async () => {
    expect((await post(api, "/queries", PLACES_IN)).status).toBe(201);
    fs.writeFileSync(
      path.join(queriesDir, "broken.cypher"),
      "// name: broken\n// title: Broken\n// view: pie\nRETURN 1\n",
    );
    const list = (await (await api.request("/queries")).json()) as QueryListResponse;
    expect(list.queries.map((query) => query.name)).toEqual(["places-in"]);
    expect(list.problems).toEqual([
      { file: "broken.cypher", line: 3, message: expect.stringMatching(/view/) },
    ]);
  });
});
