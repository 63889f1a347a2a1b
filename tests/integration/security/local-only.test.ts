/**
 * The app is for the analyst's own machine: by default it listens on 127.0.0.1 only; a page on another site
 * cannot make it act (a cross-site form or text POST, which browsers send without asking, is refused before it
 * saves or runs anything); and unknown API routes answer a JSON 404.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../config/env.ts";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import { type RunningServer, startServer } from "../../../web/server/serve.ts";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
import { testApi, testDeps } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";

describe("local only", () => {
  let driver: Driver;
  let queriesDir: string;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    queriesDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-csrf-queries-"));
    fs.cpSync(QUERIES_DIR, queriesDir, { recursive: true });
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    fs.rmSync(queriesDir, { recursive: true, force: true });
    await driver.close();
  });

  async function serve(host: string): Promise<RunningServer> {
    const server = await startServer(testDeps(driver), { host, port: 0, log: () => {} });
    servers.push(server);
    return server;
  }

  it("listens on 127.0.0.1 only unless HOST says otherwise", async () => {
    const { host } = loadConfig({}).server;
    expect(host).toBe("127.0.0.1");
    const local = new URL((await serve(host)).url);
    expect(local.hostname).toBe("127.0.0.1");
    expect((await fetch(new URL("/api/health", local))).status).toBe(200);
    // 127.0.0.2 is loopback too, but a socket bound to 127.0.0.1 alone does not answer there.
    expect(await accepts("127.0.0.2", Number(local.port))).toBe(false);

    const everywhere = new URL((await serve("0.0.0.0")).url);
    expect(await accepts("127.0.0.2", Number(everywhere.port))).toBe(true);
  });

  it("refuses a cross-site POST that a browser sends without a preflight, and saves nothing", async () => {
    const api = testApi(driver, { queriesDir, savedQueriesDir: queriesDir });
    const query = { name: "cross-site", title: "Planted", view: "table", cypher: "RETURN 1 AS one" };
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"]) {
      const response = await api.request("/queries", {
        method: "POST",
        headers: {
          "Content-Type": contentType,
          Origin: "https://elsewhere.example",
          "Sec-Fetch-Site": "cross-site",
        },
        body: JSON.stringify(query),
      });
      expect(response.status, contentType).toBe(403);
      expect(((await response.json()) as ApiErrorBody).error.code, contentType).toBe("cross_site_request");
    }
    expect(fs.existsSync(path.join(queriesDir, "cross-site.cypher"))).toBe(false);

    const sameSite = await api.request("http://127.0.0.1:8080/queries", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: "http://127.0.0.1:8080",
        "Sec-Fetch-Site": "same-origin",
      },
      body: JSON.stringify(query),
    });
    expect(sameSite.status).toBe(201);
    expect(fs.existsSync(path.join(queriesDir, "cross-site.cypher"))).toBe(true);
  });

  it("answers unknown API routes with a JSON 404, whatever the method", async () => {
    const api = testApi(driver);
    for (const method of ["GET", "POST", "PUT", "DELETE", "PATCH"]) {
      for (const route of ["/no-such-route", "/entities", "/queries/worker-routes/run/extra", "/health/x"]) {
        const json = { "Content-Type": "application/json" };
        const response = await api.request(route, { method, ...(method === "GET" ? {} : { headers: json }) });
        expect(response.status, `${method} ${route}`).toBe(404);
        expect(((await response.json()) as ApiErrorBody).error.code, `${method} ${route}`).toBe("not_found");
      }
    }
  });
});

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
