/**
 * Values come back as they are: integers past 2^53 as exact digits, points with their height, NaN and
 * Infinity as text (JSON has no such numbers), each marked; a parameter named `__proto__` is a parameter.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { QUERY_POOL } from "../../../neo4j/connection.ts";
import { createApi } from "../../../web/server/app.ts";
import { testDeps } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { post, runCypher } from "./support/query-api.ts";

describe("values of user queries", () => {
  let driver: Driver;
  let queryDriver: Driver;
  let api: ReturnType<typeof createApi>;
  let savedDir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    const { uri, user, password } = inject("neo4j");
    // The app's user-query pool, as the app configures it (exact integers).
    queryDriver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
      disableLosslessIntegers: !QUERY_POOL.exactIntegers,
    });
    savedDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-values-"));
    api = createApi({ ...testDeps(driver, { savedQueriesDir: savedDir }), driver: queryDriver });
  });
  afterAll(async () => {
    fs.rmSync(savedDir, { recursive: true, force: true });
    await Promise.all([driver.close(), queryDriver.close()]);
  });

  it("answers integers past 2^53 as exact digits, marked, and smaller ones as numbers", async () => {
    const { status, body } = await runCypher(
      api,
      "RETURN 9007199254740993 AS past, -9223372036854775808 AS least, 9007199254740991 AS safe, [9223372036854775807] AS listed",
    );
    expect(status).toBe(200);
    expect(body.rows).toEqual([
      [
        { $integer: "9007199254740993" },
        { $integer: "-9223372036854775808" },
        9007199254740991,
        [{ $integer: "9223372036854775807" }],
      ],
    ]);
  });

  it("keeps the height of a 3-D point", async () => {
    const { body } = await runCypher(
      api,
      "RETURN point({x: 1.5, y: 2, z: 3.25}) AS cartesian, point({longitude: 8, latitude: 47, height: 410}) AS geo, point({x: 1, y: 2}) AS flat",
    );
    expect(body.rows).toEqual([
      [
        { x: 1.5, y: 2, z: 3.25, srid: 9157 },
        { x: 8, y: 47, z: 410, srid: 4979 },
        { x: 1, y: 2, srid: 7203 },
      ],
    ]);
  });

  it("answers NaN and Infinity as marked text, not null", async () => {
    const { body } = await runCypher(api, "RETURN 0.0 / 0.0 AS nan, 1.0 / 0.0 AS up, -1.0 / 0.0 AS down");
    expect(body.rows).toEqual([[{ $float: "NaN" }, { $float: "Infinity" }, { $float: "-Infinity" }]]);
  });

  it("runs an ad-hoc query whose parameter is named __proto__", async () => {
    const response = await api.request("/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"query": "RETURN $__proto__ AS value", "params": {"__proto__": 7}}',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { rows: unknown[][] }).rows).toEqual([[7]]);
  });

  it("saves and runs a saved query whose parameter is named __proto__", async () => {
    const saved = await post(api, "/queries", {
      name: "proto-param",
      title: "A parameter named __proto__",
      view: "table",
      params: [{ name: "__proto__", type: "int", default: 3 }],
      cypher: "RETURN $__proto__ * 2 AS doubled",
    });
    expect(saved.status).toBe(201);
    const byDefault = await post(api, "/queries/proto-param/run", {});
    expect(((await byDefault.json()) as { rows: unknown[][] }).rows).toEqual([[6]]);
    const given = await api.request("/queries/proto-param/run", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"params": {"__proto__": 21}}',
    });
    expect(given.status).toBe(200);
    expect(((await given.json()) as { rows: unknown[][] }).rows).toEqual([[42]]);
  });
});
