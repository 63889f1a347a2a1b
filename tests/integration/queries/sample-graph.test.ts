/**
 * Every saved query, run with its default parameters against the graph the loader builds from the sample
 * corpus, returns what an analyst of this domain expects to see there.
 */
import fs from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import type { QueryResult } from "../../../web/shared/query-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

const SAVED = fs
  .readdirSync(QUERIES_DIR)
  .filter((file) => file.endsWith(".cypher"))
  .map((file) => file.replace(/\.cypher$/, ""));

describe("saved queries on the sample graph", () => {
  let driver: Driver;

  async function run(name: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    const response = await testApi(driver).request(`/queries/${name}/run`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ params }),
    });
    expect(response.status, `${name} answered ${response.status}`).toBe(200);
    return (await response.json()) as QueryResult;
  }

  const text = (result: QueryResult) => JSON.stringify(result.rows);

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadArticles(driver, [DEFAULT_ARTICLES_DIR], { database: TEST_DATABASE });
  });
  afterAll(() => driver.close());

  it.each(SAVED.filter((name) => name !== "article-claims"))(
    "%s returns rows with its defaults",
    async (name) => {
      expect((await run(name)).rows.length).toBeGreaterThan(0);
    },
  );

  it("worker-routes has Dandong before Harbin on a route into Russia", async () => {
    const routes = (await run("worker-routes", { country: "Russia" })).rows.map((row) => JSON.stringify(row));
    expect(routes.some((route) => /Dandong.*Harbin.*Russia/.test(route))).toBe(true);
  });

  it("shortest-paths links Pyongyang to Russia", async () => {
    expect(text(await run("shortest-paths", { from: "Pyongyang", to: "Russia" }))).toMatch(/Pyongyang/);
  });

  it("resolution-breaches has North Korea breaching 2397 with a sentence", async () => {
    expect(text(await run("resolution-breaches", { resolution: "2397" }))).toMatch(/North Korea/);
  });

  it("article-claims lists what the treaty article states", async () => {
    const claims = text(await run("article-claims", { article: "004_afcfc838190d7959" }));
    expect(claims).toMatch(/student/i);
  });

  it("quoted-sources names Cho Han-beom of the Institute for Unification Studies", async () => {
    const quoted = (await run("quoted-sources")).rows.find((row) => row[0] === "Cho Han-beom");
    expect(JSON.stringify(quoted)).toMatch(/Institute for Unification Studies/);
  });
});
