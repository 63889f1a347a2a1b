/**
 * Measurements taken inside a page, the same way for the app and the bare page: the median time between frames
 * while the view pans a little every frame, and the elements drawn (for handing the app's to the bare page).
 */
import type { Page } from "@playwright/test";
import type { ElementDefinition } from "cytoscape";

export type CanvasGlobal = "__graphbrief_cy" | "__bare_cy";

/** Pans by a few pixels per frame for `frames` frames; resolves with the time between frames (ms), in order. */
export function panFrameTimes(page: Page, canvas: CanvasGlobal, frames: number): Promise<number[]> {
  return page.evaluate(
    async ({ canvas, frames }) => {
      const cy = (window as unknown as Record<string, import("cytoscape").Core | undefined>)[canvas];
      if (!cy) throw new Error(`The page has no ${canvas}.`);
      // No local function declarations here: tsx would wrap them in a helper the page does not have.
      const deltas: number[] = [];
      let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      for (let frame = 0; frame < frames; frame++) {
        const step = frame % 40 < 20 ? 6 : -6;
        cy.panBy({ x: step, y: step / 2 });
        const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
        deltas.push(now - last);
        last = now;
      }
      return deltas;
    },
    { canvas, frames },
  );
}

/** The app canvas's elements as definitions without positions (groups, data, classes). */
export function appElements(page: Page): Promise<ElementDefinition[]> {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    if (!cy) throw new Error("The page has no explorer canvas.");
    return cy.elements().map((element) => {
      const json = element.json() as ElementDefinition;
      return { group: json.group, data: json.data, classes: json.classes } as ElementDefinition;
    });
  });
}
