/**
 * Read-only also means no view of other sessions or of the server: SHOW commands other than the schema ones,
 * administration commands and CYPHER planner or debug options are refused by the check before anything runs;
 * PROFILE and EXPLAIN get a clear message instead of a syntax error.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph } from "./support/graph-factory.ts";
import { post, runCypher } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";

const LEAKS = [
  "SHOW TRANSACTIONS YIELD currentQuery, parameters",
  "SHOW TRANSACTIONS",
  "show settings",
  "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'server.directories'",
  "SHOW PROCEDURES",
  "SHOW FUNCTIONS",
  "SHOW CURRENT USER",
  "SHOW DATABASES",
  "SHOW USERS",
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "// a comment first\nSHOW TRANSACTIONS",
];

const OPTIONS = [
  "CYPHER debug=toString MATCH (n) RETURN count(n) AS n",
  "CYPHER planner=dp MATCH (n) RETURN count(n) AS n",
  "CYPHER runtime=interpreted MATCH (n) RETURN count(n) AS n",
  "/* options */ CYPHER expressionEngine=compiled RETURN 1 AS one",
  "cypher replan=force RETURN 1 AS one",
];

describe("read-only shows nothing of other sessions or the server", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;
  let queriesDir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    queriesDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-leak-queries-"));
    api = testApi(driver, { queriesDir, savedQueriesDir: queriesDir });
  });
  afterAll(async () => {
    fs.rmSync(queriesDir, { recursive: true, force: true });
    await driver.close();
  });

  it.each(LEAKS)("refuses %s", async (cypher) => {
    const { status, body } = await runCypher(api, cypher);
    expect(status).toBe(403);
    expect(body.error.code).toBe("query_refused");
    expect(body.error.message).toMatch(/^Refused: .+ Only read-only queries can run here\.$/);
  });

  it.each(OPTIONS)("refuses the planner option in %s", async (cypher) => {
    const { status, body } = await runCypher(api, cypher);
    expect(status).toBe(400);
    expect(body.error.code).toBe("cypher_option_refused");
    expect(body.error.message).toMatch(/CYPHER options .* cannot be set here; remove /);
  });

  it("refuses to save a query that lists transactions", async () => {
    const response = await post(api, "/queries", {
      name: "peek-transactions",
      title: "Peek",
      view: "table",
      cypher: "SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery",
    });
    expect(response.status).toBe(403);
    expect(fs.existsSync(path.join(queriesDir, "peek-transactions.cypher"))).toBe(false);
  });

  it("still allows the schema commands", async () => {
    for (const cypher of ["SHOW INDEXES", "SHOW CONSTRAINTS YIELD name RETURN name"]) {
      const { status, body } = await runCypher(api, cypher);
      expect(status, cypher).toBe(200);
      expect(body.rows.length, cypher).toBeGreaterThan(0);
    }
  });

  it.each(["PROFILE MATCH (n) RETURN count(n) AS n", "explain MATCH (n) RETURN n"])(
    "answers %s with a clear 400",
    async (cypher) => {
      const { status, body } = await runCypher(api, cypher);
      expect(status).toBe(400);
      expect(body.error.code).toBe("plan_not_supported");
      expect(body.error.message).toMatch(/PROFILE and EXPLAIN .* remove the keyword/);
    },
  );
});
