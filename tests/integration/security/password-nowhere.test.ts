/**
 * The database password never leaves the server's memory: not in any API response (answers, errors, a database
 * that is down, a password that is refused), not in any line the app or the loader logs or prints.
 * (The client bundle is checked in secrets-and-cors.test.ts.)
 */
import { spawnSync } from "node:child_process";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { loadConfig, PROJECT_ROOT } from "../../../config/env.ts";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { type RunningApp, runApp } from "../../../scripts/lib/run-app.ts";
import { createServerApp } from "../../../web/server/serve.ts";
import { testDeps } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

const WRONG_PASSWORD = "not-the-password-Zq81x";

const GET_ROUTES = [
  "/api/health",
  "/api/overview",
  "/api/search?q=Dandong",
  "/api/entities/place:dandong",
  "/api/entities/place:dandong/neighbours",
  "/api/entities/no:such",
  "/api/paths?from=place:pyongyang&to=country:russia&max=4",
  "/api/articles",
  "/api/queries",
  "/api/no-such-route",
];

const POSTS: Array<[string, unknown]> = [
  ["/api/cypher", { query: "MATCH (e:Entity) RETURN e LIMIT 5" }],
  ["/api/cypher", { query: "RETRUN 1" }],
  ["/api/cypher", { query: "SHOW USERS" }],
  ["/api/cypher", { query: "CALL dbms.listConfig()" }],
  ["/api/cypher", { query: "MATCH (n) DETACH DELETE n" }],
  ["/api/queries/schema-summary/run", {}],
  ["/api/queries/entity-neighbourhood/run", { params: { depth: 9 } }],
];

describe("the database password", () => {
  const { uri, password } = inject("neo4j");
  let driver: Driver;
  let logged: string[];

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadArticles(driver, [DEFAULT_ARTICLES_DIR], { database: TEST_DATABASE });
  });
  afterAll(async () => {
    // Neo4j locks a user out for a few seconds after refused logins; later tests need it back.
    await untilLoginWorks(uri, password);
    await driver.close();
  });
  beforeEach(() => {
    logged = [];
    for (const method of ["log", "error", "warn", "info"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function everyAnswer(serverDriver: Driver): Promise<string[]> {
    const app = createServerApp(testDeps(serverDriver), { log: (line) => logged.push(line) });
    const answers: string[] = [];
    for (const route of GET_ROUTES) answers.push(await (await app.request(route)).text());
    for (const [route, body] of POSTS) {
      const response = await app.request(route, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      answers.push(`${response.status} ${await response.text()}`);
    }
    return answers;
  }

  it("is in no answer and no log line of a working API", async () => {
    const answers = await everyAnswer(driver);
    expect(answers.some((answer) => answer.includes("Dandong"))).toBe(true);
    expect(answers.filter((answer) => answer.includes(password))).toEqual([]);
    expect(logged.filter((line) => line.includes(password))).toEqual([]);
  });

  it("is in no answer and no log line while the database cannot be reached", async () => {
    const down = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", password), {
      connectionTimeout: 1_000,
      maxTransactionRetryTime: 0,
    });
    try {
      const answers = await everyAnswer(down);
      expect(answers.some((answer) => answer.includes("database_unavailable"))).toBe(true);
      expect(logged.length).toBeGreaterThan(0);
      expect(answers.filter((answer) => answer.includes(password))).toEqual([]);
      expect(logged.filter((line) => line.includes(password))).toEqual([]);
    } finally {
      await down.close();
    }
  });

  it("is in no line the app prints while it starts and serves", async () => {
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password });
    let app: RunningApp | undefined;
    try {
      app = await runApp(
        { ...config, server: { host: "127.0.0.1", port: 0 } },
        { serveClient: false, log: (line) => logged.push(line) },
      );
      expect(await app.databaseReady).toBe(true);
      expect((await fetch(new URL("/api/health", app.url))).status).toBe(200);
    } finally {
      await app?.stop();
    }
    expect(logged.filter((line) => line.includes(password))).toEqual([]);
  });

  it("is in no answer and no log line when Neo4j refuses it", async () => {
    const refused = neo4j.driver(uri, neo4j.auth.basic("neo4j", WRONG_PASSWORD), {
      maxTransactionRetryTime: 0,
    });
    try {
      const answers = await everyAnswer(refused);
      expect(answers.some((answer) => answer.includes("database_auth"))).toBe(true);
      expect(answers.filter((answer) => answer.includes(WRONG_PASSWORD))).toEqual([]);
      expect(logged.filter((line) => line.includes(WRONG_PASSWORD))).toEqual([]);
    } finally {
      await refused.close();
    }
  });

  it("is in nothing the loader prints, whether the load works or the password is refused", async () => {
    await untilLoginWorks(uri, password);
    for (const given of [password, WRONG_PASSWORD]) {
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", "graph-loader/cli/load.ts", DEFAULT_ARTICLES_DIR],
        {
          cwd: PROJECT_ROOT,
          env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: given },
          encoding: "utf8",
        },
      );
      expect(run.status === 0, `${given === password ? "right" : "wrong"} password: ${run.stderr}`).toBe(
        given === password,
      );
      expect(`${run.stdout}${run.stderr}`).not.toContain(given);
      await untilLoginWorks(uri, password);
    }
  });
});

/**
 * Waits until a fresh connection can log in. A fresh driver each time: an existing driver may answer from a
 * connection that logged in before the lockout, while a new process (the loader) would still be refused.
 */
async function untilLoginWorks(uri: string, password: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const probe = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
    const works = await probe.verifyAuthentication().catch(() => false);
    await probe.close();
    if (works) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("The test database still refuses its password a minute after the refused logins");
}
