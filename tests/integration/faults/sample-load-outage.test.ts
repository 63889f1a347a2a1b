/**
 * The local Neo4j of a fresh app is killed (kill -9) just as the app starts its sample load: the loader process
 * never starts a Neo4j of its own while the supervisor brings the app's back (one Neo4j on the data folder at a
 * time), and the app finishes the load by itself, with the same graph as a load that nothing interrupted.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../../config/env.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { readOrCreatePassword } from "../../../neo4j/local/password.ts";
import { runLoaderProcess } from "../../../scripts/lib/loader-process.ts";
import { type RunningApp, runApp } from "../../../scripts/lib/run-app.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { graphChecksum } from "../support/graph-checksum.ts";
import { neo4jPids } from "../support/neo4j-processes.ts";

const BOLT_PORT = Number(process.env.GRAPHBRIEF_TEST_BOLT_PORT_3 ?? 7686) + 12;
const APP_PORT = Number(process.env.PORT ?? 8080) + 42;

describe("a sample load cut off by a crash of the local Neo4j", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-sample-outage-"));
  const home = path.join(dataDir, "neo4j");
  let app: RunningApp | undefined;

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it("is finished by the app after the restart, by the app's one Neo4j, with the graph of a clean load", async () => {
    const reference = await cleanSampleLoadChecksum();

    const lines: string[] = [];
    let killed: number | undefined;
    /** Every moment at which more than one Neo4j ran on the data folder, with the time since the kill. */
    const crowded: string[] = [];
    let killedAt = 0;
    const counter = setInterval(() => {
      const pids = neo4jPids(home);
      if (pids.length > 1) crowded.push(`${pids.join(", ")} at ${Date.now() - killedAt} ms`);
    }, 100);
    try {
      app = await runApp(
        loadConfig({
          PATH: process.env.PATH,
          GRAPHBRIEF_DATA_DIR: dataDir,
          GRAPHBRIEF_NEO4J_HEAP: "512m",
          GRAPHBRIEF_NEO4J_PORT: String(BOLT_PORT),
          PORT: String(APP_PORT),
        }),
        {
          serveClient: false,
          log: (line) => {
            lines.push(line);
            // The kill comes as the loader process starts: it connects while the database is down.
            if (line.includes("loading the sample articles") && killed === undefined) {
              killed = neo4jPids(home)[0];
              if (killed !== undefined) process.kill(killed, "SIGKILL");
              killedAt = Date.now();
            }
          },
          supervise: { probeIntervalMs: 1_000, probeTimeoutMs: 3_000, hangMs: 15_000, firstBackoffMs: 500 },
        },
      );
      expect(await app.databaseReady).toBe(true);
    } finally {
      clearInterval(counter);
    }

    const log = lines.join("\n");
    expect(killed).toBeDefined();
    expect(log).toMatch(/ended unexpectedly \(SIGKILL\)/);
    expect(log).toMatch(/The local Neo4j is back/);
    expect(log).toMatch(/Loaded 5 sample articles/);
    expect(crowded, log).toEqual([]);
    expect(neo4jPids(home)).toHaveLength(1);
    expect(neo4jPids(home)).not.toContain(killed);

    const driver = neo4j.driver(
      `bolt://127.0.0.1:${BOLT_PORT}`,
      neo4j.auth.basic("neo4j", readOrCreatePassword(home)),
      {
        disableLosslessIntegers: true,
      },
    );
    try {
      expect(await graphChecksum(driver)).toBe(reference);
    } finally {
      await driver.close();
    }
  }, 600_000);
});

/** The sample corpus loaded into the shared test database with nothing in the way. */
async function cleanSampleLoadChecksum(): Promise<string> {
  const { uri, user, password } = inject("neo4j");
  const driver = testDriver();
  try {
    await resetDatabase(driver);
    const outcome = await runLoaderProcess(
      {
        target: { kind: "external", uri, user, password, database: TEST_DATABASE },
        paths: [DEFAULT_ARTICLES_DIR],
        onlyIfEmpty: true,
      },
      () => {},
    );
    expect(outcome.articles).toBe(5);
    return await graphChecksum(driver);
  } finally {
    await resetDatabase(driver);
    await driver.close();
  }
}
