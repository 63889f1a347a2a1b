/**
 * The bare render page, for any benchmark that compares the explorer with plain Cytoscape: bare-entry.ts built
 * once into one script (Vite, library mode) and served, with a blank page, under a path of the browser context
 * (`<origin>/__bare/`, answered by Playwright, never by the app), so that its timings start at navigation like
 * the app's and it can fetch from the app's API. `renderBare` draws a graph with the explorer's style and a given
 * layout and says when the first frame was on screen.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import type { ElementDefinition } from "cytoscape";
import { build } from "vite";
import type { LayoutName } from "../../../../web/client/lib/view-state.ts";
import type { BareDrawOptions } from "./bare-entry.ts";

const PAGE = `<!doctype html><html><body style="margin:0">
<div id="cy" style="width:100vw;height:100vh"></div><script src="/__bare/bare.js"></script></body></html>`;

let script: Promise<string> | undefined;

/** Builds the bare page's script once per process; resolves with its text. */
export function bareScript(): Promise<string> {
  script ??= (async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "graphbrief-bare-"));
    try {
      await build({
        configFile: false,
        logLevel: "warn",
        define: { "process.env.NODE_ENV": JSON.stringify("production") },
        build: {
          outDir,
          emptyOutDir: true,
          lib: {
            entry: path.join(import.meta.dirname, "bare-entry.ts"),
            name: "bareRender",
            formats: ["iife"],
            fileName: () => "bare.js",
          },
        },
      });
      return fs.readFileSync(path.join(outDir, "bare.js"), "utf8");
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  })();
  return script;
}

export interface BareRenderOptions {
  /** The elements to draw, or an API path on `origin` to fetch a graph from (as the explorer would). */
  graph: { elements: ElementDefinition[] } | { api: string };
  layout: LayoutName | "preset";
  /** Where nodes are drawn (with the "preset" layout), and whether through Cytoscape's WebGL renderer. */
  draw?: BareDrawOptions;
  /** Where the page pretends to live, e.g. the app's address (default: a private one). */
  origin?: string;
  viewport?: { width: number; height: number };
}

export interface BareRender {
  page: Page;
  /** Milliseconds from navigation to the first frame drawn after the layout. */
  firstRenderMs: number;
}

/** Opens a fresh bare page and draws `elements` on it; the instance is `window.__bare_cy`. */
export function renderBare(
  browser: Browser,
  elements: ElementDefinition[],
  layout: LayoutName | "preset",
  viewport?: { width: number; height: number },
): Promise<BareRender> {
  return openBare(browser, { graph: { elements }, layout, ...(viewport ? { viewport } : {}) });
}

/** Opens a fresh bare page that fetches `api` from `origin` (the app's address) and draws it. */
export function renderBareFromApi(
  browser: Browser,
  api: string,
  options: Omit<BareRenderOptions, "graph">,
): Promise<BareRender> {
  return openBare(browser, { ...options, graph: { api } });
}

async function openBare(browser: Browser, options: BareRenderOptions): Promise<BareRender> {
  const code = await bareScript();
  const origin = new URL(options.origin ?? "http://bare.invalid").origin;
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: 1,
  });
  await page.route(`${origin}/__bare/**`, (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === "/__bare/bare.js") return route.fulfill({ contentType: "text/javascript", body: code });
    if (file === "/__bare/elements.json" && "elements" in options.graph)
      return route.fulfill({ json: options.graph.elements });
    return route.fulfill({ contentType: "text/html", body: PAGE });
  });
  await page.goto(`${origin}/__bare/`);
  const source = "api" in options.graph ? options.graph.api : "/__bare/elements.json";
  const firstRenderMs = await page.evaluate(
    async ({ source, fromApi, layout, draw }) => {
      if (!window.__bare_render || !window.__bare_render_from)
        throw new Error("The bare page's script did not load.");
      if (fromApi) return window.__bare_render_from(source, layout, draw);
      const elements = (await (await fetch(source)).json()) as ElementDefinition[];
      return window.__bare_render(elements, layout, draw);
    },
    { source, fromApi: "api" in options.graph, layout: options.layout, draw: options.draw ?? {} },
  );
  return { page, firstRenderMs };
}
