/**
 * A bare Cytoscape page: the cytoscape package alone (no React, no app code) in a blank page, drawing given
 * elements with given styles at their given positions. The baseline the export benchmark measures the app
 * against; usable by any benchmark comparing the explorer with plain Cytoscape.
 */
import { createRequire } from "node:module";
import type { Browser, Page } from "@playwright/test";
import type { ElementDefinition, StylesheetJson } from "cytoscape";

const CYTOSCAPE_SCRIPT = createRequire(import.meta.url).resolve("cytoscape/dist/cytoscape.min.js");

export interface BareGraph {
  elements: ElementDefinition[];
  style: StylesheetJson;
}

declare global {
  interface Window {
    __bare_cy?: import("cytoscape").Core;
  }
}

/** Opens the page with the graph drawn; the instance is `window.__bare_cy`. */
export async function openBarePage(
  browser: Browser,
  graph: BareGraph,
  viewport = { width: 1280, height: 720 },
): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><body style="margin:0"><div id="cy" style="width:100vw;height:100vh"></div></body>`,
  );
  await page.addScriptTag({ path: CYTOSCAPE_SCRIPT });
  await page.evaluate((definition) => {
    const create = (window as unknown as { cytoscape: typeof import("cytoscape") }).cytoscape;
    window.__bare_cy = create({
      container: document.getElementById("cy"),
      elements: definition.elements,
      style: definition.style,
      layout: { name: "preset" },
    });
  }, graph);
  return page;
}

/** The elements (with positions and classes) and styles of a page's `window.__graphbrief_cy`. */
export function appGraph(page: Page): Promise<BareGraph> {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    if (!cy) throw new Error("The page has no explorer canvas.");
    return {
      elements: cy.elements().jsons() as unknown as ElementDefinition[],
      style: (cy.style() as unknown as { json(): StylesheetJson }).json(),
    };
  });
}
