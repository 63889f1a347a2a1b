/**
 * Rendering: the explorer drawing 1,000 and 5,000 nodes beside a bare Cytoscape page drawing the same elements
 * with the same style, layout and drawing area, in the same Chromium. Both fetch the same overview from the same
 * API; the bare page turns it into elements with the explorer's own mapping and lays it out on the main thread,
 * with nothing else around. Time to first render (navigation to the first frame after the layout) and the median
 * frame time while panning. Ratio: app / bare (1 = as fast as bare; the target is at most 1.25).
 */
import fs from "node:fs";
import { type Browser, chromium, type Page } from "@playwright/test";
import { startAppServer } from "../api/servers.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { writeViewGraph } from "../support/view-graph.ts";
import { renderApp } from "./app-page.ts";
import { renderBareFromApi } from "./bare/bare-render-page.ts";
import { appElements, panFrameTimes } from "./measure.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PAN_FRAMES = 90;

export interface RenderOptions {
  runs: number;
  sizes: number[];
}

interface Samples {
  firstRender: number[];
  panFrame: number[];
}

export async function benchRender(neo4j: BenchNeo4j, options: RenderOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const nodes of options.sizes) {
    await writeViewGraph(neo4j.driver, { nodes });
    const app = await startAppServer(neo4j);
    const browser = await chromium.launch({
      ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    });
    try {
      rows.push(...(await benchSize(browser, app.ready.url, nodes, options.runs)));
    } finally {
      await browser.close();
      await app.stop();
    }
  }
  return rows;
}

interface PageRun {
  firstRenderMs: number;
  /** Time between frames while panning (ms). */
  pan: number[];
  /** The ids drawn, sorted. */
  drawn: string[];
  /** How long the overview request took (ms), from the page's resource timing. */
  apiMs: number;
}

async function measureApp(browser: Browser, appUrl: string, nodes: number): Promise<PageRun> {
  const render = await renderApp(browser, appUrl, nodes);
  const drawn = (await appElements(render.page)).map((element) => String(element.data.id)).sort();
  const pan = await panFrameTimes(render.page, "__graphbrief_cy", PAN_FRAMES);
  const apiMs = await overviewRequestMs(render.page);
  await render.page.close();
  return { firstRenderMs: render.firstRenderMs, pan, drawn, apiMs };
}

async function measureBare(browser: Browser, appUrl: string, nodes: number): Promise<PageRun> {
  // The same drawing area as the app's canvas (1280×720 window less the sidebars and toolbar).
  const viewport = await canvasSize(browser, appUrl);
  const render = await renderBareFromApi(browser, `/api/overview?limit=${nodes}`, {
    layout: "fcose",
    origin: appUrl,
    viewport,
  });
  const drawn = await render.page.evaluate(
    () => window.__bare_cy?.elements().map((element) => element.id()) ?? [],
  );
  const pan = await panFrameTimes(render.page, "__bare_cy", PAN_FRAMES);
  const apiMs = await overviewRequestMs(render.page);
  await render.page.close();
  return { firstRenderMs: render.firstRenderMs, pan, drawn: drawn.sort(), apiMs };
}

let knownCanvas: { width: number; height: number } | undefined;

/** The explorer canvas's size in a 1280×720 window (measured once, on an empty canvas). */
async function canvasSize(browser: Browser, appUrl: string) {
  if (knownCanvas) return knownCanvas;
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  await page.goto(new URL("?start=empty", appUrl).toString());
  const box = await page.getByTestId("graph-canvas").boundingBox();
  await page.close();
  knownCanvas = { width: Math.round(box?.width ?? 1280), height: Math.round(box?.height ?? 720) };
  return knownCanvas;
}

function overviewRequestMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const entry = performance
      .getEntriesByType("resource")
      .find((item) => item.name.includes("/api/overview")) as PerformanceResourceTiming | undefined;
    return entry ? entry.responseEnd - entry.startTime : Number.NaN;
  });
}

async function benchSize(browser: Browser, appUrl: string, nodes: number, runs: number): Promise<BenchRow[]> {
  const app: Samples = { firstRender: [], panFrame: [] };
  const bare: Samples = { firstRender: [], panFrame: [] };
  const log = (line: string) => console.error(`render ${nodes}: ${line}`);
  // Run 0 warms up (builds the bare script, fills the server's caches) and is not counted.
  for (let run = 0; run <= runs; run++) {
    // Alternate which page goes first, so that neither always meets the warmer database and browser.
    const appFirst = run % 2 === 1;
    const first = appFirst
      ? await measureApp(browser, appUrl, nodes)
      : await measureBare(browser, appUrl, nodes);
    const second = appFirst
      ? await measureBare(browser, appUrl, nodes)
      : await measureApp(browser, appUrl, nodes);
    const appRun = appFirst ? first : second;
    const bareRun = appFirst ? second : first;
    if (appRun.drawn.join() !== bareRun.drawn.join())
      throw new Error("render bench: the bare page drew other elements than the app.");
    if (run === 0) continue;
    app.firstRender.push(appRun.firstRenderMs);
    app.panFrame.push(median(appRun.pan));
    bare.firstRender.push(bareRun.firstRenderMs);
    bare.panFrame.push(median(bareRun.pan));
    log(
      `run ${run}: first render app ${Math.round(appRun.firstRenderMs)} ms (overview request ${Math.round(appRun.apiMs)} ms), bare ${Math.round(bareRun.firstRenderMs)} ms (${Math.round(bareRun.apiMs)} ms); pan frame app ${median(appRun.pan).toFixed(1)} ms, bare ${median(bareRun.pan).toFixed(1)} ms`,
    );
  }
  const row = (metric: string, values: number[], baselines: number[]): BenchRow => {
    const value = median(values);
    const baseline = median(baselines);
    return {
      bench: `render (${nodes} nodes)`,
      metric,
      unit: "ms",
      value,
      baseline,
      ratio: value / baseline,
      better: "lower",
      runs,
    };
  };
  return [
    row("time to first render, app vs bare Cytoscape", app.firstRender, bare.firstRender),
    row(`frame time while panning (median of ${PAN_FRAMES} frames)`, app.panFrame, bare.panFrame),
  ];
}
