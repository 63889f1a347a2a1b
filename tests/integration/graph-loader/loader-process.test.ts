import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Neo4jTarget } from "../../../config/env.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { LoaderProcessError, runLoaderProcess } from "../../../scripts/lib/loader-process.ts";
import { countGraph, resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

function testTarget(overrides: Partial<Extract<Neo4jTarget, { kind: "external" }>> = {}): Neo4jTarget {
  const { uri, user, password } = inject("neo4j");
  return { kind: "external", uri, user, password, database: TEST_DATABASE, ...overrides };
}

describe("the loader process the app starts for the sample corpus", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => resetDatabase(driver));
  afterAll(() => driver.close());

  it("loads an empty database and reports what it wrote, then leaves a filled one alone", async () => {
    const lines: string[] = [];
    const first = await runLoaderProcess(
      { target: testTarget(), paths: [DEFAULT_ARTICLES_DIR], onlyIfEmpty: true },
      (line) => lines.push(line),
    );
    expect(first.loaded).toBe(true);
    expect(first.articles).toBe(5);
    const counts = await countGraph(driver);
    expect(counts.nodes).toBeGreaterThan(first.entities);

    const second = await runLoaderProcess(
      { target: testTarget(), paths: [DEFAULT_ARTICLES_DIR], onlyIfEmpty: true },
      (line) => lines.push(line),
    );
    expect(second.loaded).toBe(false);
    expect(await countGraph(driver)).toEqual(counts);
  });

  it("fails with a readable error, and without the password, when the database refuses the login", async () => {
    const wrong = "not-the-password-x9";
    const lines: string[] = [];
    const run = runLoaderProcess(
      { target: testTarget({ password: wrong }), paths: [DEFAULT_ARTICLES_DIR], onlyIfEmpty: true },
      (line) => lines.push(line),
    );
    await expect(run).rejects.toBeInstanceOf(LoaderProcessError);
    await expect(run).rejects.toThrow(/loader process exited with code 2/);
    expect(lines.join("\n")).not.toContain(wrong);
    expect((await countGraph(driver)).nodes).toBe(0);
  });
});
