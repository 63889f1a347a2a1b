import { describe, expect, it } from "vitest";
import { placeBeside } from "../../../web/client/app/canvas-tools/place-on-screen.ts";

const window = { width: 1000, height: 700 };
const menu = { width: 260, height: 420 };

function inside(spot: { left: number; top: number; maxHeight: number }, box = menu) {
  const height = Math.min(box.height, spot.maxHeight);
  return (
    spot.left >= 0 &&
    spot.top >= 0 &&
    spot.left + box.width <= window.width &&
    spot.top + height <= window.height
  );
}

describe("placeBeside", () => {
  it("puts the box right of and below the point when there is room", () => {
    expect(placeBeside({ x: 100, y: 100 }, menu, window)).toEqual({ left: 108, top: 108, maxHeight: 684 });
  });

  it("keeps the whole box inside the window from a point near any edge or corner", () => {
    const points = [
      { x: 5, y: 5 },
      { x: 995, y: 5 },
      { x: 5, y: 695 },
      { x: 995, y: 695 },
      { x: 500, y: 690 },
      { x: 990, y: 350 },
    ];
    for (const at of points) expect(inside(placeBeside(at, menu, window)), JSON.stringify(at)).toBe(true);
  });

  it("opens to the left of a point near the right edge, not over it", () => {
    const spot = placeBeside({ x: 900, y: 100 }, menu, window);
    expect(spot.left + menu.width).toBeLessThanOrEqual(900);
  });

  it("raises a box that would run past the bottom", () => {
    const spot = placeBeside({ x: 100, y: 600 }, menu, window);
    expect(spot.top + menu.height).toBe(window.height - 8);
  });

  it("caps a box taller than the window to it, so that it scrolls inside", () => {
    const tall = { width: 260, height: 2000 };
    const spot = placeBeside({ x: 300, y: 650 }, tall, window);
    expect(spot).toEqual({ left: 308, top: 8, maxHeight: 684 });
    expect(inside(spot, tall)).toBe(true);
  });

  it("pins a box wider than the window to its left edge", () => {
    expect(placeBeside({ x: 50, y: 50 }, { width: 1200, height: 100 }, window).left).toBe(8);
  });
});
