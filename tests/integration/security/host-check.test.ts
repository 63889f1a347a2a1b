/**
 * DNS rebinding: a page on another domain that resolves to 127.0.0.1 sends requests whose Host header names that
 * domain. The app answers only requests addressed to a name it serves (421 otherwise), so such a page can read
 * nothing, run nothing and save nothing, even when its Origin matches its own Host. A POST's Origin is compared
 * with the addresses the app serves (name and port), not with the request's own Host.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERIES_DIR } from "../../../scripts/lib/queries-dir.ts";
import { type RunningServer, startServer } from "../../../web/server/serve.ts";
import type { ApiErrorBody } from "../../../web/shared/api-types.ts";
import { testDeps } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";

interface Answer {
  status: number;
  body: string;
}

function send(
  port: number,
  options: { path: string; host: string; method?: string; body?: string; origin?: string },
) {
  return new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = { Host: options.host };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (options.origin) headers.Origin = options.origin;
    const request = http.request(
      { host: "127.0.0.1", port, path: options.path, method: options.method ?? "GET", headers },
      (response) => {
        let body = "";
        response.on("data", (data) => {
          body += data;
        });
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A Cypher run posted to the served loopback address, from a page at `origin`. */
function postCypherFrom(port: number, origin: string) {
  return send(port, {
    path: "/api/cypher",
    host: `127.0.0.1:${port}`,
    origin,
    method: "POST",
    body: JSON.stringify({ query: "RETURN 1 AS one" }),
  });
}

describe("requests only for this host", () => {
  let driver: Driver;
  let server: RunningServer;
  let port: number;
  let queriesDir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    queriesDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-host-queries-"));
    fs.cpSync(QUERIES_DIR, queriesDir, { recursive: true });
    server = await startServer(
      { ...testDeps(driver), queriesDir, savedQueriesDir: queriesDir },
      { host: "127.0.0.1", port: 0, log: () => {} },
    );
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(queriesDir, { recursive: true, force: true });
    await driver.close();
  });

  it("answers requests addressed to 127.0.0.1 or localhost", async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const answer = await send(port, { path: "/api/health", host });
      expect(answer.status, host).toBe(200);
    }
  });

  it("answers 421 to any other Host, for the API and the page", async () => {
    for (const host of [`rebind.example:${port}`, "rebind.example", `127.0.0.1.rebind.example:${port}`]) {
      for (const route of ["/api/health", "/api/overview", "/"]) {
        const answer = await send(port, { path: route, host });
        expect(answer.status, `${host} ${route}`).toBe(421);
        expect((JSON.parse(answer.body) as ApiErrorBody).error.code).toBe("misdirected_request");
        expect(answer.body).toMatch(/127\.0\.0\.1/);
      }
    }
  });

  it("runs and saves nothing for a rebinding page whose Origin matches its Host", async () => {
    const host = `rebind.example:${port}`;
    const origin = `http://${host}`;
    const query = { name: "rebound", title: "Planted", view: "table", cypher: "RETURN 1 AS one" };
    const save = await send(port, {
      path: "/api/queries",
      host,
      origin,
      method: "POST",
      body: JSON.stringify(query),
    });
    expect(save.status).toBe(421);
    const run = await send(port, {
      path: "/api/cypher",
      host,
      origin,
      method: "POST",
      body: JSON.stringify({ query: "MATCH (n) RETURN n LIMIT 1" }),
    });
    expect(run.status).toBe(421);
    expect(fs.existsSync(path.join(queriesDir, "rebound.cypher"))).toBe(false);
  });

  it("refuses a POST from another origin even to a served host", async () => {
    const answer = await postCypherFrom(port, "http://rebind.example");
    expect(answer.status).toBe(403);
    expect((JSON.parse(answer.body) as ApiErrorBody).error.code).toBe("cross_site_request");
  });

  it("answers 421 to a served name at another port, naming the addresses it serves", async () => {
    const answer = await send(port, { path: "/api/health", host: "127.0.0.1:1" });
    expect(answer.status).toBe(421);
    const { error } = JSON.parse(answer.body) as ApiErrorBody;
    expect(error.code).toBe("misdirected_request");
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain("GRAPHBRIEF_ALLOWED_HOSTS");
  });

  it("refuses a POST from another local app (a served name at another port) and a null Origin", async () => {
    for (const origin of ["http://127.0.0.1:1", `http://localhost:${port + 1}`, "null"]) {
      const answer = await postCypherFrom(port, origin);
      expect(answer.status, origin).toBe(403);
      expect((JSON.parse(answer.body) as ApiErrorBody).error.code, origin).toBe("cross_site_request");
    }
  });

  it("accepts a POST from the page on any served address", async () => {
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const answer = await postCypherFrom(port, origin);
      expect(answer.status, origin).toBe(200);
    }
  });

  it("answers the names of GRAPHBRIEF_ALLOWED_HOSTS, and takes their pages' POSTs", async () => {
    const proxied = await startServer(
      { ...testDeps(driver), queriesDir, savedQueriesDir: queriesDir },
      { host: "127.0.0.1", port: 0, allowedHosts: ["graphbrief.lan", "proxy.lan:8443"], log: () => {} },
    );
    try {
      const proxiedPort = Number(new URL(proxied.url).port);
      const status = async (host: string) => (await send(proxiedPort, { path: "/api/health", host })).status;
      expect(await status("graphbrief.lan")).toBe(200);
      expect(await status("proxy.lan:8443")).toBe(200);
      expect(await status("proxy.lan")).toBe(421);
      expect(await status("other.lan")).toBe(421);
      const run = await send(proxiedPort, {
        path: "/api/cypher",
        host: "graphbrief.lan",
        origin: "https://graphbrief.lan",
        method: "POST",
        body: JSON.stringify({ query: "RETURN 1 AS one" }),
      });
      expect(run.status).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});
