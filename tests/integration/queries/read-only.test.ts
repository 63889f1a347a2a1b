import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApi } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";
import { createGraph, graphFingerprint } from "./support/graph-factory.ts";
import { type HitCounter, startHitCounter } from "./support/hit-counter.ts";
import { post, rowObjects, runCypher } from "./support/query-api.ts";
import { WORKER_CORRIDOR } from "./support/worker-corridor.ts";
import { WRITE_ATTEMPTS } from "./support/write-attempts.ts";

describe("read-only, for certain: writes and escapes are refused on both paths", () => {
  let driver: Driver;
  let api: ReturnType<typeof testApi>;
  let counter: HitCounter;
  let queriesDir: string;
  let before: Awaited<ReturnType<typeof graphFingerprint>>;

  const attempts = () =>
    WRITE_ATTEMPTS.map(([label, cypher]) => [label, cypher.replaceAll("URL", counter.url)]);

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await createGraph(driver, WORKER_CORRIDOR);
    counter = await startHitCounter();
    // Each attempt also as a saved query file, as if one had been committed to the library.
    queriesDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-queries-"));
    attempts().forEach(([label, cypher], index) => {
      const name = `attempt-${index}`;
      const header = `// name: ${name}\n// title: ${label}\n// view: table\n`;
      fs.writeFileSync(path.join(queriesDir, `${name}.cypher`), `${header}${cypher}\n`);
    });
    api = testApi(driver, { queriesDir });
    before = await graphFingerprint(driver);
  });
  afterAll(async () => {
    await counter.close();
    fs.rmSync(queriesDir, { recursive: true, force: true });
    await driver.close();
  });

  it("tries more than twenty different writes and escapes", () => {
    expect(WRITE_ATTEMPTS.length).toBeGreaterThanOrEqual(20);
    expect(before.nodes).toBeGreaterThan(20);
  });

  it.each(WRITE_ATTEMPTS.map(([label], index) => [label, index] as const))(
    "ad-hoc %s is refused with a clear message",
    async (_label, index) => {
      const [, cypher = ""] = attempts()[index] ?? [];
      const { status, body } = await runCypher(api, cypher);
      expect(status).toBe(403);
      expect(body.error.code).toBe("query_refused");
      expect(body.error.message).toMatch(/^Refused: .+ Only read-only queries can run here\.$/);
    },
  );

  it.each(WRITE_ATTEMPTS.map(([label], index) => [label, index] as const))(
    "saved %s is refused with a clear message",
    async (_label, index) => {
      const response = await post(api, `/queries/attempt-${index}/run`, { params: {} });
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(response.status).toBe(403);
      expect(body.error).toMatchObject({
        code: "query_refused",
        message: expect.stringMatching(/^Refused: /),
      });
    },
  );

  it("says why LOAD CSV is refused even though Neo4j calls it a read", async () => {
    const { body } = await runCypher(api, `LOAD CSV FROM '${counter.url}' AS row RETURN row`);
    expect(body.error.message).toMatch(/LOAD CSV fetches files and URLs/);
  });

  it("treats a parameter value holding Cypher as a plain value", async () => {
    const injection = "x'}) DETACH DELETE n WITH 1 AS one MATCH (n {name: 'x";
    const echoed = await runCypher(api, "RETURN $text AS text", { text: "CREATE (:Entity {id: 'p'})" });
    expect(echoed.status).toBe(200);
    expect(echoed.body.rows).toEqual([["CREATE (:Entity {id: 'p'})"]]);
    const matched = await runCypher(api, "MATCH (e:Entity) WHERE e.name = $name RETURN e", {
      name: injection,
    });
    expect(matched.body.rows).toEqual([]);
    const saved = await post(testApi(driver), "/queries/worker-routes/run", {
      params: { country: injection },
    });
    expect(rowObjects(await saved.json())).toEqual([]);
  });

  it("leaves the graph's counts, contents and schema unchanged and never fetched the URL", async () => {
    const after = await graphFingerprint(driver);
    expect(after).toEqual(before);
    expect(counter.hits()).toBe(0);
  });

  it("would have noticed: a direct write changes the fingerprint and a direct LOAD CSV hits the server", async () => {
    await driver.executeQuery(`LOAD CSV FROM '${counter.url}' AS row RETURN count(row)`);
    expect(counter.hits()).toBe(1);
    await driver.executeQuery("MATCH (e:Entity {name: 'Dandong'}) SET e.name = 'Dandong city'");
    expect((await graphFingerprint(driver)).checksum).not.toBe(before.checksum);
  });
});
