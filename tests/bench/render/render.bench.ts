/**
 * Rendering: the explorer drawing 1,000 and 5,000 nodes (groups of 50 entities, linked mostly inside their group)
 * beside a bare Cytoscape page drawing the same elements with the same style and drawing area at the positions the
 * explorer's layout gave them, in the same Chromium. Both fetch the same overview from the same API; the bare page
 * turns it into elements with the explorer's own mapping, with nothing else around. Rows: time to first render
 * (navigation to the first frame showing every node placed; target at most 1.5× the bare page), time to the final
 * layout, the median frame time while panning, the share of node pairs drawn over each other after the layout
 * (target 0), and the bare page with Cytoscape's WebGL renderer against its canvas renderer, where Chromium has
 * WebGL. Ratio: app / bare.
 */
import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "@playwright/test";
import { startAppServer } from "../api/servers.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { writeViewGraph } from "../support/view-graph.ts";
import { renderApp } from "./app-page.ts";
import { renderBareFromApi } from "./bare/bare-render-page.ts";
import { appElements, appPositions, type Overlaps, overlappingPairs, panFrameTimes } from "./measure.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PAN_FRAMES = 90;
/** Fewer frames on WebGL: without a GPU (Chromium's software WebGL) a frame of 5,000 nodes can take seconds. */
const WEBGL_PAN_FRAMES = 10;
/** Entities per group of the synthetic graph: news clusters into stories, which the layout should keep apart. */
const COMMUNITY = 50;
/** Names the screenshots (BENCH_SHOT_LABEL, e.g. "before" and "after" a change). */
const SHOT_LABEL = process.env.BENCH_SHOT_LABEL ?? "final";

export interface RenderOptions {
  runs: number;
  sizes: number[];
}

export async function benchRender(neo4j: BenchNeo4j, options: RenderOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const nodes of options.sizes) {
    await writeViewGraph(neo4j.driver, { nodes, community: COMMUNITY });
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

interface AppRun extends PageRun {
  finalLayoutMs: number;
  positions: Record<string, { x: number; y: number }>;
  overlaps: Overlaps;
}

/** BENCH_SHOTS: a folder for a screenshot of each size's overview (first placement and final layout). */
const SHOTS = process.env.BENCH_SHOTS;

async function measureApp(browser: Browser, appUrl: string, nodes: number, shoot = false): Promise<AppRun> {
  const render = await renderApp(browser, appUrl, nodes);
  const drawn = (await appElements(render.page)).map((element) => String(element.data.id)).sort();
  if (shoot && SHOTS) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await render.page.screenshot({ path: path.join(SHOTS, `overview-${nodes}-${SHOT_LABEL}.png`) });
  }
  const positions = await appPositions(render.page);
  const overlaps = await overlappingPairs(render.page);
  const pan = await panFrameTimes(render.page, "__graphbrief_cy", PAN_FRAMES);
  const apiMs = await overviewRequestMs(render.page);
  await render.page.close();
  return { ...render, pan, drawn, apiMs, positions, overlaps };
}

