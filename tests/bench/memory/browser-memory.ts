/**
 * Memory of the explorer in Chromium (the system /usr/bin/chromium, as the end-to-end tests use): the page's JS
 * heap after a garbage collection (CDP Performance.getMetrics) and the resident memory of its renderer process,
 * once the canvas shows the loaded graph's overview and its layout has settled; beside the same figures for an
 * empty page (about:blank) in the same browser. A screenshot of the measured explorer is kept in
 * .data/bench/memory-explorer.png, to see what was measured.
 */
import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, devices, type Page } from "@playwright/test";
import { PROJECT_ROOT } from "../../../config/env.ts";
import { processMemory } from "../support/child-process.ts";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = path.join(PROJECT_ROOT, ".data", "bench", "memory-explorer.png");

export interface PageMemory {
  jsHeapMb: number;
  rendererMb: number;
  rendererPeakMb: number;
  nodes: number;
  edges: number;
}

export async function browserMemory(appUrl: string): Promise<{ explorer: PageMemory; blank: PageMemory }> {
  const browser = await chromium.launch({
    ...(fs.existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const blank = await measurePage(browser, "about:blank", async () => {});
    const explorer = await measurePage(browser, appUrl, waitForSettledCanvas, async (page) => {
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    });
    return { explorer, blank };
  } finally {
    await browser.close();
  }
}

async function measurePage(
  browser: Browser,
  url: string,
  settle: (page: Page) => Promise<void>,
  afterMeasuring: (page: Page) => Promise<void> = async () => {},
): Promise<PageMemory> {
  const context = await browser.newContext({ ...devices["Desktop Chrome"] });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await settle(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    const renderer = processMemory(await rendererPid(browser));
    const drawn = await page.evaluate(() => ({
      nodes: window.__graphbrief_cy?.nodes().length ?? 0,
      edges: window.__graphbrief_cy?.edges().length ?? 0,
    }));
    await afterMeasuring(page);
    return {
      jsHeapMb: metric("JSHeapUsedSize") / 2 ** 20,
      rendererMb: renderer.rssMb,
      rendererPeakMb: renderer.peakMb,
      ...drawn,
    };
  } finally {
    await context.close();
  }
}

/** The renderer process holding the most memory: the one page open (spare renderers hold far less). */
async function rendererPid(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send("SystemInfo.getProcessInfo")) as {
      processInfo: Array<{ type: string; id: number }>;
    };
    const renderers = info.processInfo.filter((process) => process.type === "renderer");
    const largest = renderers
      .map((process) => ({ pid: process.id, rss: processMemory(process.id).rssMb }))
      .sort((a, b) => b.rss - a.rss)[0];
    if (!largest) throw new Error("Chromium reported no renderer process");
    return largest.pid;
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits for nodes on the canvas, a finished layout (the canvas's `data-layout-state` reads "idle" where the
 * client sets it: layouts run in a worker) and positions that stay put over three checks half a second apart.
 */
async function waitForSettledCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__graphbrief_cy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
  const snapshot = () =>
    page.evaluate(() => {
      const cy = window.__graphbrief_cy;
      const state = cy?.container()?.getAttribute("data-layout-state") ?? "idle";
      const positions = (cy?.nodes() ?? [])
        .map((node) => `${node.id()}:${Math.round(node.position("x"))},${Math.round(node.position("y"))}`)
        .join(";");
      return { idle: state === "idle", positions };
    });
  const deadline = Date.now() + 120_000;
  let last = await snapshot();
  for (let stable = 0; stable < 3; ) {
    if (Date.now() > deadline) throw new Error("The explorer's layout did not settle within 120 s");
    await page.waitForTimeout(500);
    const now = await snapshot();
    stable = now.idle && now.positions === last.positions ? stable + 1 : 0;
    last = now;
  }
}
