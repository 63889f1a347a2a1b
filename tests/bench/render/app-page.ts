/**
 * The explorer under the render benchmark, through its real path (API, elements, canvas): a fresh page opened on
 * the overview capped at `nodes`, timed from navigation to the first frame that shows every node where a layout
 * put it (`data-layout-state` "refining", a first placement while the layout is refined, or "idle"), and to the
 * first frame after the final layout was applied ("idle").
 */
import type { Browser, Page } from "@playwright/test";

export interface AppRender {
  page: Page;
  firstRenderMs: number;
  finalLayoutMs: number;
  /** The canvas's size, for giving the bare page the same drawing area. */
  canvas: { width: number; height: number };
}

declare global {
  interface Window {
    __first_render_ms?: number;
    __final_layout_ms?: number;
  }
}

/**
 * Runs in the page before its own scripts: watches each frame for the placed and for the finished canvas, then
 * notes the time of the frame after each (which has drawn it). A string, because tsx wraps the functions it
 * compiles with helpers that do not exist in the page.
 */
function renderWatcher(nodes: number): string {
  return `(() => {
    const check = () => {
      const canvas = document.querySelector("[data-testid='graph-canvas']");
      const state = canvas && canvas.getAttribute("data-layout-state");
      const all = window.__graphbrief_cy && window.__graphbrief_cy.nodes().length === ${nodes};
      if (all && (state === "refining" || state === "idle") && !window.__first_render_pending) {
        window.__first_render_pending = true;
        requestAnimationFrame(() => { window.__first_render_ms = performance.now(); });
      }
      if (!(all && state === "idle")) return requestAnimationFrame(check);
      requestAnimationFrame(() => { window.__final_layout_ms = performance.now(); });
    };
    requestAnimationFrame(check);
  })();`;
}

export async function renderApp(
  browser: Browser,
  appUrl: string,
  nodes: number,
  viewport = { width: 1280, height: 720 },
): Promise<AppRender> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.addInitScript({ content: renderWatcher(nodes) });
  await page.goto(new URL(`?cap=${nodes}`, appUrl).toString());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  await page
    .waitForFunction(() => window.__final_layout_ms !== undefined, undefined, {
      timeout: 600_000,
      polling: 250,
    })
    .catch(async (error: unknown) => {
      const state = await page.evaluate(() => ({
        layout: document.querySelector("[data-testid='graph-canvas']")?.getAttribute("data-layout-state"),
        drawn: window.__graphbrief_cy?.nodes().length,
      }));
      throw new Error(
        `render bench: the explorer did not finish drawing ${nodes} nodes (layout ${state.layout}, ${state.drawn} nodes drawn; page errors: ${errors.join(" | ") || "none"})`,
        { cause: error },
      );
    });
  const result = await page.evaluate(() => {
    const box = document.querySelector("[data-testid='graph-canvas']")?.getBoundingClientRect();
    return {
      firstRenderMs: window.__first_render_ms ?? Number.NaN,
      finalLayoutMs: window.__final_layout_ms ?? Number.NaN,
      canvas: { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) },
    };
  });
  return { page, ...result };
}
