import { describe, expect, it } from "vitest";
import { separateBoxes } from "../../../web/client/features/graph/layout/separate-boxes.ts";

const node = (id: string, fixed = false) => ({ id, width: 28, height: 28, ...(fixed ? { fixed } : {}) });

function overlapping(positions: Record<string, { x: number; y: number }>, side: number): number {
  const points = Object.values(positions);
  let pairs = 0;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a && b && Math.abs(a.x - b.x) < side && Math.abs(a.y - b.y) < side) pairs++;
    }
  return pairs;
}

describe("separating node boxes", () => {
  it("leaves no two boxes overlapping, even in a dense pile", () => {
    const nodes = Array.from({ length: 60 }, (_, index) => node(`n${index}`));
    const pile = Object.fromEntries(
      nodes.map((n, index) => [n.id, { x: (index % 8) * 9, y: Math.floor(index / 8) * 11 }]),
    );
    expect(overlapping(pile, 28)).toBeGreaterThan(0);
    expect(overlapping(separateBoxes(nodes, pile), 28)).toBe(0);
  });

  it("moves nothing that does not overlap, and keeps fixed nodes where they are", () => {
    const nodes = [node("a", true), node("b"), node("c")];
    const positions = { a: { x: 0, y: 0 }, b: { x: 10, y: 5 }, c: { x: 200, y: 200 } };
    const separated = separateBoxes(nodes, positions);
    expect(separated.a).toEqual({ x: 0, y: 0 });
    expect(separated.c).toEqual({ x: 200, y: 200 });
    expect(Math.abs((separated.b?.x ?? 0) - 0)).toBeGreaterThanOrEqual(28);
  });
});
