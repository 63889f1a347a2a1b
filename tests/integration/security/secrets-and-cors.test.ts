/**
 * The database password stays on the server: not in the built client bundle, not in any API response; and the
 * API is closed to other origins (no CORS headers), so a page elsewhere cannot read it through the browser.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../../config/env.ts";
import { createServerApp } from "../../../web/server/serve.ts";
import { testDeps } from "../support/api.ts";
import { resetDatabase, testDriver } from "../support/database.ts";

describe("secrets and origins", () => {
  let driver: Driver;
  let outDir: string;
  const { password } = inject("neo4j");

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-bundle-"));
    // The password in the environment at build time must not leak into the bundle either.
    process.env.NEO4J_PASSWORD = password;
    await build({
      configFile: path.join(PROJECT_ROOT, "vite.config.ts"),
      logLevel: "silent",
      build: { outDir, emptyOutDir: true },
    });
    delete process.env.NEO4J_PASSWORD;
  }, 120_000);
  afterAll(async () => {
    fs.rmSync(outDir, { recursive: true, force: true });
    await driver.close();
  });

  it("keeps the password and the Neo4j driver out of the client bundle", () => {
    const bundle = fs
      .readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8"))
      .join("\n");
    expect(bundle.length).toBeGreaterThan(10_000);
    expect(bundle).not.toContain(password);
    expect(bundle).not.toMatch(/NEO4J_PASSWORD|neo4j-driver|bolt:\/\//);
  });

  it("answers without CORS headers and without the password", async () => {
    const app = serverApp(driver, outDir);
    for (const route of ["/api/health", "/api/overview", "/api/no-such-route"]) {
      const response = await app.request(route, { headers: { Origin: "https://elsewhere.example" } });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(await response.text()).not.toContain(password);
    }
    const preflight = await app.request("/api/health", {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    expect(preflight.headers.get("access-control-allow-methods")).toBeNull();
  });

  it("serves the page with a content security policy that allows only its own scripts", async () => {
    const response = await serverApp(driver, outDir).request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

function serverApp(driver: Driver, clientDir: string) {
  return createServerApp(testDeps(driver), { clientDir, log: () => {} });
}
