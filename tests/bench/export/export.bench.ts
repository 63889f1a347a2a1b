/**
 * A 4× PNG briefing export of a 1,000-node view in the app (`window.__graphbrief_export`: frame, sources lookup,
 * the frame rasterized from its SVG and the graph drawn by the canvas renderer at its size in the frame) beside a
 * bare `cy.png({scale: 4, full: true})` of the same elements, styles and positions on a bare Cytoscape page, both
 * timed inside Chromium. Ratio: app / bare (below 1: the export is faster). The SVG export of the same view is
 * timed too, without a baseline: cytoscape-svg draws through an SVG-building canvas, which costs far more.
 */
import fs from "node:fs";
import { chromium, type Page } from "@playwright/test";
import type { ElementDefinition } from "cytoscape";
import { startAppServer } from "../api/servers.ts";
import { renderBare } from "../render/bare/bare-render-page.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { writeViewGraph } from "../support/view-graph.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const VIEWPORT = { width: 1280, height: 720 };
const SCALE = 4;
const VIEW_NODES = 1000;
/** Articles the view's links cite, so that the frame has a sources footer to draw. */
const VIEW_ARTICLES = 20;

export async function benchExport(neo4j: BenchNeo4j, options: { runs: number }): Promise<BenchRow[]> {
  await writeViewGraph(neo4j.driver, { nodes: VIEW_NODES, articles: VIEW_ARTICLES });
  const app = await startAppServer(neo4j);
  const browser = await chromium.launch({
    ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(new URL(`?cap=${VIEW_NODES}&layout=grid`, app.ready.url).toString());
    await page.waitForFunction((count) => window.__graphbrief_cy?.nodes().length === count, VIEW_NODES, {
      timeout: 120_000,
    });
    await page.evaluate(() => window.__graphbrief_export?.({ format: "svg" })); // waits for the layout once
    // The shared bare page draws with the explorer's style; "preset" keeps the app's positions.
    const { page: bare } = await renderBare(browser, await positionedElements(page), "preset", VIEWPORT);
    const appMs: number[] = [];
    const svgMs: number[] = [];
    const bareMs: number[] = [];
    let sizes = { app: "", bare: "" };
    for (let run = 0; run <= options.runs; run++) {
      const timedApp = await timeAppExport(page, "png");
      const timedSvg = await timeAppExport(page, "svg");
      const timedBare = await timeBarePng(bare);
      sizes = { app: timedApp.size, bare: timedBare.size };
      if (run === 0) continue; // warm-up
      appMs.push(timedApp.ms);
      svgMs.push(timedSvg.ms);
      bareMs.push(timedBare.ms);
    }
    const value = median(appMs);
    const baseline = median(bareMs);
    return [
      {
        bench: `export (${VIEW_NODES} nodes)`,
        metric: `4× PNG: app briefing ${sizes.app} vs bare cy.png ${sizes.bare}`,
        unit: "ms",
        value,
        baseline,
        ratio: value / baseline,
        better: "lower",
        runs: appMs.length,
      },
      {
        bench: `export (${VIEW_NODES} nodes)`,
        metric: "the same view as framed SVG (cytoscape-svg)",
        unit: "ms",
        value: median(svgMs),
        better: "lower",
        runs: svgMs.length,
      },
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function timeAppExport(page: Page, format: "png" | "svg"): Promise<{ ms: number; size: string }> {
  return page.evaluate(
    async ({ scale, format }) => {
      const start = performance.now();
      const result = await window.__graphbrief_export?.({ format, scale, settle: false });
      const ms = performance.now() - start;
      if (!(format === "png" ? result?.pngBase64 : result?.svg))
        throw new Error(`The app's export returned no ${format}.`);
      return { ms, size: `${(result?.width ?? 0) * scale}×${(result?.height ?? 0) * scale}` };
    },
    { scale: SCALE, format },
  );
}

async function timeBarePng(page: Page): Promise<{ ms: number; size: string }> {
  return page.evaluate(async (scale) => {
    const cy = window.__bare_cy;
    if (!cy) throw new Error("The bare page has no Cytoscape instance.");
    const start = performance.now();
    const uri = cy.png({ scale, full: true });
    const ms = performance.now() - start;
    const image = new Image();
    image.src = uri;
    await image.decode();
    return { ms, size: `${image.naturalWidth}×${image.naturalHeight}` };
  }, SCALE);
}

/** The app canvas's elements with their positions, for the bare page to draw where the app drew them. */
function positionedElements(page: Page): Promise<ElementDefinition[]> {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    if (!cy) throw new Error("The page has no explorer canvas.");
    return cy.elements().jsons() as unknown as ElementDefinition[];
  });
}
