/**
 * Every API route under malformed input (wrong types, huge values, unicode, null bytes, injection attempts,
 * broken JSON) answers a JSON 4xx with an error code: never a 500, never a stack trace.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";

const NASTY = [
  "",
  " ",
  "-1",
  "0",
  "1e309",
  "NaN",
  "9".repeat(400),
  "\u0000",
  "a\u0000b",
  "%00",
  "😀".repeat(300),
  "\u202Eevil",
  "<script>alert(1)</script>",
  "' OR 1=1 //",
  "}) MATCH (n) DETACH DELETE n //",
  "../../etc/passwd",
  "[]",
  "{}",
  "null",
  "a".repeat(10_000),
  "\\",
  '"',
  "AND OR NOT ~ * ? : ^ [ ] { } ( ) / \\",
];

const GET_ROUTES = [
  (v: string) => `/search?q=${encodeURIComponent(v)}`,
  (v: string) => `/search?q=dandong&limit=${encodeURIComponent(v)}`,
  (v: string) => `/entities/${encodeURIComponent(v)}`,
  (v: string) => `/entities/${encodeURIComponent(v)}/neighbours`,
  (v: string) =>
    `/entities/place:dandong/neighbours?limit=${encodeURIComponent(v)}&types=${encodeURIComponent(v)}`,
  (v: string) => `/paths?from=${encodeURIComponent(v)}&to=country:russia&max=3`,
  (v: string) => `/paths?from=place:pyongyang&to=country:russia&max=${encodeURIComponent(v)}`,
  (v: string) => `/articles?limit=${encodeURIComponent(v)}`,
  (v: string) => `/articles/${encodeURIComponent(v)}`,
];

const STACK_TRACE = /\bat [\w.<>]+ \(|\.(ts|js):\d+:\d+/;

describe("the API under malformed input", () => {
  let driver: Driver;
  let queriesDir: string;
  const api = () => testApi(driver, { queriesDir, savedQueriesDir: queriesDir });

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await driver.executeQuery(
      "CREATE (:Entity:Place {id: 'place:dandong', name: 'Dandong', type: 'Place', aliases: [], aliasText: ''})",
      {},
      { database: TEST_DATABASE },
    );
    queriesDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-fuzz-queries-"));
    fs.cpSync(QUERIES_DIR, queriesDir, { recursive: true });
  });
  afterAll(async () => {
    fs.rmSync(queriesDir, { recursive: true, force: true });
    await driver.close();
  });

  async function expectCleanAnswer(response: Response, what: string): Promise<void> {
    const body = await response.text();
    expect(response.status, `${what} -> ${response.status} ${body.slice(0, 200)}`).toBeLessThan(500);
    expect(body, what).not.toMatch(STACK_TRACE);
    if (response.status >= 400) {
      expect(response.headers.get("content-type"), what).toContain("application/json");
      expect(typeof (JSON.parse(body) as { error?: { code?: unknown } }).error?.code, what).toBe("string");
    }
  }

  it("answers every GET route with clean JSON for each nasty value", async () => {
    for (const route of GET_ROUTES) {
      for (const value of NASTY) {
        const url = route(value);
        await expectCleanAnswer(await api().request(url), `GET ${url.slice(0, 80)}`);
      }
    }
  });

  it("answers the POST routes with clean JSON for broken and hostile bodies", async () => {
    const bodies = [
      "not json",
      "[]",
      "null",
      '{"params": "x"}',
      '{"params": {"limit": "drop"}}',
      '{"params": {"limit": 1e309}}',
      '{"query": 42}',
      '{"query": ""}',
      JSON.stringify({ query: "a".repeat(200_000) }),
      JSON.stringify({ query: "MATCH (n) RETURN n\u0000" }),
      JSON.stringify({ name: "../../escape", title: "t", view: "graph", cypher: "RETURN 1" }),
      JSON.stringify({ name: "ok-name", title: 5, view: "pie", cypher: null }),
    ];
    const targets = ["/cypher", "/queries", "/queries/worker-routes/run", "/queries/%2e%2e%2fescape/run"];
    for (const target of targets) {
      for (const body of bodies) {
        const response = await api().request(target, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body,
        });
        await expectCleanAnswer(response, `POST ${target} ${body.slice(0, 60)}`);
      }
    }
    for (const escaped of ["../escape.cypher", "../../escape.cypher"]) {
      expect(fs.existsSync(path.resolve(queriesDir, escaped)), escaped).toBe(false);
    }
  });
});
