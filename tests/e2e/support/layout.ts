/**
 * Where the canvas draws its nodes, read from the Cytoscape instance the app exposes: positions in the graph's
 * own coordinates and on the page, and a wait until the layout has been applied.
 */
import { expect, type Page } from "@playwright/test";

export type Points = Record<string, { x: number; y: number }>;

/** Waits until at least `atLeast` nodes are drawn and no layout is running. */
export async function waitForLayout(page: Page, atLeast = 1) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const canvas = document.querySelector("[data-testid='graph-canvas']");
        return canvas?.getAttribute("data-layout-state") === "idle"
          ? (window.__graphbrief_cy?.nodes().length ?? 0)
          : 0;
      }),
    )
    .toBeGreaterThanOrEqual(atLeast);
}

/** Each node's position in the graph's coordinates. */
export function graphPositions(page: Page): Promise<Points> {
  return page.evaluate(() => {
    const found: Record<string, { x: number; y: number }> = {};
    window.__graphbrief_cy?.nodes().forEach((node) => {
      found[node.id()] = { ...node.position() };
    });
    return found;
  });
}

/** Where each node is drawn, in page pixels. */
export function screenPositions(page: Page): Promise<Points> {
  return page.evaluate(() => {
    const cy = window.__graphbrief_cy;
    const box = cy?.container()?.getBoundingClientRect();
    const found: Record<string, { x: number; y: number }> = {};
    if (!cy || !box) return found;
    cy.nodes().forEach((node) => {
      const { x, y } = node.renderedPosition();
      found[node.id()] = { x: box.left + x, y: box.top + y };
    });
    return found;
  });
}

/** The canvas's box on the page. */
export function canvasBox(page: Page): Promise<{ left: number; top: number; width: number; height: number }> {
  return page.evaluate(() => {
    const box = window.__graphbrief_cy?.container()?.getBoundingClientRect();
    return box
      ? { left: box.left, top: box.top, width: box.width, height: box.height }
      : { left: 0, top: 0, width: 0, height: 0 };
  });
}

/** The ids whose points differ by more than `tolerance` pixels between `before` and `after` (or are missing). */
export function movedBy(before: Points, after: Points, tolerance: number): string[] {
  return Object.entries(before)
    .filter(([id, point]) => {
      const now = after[id];
      return !now || Math.hypot(now.x - point.x, now.y - point.y) > tolerance;
    })
    .map(([id]) => id);
}

/** Like `movedBy`, with how far each moved: `id by (dx, dy)`, or `id missing`. */
export function offsetsBeyond(before: Points, after: Points, tolerance: number): string[] {
  return movedBy(before, after, tolerance).map((id) => {
    const was = before[id];
    const now = after[id];
    return was && now
      ? `${id} by (${(now.x - was.x).toFixed(1)}, ${(now.y - was.y).toFixed(1)})`
      : `${id} missing`;
  });
}

/** Drags a node with the mouse by (dx, dy) page pixels. */
export async function dragNode(page: Page, id: string, dx: number, dy: number) {
  const start = (await screenPositions(page))[id];
  if (!start) throw new Error(`node ${id} is not on the canvas`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step += 1) {
    await page.mouse.move(start.x + (dx * step) / 5, start.y + (dy * step) / 5);
  }
  await page.mouse.up();
}
