/**
 * The local Neo4j that the app started is killed (kill -9) or frozen (SIGSTOP) under load: the API answers every
 * request within its deadline meanwhile (503 while the database is gone), the database comes back without anyone
 * doing anything, with the same data; an app that reaches the same database through NEO4J_URI never restarts it,
 * and `npm run load` started during a restart waits for the app's Neo4j instead of starting a second one.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, PROJECT_ROOT } from "../../../config/env.ts";
import { readOrCreatePassword } from "../../../neo4j/local/password.ts";
import { type RunningApp, runApp } from "../../../scripts/lib/run-app.ts";
import { DEFAULT_DEADLINES } from "../../../web/server/deadline.ts";
import { graphChecksum } from "../support/graph-checksum.ts";
import { neo4jPid, neo4jPids } from "../support/neo4j-processes.ts";

const BOLT_PORT = Number(process.env.GRAPHBRIEF_TEST_BOLT_PORT_3 ?? 7686) + 10;
const APP_PORT = Number(process.env.PORT ?? 8080) + 40;
/** Time allowed beyond a deadline for a busy two-core machine to get the answer out. */
const SLACK_MS = 2_000;

interface Answer {
  route: string;
  status: number | "no answer";
  ms: number;
}

describe("a local database that heals", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-heal-"));
  const home = path.join(dataDir, "neo4j");
  const lines: string[] = [];
  const externalLines: string[] = [];
  let app: RunningApp;
  let external: RunningApp;
  let driver: Driver;
  let checksum: string;

  beforeAll(async () => {
    const env = { PATH: process.env.PATH, GRAPHBRIEF_DATA_DIR: dataDir, GRAPHBRIEF_NEO4J_HEAP: "512m" };
    app = await runApp(
      loadConfig({ ...env, GRAPHBRIEF_NEO4J_PORT: String(BOLT_PORT), PORT: String(APP_PORT) }),
      {
        serveClient: false,
        log: (line) => lines.push(line),
        supervise: { probeIntervalMs: 1_000, probeTimeoutMs: 3_000, hangMs: 15_000, firstBackoffMs: 500 },
      },
    );
    expect(await app.databaseReady).toBe(true);
    const password = readOrCreatePassword(home);
    external = await runApp(
      loadConfig({
        ...env,
        NEO4J_URI: `bolt://127.0.0.1:${BOLT_PORT}`,
        NEO4J_PASSWORD: password,
        PORT: String(APP_PORT + 1),
      }),
      { serveClient: false, log: (line) => externalLines.push(line) },
    );
    driver = neo4j.driver(`bolt://127.0.0.1:${BOLT_PORT}`, neo4j.auth.basic("neo4j", password), {
      disableLosslessIntegers: true,
    });
    checksum = await graphChecksum(driver);
  }, 300_000);

  afterAll(async () => {
    const pid = neo4jPid(home);
    if (pid !== undefined) process.kill(pid, "SIGCONT");
    await driver?.close();
    await external?.stop();
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it("leaves a healthy database alone while the sample corpus loads", () => {
    // The probe ran every second through the whole load; a probe that cannot answer would have killed it.
    expect(lines.join("\n")).toMatch(/Loaded \d+ sample articles/);
    expect(lines.filter((line) => /has not answered|ended unexpectedly|Restarting/.test(line))).toEqual([]);
  });

  it("is back with the same data after kill -9 under load, restarted by the app that started it", async () => {
    const killed = neo4jPid(home);
    expect(killed).toBeDefined();
    const load = loadOn(app.url);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    process.kill(killed as number, "SIGKILL");
    await healthy(app.url);
    const answers = await load.stop();

    expect(neo4jPid(home)).not.toBe(killed);
    expect(await graphChecksum(driver)).toBe(checksum);
    expect(answers.filter((answer) => answer.status === "no answer")).toEqual([]);
    expect(answers.filter((answer) => answer.ms > DEFAULT_DEADLINES.appMs + SLACK_MS)).toEqual([]);
    expect(answers.some((answer) => answer.status === 503)).toBe(true);
    expect(lines.join("\n")).toMatch(/ended unexpectedly \(SIGKILL\)/);
    expect(lines.join("\n")).toMatch(/The local Neo4j is back/);
    // The app on NEO4J_URI saw the same outage and only waited for the database to come back.
    expect(externalLines.join("\n")).not.toMatch(/Restarting|Starting the local Neo4j/);
    await healthy(external.url);
  }, 300_000);

  it("answers 503 within the deadline while the database is frozen, then kills and restarts it", async () => {
    const frozen = neo4jPid(home) as number;
    process.kill(frozen, "SIGSTOP");
    const health = await timedGet(app.url, "api/health");
    const search = await timedGet(app.url, "api/search?q=Pyongyang");
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(DEFAULT_DEADLINES.healthMs + SLACK_MS);
    expect(search.status).toBe(503);
    expect(search.ms).toBeLessThan(DEFAULT_DEADLINES.appMs + SLACK_MS);

    await healthy(app.url);
    expect(neo4jPid(home)).not.toBe(frozen);
    expect(await graphChecksum(driver)).toBe(checksum);
    expect(lines.join("\n")).toMatch(/has not answered its health probe for \d+ s/);
  }, 300_000);

  it("makes a load started while the database restarts wait for it, and start no Neo4j of its own", async () => {
    const killed = neo4jPid(home) as number;
    const crowded: string[] = [];
    const counter = setInterval(() => {
      const pids = neo4jPids(home);
      if (pids.length > 1) crowded.push(pids.join(", "));
    }, 100);
    process.kill(killed, "SIGKILL");
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-no-articles-"));
    try {
      const load = await runLoadCommand([empty], {
        PATH: process.env.PATH,
        GRAPHBRIEF_DATA_DIR: dataDir,
        GRAPHBRIEF_NEO4J_PORT: String(BOLT_PORT),
      });
      expect(load.code, load.output).toBe(0);
      expect(load.output).toMatch(/supervises it and is starting it again, so this process waits for it/);
      expect(load.output).not.toMatch(/Starting the local Neo4j/);
    } finally {
      clearInterval(counter);
      fs.rmSync(empty, { recursive: true, force: true });
    }
    expect(crowded).toEqual([]);
    await healthy(app.url);
    expect(neo4jPid(home)).not.toBe(killed);
    expect(await graphChecksum(driver)).toBe(checksum);
  }, 300_000);
});

/** `npm run load -- PATHS` in a process of its own, with the given environment; its exit code and all it printed. */
function runLoadCommand(
  paths: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "graph-loader/cli/load.ts", ...paths], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** Clients asking for search and health without pause, each answer recorded, until stopped. */
function loadOn(url: string) {
  const answers: Answer[] = [];
  let running = true;
  const client = async (route: string) => {
    while (running) answers.push(await timedGet(url, route));
  };
  const clients = [
    ...["Pyongyang", "Dandong", "Korea", "Nampo"].map((q) => client(`api/search?q=${q}`)),
    client("api/health"),
  ];
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      return answers;
    },
  };
}

async function timedGet(url: string, route: string): Promise<Answer> {
  const start = performance.now();
  try {
    const response = await fetch(new URL(route, url), { signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    return { route, status: response.status, ms: performance.now() - start };
  } catch {
    return { route, status: "no answer", ms: performance.now() - start };
  }
}

async function healthy(url: string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await timedGet(url, "api/health")).status !== 200) {
    if (Date.now() > deadline) throw new Error(`health did not answer 200 within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
