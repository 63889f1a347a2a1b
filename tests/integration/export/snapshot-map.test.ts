/**
 * `npm run snapshot -- --layout map` against a real Neo4j holding the sample corpus: the map view in the briefing
 * frame, with country outlines as vector paths, names as text, every drawn route leg from the saved query, the
 * frame's legend, sources, stamp and map permalink; and a PNG of the map that is not blank.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import type { Driver } from "neo4j-driver";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadArticles } from "../../../graph-loader/load.ts";
import { DEFAULT_ARTICLES_DIR } from "../../../graph-loader/pipeline.ts";
import { ensureClientBuilt } from "../../../scripts/lib/build-client.ts";
import { explorerGraph } from "../../../web/client/features/export/api/saved-query-graph.ts";
import type { QueryResult } from "../../../web/shared/query-types.ts";
import { testApi } from "../support/api.ts";
import { resetDatabase, TEST_DATABASE, testDriver } from "../support/database.ts";
import { runSnapshot, summaryOf } from "./snapshot-cli.ts";

const ROUTES = ["--query", "worker-routes", "--param", "country=Russia", "--layout", "map"];

describe("npm run snapshot --layout map", () => {
  let driver: Driver;
  let dir: string;

  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await loadArticles(driver, [DEFAULT_ARTICLES_DIR], { database: TEST_DATABASE });
    await ensureClientBuilt(() => {});
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-snapshot-map-"));
  });
  afterAll(async () => {
    await driver.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function routeGraph() {
    const response = await testApi(driver).request("/queries/worker-routes/run", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ params: { country: "Russia" } }),
    });
    expect(response.status).toBe(200);
    return explorerGraph(((await response.json()) as QueryResult).graph);
  }

  it("writes an SVG with country outlines as paths, names as text, every route leg and the frame", async () => {
    const out = path.join(dir, "routes.svg");
    summaryOf(await runSnapshot([...ROUTES, "--out", out, "--json"]));
    const svg = fs.readFileSync(out, "utf8");
    expect(XMLValidator.validate(svg)).toBe(true);

    const outlines = svg.slice(svg.indexOf('<g id="map-outlines"'), svg.indexOf('<g id="map-links"'));
    expect(outlines.match(/<path d="M[\d.,\-LMZ]+"/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(svg).toMatch(/<path [^>]*data-country="country:russia"/);

    const graph = await routeGraph();
    const placed = new Set(
      graph.nodes
        .filter((node) => node.properties.type === "Country" || typeof node.properties.lat === "number")
        .map((node) => node.id),
    );
    const legs = graph.edges.filter(
      (edge) => edge.type === "ROUTE_LEG" && placed.has(edge.source) && placed.has(edge.target),
    );
    expect(legs.length).toBeGreaterThan(2);
    // Every leg is drawn: as a leg of its route, or as a link when another telling of the route refines it.
    for (const leg of legs) {
      expect(
        svg.includes(`data-leg="${leg.properties.routeId}#${leg.properties.legIndex}"`) ||
          svg.includes(`data-link="${leg.id}"`),
        `leg ${leg.id}`,
      ).toBe(true);
    }
    for (const name of ["Dandong", "Harbin", "Pyongyang", "Russia"])
      expect(svg).toMatch(new RegExp(`<text[^>]*>${name}</text>`));

    expect(svg).toContain('id="frame-legend"');
    expect(svg).toContain('id="frame-sources"');
    expect(svg).toMatch(/id="frame-stamp"[^>]*>Data as of \d{4}-\d{2}-\d{2}</);
    expect(svg).toMatch(/id="frame-permalink"[^>]*>[^<]*map=1/);
  });

  it("writes a PNG of the map that is not blank: sea, land and drawn routes", async () => {
    const out = path.join(dir, "routes.png");
    summaryOf(await runSnapshot([...ROUTES, "--out", out, "--width", "900", "--height", "600", "--json"]));
    const png = PNG.sync.read(fs.readFileSync(out));
    expect([png.width, png.height]).toEqual([900, 600]);
    const colours = new Map<string, number>();
    for (let index = 0; index < png.data.length; index += 4) {
      const key = `${png.data[index]},${png.data[index + 1]},${png.data[index + 2]}`;
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
    // The sea's colour (#dbe7f3) covers a good part of the picture, and many other colours are drawn on it.
    expect(colours.get("219,231,243") ?? 0).toBeGreaterThan(1000);
    expect(colours.size).toBeGreaterThan(50);
  });

  it("refuses an unknown layout with a usage error and writes nothing", async () => {
    const out = path.join(dir, "globe.svg");
    const run = await runSnapshot(["--query", "worker-routes", "--layout", "globe", "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--layout must be one of .*map/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