/** The bare page fetching the same overview and drawing it at the app's final positions, on canvas or WebGL. */
async function measureBare(
  browser: Browser,
  appUrl: string,
  nodes: number,
  positions: Record<string, { x: number; y: number }>,
  webgl: boolean,
): Promise<PageRun> {
  // The same drawing area as the app's canvas (1280×720 window less the sidebars and toolbar).
  const viewport = await canvasSize(browser, appUrl);
  const render = await renderBareFromApi(browser, `/api/overview?limit=${nodes}`, {
    layout: "preset",
    draw: { positions, webgl },
    origin: appUrl,
    viewport,
  });
  const drawn = await render.page.evaluate(
    () => window.__bare_cy?.elements().map((element) => element.id()) ?? [],
  );
  const pan = await panFrameTimes(render.page, "__bare_cy", webgl ? WEBGL_PAN_FRAMES : PAN_FRAMES);
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

/** Whether this Chromium gives pages WebGL 2 (Cytoscape's WebGL renderer needs it). */
async function hasWebgl(browser: Browser): Promise<boolean> {
  const page = await browser.newPage();
  const found = await page.evaluate(() => Boolean(document.createElement("canvas").getContext("webgl2")));
  await page.close();
  return found;
}

async function benchSize(browser: Browser, appUrl: string, nodes: number, runs: number): Promise<BenchRow[]> {
  const app = { firstRender: [] as number[], finalLayout: [] as number[], panFrame: [] as number[] };
  const bare = { firstRender: [] as number[], panFrame: [] as number[] };
  const webgl = { firstRender: [] as number[], panFrame: [] as number[] };
  const log = (line: string) => console.error(`render ${nodes}: ${line}`);
  const withWebgl = await hasWebgl(browser);
  if (!withWebgl) log("this Chromium has no WebGL 2: the WebGL rows are left out");
  // A first app run warms up (builds the bare script, fills the server's caches), is not counted, and gives the
  // positions the bare page draws at (the layout is deterministic: every run ends there).
  const warm = await measureApp(browser, appUrl, nodes, true);
  const overlapPairs: number[] = [];
  const pairCount = warm.overlaps.of;
  await measureBare(browser, appUrl, nodes, warm.positions, false);
  for (let run = 1; run <= runs; run++) {
    // Alternate which page goes first, so that neither always meets the warmer database and browser.
    const appFirst = run % 2 === 1;
    const bareRun = async () => measureBare(browser, appUrl, nodes, warm.positions, false);
    let appRun: AppRun;
    let bareOne: PageRun;
    if (appFirst) {
      appRun = await measureApp(browser, appUrl, nodes);
      bareOne = await bareRun();
    } else {
      bareOne = await bareRun();
      appRun = await measureApp(browser, appUrl, nodes);
    }
    if (appRun.drawn.join() !== bareOne.drawn.join())
      throw new Error("render bench: the bare page drew other elements than the app.");
    overlapPairs.push(appRun.overlaps.pairs);
    app.firstRender.push(appRun.firstRenderMs);
    app.finalLayout.push(appRun.finalLayoutMs);
    app.panFrame.push(median(appRun.pan));
    bare.firstRender.push(bareOne.firstRenderMs);
    bare.panFrame.push(median(bareOne.pan));
    let webglLine = "";
    if (withWebgl) {
      const gl = await measureBare(browser, appUrl, nodes, warm.positions, true);
      webgl.firstRender.push(gl.firstRenderMs);
      webgl.panFrame.push(median(gl.pan));
      webglLine = `; bare WebGL first render ${Math.round(gl.firstRenderMs)} ms, pan frame ${median(gl.pan).toFixed(1)} ms`;
    }
    log(
      `run ${run}: first render app ${Math.round(appRun.firstRenderMs)} ms, final layout ${Math.round(appRun.finalLayoutMs)} ms (overview request ${Math.round(appRun.apiMs)} ms), bare at preset positions ${Math.round(bareOne.firstRenderMs)} ms (${Math.round(bareOne.apiMs)} ms); pan frame app ${median(appRun.pan).toFixed(1)} ms, bare ${median(bareOne.pan).toFixed(1)} ms; ${appRun.overlaps.pairs} overlapping node pairs${webglLine}`,
    );
  }
  const bench = `render (${nodes} nodes)`;
  const row = (metric: string, values: number[], baselines: number[]): BenchRow => {
    const value = median(values);
    const baseline = median(baselines);
    return { bench, metric, unit: "ms", value, baseline, ratio: value / baseline, better: "lower", runs };
  };
  const rows = [
    row("time to first render, app vs bare page at preset positions", app.firstRender, bare.firstRender),
    row("time to final layout, app vs bare page at preset positions", app.finalLayout, bare.firstRender),
    row(
      `frame time while panning (median of ${PAN_FRAMES} frames), app vs bare`,
      app.panFrame,
      bare.panFrame,
    ),
    {
      bench,
      metric: `overlapping node pairs after layout (at most ${Math.max(...overlapPairs)} of ${pairCount.toLocaleString("en")} in a run)`,
      unit: "per million pairs",
      value: (median(overlapPairs) / pairCount) * 1e6,
      better: "lower" as const,
      runs,
    },
  ];
  if (withWebgl)
    rows.push(
      row("bare page first render, WebGL vs canvas renderer", webgl.firstRender, bare.firstRender),
      row(
        `bare page frame time while panning (${WEBGL_PAN_FRAMES} frames on WebGL), WebGL vs canvas renderer`,
        webgl.panFrame,
        bare.panFrame,
      ),
    );
  return rows;
}
