/**
 * Loads that go wrong: one killed with SIGKILL half way and run again, and two run at the same moment, must each
 * end with exactly the graph that one clean load gives (same counts, same checksum).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../../config/env.ts";
import { loadArticles } from "../../../graph-loader/load.ts";
import { generateCorpus, writeCorpus } from "../../bench/corpus/generate.ts";
import { countGraph, resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { graphChecksum } from "../support/graph-checksum.ts";

describe("interrupted and concurrent loads", () => {
  let driver: Driver;
  let dir: string;
  let clean: { checksum: string; counts: { nodes: number; relationships: number } };

  beforeAll(async () => {
    driver = testDriver();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-faults-"));
    writeCorpus(dir, generateCorpus(150, 7));
    await resetDatabase(driver);
    await loadArticles(driver, [dir], { database: TEST_DATABASE });
    clean = { checksum: await graphChecksum(driver), counts: await countGraph(driver) };
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });

  it("ends with the clean graph when a load killed half way is run again", async () => {
    await resetDatabase(driver);
    const child = loaderProcess(dir);
    await waitFor(async () => (await countGraph(driver)).relationships > 200);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const partial = await countGraph(driver);
    expect(partial.relationships).toBeLessThan(clean.counts.relationships);

    await loadArticles(driver, [dir], { database: TEST_DATABASE });
    expect(await countGraph(driver)).toEqual(clean.counts);
    expect(await graphChecksum(driver)).toBe(clean.checksum);
  });

  it("ends with the clean graph when two loads run at once", async () => {
    await resetDatabase(driver);
    await Promise.all([
      loadArticles(driver, [dir], { database: TEST_DATABASE }),
      loadArticles(driver, [dir], { database: TEST_DATABASE }),
    ]);
    expect(await countGraph(driver)).toEqual(clean.counts);
    expect(await graphChecksum(driver)).toBe(clean.checksum);
  });
});

/** `npm run load` as a separate process against the test database, as a user would run it. */
function loaderProcess(articlesDir: string) {
  const { uri, user, password } = inject("neo4j");
  return spawn(process.execPath, ["--import", "tsx", "graph-loader/cli/load.ts", articlesDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    stdio: "ignore",
  });
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
