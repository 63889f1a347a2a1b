import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emptyDatabase, loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { countGraph, resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { graphChecksum } from "../support/graph-checksum.ts";

const SAMPLES = fs
  .readdirSync(DEFAULT_ARTICLES_DIR)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => path.join(DEFAULT_ARTICLES_DIR, name));

describe("loading articles", () => {
  let driver: Driver;
  const load = (paths: string[]) => loadArticles(driver, paths, { database: TEST_DATABASE });

  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(() => driver.close());

  it("is idempotent: loading the same articles twice leaves the same graph", async () => {
    await load(SAMPLES);
    const once = { counts: await countGraph(driver), checksum: await graphChecksum(driver) };
    expect(once.counts.nodes).toBeGreaterThan(50);
    await load(SAMPLES);
    expect(await countGraph(driver)).toEqual(once.counts);
    expect(await graphChecksum(driver)).toBe(once.checksum);
  });

  it("is incremental: articles loaded in two runs give the graph of one run", async () => {
    await load(SAMPLES);
    const together = await graphChecksum(driver);
    await emptyDatabase(driver, TEST_DATABASE);
    await load(SAMPLES.slice(0, 2));
    const partial = await countGraph(driver);
    await load(SAMPLES.slice(2));
    expect((await countGraph(driver)).nodes).toBeGreaterThan(partial.nodes);
    expect(await graphChecksum(driver)).toBe(together);
  });

  it("replaces a changed article's evidence, leaving nothing stale", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-reload-"));
    const article = path.join(dir, "route-article.md");
    const header = "---\ntitle: Workers on the move\nsource: Test Wire\npublished: 2024-05-02\n---\n";
    const route = "The workers travelled from Pyongyang to Dandong by train.";
    const visit = "Kim Jong Un visited Russia in September.";
    fs.writeFileSync(article, `${header}${route} ${visit}\n`);
    await load([article]);
    expect(await evidenceSentences(driver)).toEqual(expect.arrayContaining([route, visit]));

    fs.writeFileSync(article, `${header}${visit}\n`);
    await load([article]);
    const after = await evidenceSentences(driver);
    expect(after).toContain(visit);
    expect(after).not.toContain(route);
    expect(await relationCount(driver, "ROUTE_LEG")).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("empties the database first with reset", async () => {
    await driver.executeQuery("CREATE (:Leftover {id: 'x'})", {}, { database: TEST_DATABASE });
    await loadArticles(driver, SAMPLES.slice(0, 1), { database: TEST_DATABASE, reset: true });
    const { records } = await driver.executeQuery(
      "MATCH (n:Leftover) RETURN count(n) AS n",
      {},
      {
        database: TEST_DATABASE,
      },
    );
    expect(records[0]?.get("n")).toBe(0);
  });
});

async function evidenceSentences(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    "MATCH (v:Evidence) RETURN DISTINCT v.sentence AS s",
    {},
    {
      database: TEST_DATABASE,
    },
  );
  return records.map((record) => record.get("s") as string);
}

async function relationCount(driver: Driver, type: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH ()-[r]->() WHERE type(r) = $type RETURN count(r) AS n",
    { type },
    { database: TEST_DATABASE },
  );
  return records[0]?.get("n") ?? 0;
}
