/**
 * Map mode: the explorer's map with 1,000 placed entities (and their 2,000 links as arcs) beside the same map
 * without the graph (an empty canvas in map mode: the same outlines, controls and size), in the same Chromium.
 * The median frame time while the map pans a few pixels every frame. Ratio: with graph / without (the target is
 * at most 1.2).
 */
import fs from "node:fs";
import { type Browser, chromium, type Page } from "@playwright/test";
import type {} from "../../../web/client/features/map/components/map-view.tsx";
import { startAppServer } from "../api/servers.ts";
import type { BenchNeo4j } from "../support/neo4j.ts";
import { type BenchRow, median } from "../support/stats.ts";
import { writeViewGraph } from "../support/view-graph.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PAN_FRAMES = 90;
const VIEWPORT = { width: 1280, height: 720 };

export interface MapBenchOptions {
  runs: number;
  nodes: number;
}

export async function benchMap(neo4j: BenchNeo4j, options: MapBenchOptions): Promise<BenchRow[]> {
  await writeViewGraph(neo4j.driver, { nodes: options.nodes });
  // Spread the entities over East Asia on a deterministic grid, so every one is on the map.
  await neo4j.driver.executeQuery(
    `MATCH (e:Entity) WITH e, toInteger(split(e.id, '-')[1]) AS i
     SET e.lat = 25.0 + (i % 40) * 0.75, e.lon = 100.0 + (i / 40) * 1.4`,
    {},
    { database: "neo4j" },
  );
  const app = await startAppServer(neo4j);
  const browser = await chromium.launch({
    ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    return await benchRuns(browser, app.ready.url, options);
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function benchRuns(browser: Browser, appUrl: string, options: MapBenchOptions): Promise<BenchRow[]> {
  const withGraph: number[] = [];
  const without: number[] = [];
  const log = (line: string) => console.error(`map ${options.nodes}: ${line}`);
  // Run 0 warms up and is not counted; the pages alternate which goes first.
  for (let run = 0; run <= options.runs; run++) {
    const graphFirst = run % 2 === 1;
    const measure = (graph: boolean) => panMap(browser, appUrl, graph ? options.nodes : 0);
    const first = await measure(graphFirst);
    const second = await measure(!graphFirst);
    const [graph, bare] = graphFirst ? [first, second] : [second, first];
    if (run === 0) continue;
    withGraph.push(graph);
    without.push(bare);
    log(`run ${run}: pan frame with graph ${graph.toFixed(1)} ms, without ${bare.toFixed(1)} ms`);
  }
  const value = median(withGraph);
  const baseline = median(without);
  return [
    {
      bench: `map (${options.nodes} entities)`,
      metric: `frame time while panning the map (median of ${PAN_FRAMES} frames), vs the map without the graph`,
      unit: "ms",
      value,
      baseline,
      ratio: value / baseline,
      better: "lower",
      runs: options.runs,
    },
  ];
}

/** Opens map mode with `nodes` entities (0: an empty canvas), waits for the drawing, pans; the median frame time. */
async function panMap(browser: Browser, appUrl: string, nodes: number): Promise<number> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const query = nodes > 0 ? `?map=1&cap=${nodes}` : "?map=1&start=empty";
    await page.goto(new URL(query, appUrl).toString());
    await waitForMap(page, nodes);
    const deltas = await page.evaluate(async (frames) => {
      const map = window.__graphbrief_map?.drawing.map;
      if (!map) throw new Error("The page has no map.");
      const times: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let frame = 0; frame < frames; frame++) {
        const step = frame % 40 < 20 ? 6 : -6;
        map.panBy([step, step / 2], { animate: false });
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        times.push(now - last);
        last = now;
      }
      return times;
    }, PAN_FRAMES);
    return median(deltas);
  } finally {
    await page.close();
  }
}

async function waitForMap(page: Page, nodes: number): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const model = window.__graphbrief_map?.model;
      return model !== undefined && model.placed.length === count;
    },
    nodes,
    { timeout: 600_000, polling: 250 },
  );
}
