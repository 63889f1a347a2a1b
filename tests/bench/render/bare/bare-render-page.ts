/**
 * The bare render page, for any benchmark that compares the explorer with plain Cytoscape: bare-entry.ts built
 * once into one script (Vite, library mode), served with a blank page at a private address of the browser
 * context, so that its timings start at navigation like the app's. `renderBare` draws given elements with the
 * explorer's style and a given layout and says when the first frame was on screen.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import type { ElementDefinition } from "cytoscape";
import { build } from "vite";
import type { LayoutName } from "../../../../web/client/lib/view-state.ts";

const ORIGIN = "http://bare.invalid";
const PAGE = `<!doctype html><html><body style="margin:0">
<div id="cy" style="width:100vw;height:100vh"></div><script src="/bare.js"></script></body></html>`;

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

export interface BareRender {
  page: Page;
  /** Milliseconds from navigation to the first frame drawn after the layout. */
  firstRenderMs: number;
}

/** Opens a fresh bare page and draws `elements` on it; the instance is `window.__bare_cy`. */
export async function renderBare(
  browser: Browser,
  elements: ElementDefinition[],
  layout: LayoutName | "preset",
  viewport = { width: 1280, height: 720 },
): Promise<BareRender> {
  const code = await bareScript();
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === "/bare.js") return route.fulfill({ contentType: "text/javascript", body: code });
    if (file === "/elements.json") return route.fulfill({ json: elements });
    return route.fulfill({ contentType: "text/html", body: PAGE });
  });
  await page.goto(`${ORIGIN}/`);
  // The elements are fetched by the page, as the app fetches its graph, then drawn.
  const firstRenderMs = await page.evaluate(async (name) => {
    const fetched = (await (await fetch("/elements.json")).json()) as ElementDefinition[];
    const render = window.__bare_render;
    if (!render) throw new Error("The bare page's script did not load.");
    return render(fetched, name);
  }, layout);
  return { page, firstRenderMs };
}
