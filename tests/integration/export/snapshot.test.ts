/**
 * `npm run snapshot` against a real Neo4j holding the sample corpus: a PNG of the requested pixel size that is not
 * blank, an SVG that parses and holds the title and node labels as text, a sources footer listing exactly the
 * articles behind the drawn links (checked against the API), the same layout twice, a permalink rendering the
 * same view, and clear non-zero exits (one line each) for an unknown query, a bad parameter, an empty result, a
 * frame too small and a database that cannot be reached.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Driver } from "neo4j-driver";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../config/env.ts";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { ensureClientBuilt } from "../../../scripts/lib/build-client.ts";
import { type RunningApp, runApp } from "../../../scripts/lib/run-app.ts";
import { explorerGraph } from "../../../web/client/features/export/api/saved-query-graph.ts";
import type { QueryResult } from "../../../web/shared/query-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { closedPort, runSnapshot, summaryOf } from "./snapshot-cli.ts";

const ROUTES = ["--query", "worker-routes", "--param", "country=Russia"];
const TITLE = "Routes into Russia & <beyond>";

describe("npm run snapshot", () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadArticles(driver, [DEFAULT_ARTICLES_DIR], { database: TEST_DATABASE });
    await ensureClientBuilt(() => {});
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-snapshot-"));
  });
  afterAll(async () => {
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The route query's graph as the API gives it, keyed as the explorer keys it. */
  async function routeGraph() {
    const response = await testApi(driver).request("/queries/worker-routes/run", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ params: { country: "Russia" } }),
    });
    expect(response.status).toBe(200);
    return explorerGraph(((await response.json()) as QueryResult).graph);
  }

  it("writes a PNG of the requested pixel size that is not blank", async () => {
    const out = path.join(dir, "routes.png");
    const summary = summaryOf(
      await runSnapshot([
        ...ROUTES,
        "--out",
        out,
        "--width",
        "900",
        "--height",
        "600",
        "--scale",
        "2",
        "--json",
      ]),
    );
    const png = PNG.sync.read(fs.readFileSync(out));
    expect([png.width, png.height]).toEqual([1800, 1200]);
    expect(summary.nodes.length).toBeGreaterThan(2);
    const luminance: number[] = [];
    for (let index = 0; index < png.data.length; index += 4) {
      luminance.push(
        0.299 * (png.data[index] ?? 0) +
          0.587 * (png.data[index + 1] ?? 0) +
          0.114 * (png.data[index + 2] ?? 0),
      );
    }
    const mean = luminance.reduce((sum, value) => sum + value, 0) / luminance.length;
    const variance = luminance.reduce((sum, value) => sum + (value - mean) ** 2, 0) / luminance.length;
    expect(variance).toBeGreaterThan(100);
    expect(luminance.filter((value) => value < 200).length / luminance.length).toBeGreaterThan(0.005);
  });

  describe("SVG", () => {
    let svg: string;
    let first: ReturnType<typeof summaryOf>;

    beforeAll(async () => {
      const out = path.join(dir, "routes.svg");
      first = summaryOf(await runSnapshot([...ROUTES, "--out", out, "--title", TITLE, "--json"]));
      svg = fs.readFileSync(out, "utf8");
    });

    it("parses, and holds the title and every node label as text", async () => {
      expect(XMLValidator.validate(svg)).toBe(true);
      const text = textsOf(svg);
      expect(text).toContain(TITLE);
      const graph = await routeGraph();
      expect(graph.nodes.length).toBeGreaterThan(2);
      for (const node of graph.nodes) expect(text).toContain(node.name);
    });

    it("lists in its sources footer exactly the articles behind the drawn links", async () => {
      const graph = await routeGraph();
      const expected = [
        ...new Set(graph.edges.flatMap((edge) => edge.properties.articles as string[])),
      ].sort();
      expect(expected.length).toBeGreaterThan(0);
      const listed = [...svg.matchAll(/data-article-id="([^"]+)"/g)].map((match) => match[1]).sort();
      expect(listed).toEqual(expected);
      expect(first.articles.map((article) => article.id).sort()).toEqual(expected);
      expect(new Set(first.edges.map((edge) => edge.id))).toEqual(
        new Set(graph.edges.map((edge) => edge.id)),
      );
    });

    it("gives the same layout when run again", async () => {
      const again = summaryOf(
        await runSnapshot([...ROUTES, "--out", path.join(dir, "again.svg"), "--title", TITLE, "--json"]),
      );
      expect(Object.keys(first.positions).length).toBeGreaterThan(2);
      expect(again.positions).toEqual(first.positions);
    });

    it("renders a permalink of the app as the same view", async () => {
      const app = await startApp();
      try {
        const url = new URL("?q=worker-routes&qp.country=Russia", app.url).toString();
        const shared = summaryOf(
          await runSnapshot(["--url", url, "--out", path.join(dir, "shared.svg"), "--json"]),
        );
        expect(shared.positions).toEqual(first.positions);
        expect(shared.articles).toEqual(first.articles);
      } finally {
        await app.stop();
      }
    });
  });

  describe("refuses, with a clear error and no file", () => {
    it.each([
      ["an unknown query", ["--query", "no-such-query"], 4, /no saved query "no-such-query".*worker-routes/i],
      [
        "a parameter of the wrong type",
        [...ROUTES, "--param", "limit=many"],
        4,
        /limit: "many" is not an int/,
      ],
      ["a parameter out of its bounds", [...ROUTES, "--param", "limit=100000"], 4, /Bad parameter.*limit/],
      ["an empty result", ["--query", "worker-routes", "--param", "country=Atlantis"], 5, /no graph to draw/],
    ])("%s", async (_case, args, code, message) => {
      const out = path.join(dir, `refused-${code}.png`);
      const run = await runSnapshot([...args, "--out", out]);
      expect(run.code).toBe(code);
      expect(run.stderr).toMatch(message);
      expect(fs.existsSync(out)).toBe(false);
    });

    it("an output that is neither PNG nor SVG", async () => {
      const run = await runSnapshot([...ROUTES, "--out", path.join(dir, "routes.jpg")]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--out must end in \.png or \.svg/);
    });

    it("a frame too small for the graph, in one line without a stack trace", async () => {
      const out = path.join(dir, "too-small.png");
      const run = await runSnapshot([...ROUTES, "--width", "300", "--height", "300", "--out", out]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toMatch(
        /^snapshot: A 300×300 picture leaves \d+×\d+ px for the graph; make it larger/,
      );
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat \S+ \(|page\.evaluate/);
      expect(fs.existsSync(out)).toBe(false);
    });

    it("a database that cannot be reached", async () => {
      const out = path.join(dir, "unreachable.png");
      const run = await runSnapshot([...ROUTES, "--out", out], {
        NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}`,
      });
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/cannot be reached/);
      expect(fs.existsSync(out)).toBe(false);
    });
  });
});

/** The app on a free port against the test database, as a person would run it to share a link. */
async function startApp(): Promise<RunningApp> {
  const { uri, user, password } = await import("vitest").then(({ inject }) => inject("neo4j"));
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password });
  const app = await runApp(
    { ...config, server: { host: "127.0.0.1", port: 0 } },
    { serveClient: true, log: () => {} },
  );
  await app.databaseReady;
  return app;
}

/** Every text node of an SVG document, entities decoded. */
function textsOf(svg: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string" || typeof value === "number") found.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) if (!key.startsWith("@")) walk(child);
    }
  };
  walk(new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(svg));
  return found;
}
