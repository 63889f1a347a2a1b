import { describe, expect, it } from "vitest";
import { placeAround } from "../../../web/client/features/graph/layout/place-around.ts";

const VIEW = { x1: -500, y1: -400, x2: 500, y2: 400 };

function distance(a: { x: number; y: number }, b: { x: number; y: number }) {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe("placing new nodes around the node that brought them", () => {
  const placed = new Map([
    ["a", { x: 0, y: 0 }],
    ["b", { x: 200, y: 0 }],
  ]);
  const fresh = ["n1", "n2", "n3", "n4", "n5"].map((id) => ({ id, neighbours: ["b"] }));

  it("puts them near the expanded node, clear of every other node and of each other, in view", () => {
    const positions = placeAround(placed, fresh, VIEW);
    expect(Object.keys(positions).sort()).toEqual(["n1", "n2", "n3", "n4", "n5"]);
    const all = [...placed.values(), ...Object.values(positions)];
    for (const point of Object.values(positions)) {
      expect(distance(point, { x: 200, y: 0 })).toBeLessThanOrEqual(250);
      expect(point.x).toBeGreaterThanOrEqual(VIEW.x1);
      expect(point.x).toBeLessThanOrEqual(VIEW.x2);
      for (const other of all) if (other !== point) expect(distance(point, other)).toBeGreaterThanOrEqual(56);
    }
  });

  it("faces away from the rest of the graph", () => {
    const positions = placeAround(placed, fresh.slice(0, 1), VIEW);
    expect(positions.n1?.x).toBeGreaterThan(200);
  });

  it("gives the same positions whatever order the nodes come in", () => {
    expect(placeAround(placed, [...fresh].reverse(), VIEW)).toEqual(placeAround(placed, fresh, VIEW));
  });

  it("places nodes reached only through other new nodes, and unlinked ones around the view's middle", () => {
    const positions = placeAround(
      placed,
      [
        { id: "m", neighbours: ["a", "far"] },
        { id: "far", neighbours: ["m"] },
        { id: "alone", neighbours: [] },
      ],
      VIEW,
    );
    expect(Object.keys(positions).sort()).toEqual(["alone", "far", "m"]);
    expect(distance(positions.far ?? { x: 1e9, y: 0 }, positions.m ?? { x: 0, y: 0 })).toBeLessThan(300);
  });
});
