import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
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
  let savedDir: string;
  let builtInDir: string;

  const files = () => fs.readdirSync(savedDir).sort();

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    builtInDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-built-in-"));
  });
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-save-"));
    savedDir = path.join(root, "cypher");
    fs.mkdirSync(savedDir);
    api = testApi(driver, { queriesDir: builtInDir, savedQueriesDir: savedDir });
  });
  afterAll(async () => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(builtInDir, { recursive: true, force: true });
    await driver.close();
  });

  it("writes a header and the Cypher, lists the query and runs it", async () => {
    const response = await post(api, "/queries", PLACES_IN);
    expect(response.status).toBe(201);
    const text = fs.readFileSync(path.join(savedDir, "places-in.cypher"), "utf8");
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
    expect(fs.readFileSync(path.join(savedDir, "places-in.cypher"), "utf8")).toContain("Places in a country");
    expect((await post(api, "/queries", { ...PLACES_IN, title: "Changed", overwrite: true })).status).toBe(
      200,
    );
    expect(fs.readFileSync(path.join(savedDir, "places-in.cypher"), "utf8")).toContain("// title: Changed");
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
    const lines = fs.readFileSync(path.join(savedDir, "places-in.cypher"), "utf8").split("\n");
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
      path.join(savedDir, "broken.cypher"),
      "// name: broken\n// title: Broken\n// view: pie\nRETURN 1\n",
    );
    const list = (await (await api.request("/queries")).json()) as QueryListResponse;
    expect(list.queries.map((query) => query.name)).toEqual(["places-in"]);
    expect(list.problems).toEqual([
      { file: "broken.cypher", line: 3, message: expect.stringMatching(/view/) },
    ]);
  });
});

describe("built-in queries are read-only, saved ones keep their previous version", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;
  let builtInDir: string;
  let savedDir: string;
  const shipped = path.join(QUERIES_DIR, "worker-routes.cypher");
  const builtInText = () => fs.readFileSync(path.join(builtInDir, "worker-routes.cypher"), "utf8");
  const backups = () => fs.readdirSync(path.join(savedDir, "backups")).sort();

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
  });
  beforeEach(() => {
    builtInDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-built-in-"));
    fs.copyFileSync(shipped, path.join(builtInDir, "worker-routes.cypher"));
    savedDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-saved-")), "queries");
    api = testApi(driver, { queriesDir: builtInDir, savedQueriesDir: savedDir });
  });
  afterEach(() => {
    fs.rmSync(builtInDir, { recursive: true, force: true });
    fs.rmSync(path.dirname(savedDir), { recursive: true, force: true });
  });
  afterAll(async () => {
    await driver.close();
  });

  it.each([true, false])(
    "refuses to replace a built-in query (overwrite: %s) with a 403 naming it",
    async (overwrite) => {
      const before = builtInText();
      const response = await post(api, "/queries", { ...PLACES_IN, name: "worker-routes", overwrite });
      expect(response.status).toBe(403);
      const { error } = (await response.json()) as ApiErrorBody;
      expect(error.code).toBe("query_built_in");
      expect(error.message).toMatch(/"worker-routes" is a built-in query/);
      expect(builtInText()).toBe(before);
      expect(fs.existsSync(savedDir)).toBe(false);
    },
  );

  it("offers no route that deletes or replaces a query file", async () => {
    const before = builtInText();
    for (const method of ["DELETE", "PUT", "PATCH"]) {
      const response = await api.request("/queries/worker-routes", {
        method,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(PLACES_IN),
      });
      expect(response.status, method).toBe(404);
    }
    expect(builtInText()).toBe(before);
  });

  it("saves to its own folder, lists and runs built-in and saved queries together", async () => {
    expect((await post(api, "/queries", PLACES_IN)).status).toBe(201);
    expect(fs.readdirSync(savedDir)).toEqual(["places-in.cypher"]);
    expect(fs.readdirSync(builtInDir)).toEqual(["worker-routes.cypher"]);
    const list = (await (await api.request("/queries")).json()) as QueryListResponse;
    expect(list.queries.map((query) => query.name)).toEqual(["places-in", "worker-routes"]);
    expect(rowObjects(await runSaved(api, "places-in", { country: "China" }))).toHaveLength(2);
    expect((await runSaved(api, "worker-routes", { country: "Russia" })).columns.length).toBeGreaterThan(0);
  });

  it("keeps each previous version of an overwritten saved query as a backup, out of the library", async () => {
    expect((await post(api, "/queries", PLACES_IN)).status).toBe(201);
    const first = fs.readFileSync(path.join(savedDir, "places-in.cypher"), "utf8");
    expect((await post(api, "/queries", { ...PLACES_IN, title: "Second", overwrite: true })).status).toBe(
      200,
    );
    expect((await post(api, "/queries", { ...PLACES_IN, title: "Third", overwrite: true })).status).toBe(200);

    expect(fs.readFileSync(path.join(savedDir, "places-in.cypher"), "utf8")).toContain("// title: Third");
    expect(backups()).toHaveLength(2);
    expect(backups().every((file) => /^places-in\.\d{4}-.*\.cypher$/.test(file))).toBe(true);
    const kept = backups().map((file) => fs.readFileSync(path.join(savedDir, "backups", file), "utf8"));
    expect(kept).toContain(first);
    expect(kept.some((text) => text.includes("// title: Second"))).toBe(true);
    expect(fs.readdirSync(savedDir).sort()).toEqual(["backups", "places-in.cypher"]);
    const list = (await (await api.request("/queries")).json()) as QueryListResponse;
    expect(list.queries.map((query) => query.name)).toEqual(["places-in", "worker-routes"]);
    expect(list.problems).toEqual([]);
  });
});
