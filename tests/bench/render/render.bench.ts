/**
 * Rendering: the explorer drawing 1,000 and 5,000 nodes beside a bare Cytoscape page drawing the same elements
 * with the same style, layout and drawing area, in the same Chromium. Both fetch the same overview from the same
 * API; the bare page turns it into elements with the explorer's own mapping and lays it out on the main thread,
 * with nothing else around. Time to first render (navigation to the first frame after the layout) and the median
 * frame time while panning. Ratio: bare / app (1 = as fast as bare; the target is at least 0.8, i.e. the app
 * within 1.25× of bare).
 */
import fs from "node:fs";
import { type Browser, chromium } from "@playwright/test";
import { startAppServer } from "../api/servers.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { renderApp } from "./app-page.ts";
import { renderBareFromApi } from "./bare/bare-render-page.ts";
import { appElements, panFrameTimes } from "./measure.ts";
import { writeRenderGraph } from "./render-graph.ts";

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
    await writeRenderGraph(neo4j.driver, nodes);
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

async function benchSize(browser: Browser, appUrl: string, nodes: number, runs: number): Promise<BenchRow[]> {
  const app: Samples = { firstRender: [], panFrame: [] };
  const bare: Samples = { firstRender: [], panFrame: [] };
  const log = (line: string) => console.error(`render ${nodes}: ${line}`);
  // Run 0 warms up (builds the bare script, fills the server's caches) and is not counted.
  for (let run = 0; run <= runs; run++) {
    log(`run ${run}: app…`);
    const appRender = await renderApp(browser, appUrl, nodes);
    const drawn = await appElements(appRender.page);
    const appPan = await panFrameTimes(appRender.page, "__graphbrief_cy", PAN_FRAMES);
    await appRender.page.close();

    log(`run ${run}: bare…`);
    const bareRender = await renderBareFromApi(browser, `/api/overview?limit=${nodes}`, {
      layout: "fcose",
      origin: appUrl,
      viewport: appRender.canvas,
    });
    const sameElements = await bareRender.page.evaluate(
      (ids) => {
        const wanted = new Set(ids);
        const drawnIds = window.__bare_cy?.elements().map((element) => element.id()) ?? [];
        return drawnIds.length === wanted.size && drawnIds.every((id) => wanted.has(id));
      },
      drawn.map((element) => String(element.data.id)),
    );
    if (!sameElements) throw new Error("render bench: the bare page drew other elements than the app.");
    const barePan = await panFrameTimes(bareRender.page, "__bare_cy", PAN_FRAMES);
    await bareRender.page.close();
    if (run === 0) continue;
    app.firstRender.push(appRender.firstRenderMs);
    app.panFrame.push(median(appPan));
    bare.firstRender.push(bareRender.firstRenderMs);
    bare.panFrame.push(median(barePan));
    log(
      `run ${run}: first render app ${Math.round(appRender.firstRenderMs)} ms, bare ${Math.round(bareRender.firstRenderMs)} ms; pan frame app ${median(appPan).toFixed(1)} ms, bare ${median(barePan).toFixed(1)} ms`,
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
      ratio: baseline / value,
      runs,
    };
  };
  return [
    row("time to first render, app vs bare Cytoscape", app.firstRender, bare.firstRender),
    row(`frame time while panning (median of ${PAN_FRAMES} frames)`, app.panFrame, bare.panFrame),
  ];
}
