/**
 * The database stops while the app is open: the API answers 503 with a readable message, and recovers by itself
 * once the database is back, without a restart of the API.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { type LocalNeo4j, startLocalNeo4j } from "../../../neo4j/local/server.ts";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
import { testApi } from "../support/api.ts";

const BOLT_PORT = Number(process.env.GRAPHBRIEF_TEST_BOLT_PORT_3 ?? 7686);

describe("when the database stops and comes back", () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-restart-"));
  let server: LocalNeo4j | undefined;
  let driver: Driver | undefined;

  afterAll(async () => {
    await driver?.close();
    await server?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it("answers 503 while it is down and 200 again once it is back", async () => {
    const start = () => startLocalNeo4j({ home, boltPort: BOLT_PORT, heap: "512m", log: () => {} });
    server = await start();
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
      maxTransactionRetryTime: 1_000,
      connectionTimeout: 2_000,
    });
    const api = testApi(driver);
    expect((await api.request("/health")).status).toBe(200);

    await server.stop();
    const down = await api.request("/health");
    expect(down.status).toBe(503);
    const body = (await down.json()) as ApiErrorBody;
    expect(body.error).toEqual({
      code: "database_unavailable",
      message: "The Neo4j database cannot be reached; retrying.",
    });

    // Bolt answers before the database is online; on a busy machine that takes a few seconds, during which the
    // API rightly keeps answering 503. It must recover by itself, as the page's health poll would see.
    server = await start();
    await expect
      .poll(async () => (await api.request("/health")).status, {
        timeout: 30_000,
        interval: 1_000,
      })
      .toBe(200);
  }, 240_000);
});
