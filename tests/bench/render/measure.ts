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

/** Where the app canvas draws each node, in the graph's coordinates. */
export function appPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const found: Record<string, { x: number; y: number }> = {};
    window.__graphbrief_cy?.nodes().forEach((node) => {
      found[node.id()] = { ...node.position() };
    });
    return found;
  });
}

export interface Overlaps {
  /** Pairs of nodes whose shapes' boxes (without labels) overlap. */
  pairs: number;
  /** All pairs of nodes. */
  of: number;
}

/** Counts the pairs of app nodes drawn over each other (their boxes, labels left out, overlap). */
export function overlappingPairs(page: Page): Promise<Overlaps> {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    if (!cy) throw new Error("The page has no explorer canvas.");
    const boxes = cy
      .nodes()
      .map((node) => node.boundingBox({ includeLabels: false, includeOverlays: false }))
      .sort((a, b) => a.x1 - b.x1);
    let pairs = 0;
    // Sweep along x: only boxes that start before this one ends can overlap it.
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      if (!a) continue;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (!b || b.x1 >= a.x2) break;
        if (b.y1 < a.y2 && a.y1 < b.y2) pairs++;
      }
    }
    return { pairs, of: (boxes.length * (boxes.length - 1)) / 2 };
  });
}
