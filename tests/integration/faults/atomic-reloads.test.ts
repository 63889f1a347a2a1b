/**
 * Reloading articles already in the graph: a reader running beside the reload only ever sees the full graph (an
 * article's old evidence and mentions are replaced by the new in one transaction), and a loader process killed
 * with SIGKILL while it writes leaves the graph exactly as it was (same counts, same checksum).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../../config/env.ts";
import type { CorpusExtraction } from "../../../graph-loader/model.ts";
import { extractCorpus } from "../../../graph-loader/pipeline.ts";
import { writeExtraction } from "../../../graph-loader/write/writer.ts";
import { applySchema } from "../../../neo4j/schema.ts";
import { generateCorpus, writeCorpus } from "../../bench/corpus/generate.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { graphChecksum } from "../support/graph-checksum.ts";

/** What a half-done reload changes first: evidence, mentions, relations and entities, counted in one query. */
const COUNTS = `
  CALL { MATCH (v:Evidence) RETURN count(v) AS evidence }
  CALL { MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS mentions }
  CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
  CALL { MATCH (e:Entity) RETURN count(e) AS entities }
  RETURN evidence, mentions, relations, entities`;

/** Transactions of other connections that write evidence: the loader's, once its extraction is done. */
const LOADER_WRITING = `
  SHOW TRANSACTIONS YIELD currentQuery, status
  WHERE currentQuery CONTAINS 'Evidence' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
  RETURN count(*) AS writing`;

describe("atomic reloads", () => {
  let driver: Driver;
  let dir: string;
  let clean: { checksum: string; counts: Counts };
  let extraction: CorpusExtraction;

  beforeAll(async () => {
    driver = testDriver();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-reload-"));
    writeCorpus(dir, generateCorpus(150, 11));
    extraction = await extractCorpus([dir]);
    await resetDatabase(driver);
    await applySchema(driver, TEST_DATABASE);
    await writeExtraction(driver, extraction, { database: TEST_DATABASE });
    clean = { checksum: await graphChecksum(driver), counts: await counts(driver) };
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });

  it("shows a reader the whole graph at every moment of a reload", async () => {
    const seen: Counts[] = [];
    let loading = true;
    const reader = (async () => {
      while (loading) seen.push(await counts(driver));
    })();
    await writeExtraction(driver, extraction, { database: TEST_DATABASE });
    loading = false;
    await reader;
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((observed) => !sameCounts(observed, clean.counts))).toEqual([]);
    expect(await graphChecksum(driver)).toBe(clean.checksum);
  }, 240_000);

  // Killed as soon as the loader starts writing, then later and later into its writes.
  for (const delayMs of [0, 500, 1500]) {
    it(`leaves the graph as it was when the loader is killed ${delayMs} ms into its writes`, async () => {
      const child = loaderProcess([dir]);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await waitFor(async () => (await loaderWriting(driver)) || child.exitCode !== null);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill("SIGKILL");
      await exited;
      expect(await counts(driver)).toEqual(clean.counts);
      expect(await graphChecksum(driver)).toBe(clean.checksum);
    });
  }
});

interface Counts {
  evidence: number;
  mentions: number;
  relations: number;
  entities: number;
}

async function counts(driver: Driver): Promise<Counts> {
  const { records } = await driver.executeQuery(COUNTS, {}, { database: TEST_DATABASE });
  return records[0]?.toObject() as Counts;
}

function sameCounts(a: Counts, b: Counts): boolean {
  return (
    a.evidence === b.evidence &&
    a.mentions === b.mentions &&
    a.relations === b.relations &&
    a.entities === b.entities
  );
}

async function loaderWriting(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(LOADER_WRITING, {}, { database: TEST_DATABASE });
  return (records[0]?.get("writing") ?? 0) > 0;
}

/** `npm run load` as a separate process against the test database, as a user would run it. */
function loaderProcess(paths: string[]) {
  const { uri, user, password } = inject("neo4j");
  return spawn(process.execPath, ["--import", "tsx", "graph-loader/cli/load.ts", ...paths], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    stdio: "ignore",
  });
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
