/**
 * Loads that go wrong: one killed with SIGKILL half way and run again, and two run at the same moment (the same
 * articles, or each its own half of them), must each end with exactly the graph that one clean load gives (same
 * counts, same checksum).
 */
import { spawn, spawnSync } from "node:child_process";
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
  let halves: [string[], string[]];
  let clean: { checksum: string; counts: { nodes: number; relationships: number } };

  beforeAll(async () => {
    driver = testDriver();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-faults-"));
    const files = writeCorpus(dir, generateCorpus(150, 7));
    halves = [files.slice(0, 75), files.slice(75)];
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
    const child = loaderProcess([dir]);
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

  it("ends with the clean graph when each half of the articles is loaded at the same time", async () => {
    await resetDatabase(driver);
    await Promise.all(halves.map((half) => loadArticles(driver, half, { database: TEST_DATABASE })));
    expect(await countGraph(driver)).toEqual(clean.counts);
    expect(await graphChecksum(driver)).toBe(clean.checksum);
  });

  it("ends with the clean graph when another load runs between each two stages of a load", async () => {
    await resetDatabase(driver);
    const interleaved: string[] = [];
    await loadArticles(driver, [dir], {
      database: TEST_DATABASE,
      onWriteProgress: ({ stage, done, total }) => {
        if (done < total || interleaved.includes(stage)) return;
        interleaved.push(stage);
        // Blocks this load between two of its stages while a whole other load, cleanup included, runs.
        const other = spawnSync(process.execPath, loaderArgs(halves[0].slice(0, 1)), loaderOptions());
        expect(other.status, other.stderr?.toString()).toBe(0);
      },
    });
    expect(interleaved).toEqual(expect.arrayContaining(["clear", "articles", "mentions", "relations"]));
    expect(await countGraph(driver)).toEqual(clean.counts);
    expect(await graphChecksum(driver)).toBe(clean.checksum);
  }, 360_000);

  it("ends with the clean graph when two loader processes run at once", async () => {
    await resetDatabase(driver);
    const exits = await Promise.all(halves.map((half) => exitCode(loaderProcess(half))));
    expect(exits).toEqual([0, 0]);
    expect(await countGraph(driver)).toEqual(clean.counts);
    expect(await graphChecksum(driver)).toBe(clean.checksum);
  });
});

function exitCode(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** `npm run load` as a separate process against the test database, as a user would run it. */
function loaderProcess(paths: string[]) {
  return spawn(process.execPath, loaderArgs(paths), { ...loaderOptions(), stdio: "ignore" });
}

function loaderArgs(paths: string[]): string[] {
  return ["--import", "tsx", "graph-loader/cli/load.ts", ...paths];
}

function loaderOptions() {
  const { uri, user, password } = inject("neo4j");
  return {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
  };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
